"""Undo restores the exact prior state: round trips through every kind of write."""

from __future__ import annotations

import pytest

from tests.conftest import NOW
from tools import functions, pipelines
from tools.context import ToolContext
from tools.errors import Conflict, InvalidInput, NotFound
from tools.events import CheckEvent, SurveyEvent
from tools.fields import flatten_guest, flatten_reservation
from tools.models import Check, SurveyAnswer
from tools.results import MergeResult
from tools.store.sqlite import SQLiteStore


def state(store: SQLiteStore) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    guests = [flatten_guest(g) for g in store.iter_guests(include_merged=True)]
    reservations = [flatten_reservation(r) for r in store.reservations_on(NOW.date())]
    return guests, reservations


def test_undo_of_a_patch_restores_every_field(store: SQLiteStore, manager: ToolContext) -> None:
    before = state(store)
    result = functions.patch_profile(
        manager,
        "g-sam",
        add_tags=["Allergies:Sesame", "Seating:Booth"],
        remove_tags=["Dietary:Vegetarian"],
        note="prefers still water",
        email="sam@okafor.dev",
        phone="+1 917 555 0199",
        birthday="02-29",
        allergy_severity="severe",
    )
    assert len(result.changes) == 7
    for change in store.changes(changeset_id=result.changeset_id):
        functions.undo_change(manager, change_id=change.id)
    assert state(store) == before


def test_undo_of_a_merge_restores_every_profile(store: SQLiteStore, manager: ToolContext) -> None:
    before = state(store)
    plan = functions.merge_profiles(manager, ["g-dana", "g-dana2"])
    assert plan.approval_token
    merge = functions.approve(manager, plan.approval_token)
    assert isinstance(merge, MergeResult) and merge.changeset_id
    assert state(store) != before
    first = store.changes(changeset_id=merge.changeset_id)[-1]
    undone = functions.undo_change(manager, change_id=first.id)
    assert undone.status == "undone"
    assert state(store) == before
    assert all(c.reverted_by for c in store.changes(changeset_id=merge.changeset_id))


def test_undo_of_a_whole_run_restores_everything_it_did(store: SQLiteStore, manager: ToolContext) -> None:
    before = state(store)
    check = Check(
        order_id="o1",
        check_id="1",
        amount=130,
        covers=2,
        venue_id="v-harbor",
        customer_email="sam.okafor@example.com",
        closed_at=NOW,
    )
    pipelines.handle(manager, CheckEvent(id="evt-a", at=NOW, check=check))
    answer = SurveyAnswer(id="s1", email="sam.okafor@example.com", text="We'd love a booth next time.")
    pipelines.handle(manager, SurveyEvent(id="evt-b", at=NOW, answer=answer))
    functions.write_previsit_note(manager.for_event("evt-c"), "r-4")
    assert state(store) != before
    for run in ("trigger:evt-c", "trigger:evt-b", "trigger:evt-a"):
        functions.undo_change(manager, run=run)
    assert state(store) == before


def test_undo_refuses_when_the_field_moved_on_and_names_it(store: SQLiteStore, manager: ToolContext) -> None:
    functions.patch_profile(manager, "g-sam", note="first")
    first = store.changes(entity_id="g-sam")[0]
    functions.patch_profile(manager, "g-sam", note="second")
    before = state(store)
    with pytest.raises(Conflict, match="notes of g-sam has changed"):
        functions.undo_change(manager, change_id=first.id)
    assert state(store) == before


def test_undoing_twice_is_an_error(store: SQLiteStore, manager: ToolContext) -> None:
    functions.patch_profile(manager, "g-sam", add_tags=["Seating:Patio"])
    change = store.changes(entity_id="g-sam")[0]
    functions.undo_change(manager, change_id=change.id)
    with pytest.raises(InvalidInput, match="already undone"):
        functions.undo_change(manager, change_id=change.id)


def test_undo_of_an_unknown_change_is_not_found(store: SQLiteStore, manager: ToolContext) -> None:
    with pytest.raises(NotFound, match="No change with id 999"):
        functions.undo_change(manager, change_id=999)


def test_every_write_is_journaled_with_actor_reason_and_evidence(store: SQLiteStore, agent: ToolContext) -> None:
    functions.patch_profile(
        agent, "g-sam", add_tags=["Seating:Patio"], reason="asked on the phone", evidence="call 2026-11-27"
    )
    [change] = store.changes(entity_id="g-sam")
    assert (change.actor, change.reason, change.evidence, change.field) == (
        "agent:run-1",
        "asked on the phone",
        "call 2026-11-27",
        "tag:Seating:Patio",
    )
    assert change.before is None and change.after["source"] == "agent:run-1"
