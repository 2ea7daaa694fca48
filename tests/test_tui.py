"""The manager's app driven through Textual's Pilot: each view, the approvals, and a chat with the model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import anthropic
import pytest
from textual.pilot import Pilot
from textual.widgets import Collapsible, DataTable, Input, Static, TextArea

from agent.loop import Agent, system_prompt
from agent.runs import RunStore
from agent.tui.app import MaitreApp
from agent.tui.approval import ApprovalModal
from agent.tui.chat import ChatLog
from agent.tui.reservations import NoteEditor
from tests.anthropic_endpoint import Endpoint, Reply, Status, serve
from tests.conftest import context
from tools import functions
from tools.store.sqlite import SQLiteStore

pytestmark = pytest.mark.anyio
SIZE = (100, 32)


def app_for(store: SQLiteStore) -> MaitreApp:
    return MaitreApp(context(store, "manager:alex"), agent_factory=None, store_name="guests.db")


def text_of(app: MaitreApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


async def submit(pilot: Pilot[None], text: str) -> None:
    prompt = pilot.app.query_one("#prompt", Input)
    prompt.value = text
    prompt.focus()
    await pilot.press("enter")
    await pilot.pause()


async def test_search_a_guest_fills_the_guest_panel(store: SQLiteStore) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "/find dana.whitfield@gmail.com")
        body = text_of(app, "#guest-body")
        assert "Dana Whitfield" in body and "ALLERGY Shellfish SEVERE" in body
        assert "Possible duplicate g-dana2" in body


async def test_without_a_model_the_chat_says_how_to_enable_it(store: SQLiteStore) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "who is allergic to shellfish tonight?")
        said = [str(s.content) for s in app.query_one(ChatLog).query(Static)]
        assert any("set ANTHROPIC_API_KEY" in s for s in said)


@pytest.mark.parametrize("decision", ["a", "d"])
async def test_a_merge_from_the_duplicates_queue_waits_for_the_managers_decision(
    store: SQLiteStore, decision: str
) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ApprovalModal)
        rows = app.screen.query_one(DataTable).row_count
        assert rows >= 5  # the exact diff, field by field
        assert store.get_guest("g-dana2").merged_into is None  # type: ignore[union-attr]
        await pilot.press(decision)
        await pilot.pause()
    merged = store.get_guest("g-dana2").merged_into  # type: ignore[union-attr]
    assert merged == ("g-dana" if decision == "a" else None)


async def test_not_a_duplicate_is_remembered(store: SQLiteStore) -> None:
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
    assert functions.find_duplicates(context(store, "agent:x")).total == 0


async def test_a_note_edited_over_budget_is_refused_with_the_reason(store: SQLiteStore) -> None:
    before = store.get_reservation("r-3").notes  # type: ignore[union-attr]
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("e")  # r-3 is the first booking of the evening
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).text = "\n".join(f"• bullet {n}" for n in range(7))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert "3 to 5 bullets, not 7" in text_of(app, "#problems")
        app.screen.query_one(TextArea).text = "ALLERGY: Peanut\nBack for a third visit\nLikes the patio"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert before == ""
    assert store.get_reservation("r-3").notes.startswith("• ALLERGY: Peanut")  # type: ignore[union-attr]


async def test_undo_from_the_journal_restores_the_profile(store: SQLiteStore) -> None:
    functions.patch_profile(context(store, "manager:alex"), "g-sam", add_tags=["Seating:Booth"])
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
    assert "Seating:Booth" not in store.get_guest("g-sam").tags  # type: ignore[union-attr]


async def test_chat_with_the_model_shows_the_tool_call_and_the_guard_refusal(
    store: SQLiteStore, tmp_path: Path
) -> None:
    script: list[Reply | Status] = [
        Reply("Let me try.", [("patch_profile", {"guest": "g-oscar", "consent": "opt_in"})]),
        Reply("Oscar opted out; only you can opt him back in."),
    ]
    with serve(Endpoint(script)) as endpoint:

        def factory() -> Agent:
            return Agent(
                client=anthropic.AsyncAnthropic(api_key="test", base_url=endpoint.url, max_retries=0),
                context=context(store, "manager:alex"),
                model="claude-sonnet-5-5",
                runs=RunStore(tmp_path / "runs"),
                system=system_prompt(manager="alex", venues="Harbor Room", today=date(2026, 11, 27)),
            )

        app = MaitreApp(context(store, "manager:alex"), agent_factory=factory, store_name="guests.db")
        async with app.run_test(size=SIZE) as pilot:
            await submit(pilot, "opt Oscar back in")
            await app.workers.wait_for_complete()
            await pilot.pause()
            chat = app.query_one(ChatLog)
            said = " ".join(str(s.content) for s in chat.query(Static))
            titles = " ".join(str(c.title) for c in chat.query(Collapsible))
            status = text_of(app, "#status")
    assert "refused by a guard" in said and "only a manager" in said
    assert "✗ patch_profile(guest=g-oscar, consent=opt_in)" in titles
    assert "cached" in status and "$" in status
    assert not store.get_guest("g-oscar").marketing_opt_in.opt_in  # type: ignore[union-attr]


async def test_an_approval_asked_over_mcp_shows_up_and_can_be_approved_here(store: SQLiteStore) -> None:
    plan = functions.merge_profiles(context(store, "mcp:claude-desktop"), ["g-dana", "g-dana2"])
    app = app_for(store)
    async with app.run_test(size=SIZE) as pilot:
        assert plan.approval_token in app.announced
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ApprovalModal)
        await pilot.press("a")
        await pilot.pause()
    assert store.get_guest("g-dana2").merged_into == "g-dana"  # type: ignore[union-attr]
