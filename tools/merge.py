"""Survivorship: how duplicate profiles become one without losing what a restaurant must keep.

Allergies and every other tag are unioned (the strongest allergy severity wins), the most
restrictive consent wins, visit and spend stats are summed, notes are kept, and the canonical
profile's contact fields win with the others kept as alternates.
"""

from __future__ import annotations

from datetime import date

from tools.models import Consent, Guest, TagMeta, VenueStats
from tools.vocabulary import is_allergy, is_computed, severity_rank


def choose_canonical(guests: list[Guest]) -> Guest:
    """Highest visit count, then the most recent activity, then the oldest id."""
    return max(
        guests,
        key=lambda g: (
            g.total_visits,
            g.last_visit or date.min,
            g.updated.isoformat() if g.updated else "",
            _neg(g.id),
        ),
    )


def survivor(canonical: Guest, others: list[Guest]) -> Guest:
    """The canonical profile after absorbing ``others`` (computed tags are recomputed on write)."""
    merged = canonical.model_copy(deep=True)
    for other in others:
        _merge_tags(merged, other)
        merged.marketing_opt_in = _restrictive(merged.marketing_opt_in, other.marketing_opt_in)
        for venue, consent in other.venue_opt_in.items():
            mine = merged.venue_opt_in.get(venue)
            merged.venue_opt_in[venue] = _restrictive(mine, consent) if mine else consent.model_copy()
        merged.total_visits += other.total_visits
        merged.total_covers += other.total_covers
        merged.total_spend = round(merged.total_spend + other.total_spend, 2)
        merged.last_visit = max((d for d in (merged.last_visit, other.last_visit) if d), default=None)
        for venue, stats in other.venue_stats.items():
            mine_stats = merged.venue_stats.get(venue, VenueStats())
            merged.venue_stats[venue] = VenueStats(
                visits=mine_stats.visits + stats.visits,
                covers=mine_stats.covers + stats.covers,
                spend=round(mine_stats.spend + stats.spend, 2),
                last_visit=max((d for d in (mine_stats.last_visit, stats.last_visit) if d), default=None),
            )
        merged.notes = _merge_notes(merged.notes, other.notes)
        _merge_contacts(merged, other)
    return merged


def _merge_tags(merged: Guest, other: Guest) -> None:
    for tag, meta in other.tag_meta.items():
        if is_computed(tag):
            continue
        mine = merged.tag_meta.get(tag)
        if mine is None:
            merged.tag_meta[tag] = meta.model_copy()
        elif is_allergy(tag):
            stronger = meta if severity_rank(meta.severity) > severity_rank(mine.severity) else mine
            subject = "guest" if "guest" in (mine.subject, meta.subject) else (mine.subject or meta.subject)
            merged.tag_meta[tag] = TagMeta(
                severity=stronger.severity,
                subject=subject,
                source=stronger.source,
                evidence=stronger.evidence,
                added_at=stronger.added_at,
            )
    merged.tags = sorted(merged.tag_meta)


def _restrictive(a: Consent | None, b: Consent) -> Consent:
    if a is None:
        return b.model_copy()
    if a.opt_in and not b.opt_in:
        return b.model_copy()
    return a.model_copy()


def _merge_notes(mine: str, theirs: str) -> str:
    lines = [line for line in mine.splitlines() if line.strip()]
    for line in theirs.splitlines():
        if line.strip() and line not in lines:
            lines.append(line)
    return "\n".join(lines)


def _merge_contacts(merged: Guest, other: Guest) -> None:
    for primary, alternate in (("email", "email_alt"), ("phone", "phone_alt")):
        values = [getattr(merged, primary), getattr(merged, alternate)]
        for candidate in (getattr(other, primary), getattr(other, alternate)):
            if not candidate or any(v and v.casefold() == candidate.casefold() for v in values):
                continue
            if not getattr(merged, primary):
                setattr(merged, primary, candidate)
            elif not getattr(merged, alternate):
                setattr(merged, alternate, candidate)
            values = [getattr(merged, primary), getattr(merged, alternate)]
    for name in ("first_name", "last_name", "birthday", "anniversary", "loyalty_id", "loyalty_tier"):
        if not getattr(merged, name) and getattr(other, name):
            setattr(merged, name, getattr(other, name))


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)
