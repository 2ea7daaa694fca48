"""The deterministic guards. Every write is a diff of flat fields; these decide which keys may change.

They run inside the write path (``tools.writes``) on every tool, pipeline, merge and undo, against
the state read inside the write transaction, so no caller, model or text can route around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from tools.errors import UnknownTag
from tools.fields import STATS_FIELDS, Flat, diff, field_tag
from tools.vocabulary import (
    MARKETING_TAGS,
    canonical_tag,
    is_allergy,
    is_computed,
    severity_rank,
)

CONSENT: Final = "consent"
ROUTING: Final = "canonical routing"
ALLERGY: Final = "allergy safety"
NOTE_BUDGET: Final = "note budget"
VOCABULARY: Final = "vocabulary and fields"
IDEMPOTENCY: Final = "idempotency"

STATS_TOOLS: Final = frozenset({"record_check", "merge_profiles", "undo_change", "import"})
MERGE_TOOLS: Final = frozenset({"merge_profiles", "undo_change"})

NOTE_MIN_BULLETS: Final = 3
NOTE_MAX_BULLETS: Final = 5
NOTE_BULLET_CHARS: Final = 90

_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?:\+?\d[\s().-]?){7,}\d")
_MONEY = re.compile(
    r"[$€£]\s?\d|\d\s?(?:usd|eur|gbp|dollars|euros|pounds)\b|\bspen[dt]s?\b[^.;]{0,20}\d|\b\d[\d,.]*k?\s+(?:spent|spend)\b",
    re.IGNORECASE,
)
_HEALTH = re.compile(
    r"\b(?:pregnan\w*|diabet\w*|cancer|chemo\w*|medicat\w*|insulin|heart condition|depress\w*|epilep\w*|"
    r"hiv|surgery|dementia|disorder|diagnos\w*|therapy|prescription)\b",
    re.IGNORECASE,
)
_OUTREACH = re.compile(
    r"\b(?:send|e-?mail|text|call|invite|contact|reach out to|follow up with|sign (?:them|him|her) up|subscribe|add)\b"
    r"[^.;\n]{0,30}\b(?:them|him|her|guest|newsletter|list|offer|promo\w*|voucher|discount|survey)\b"
    r"|\bnewsletter\b|\bmailing list\b|\bpromo(?:tion)?s?\b|\bdiscount code\b|\bvoucher\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WriteMeta:
    """Who writes, with which tool, why, on what evidence, and for which source event."""

    actor: str
    tool: str
    reason: str = ""
    evidence: str = ""
    event_id: str | None = None


@dataclass
class EntityDiff:
    kind: Literal["guest", "reservation"]
    entity_id: str
    before: Flat
    after: Flat
    created: bool = False
    guest_opted_out: bool = False  # reservations: whether their guest may not be marketed to
    changed: dict[str, tuple[Any, Any]] = field(init=False)

    def __post_init__(self) -> None:
        self.changed = diff(self.before, self.after)


@dataclass(frozen=True)
class Violation:
    guard: str
    entity_id: str
    key: str
    message: str


def is_manager(actor: str) -> bool:
    """Only a named manager's explicit action may opt a guest back in or remove an allergy."""
    return actor.startswith("manager:") and len(actor) > len("manager:")


def check(diffs: list[EntityDiff], meta: WriteMeta) -> list[Violation]:
    """Every violation in one write; an empty list means it may be committed."""
    out: list[Violation] = []
    for d in diffs:
        if d.kind == "guest":
            out += _consent(d, meta) + _allergy(d, meta, diffs) + _vocabulary(d, meta)
        else:
            out += _reservation(d)
    return out


def opted_out(flat: Flat) -> bool:
    consent = flat.get("marketing_opt_in") or {}
    if not consent.get("opt_in", False):
        return True
    return any(k.startswith("venue_opt_in:") and v and not v.get("opt_in") for k, v in flat.items())


def _group_opt_in(flat: Flat) -> bool:
    return bool((flat.get("marketing_opt_in") or {}).get("opt_in", False))


def may_survey(flat: Flat, venue_id: str) -> bool:
    """A post-visit survey for ``venue_id`` needs group-wide consent and no opt-out at that venue."""
    venue = flat.get(f"venue_opt_in:{venue_id}")
    return _group_opt_in(flat) and not (venue is not None and not venue.get("opt_in"))


def is_outreach(text: str) -> bool:
    return bool(_OUTREACH.search(text))


def _consent(d: EntityDiff, meta: WriteMeta) -> list[Violation]:
    out = []
    was_out, now_out = opted_out(d.before), opted_out(d.after)
    for key, (before, after) in d.changed.items():
        if key == "marketing_opt_in" or key.startswith("venue_opt_in:"):
            # A venue record that disappears falls back to the group's consent: an opt-in too.
            was_opted_out = before is not None and not before.get("opt_in")
            allowed_now = bool(after and after.get("opt_in")) or (after is None and key != "marketing_opt_in")
            flips_in = allowed_now and (was_opted_out or (before is None and was_out))
            if flips_in and not d.created and not is_manager(meta.actor):
                out.append(
                    Violation(
                        CONSENT,
                        d.entity_id,
                        key,
                        "This guest opted out; only a manager's explicit action can opt them back in.",
                    )
                )
        tag = field_tag(key)
        if tag in MARKETING_TAGS and after is not None and before is None and not _group_opt_in(d.after):
            out.append(
                Violation(CONSENT, d.entity_id, key, f"Guest opted out of marketing: {tag} not set and no survey sent.")
            )
        if key == "notes" and now_out and is_outreach(_added_text(before, after)):
            out.append(
                Violation(
                    CONSENT,
                    d.entity_id,
                    key,
                    "Guest opted out of marketing: an outreach note is not allowed on this profile.",
                )
            )
    return out


