"""The host's pre-visit note: composed from the profile, or fitted from given text, within budget.

Order: allergies, occasion, preferences, value; 3 to 5 bullets of at most 90 characters; no email,
phone, spend figure or health detail beyond the allergen and its severity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from tools.guards import (
    NOTE_BULLET_CHARS,
    NOTE_MAX_BULLETS,
    NOTE_MIN_BULLETS,
    is_outreach,
    note_bullets,
    sensitive_reason,
    shorten,
)
from tools.models import Guest, Reservation

MAX_NOTE_INPUT = 1000
_JOURNAL_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2} \[[^\]]*\] ")


@dataclass
class FittedNote:
    bullets: list[str]
    cut: list[str] = field(default_factory=list)


def allergy_bullets(guest: Guest | None) -> list[str]:
    if guest is None:
        return ["Guest not on file: ask about allergies at the table"]
    parts = []
    for tag in sorted(guest.allergies(), key=lambda t: (guest.tag_meta[t].severity != "severe", t)):
        meta = guest.tag_meta[tag]
        label = tag.split(":", 1)[1]
        if meta.severity == "severe":
            label += " (SEVERE)"
        elif meta.severity == "intolerance":
            label += " (intolerance)"
        if meta.subject == "party":
            label += " (in party)"
        parts.append(label)
    if not parts:
        return ["No allergies on file"]
    bullets, line = [], "ALLERGY: "
    for part in parts:
        candidate = line + ("" if line.endswith(": ") else ", ") + part
        if len(candidate) > NOTE_BULLET_CHARS and not line.endswith(": "):
            bullets.append(line)
            line = "ALLERGY: " + part
        else:
            line = candidate
    bullets.append(line)
    return bullets


def occasion_bullet(guest: Guest | None, reservation: Reservation) -> str | None:
    occasions = [t.split(":", 1)[1] for t in reservation.tags if t.startswith("Occasion:")]
    if guest is not None:
        for label, month_day in (("Birthday", guest.birthday), ("Anniversary", guest.anniversary)):
            if month_day and label not in occasions and _within_week(month_day, reservation.date):
                occasions.append(f"{label} {_month_day_label(month_day)}")
    return f"Occasion: {', '.join(occasions)}" if occasions else None


def preference_bullet(guest: Guest | None) -> str | None:
    if guest is None:
        return None
    dietary = [t.split(":", 1)[1] for t in guest.tags if t.startswith("Dietary:")]
    seating = [t.split(":", 1)[1] for t in guest.tags if t.startswith("Seating:")]
    parts = []
    if dietary:
        parts.append("Diet: " + ", ".join(dietary))
    if seating:
        parts.append("Seating: " + ", ".join(seating))
    return shorten(" · ".join(parts)) if parts else None


def value_bullet(guest: Guest | None) -> str:
    if guest is None or guest.total_visits == 0:
        return "First visit: make it a good one"
    labels = [t.split(":", 1)[1] for t in guest.tags if t.startswith("Spend Tier:")]
    labels += [t.split(":", 1)[1] for t in guest.tags if t.startswith("Loyalty:")]
    labels = [label for label in labels if label != "Standard"]
    visits = f"{guest.total_visits} visit{'s' if guest.total_visits != 1 else ''}"
    last = f", last {_day_label(guest.last_visit)}" if guest.last_visit else ""
    return " · ".join([*labels, visits + last])


def compose(guest: Guest | None, reservation: Reservation) -> FittedNote:
    """The note maitre writes when no text is given, fitted to the budget with what was cut."""
    bullets = allergy_bullets(guest)
    for extra in (occasion_bullet(guest, reservation), preference_bullet(guest)):
        if extra:
            bullets.append(extra)
    bullets.append(value_bullet(guest))
    if reservation.client_requests.strip():
        bullets.append(f"Request: {' '.join(reservation.client_requests.split())}")
    latest = guest.notes.strip().splitlines()[-1].strip() if guest and guest.notes.strip() else ""
    latest = _JOURNAL_PREFIX.sub("", latest)
    if latest:
        bullets.append(f"Note: {latest}")
    if len(bullets) < NOTE_MIN_BULLETS:
        bullets.append(f"Party of {reservation.party_size} at {reservation.arrival_time:%H:%M}")
    return fit(bullets, guest, reservation)


def fit(bullets: list[str], guest: Guest | None, reservation: Reservation) -> FittedNote:
    """Cut ``bullets`` to the budget by rule and report what was cut and why."""
    note = FittedNote([])
    opted_out = guest is not None and guest.opted_out(reservation.venue_id)
    for number, bullet in enumerate(bullets, start=1):
        reason = sensitive_reason(bullet)
        if reason:
            note.cut.append(f"Dropped bullet {number}: it {reason}.")
            continue
        if opted_out and is_outreach(bullet):
            note.cut.append(f"Dropped bullet {number}: the guest opted out of marketing, so no outreach.")
            continue
        if len(bullet) > NOTE_BULLET_CHARS:
            note.cut.append(f"Shortened bullet {number} from {len(bullet)} to {NOTE_BULLET_CHARS} characters.")
            bullet = shorten(bullet)
        note.bullets.append(bullet)
    allergy_lines = allergy_bullets(guest) if guest is not None and guest.allergies() else []
    missing = [line for line in allergy_lines if line not in note.bullets]
    if missing:
        note.cut.append("Put the guest's allergies first: every note carries them.")
        note.bullets = allergy_lines + [
            b
            for b in note.bullets
            if not b.upper().startswith("ALLERGY") and b != "No allergies on file"  # stale once allergies are known
        ]
    else:
        head = [b for b in note.bullets if b in allergy_lines]
        note.bullets = head + [b for b in note.bullets if b not in allergy_lines]
    if len(note.bullets) > NOTE_MAX_BULLETS:
        dropped = note.bullets[NOTE_MAX_BULLETS:]
        note.bullets = note.bullets[:NOTE_MAX_BULLETS]
        note.cut.append(f"Dropped {len(dropped)} bullet(s) past the limit of {NOTE_MAX_BULLETS}.")
    if len(note.bullets) < NOTE_MIN_BULLETS and not any(b.startswith("ALLERGY") for b in note.bullets):
        note.bullets.insert(0, allergy_bullets(guest)[0])
    fillers = [
        occasion_bullet(guest, reservation),
        preference_bullet(guest),
        value_bullet(guest),
        f"Party of {reservation.party_size} at {reservation.arrival_time:%H:%M}",
    ]
    for filler in fillers:
        if len(note.bullets) >= NOTE_MIN_BULLETS:
            break
        if filler and filler not in note.bullets:
            note.bullets.append(filler)
    return note


def parse_text(text: str) -> list[str]:
    return note_bullets(text)


def _within_week(month_day: str, day: date) -> bool:
    month, dom = (int(p) for p in month_day.split("-"))
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            when = date(year, month, dom)
        except ValueError:
            when = date(year, 3, 1)  # Feb 29 outside leap years
        if abs(when - day) <= timedelta(days=7):
            return True
    return False


def _month_day_label(month_day: str) -> str:
    month, dom = (int(p) for p in month_day.split("-"))
    return f"{date(2000, month, dom):%b} {dom}"


def _day_label(day: date) -> str:
    return f"{day:%b} {day.day} {day.year}"
