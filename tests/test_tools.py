"""The tool functions as a caller sees them: schemas, lookups, duplicates, classification, merges."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tools import functions
from tools.context import ToolContext
from tools.errors import ApprovalRequired, InvalidInput, NotFound
from tools.results import LookupResult
from tools.schema import described, input_model, output_model, tool_parameters
from tools.store.sqlite import SQLiteStore


@pytest.mark.parametrize("tool", functions.TOOLS, ids=lambda t: t.__name__)
def test_every_tool_parameter_is_described_and_the_schema_derives(tool: object) -> None:
    assert callable(tool)
    assert inspect.getdoc(tool), "the docstring is the tool's description"
    params = tool_parameters(tool)
    assert params, "a tool takes arguments besides its context"
    for name, (annotation, _) in params.items():
        assert described(annotation), f"{tool.__name__}({name}) has no description"  # type: ignore[attr-defined]
    schema = input_model(tool).model_json_schema()
    assert set(schema["properties"]) == set(params)
    assert output_model(tool).model_json_schema()["type"] == "object"


def test_tool_definitions_stay_small() -> None:
    size = sum(len(str(input_model(t).model_json_schema())) + len(inspect.getdoc(t) or "") for t in functions.TOOLS)
    assert size / 4 < 3000, f"about {size // 4} tokens"


def test_lookup_by_email_is_normalised(agent: ToolContext) -> None:
    result = functions.lookup_guest(agent, "  Dana.Whitfield+Dinner@GMAIL.com ")
    assert [m.id for m in result.matches] == ["g-dana", "g-dana2"]
    assert result.matches[0].matched_by == "email"
    assert result.matches[0].allergies[0].severity == "severe"
    assert [d.id for d in result.matches[0].pending_duplicates] == ["g-dana2"]


def test_lookup_by_phone_in_any_format(agent: ToolContext) -> None:
    for query in ("(646) 555-0102", "+1 646 555 0102", "646.555.0102"):
        assert [m.id for m in functions.lookup_guest(agent, query).matches] == ["g-oscar"]


def test_lookup_by_name_is_fuzzy_and_knows_nicknames(agent: ToolContext) -> None:
    assert functions.lookup_guest(agent, "Sam Okafor").matches[0].id == "g-sam"
    assert functions.lookup_guest(agent, "okafor samuel").matches[0].id == "g-sam"
    assert {m.id for m in functions.lookup_guest(agent, "Dana Whitfeild").matches} == {"g-dana", "g-dana2"}


def test_lookup_pages_with_a_cursor(agent: ToolContext) -> None:
    first = functions.lookup_guest(agent, "Dana Whitfield", limit=1)
    assert first.total == 2 and first.next_cursor and "cursor=" in first.hint
    second = functions.lookup_guest(agent, "Dana Whitfield", limit=1, cursor=first.next_cursor)
    assert second.next_cursor is None and second.matches[0].id != first.matches[0].id
    with pytest.raises(InvalidInput, match="cursor"):
        functions.lookup_guest(agent, "Dana", cursor="garbage!")


def test_lookup_with_no_match_says_what_to_try(agent: ToolContext) -> None:
    result = functions.lookup_guest(agent, "nobody@nowhere.example")
    assert result == LookupResult(matches=[], total=0, hint=result.hint) and "try" in result.hint


def test_find_duplicates_for_one_guest_and_the_store(agent: ToolContext) -> None:
    one = functions.find_duplicates(agent, "g-dana2")
    assert one.clusters[0].canonical_id == "g-dana"
    assert "same email (normalised)" in one.clusters[0].pairs[0].evidence
    everything = functions.find_duplicates(agent)
    assert [sorted(m.id for m in c.members) for c in everything.clusters] == [["g-dana", "g-dana2"]]


def test_not_a_duplicate_decisions_are_respected(store: SQLiteStore, agent: ToolContext) -> None:
    store.mark_not_duplicate("g-dana2", "g-dana", actor="manager:alex", at="2026-11-27")
    assert functions.find_duplicates(agent).total == 0
    assert functions.find_duplicates(agent, "g-dana").total == 0


def test_merge_needs_an_approval_the_model_cannot_give(store: SQLiteStore, agent: ToolContext) -> None:
    plan = functions.merge_profiles(agent, ["g-dana2", "g-dana"])
    assert plan.status == "approval_needed" and plan.approval_token and "maitre approve" in plan.message
    assert {c.field for c in plan.plan} >= {"tag:Allergies:Peanut", "marketing_opt_in", "total_visits", "merged_into"}
    again = functions.merge_profiles(agent, ["g-dana", "g-dana2"], approval_token=plan.approval_token)
    assert again.status == "pending"
    assert store.get_guest("g-dana2").merged_into is None  # type: ignore[union-attr]
    with pytest.raises(ApprovalRequired, match="does not match"):
        functions.merge_profiles(agent, ["g-dana", "g-sam"], approval_token=plan.approval_token)
    with pytest.raises(ApprovalRequired, match="Only a manager"):
        functions.approve(agent, plan.approval_token)


def test_an_approved_merge_runs_once_and_the_model_sees_the_result(
    store: SQLiteStore, agent: ToolContext, manager: ToolContext
) -> None:
    plan = functions.merge_profiles(agent, ["g-dana", "g-dana2"])
    assert plan.approval_token
    functions.approve(manager, plan.approval_token)
    seen = functions.merge_profiles(agent, ["g-dana2", "g-dana"], approval_token=plan.approval_token)
    assert seen.status == "merged" and "Approved by manager:alex" in seen.message
    with pytest.raises(InvalidInput, match="already used"):
        functions.approve(manager, plan.approval_token)
    survivor = store.get_guest("g-dana")
    assert survivor is not None and survivor.total_visits == 14
    merge_change = store.changes(entity_id="g-dana2")[0]
    assert merge_change.actor == "manager:alex" and "requested by agent:run-1" in merge_change.reason


def test_a_denied_merge_tells_the_model_not_to_retry(agent: ToolContext, manager: ToolContext) -> None:
    plan = functions.merge_profiles(agent, ["g-dana", "g-dana2"])
    assert plan.approval_token
    functions.deny(manager, plan.approval_token)
    with pytest.raises(ApprovalRequired, match="denied"):
        functions.merge_profiles(agent, ["g-dana", "g-dana2"], approval_token=plan.approval_token)


def test_unknown_guest_and_reservation_are_not_found(agent: ToolContext) -> None:
    with pytest.raises(NotFound, match="lookup_guest"):
        functions.patch_profile(agent, "g-nobody", add_tags=["Seating:Window"])
    with pytest.raises(NotFound, match="No reservation"):
        functions.write_previsit_note(agent, "r-nope")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"email": "not-an-email"}, "not a valid email"),
        ({"phone": "12345"}, "not a valid phone"),
        ({}, "Nothing to change"),
    ],
)
def test_malformed_contact_fields_are_refused(agent: ToolContext, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        functions.patch_profile(agent, "g-sam", **kwargs)  # type: ignore[arg-type]


def test_dry_run_returns_the_diff_and_writes_nothing(store: SQLiteStore, agent: ToolContext) -> None:
    result = functions.patch_profile(agent, "g-sam", add_tags=["Seating:Booth"], dry_run=True)
    assert [c.field for c in result.changes] == ["tag:Seating:Booth"] and result.dry_run
    assert "Seating:Booth" not in store.get_guest("g-sam").tags  # type: ignore[union-attr]
    assert store.changes(entity_id="g-sam") == []


def test_kitchen_alert_on_a_new_allergy(agent: ToolContext) -> None:
    result = functions.patch_profile(agent, "g-sam", add_tags=["Allergies:Sesame"], allergy_severity="severe")
    assert result.kitchen_alert and "Kitchen alert" in result.message


def test_composed_note_orders_allergies_occasion_preferences_value(agent: ToolContext) -> None:
    note = functions.write_previsit_note(agent, "r-1")
    assert note.bullets[0] == "ALLERGY: Shellfish (SEVERE)"
    assert note.bullets[1].startswith("Occasion: Birthday")
    assert any(b.startswith("Gold") or "12 visits" in b for b in note.bullets)
    assert note.written and 3 <= len(note.bullets) <= 5


def test_the_briefing_sheet_puts_allergies_first(store: SQLiteStore, agent: ToolContext, tmp_path: Path) -> None:
    from datetime import datetime

    from tools import sheet

    for r in store.reservations_on(TODAY):
        functions.write_previsit_note(agent, r.id)
    html = sheet.render(
        store,
        sheet.ServiceWindow(TODAY, "dinner"),
        venues={"v-harbor": "Harbor", "v-fig": "Fig"},
        printed_at=datetime(2026, 11, 27, 16, 30),
    )
    assert html.index("Allergies · 1 table<") < html.index("Occasions") < html.index("All tables")
    assert "SEVERE" in html and "Whitfield, Dana" in html
    assert "917-555" not in html and "example.com" not in html


def test_an_approval_expires_and_then_fails_closed(store: SQLiteStore, agent: ToolContext) -> None:
    from dataclasses import replace
    from datetime import timedelta

    plan = functions.merge_profiles(agent, ["g-dana", "g-dana2"])
    assert plan.approval_token
    later = replace(agent, actor="manager:alex", clock=lambda: agent.clock() + timedelta(minutes=16))
    with pytest.raises(InvalidInput, match="expired"):
        functions.approve(later, plan.approval_token)
    assert store.get_guest("g-dana2").merged_into is None  # type: ignore[union-attr]