def _allergy(d: EntityDiff, meta: WriteMeta, diffs: list[EntityDiff]) -> list[Violation]:
    out = []
    for key, (before, after) in d.changed.items():
        tag = field_tag(key)
        if not tag or not is_allergy(tag) or before is None:
            continue
        dropped = after is None
        downgraded = not dropped and severity_rank(after.get("severity")) < severity_rank(before.get("severity"))
        if not (dropped or downgraded):
            continue
        if is_manager(meta.actor) and meta.reason.strip():
            continue
        if dropped and _restored_by_unmerge(tag, diffs):
            continue
        what = "removed" if dropped else "downgraded"
        out.append(
            Violation(
                ALLERGY, d.entity_id, key, f"{tag} cannot be {what} automatically; a manager must do it with a reason."
            )
        )
    return out


def _restored_by_unmerge(tag: str, diffs: list[EntityDiff]) -> bool:
    """Undoing a merge may take an allergy off the survivor when the restored profile carries it."""
    return any(
        d.kind == "guest"
        and "merged_into" in d.changed
        and d.changed["merged_into"][1] is None
        and d.after.get(f"tag:{tag}") is not None
        for d in diffs
    )


def _vocabulary(d: EntityDiff, meta: WriteMeta) -> list[Violation]:
    out = []
    for key in d.changed:
        tag = field_tag(key)
        if tag is not None:
            try:
                known = canonical_tag(tag) == tag
            except UnknownTag:
                known = False
            if not known:
                out.append(Violation(VOCABULARY, d.entity_id, key, f"{tag!r} is not in the tag vocabulary."))
            elif is_computed(tag):
                out.append(
                    Violation(
                        VOCABULARY,
                        d.entity_id,
                        key,
                        f"{tag} is computed from visits and spend; it cannot be set or removed directly.",
                    )
                )
        elif (key in STATS_FIELDS or key.startswith("venue_stats:")) and meta.tool not in STATS_TOOLS and not d.created:
            out.append(
                Violation(
                    VOCABULARY,
                    d.entity_id,
                    key,
                    f"{key} is computed from checks; only closed checks and merges change it.",
                )
            )
        elif key == "merged_into" and meta.tool not in MERGE_TOOLS:
            out.append(Violation(VOCABULARY, d.entity_id, key, "Only merge_profiles and undo change merged_into."))
    return out


def _reservation(d: EntityDiff) -> list[Violation]:
    out = []
    if "notes" in d.changed and not d.created:  # a booking arriving from the CRM keeps its own notes
        after = d.changed["notes"][1] or ""
        for problem in note_problems(after):
            out.append(Violation(NOTE_BUDGET, d.entity_id, "notes", problem))
        if d.guest_opted_out and is_outreach(after):
            out.append(
                Violation(
                    CONSENT,
                    d.entity_id,
                    "notes",
                    "Guest opted out of marketing: the pre-visit note may not suggest outreach.",
                )
            )
    return out


def _added_text(before: str | None, after: str | None) -> str:
    before, after = before or "", after or ""
    return after[len(before) :] if after.startswith(before) else after


# -- the note budget --------------------------------------------------------------------------


def note_bullets(text: str) -> list[str]:
    """The bullets of a note: one per line, list markers stripped, blank lines dropped."""
    return [re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s*", "", line).strip() for line in text.splitlines() if line.strip()]


def format_note(bullets: list[str]) -> str:
    return "\n".join(f"• {b}" for b in bullets)


def sensitive_reason(bullet: str) -> str | None:
    """Why a bullet may not appear on a host's note, or None."""
    if _EMAIL.search(bullet):
        return "holds an email address"
    if _PHONE.search(bullet):
        return "holds a phone number"
    if _MONEY.search(bullet):
        return "holds a spend figure"
    if _HEALTH.search(bullet):
        return "holds health detail beyond an allergen and its severity"
    return None


def note_problems(text: str) -> list[str]:
    """Why ``text`` breaks the note budget; empty when it fits."""
    if not text.strip():
        return []
    bullets = note_bullets(text)
    problems = []
    if not NOTE_MIN_BULLETS <= len(bullets) <= NOTE_MAX_BULLETS:
        problems.append(f"A pre-visit note has {NOTE_MIN_BULLETS} to {NOTE_MAX_BULLETS} bullets, not {len(bullets)}.")
    for number, bullet in enumerate(bullets, start=1):
        if len(bullet) > NOTE_BULLET_CHARS:
            problems.append(f"Bullet {number} is {len(bullet)} characters; the limit is {NOTE_BULLET_CHARS}.")
        reason = sensitive_reason(bullet)
        if reason:
            problems.append(f"Bullet {number} {reason}.")
    return problems


def shorten(bullet: str, limit: int = NOTE_BULLET_CHARS) -> str:
    """Cut at a word boundary to fit ``limit``, marking the cut with an ellipsis."""
    if len(bullet) <= limit:
        return bullet
    cut = bullet[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"
