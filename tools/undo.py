"""Undo: write the inverse of journaled changes, exactly, through the same guards."""

from __future__ import annotations

from datetime import datetime

from tools.errors import Conflict, InvalidInput, NotFound
from tools.fields import (
    Flat,
    field_tag,
    flatten_guest,
    flatten_reservation,
    unflatten_guest,
    unflatten_reservation,
)
from tools.guards import WriteMeta
from tools.models import Change, ChangeSet
from tools.spend import Thresholds
from tools.store import GuestStore
from tools.vocabulary import is_computed
from tools.writes import Draft, apply

WHOLE_CHANGESET_TOOLS = frozenset({"merge_profiles"})


def changes_to_undo(store: GuestStore, *, change_id: int | None = None, run: str | None = None) -> list[Change]:
    """The live changes one undo reverts: a change (a whole merge for a merge's change) or a run's."""
    if change_id is not None:
        change = store.get_change(change_id)
        if change is None:
            raise NotFound(f"No change with id {change_id}; see maitre log for ids.")
        if change.reverted_by is not None:
            raise InvalidInput(f"Change {change_id} was already undone by change {change.reverted_by}.")
        if change.tool in WHOLE_CHANGESET_TOOLS:
            found = store.changes(changeset_id=change.changeset_id, limit=10_000)
        else:
            found = [change]
    elif run is not None:
        found = store.changes(actor=run, limit=100_000) or store.changes(event_id=run, limit=100_000)
        if not found:
            raise NotFound(f"No changes were made by {run!r}.")
    else:
        raise InvalidInput("Say which change to undo (change_id) or which run (run).")
    live = [c for c in found if c.reverted_by is None and not _computed(c)]
    if not live:
        raise InvalidInput("Everything that selection changed has already been undone.")
    return sorted(live, key=lambda c: c.id, reverse=True)


def undo(
    store: GuestStore, meta: WriteMeta, changes: list[Change], *, now: datetime, thresholds: Thresholds
) -> ChangeSet:
    """Revert ``changes`` (newest first); refuses when a field moved on since, naming the field."""

    def mutate(draft: Draft) -> None:
        flats: dict[tuple[str, str], Flat] = {}
        for change in changes:
            key = (change.entity, change.entity_id)
            if key not in flats:
                entity = (
                    draft.guest(change.entity_id, follow_merges=False)
                    if change.entity == "guest"
                    else draft.reservation(change.entity_id)
                )
                flats[key] = (
                    flatten_guest(entity) if change.entity == "guest" else flatten_reservation(entity)  # type: ignore[arg-type]
                )
            flat = flats[key]
            if flat.get(change.field) != change.after:
                raise Conflict(
                    f"Change {change.id} cannot be undone: {change.field} of {change.entity_id} has changed "
                    "since; undo the later change first (see maitre log)."
                )
            if change.before is None:
                flat.pop(change.field, None)
            else:
                flat[change.field] = change.before
        for (kind, entity_id), flat in flats.items():
            if kind == "guest":
                draft.replace(unflatten_guest(flat, draft.guest(entity_id, follow_merges=False)))
            else:
                draft.replace(unflatten_reservation(flat, draft.reservation(entity_id)))

    def mark(changeset: ChangeSet) -> None:
        newest = {(c.entity_id, c.field): c.id for c in changeset.changes}
        for change in changes:
            by = newest.get((change.entity_id, change.field))
            if by is not None:
                store.mark_reverted(change.id, by)

    target = f"undo:{min(c.id for c in changes)}-{max(c.id for c in changes)}"
    result = apply(store, meta, mutate, target=target, now=now, thresholds=thresholds, after_commit=mark)
    if not result.changes:
        raise Conflict("Nothing could be undone; the fields already hold their earlier values.")
    return result


def _computed(change: Change) -> bool:
    tag = field_tag(change.field)
    return tag is not None and is_computed(tag)
