"""Duplicate profiles: blocking on normalised keys, a scored comparison with evidence, clusters.

A first version: exact email and phone keys plus fuzzy names, blocked so that candidate pairs stay
small. The canonical profile of a cluster has the most visits, then the latest activity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from tools import linkage
from tools.merge import choose_canonical
from tools.models import Guest
from tools.normalize import email_key, fold, name_key
from tools.store import GuestStore

THRESHOLD = 0.75
_MAX_BLOCK = 60


@dataclass(frozen=True)
class PairScore:
    a: str
    b: str
    score: float
    evidence: list[str] = field(default_factory=list)


def compare(a: Guest, b: Guest) -> PairScore:
    """Score how likely ``a`` and ``b`` are one person, with the evidence for and against."""
    score, evidence = 0.0, []
    emails_a = {k for k in (email_key(a.email), email_key(a.email_alt)) if k}
    emails_b = {k for k in (email_key(b.email), email_key(b.email_alt)) if k}
    phones_a = {p for p in (a.phone, a.phone_alt) if p}
    phones_b = {p for p in (b.phone, b.phone_alt) if p}
    if emails_a & emails_b:
        score += 0.6
        evidence.append("same email (normalised)")
    elif emails_a and emails_b:
        score -= 0.3
        evidence.append("different emails")
    if phones_a & phones_b:
        score += 0.5
        evidence.append("same phone")
    elif phones_a and phones_b:
        score -= 0.2
        evidence.append("different phones")
    straight = _name_similarity(a.first_name, a.last_name, b.first_name, b.last_name)
    swapped = _name_similarity(a.first_name, a.last_name, b.last_name, b.first_name)
    similarity = max(straight, swapped)
    if similarity >= 0.92:
        score += 0.35
        evidence.append("same name" + (" (first and last swapped)" if swapped > straight else ""))
    elif similarity >= 0.8:
        score += 0.2
        evidence.append(f"similar names ({similarity:.2f})")
    elif similarity < 0.55:
        score -= 0.4
        evidence.append(f"different names ({similarity:.2f})")
    if a.birthday and b.birthday:
        if a.birthday == b.birthday:
            score += 0.1
            evidence.append("same birthday")
        else:
            score -= 0.2
            evidence.append("different birthdays")
    first, second = sorted((a.id, b.id))
    return PairScore(first, second, round(max(0.0, min(1.0, score)), 3), evidence)


def _name_similarity(first_a: str, last_a: str, first_b: str, last_b: str) -> float:
    last = fuzz.ratio(fold(last_a), fold(last_b)) / 100
    fa, fb = name_key(first_a), name_key(first_b)
    first = 1.0 if fa and fa == fb else fuzz.ratio(fa, fb) / 100
    if fa and fb and (fa.startswith(fb) or fb.startswith(fa)) and min(len(fa), len(fb)) == 1:
        first = max(first, 0.85)  # an initial
    return 0.55 * last + 0.45 * first


def blocking_keys(guest: Guest) -> set[str]:
    keys = {f"e:{k}" for k in (email_key(guest.email), email_key(guest.email_alt)) if k}
    keys |= {f"p:{p}" for p in (guest.phone, guest.phone_alt) if p}
    return keys  # names alone cannot pass the threshold; see candidates()


def candidates(store: GuestStore, guest: Guest) -> list[Guest]:
    """Live profiles sharing an email key or a phone with ``guest``, found by index.

    Names alone are not searched: without a shared contact a pair scores at most 0.45 (same name and
    birthday), under the threshold, so a name-only candidate could never be reported.
    """
    found = store.guests_sharing_keys(
        email_keys=[k for k in (email_key(guest.email), email_key(guest.email_alt)) if k],
        phones=[p for p in (guest.phone, guest.phone_alt) if p],
    )
    return [g for g in found if g.id != guest.id]


def duplicates_of(store: GuestStore, guest: Guest, *, threshold: float = THRESHOLD) -> list[PairScore]:
    """Likely duplicates of one guest, checked through indexes (no full pass)."""
    rejected = store.not_duplicates_of(guest.id)
    pairs = [compare(guest, other) for other in candidates(store, guest) if other.id not in rejected]
    return sorted((p for p in pairs if p.score >= threshold), key=lambda p: -p.score)


def as_row(guest: Guest) -> dict[str, str | None]:
    """A guest as the linkage engine reads one (the dedupe JSONL shape)."""
    return {
        "id": guest.id,
        "first_name": guest.first_name,
        "last_name": guest.last_name,
        "email": guest.email,
        "phone": guest.phone,
        "address": None,
        "postal_code": None,
        "birthday": guest.birthday,
    }


@dataclass
class Cluster:
    canonical: Guest
    members: list[Guest]
    pairs: list[PairScore]


def clusters(guests: Iterable[Guest], *, rejected: set[tuple[str, str]], threshold: float = 0.5) -> list[Cluster]:
    """Cluster a whole guest list with the linkage engine; each pair keeps readable evidence."""
    by_id = {g.id: g for g in guests if not g.merged_into}
    links, _ = linkage.deduplicate([as_row(g) for g in by_id.values()], threshold=threshold)
    pairs: list[PairScore] = []
    for link in links:
        a, b = sorted((link.a, link.b))
        if (a, b) not in rejected:
            pairs.append(PairScore(a, b, link.score, compare(by_id[a], by_id[b]).evidence))
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for pair in pairs:
        ra, rb = root(pair.a), root(pair.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    grouped: dict[str, list[str]] = defaultdict(list)
    for gid in {p.a for p in pairs} | {p.b for p in pairs}:
        grouped[root(gid)].append(gid)
    pairs_by_root: dict[str, list[PairScore]] = defaultdict(list)
    for pair in pairs:
        pairs_by_root[root(pair.a)].append(pair)
    out = []
    for root_id, ids in grouped.items():
        group = [by_id[i] for i in sorted(ids)]
        out.append(Cluster(choose_canonical(group), group, sorted(pairs_by_root[root_id], key=lambda p: -p.score)))
    return sorted(out, key=lambda c: (-max(p.score for p in c.pairs), c.canonical.id))
