"""The one-page briefing sheet for the host stand: allergies first, then occasions, then every table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import prompts
from tools.guards import note_bullets
from tools.models import Guest, Reservation
from tools.store import GuestStore

SERVICES = {"lunch": (time(11), time(15, 59)), "dinner": (time(16), time(23, 59))}


@dataclass(frozen=True)
class ServiceWindow:
    day: date
    service: str

    def includes(self, reservation: Reservation) -> bool:
        start, end = SERVICES[self.service]
        return reservation.date == self.day and start <= reservation.arrival_time <= end


def service_reservations(store: GuestStore, window: ServiceWindow, venue_id: str | None = None) -> list[Reservation]:
    return [
        r
        for r in store.reservations_on(window.day, venue_id)
        if window.includes(r) and r.status not in {"CANCELED", "CANCELLED", "NO_SHOW"}
    ]


def render(store: GuestStore, window: ServiceWindow, *, venues: dict[str, str], printed_at: datetime) -> str:
    """HTML with one page per venue; notes come from the reservations, so write them first."""
    pages = [_venue_page(store, window, venue_id, name) for venue_id, name in venues.items()]
    return prompts.render(
        "briefing_sheet.html.j2",
        title=f"{window.service.title()} briefing · {window.day:%a} {window.day.day} {window.day:%b %Y}",
        service_label=window.service.title(),
        day_label=f"{window.day:%A} {window.day.day} {window.day:%B %Y}",
        printed_at=f"{printed_at:%H:%M}",
        pages=[p for p in pages if p["reservations"]],
    )


def _venue_page(store: GuestStore, window: ServiceWindow, venue_id: str, venue_name: str) -> dict[str, Any]:
    reservations = service_reservations(store, window, venue_id)
    allergy_rows, occasion_rows, rows = [], [], []
    for r in reservations:
        guest = _canonical(store, r.client_id)
        name = _display_name(guest)
        when = f"{r.arrival_time:%H:%M}"
        if guest is not None and guest.allergies():
            metas = [(tag.split(":", 1)[1], guest.tag_meta[tag]) for tag in guest.allergies()]
            metas.sort(key=lambda item: (item[1].severity != "severe", item[0]))
            allergy_rows.append(
                {
                    "time": when,
                    "guest": name,
                    "party": r.party_size,
                    "severe": any(m.severity == "severe" for _, m in metas),
                    "allergens": [
                        {
                            "name": allergen,
                            "severity": m.severity or "unspecified",
                            "party": m.subject == "party",
                        }
                        for allergen, m in metas
                    ],
                }
            )
        occasions = [t.split(":", 1)[1] for t in r.tags if t.startswith("Occasion:")]
        if occasions:
            occasion_rows.append({"time": when, "guest": name, "party": r.party_size, "occasion": ", ".join(occasions)})
        bullets = [b for b in note_bullets(r.notes) if not b.startswith(("ALLERGY", "No allergies"))]
        rows.append({"time": when, "guest": name, "party": r.party_size, "line": " · ".join(bullets[:2])})
    allergy_rows.sort(key=lambda row: (not row["severe"], row["time"]))
    return {
        "venue_name": venue_name,
        "covers": sum(r.party_size for r in reservations),
        "reservations": rows,
        "allergy_rows": allergy_rows,
        "occasion_rows": occasion_rows,
    }


def _canonical(store: GuestStore, guest_id: str | None) -> Guest | None:
    guest = store.get_guest(guest_id) if guest_id else None
    while guest is not None and guest.merged_into:
        guest = store.get_guest(guest.merged_into)
    return guest


def _display_name(guest: Guest | None) -> str:
    if guest is None:
        return "Walk-in / not on file"
    return f"{guest.last_name}, {guest.first_name}".strip(", ")
