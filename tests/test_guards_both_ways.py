"""The same guard attacks, made in process and through the MCP client: the outcome and the store agree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.types import Implementation

from agent.mcp_server import build_server
from agent.settings import load
from tests.conftest import context
from tools import functions
from tools.errors import MaitreError
from tools.fields import flatten_guest
from tools.store.sqlite import SQLiteStore


@dataclass(frozen=True)
class Attack:
    name: str
    tool: str
    arguments: dict[str, Any]
    refused_with: str | None  # an error naming the guard's reason, or None when a plan comes back instead
    status: str | None = None


ATTACKS = [
    Attack("opt back in", "patch_profile", {"guest": "g-oscar", "consent": "opt_in"}, "only a manager"),
    Attack(
        "venue opt back in",
        "patch_profile",
        {"guest": "g-vera", "consent": "opt_in", "venue_id": "v-fig"},
        "only a manager",
    ),
    Attack(
        "survey tag on opted out",
        "patch_profile",
        {"guest": "g-oscar", "add_tags": ["Automation:Survey Sent"]},
        "opted out of marketing",
    ),
    Attack("outreach note", "patch_profile", {"guest": "g-oscar", "note": "send him the newsletter offer"}, "outreach"),
    Attack("computed tag", "patch_profile", {"guest": "g-sam", "add_tags": ["Loyalty:Regular"]}, "computed"),
    Attack("unknown tag", "patch_profile", {"guest": "g-sam", "add_tags": ["Allergies:Kiwi"]}, "not in the Allergies"),
    Attack(
        "remove allergy",
        "patch_profile",
        {"guest": "g-dana", "remove_tags": ["Allergies:Shellfish"]},
        None,
        "approval_needed",
    ),
    Attack("merge", "merge_profiles", {"guest_ids": ["g-dana", "g-dana2"]}, None, "approval_needed"),
    Attack("note over budget", "write_previsit_note", {"reservation_id": "r-1", "text": "y" * 1500}, "at most 1000"),
    Attack("undo a run", "undo_change", {"run": "trigger:seed"}, None, "approval_needed"),
]


def in_process(store: SQLiteStore, tool: str, arguments: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    fn = next(f for f in functions.TOOLS if f.__name__ == tool)
    try:
        return None, fn(context(store, "agent:run-1"), **arguments).model_dump(mode="json")
    except MaitreError as exc:
        return exc.message, None


def through_mcp(store: SQLiteStore, tool: str, arguments: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    async def call() -> tuple[str | None, dict[str, Any] | None]:
        server = build_server(store, load(store=store.path))
        async with Client(server, client_info=Implementation(name="agent", version="1")) as c:
            result = await c.call_tool(tool, arguments)
        if result.is_error:
            return str(getattr(result.content[0], "text", "")), None
        return None, result.structured_content

    return anyio.run(call)


def state(store: SQLiteStore) -> list[Any]:
    guests = [flatten_guest(g) for g in store.iter_guests(include_merged=True)]
    notes = [r.notes for r in store.reservations_on(store.get_reservation("r-1").date)]  # type: ignore[union-attr]
    return [guests, notes]


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.name)
@pytest.mark.parametrize("way", [in_process, through_mcp], ids=["in-process", "mcp"])
def test_the_guards_hold_the_same_both_ways(
    store: SQLiteStore, attack: Attack, way: Callable[..., tuple[str | None, dict[str, Any] | None]]
) -> None:
    if attack.tool == "undo_change":  # something for the run undo to aim at
        functions.patch_profile(context(store, "trigger:seed").for_event("seed"), "g-sam", add_tags=["Seating:Patio"])
    before = state(store)
    error, result = way(store, attack.tool, attack.arguments)
    if attack.refused_with is not None:
        assert error is not None and attack.refused_with in error, error
    else:
        assert error is None and result is not None and result["status"] == attack.status
    assert state(store) == before
