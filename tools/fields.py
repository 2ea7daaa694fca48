"""Profiles as flat field maps: the unit that is diffed, guarded, journaled and undone.

A guest becomes ``{"email": ..., "tag:Allergies:Shellfish": {meta}, "venue_opt_in:v1": {...}}``.
Each key changes independently, so undoing one change never touches another field, and a tag
added after a change survives that change's undo.
"""

from __future__ import annotations

from typing import Any, Final

from tools.models import Guest, Reservation

GUEST_SCALARS: Final = (
    "first_name",
    "last_name",
    "email",
    "email_alt",
    "phone",
    "phone_alt",
    "birthday",
    "anniversary",
    "notes",
    "marketing_opt_in",
    "loyalty_tier",
    "loyalty_id",
    "total_visits",
    "total_covers",
    "total_spend",
    "last_visit",
    "merged_into",
)
GUEST_MAPS: Final = {"tag": "tag_meta", "venue_opt_in": "venue_opt_in", "venue_stats": "venue_stats"}
STATS_FIELDS: Final = frozenset({"total_visits", "total_covers", "total_spend", "last_visit"})
RESERVATION_SCALARS: Final = (
    "client_id",
    "date",
    "arrival_time",
    "party_size",
    "status",
    "notes",
    "client_requests",
    "source",
)

Flat = dict[str, Any]


def flatten_guest(guest: Guest) -> Flat:
    data = guest.model_dump(mode="json")
    flat: Flat = {name: data[name] for name in GUEST_SCALARS}
    for prefix, attr in GUEST_MAPS.items():
        for key, value in data[attr].items():
            flat[f"{prefix}:{key}"] = value
    return flat


def unflatten_guest(flat: Flat, base: Guest) -> Guest:
    data = base.model_dump(mode="json")
    for name in GUEST_SCALARS:
        data[name] = flat.get(name)
    for prefix, attr in GUEST_MAPS.items():
        data[attr] = {k.split(":", 1)[1]: v for k, v in flat.items() if k.startswith(f"{prefix}:") and v is not None}
    data["tags"] = sorted(data["tag_meta"])
    return Guest.model_validate(data)


def flatten_reservation(reservation: Reservation) -> Flat:
    data = reservation.model_dump(mode="json")
    flat: Flat = {name: data[name] for name in RESERVATION_SCALARS}
    for tag in data["tags"]:
        flat[f"tag:{tag}"] = True
    return flat


def unflatten_reservation(flat: Flat, base: Reservation) -> Reservation:
    data = base.model_dump(mode="json")
    for name in RESERVATION_SCALARS:
        data[name] = flat.get(name)
    data["tags"] = sorted(k[4:] for k, v in flat.items() if k.startswith("tag:") and v)
    return Reservation.model_validate(data)


def diff(before: Flat, after: Flat) -> dict[str, tuple[Any, Any]]:
    """Keys whose values differ, mapped to (before, after); a missing key reads as None."""
    keys = before.keys() | after.keys()
    return {k: (before.get(k), after.get(k)) for k in sorted(keys) if before.get(k) != after.get(k)}


def field_tag(key: str) -> str | None:
    """The ``Group:Tag`` behind a ``tag:`` key, else None."""
    return key[4:] if key.startswith("tag:") else None
