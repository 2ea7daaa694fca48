"""The one write path: load inside a transaction, mutate a draft, guard the diff, journal, commit.

Every tool, pipeline, merge and undo writes through ``apply``. Nothing else calls ``put_guest``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from tools import guards
from tools.errors import Conflict, GuardRefusal, InvalidInput, NotFound
from tools.fields import (
    Flat,
    diff,
    flatten_guest,
    flatten_reservation,
    unflatten_guest,
    unflatten_reservation,
)
from tools.guards import EntityDiff, WriteMeta
from tools.models import Change, ChangeSet, Guest, Refusal, Reservation
from tools.spend import Thresholds, with_computed_tags
from tools.store import GuestStore

OnRefusal = Literal["raise", "skip"]


@dataclass
class _Loaded:
    kind: Literal["guest", "reservation"]
    original: Guest | Reservation | None
    draft: Guest | Reservation
    expected_version: int


@dataclass
class Draft:
    """The entities a write has loaded; mutate what ``guest()`` and ``reservation()`` return."""

    store: GuestStore
    redirects: list[str] = field(default_factory=list)
    _loaded: dict[tuple[str, str], _Loaded] = field(default_factory=dict)

    def guest(self, guest_id: str, *, expected_version: int | None = None, follow_merges: bool = True) -> Guest:
        """The working copy of a guest, routed to its canonical profile when it was merged away."""
        guest = self._read_guest(guest_id)
        if follow_merges:
            seen = {guest.id}
            while guest.merged_into:
                target = self._read_guest(guest.merged_into)
                self.redirects.append(f"{guest.id} was merged into {target.id}; wrote to {target.id}.")
                if target.id in seen:
                    break
                seen.add(target.id)
                guest = target
        key = ("guest", guest.id)
        if key not in self._loaded:
            version = guest.version
            if expected_version is not None and expected_version != version and guest.id == guest_id:
                raise Conflict(
                    f"Guest {guest.id} is at version {version}, not {expected_version}; read it again and retry."
                )
            self._loaded[key] = _Loaded("guest", guest, guest.model_copy(deep=True), version)
        draft = self._loaded[key].draft
        assert isinstance(draft, Guest)
        return draft

    def replace(self, entity: Guest | Reservation) -> None:
        """Swap a loaded draft for a rebuilt one (undo rebuilds profiles from flat fields)."""
        kind = "guest" if isinstance(entity, Guest) else "reservation"
        self._loaded[(kind, entity.id)].draft = entity

    def new_guest(self, guest: Guest) -> Guest:
        key = ("guest", guest.id)
        if key in self._loaded or self.store.get_guest(guest.id) is not None:
            raise InvalidInput(f"Guest {guest.id} already exists.")
        self._loaded[key] = _Loaded("guest", None, guest.model_copy(deep=True), 0)
        draft = self._loaded[key].draft
        assert isinstance(draft, Guest)
        return draft

    def new_reservation(self, reservation: Reservation) -> Reservation:
        key = ("reservation", reservation.id)
        if key in self._loaded or self.store.get_reservation(reservation.id) is not None:
            raise InvalidInput(f"Reservation {reservation.id} already exists.")
        self._loaded[key] = _Loaded("reservation", None, reservation.model_copy(deep=True), 0)
        draft = self._loaded[key].draft
        assert isinstance(draft, Reservation)
        return draft

    def reservation(self, reservation_id: str) -> Reservation:
        key = ("reservation", reservation_id)
        if key not in self._loaded:
            found = self.store.get_reservation(reservation_id)
            if found is None:
                raise NotFound(f"No reservation with id {reservation_id!r}.")
            self._loaded[key] = _Loaded("reservation", found, found.model_copy(deep=True), found.version)
        draft = self._loaded[key].draft
        assert isinstance(draft, Reservation)
        return draft

    def _read_guest(self, guest_id: str) -> Guest:
        loaded = self._loaded.get(("guest", guest_id))
        if loaded is not None:
            assert isinstance(loaded.draft, Guest)
            return loaded.draft
        found = self.store.get_guest(guest_id)
        if found is None:
            raise NotFound(f"No guest with id {guest_id!r}; look the guest up by email, phone or name first.")
        return found


def apply(
    store: GuestStore,
    meta: WriteMeta,
    mutate: Callable[[Draft], None],
    *,
    target: str,
    now: datetime,
    thresholds: Thresholds,
    on_refusal: OnRefusal = "raise",
    after_commit: Callable[[ChangeSet], None] | None = None,
) -> ChangeSet:
    """Run ``mutate`` on drafts inside one transaction and commit what the guards allow.

    With ``on_refusal="raise"`` any refusal aborts the whole write (nothing is written); with
    ``"skip"`` refused fields keep their stored value and the refusals are reported.
    ``after_commit`` runs inside the same transaction once the changes are journaled.
    """
    with store.transaction():
        if meta.event_id is not None and store.changeset_for_event(meta.event_id, meta.tool, target) is not None:
            return ChangeSet(tool=meta.tool, actor=meta.actor, event_id=meta.event_id, already_applied=True)
        draft = Draft(store)
        mutate(draft)
        diffs = _diffs(draft, store, thresholds)
        violations = guards.check(diffs, meta)
        if violations and on_refusal == "raise":
            first = violations[0]
            raise GuardRefusal(first.guard, first.message)
        refused = {(v.entity_id, v.key) for v in violations}
        changeset = ChangeSet(
            tool=meta.tool,
            actor=meta.actor,
            event_id=meta.event_id,
            redirects=draft.redirects,
            refusals=[Refusal(guard=v.guard, target=v.entity_id, message=v.message) for v in violations],
        )
        pending: list[tuple[EntityDiff, _Loaded, Flat]] = []
        for d in diffs:
            loaded = draft._loaded[(d.kind, d.entity_id)]
            after = {**d.after}
            for entity_id, key in refused:
                if entity_id == d.entity_id:
                    if key in d.before:
                        after[key] = d.before[key]
                    else:
                        after.pop(key, None)
            pending.append((d, loaded, after))
        if not any(diff(d.before, after) for d, _, after in pending) and meta.event_id is None:
            return changeset
        changeset.id = store.open_changeset(
            at=now, tool=meta.tool, actor=meta.actor, event_id=meta.event_id, target=target, reason=meta.reason
        )
        for d, loaded, after in pending:
            changes = _commit(store, d, loaded, after, now=now, thresholds=thresholds)
            for key, (before_value, after_value) in changes.items():
                changeset.changes.append(
                    store.record_change(
                        Change(
                            id=0,
                            changeset_id=changeset.id,
                            at=now,
                            actor=meta.actor,
                            entity=d.kind,
                            entity_id=d.entity_id,
                            field=key,
                            before=before_value,
                            after=after_value,
                            reason=meta.reason,
                            evidence=meta.evidence,
                            event_id=meta.event_id,
                            tool=meta.tool,
                        )
                    )
                )
        if after_commit is not None:
            after_commit(changeset)
        return changeset


def _diffs(draft: Draft, store: GuestStore, thresholds: Thresholds) -> list[EntityDiff]:
    out = []
    for (kind, entity_id), loaded in draft._loaded.items():
        if kind == "guest":
            assert isinstance(loaded.draft, Guest)
            before = flatten_guest(loaded.original) if isinstance(loaded.original, Guest) else {}
            after = flatten_guest(loaded.draft)
            out.append(EntityDiff("guest", entity_id, before, after, created=loaded.original is None))
        else:
            assert isinstance(loaded.draft, Reservation)
            guest = store.get_guest(loaded.draft.client_id) if loaded.draft.client_id else None
            original = loaded.original
            out.append(
                EntityDiff(
                    "reservation",
                    entity_id,
                    flatten_reservation(original) if isinstance(original, Reservation) else {},
                    flatten_reservation(loaded.draft),
                    created=original is None,
                    guest_opted_out=bool(guest and guest.opted_out(loaded.draft.venue_id)),
                )
            )
    return [d for d in out if d.changed or d.created]


def _commit(
    store: GuestStore, d: EntityDiff, loaded: _Loaded, after: Flat, *, now: datetime, thresholds: Thresholds
) -> dict[str, tuple[object, object]]:
    if d.kind == "guest":
        base = loaded.original if isinstance(loaded.original, Guest) else loaded.draft
        assert isinstance(base, Guest)
        guest = with_computed_tags(unflatten_guest(after, base), thresholds)
        guest = guest.model_copy(update={"updated": now, "created": base.created or now})
        changes = diff(d.before, flatten_guest(guest))
        store.put_guest(guest, loaded.expected_version)
        return changes
    base_reservation = loaded.original if isinstance(loaded.original, Reservation) else loaded.draft
    assert isinstance(base_reservation, Reservation)
    reservation = unflatten_reservation(after, base_reservation).model_copy(update={"updated": now})
    changes = diff(d.before, flatten_reservation(reservation))
    store.put_reservation(reservation, loaded.expected_version)
    return changes
