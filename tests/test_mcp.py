"""maitre over MCP through the real SDK client: in process, over stdio and over streamable HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.types import Implementation, TextContent

from agent.mcp_server import build_server, http_app
from agent.settings import load
from tests.conftest import free_port, make_reservations
from tools import functions
from tools.context import ToolContext
from tools.errors import InvalidInput
from tools.sample import generate_guests
from tools.store.sqlite import SQLiteStore

pytestmark = pytest.mark.anyio
CLIENT = Implementation(name="pytest-client", version="1.0")


def client(store: SQLiteStore) -> Client:
    return Client(build_server(store, load(store=store.path)), client_info=CLIENT)


def error_text(result: Any) -> str:
    assert result.is_error, result
    [content] = result.content
    assert isinstance(content, TextContent)
    return content.text


async def test_every_tool_is_listed_with_titles_descriptions_schemas_and_all_four_hints(store: SQLiteStore) -> None:
    async with client(store) as c:
        tools = (await c.list_tools()).tools
    assert [t.name for t in tools] == [f.__name__ for f in functions.TOOLS]
    for tool in tools:
        assert tool.title and tool.description and tool.output_schema
        hints = tool.annotations
        assert hints is not None
        for hint in (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint, hints.open_world_hint):
            assert hint is not None, tool.name
        for name, prop in tool.input_schema["properties"].items():
            assert prop.get("description"), f"{tool.name}.{name}"
    by_name = {t.name: t.annotations for t in tools}
    assert by_name["lookup_guest"].read_only_hint and by_name["merge_profiles"].destructive_hint  # type: ignore[union-attr]


async def test_every_tool_can_be_called(store: SQLiteStore) -> None:
    async with client(store) as c:
        found = await c.call_tool("lookup_guest", {"query": "dana.whitfield@gmail.com"})
        assert found.structured_content and found.structured_content["matches"][0]["id"] == "g-dana"
        dupes = await c.call_tool("find_duplicates", {"guest_id": "g-dana"})
        assert dupes.structured_content and dupes.structured_content["total"] == 1
        labels = await c.call_tool("classify_survey_answer", {"text": "Severe peanut allergy, EpiPen."})
        assert labels.structured_content and labels.structured_content["updates"][0]["tag"] == "Allergies:Peanut"
        patched = await c.call_tool("patch_profile", {"guest": "g-sam", "add_tags": ["Seating:Booth"]})
        assert patched.structured_content and patched.structured_content["status"] == "done"
        note = await c.call_tool("write_previsit_note", {"reservation_id": "r-1"})
        assert note.structured_content and note.structured_content["written"]
        merge = await c.call_tool("merge_profiles", {"guest_ids": ["g-dana", "g-dana2"]})
        assert merge.structured_content and merge.structured_content["status"] == "approval_needed"
        change_id = store.changes(entity_id="g-sam")[0].id
        undone = await c.call_tool("undo_change", {"change_id": change_id})
        assert undone.structured_content and undone.structured_content["status"] == "undone"
    assert "Seating:Booth" not in store.get_guest("g-sam").tags  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("patch_profile", {"guest": "g-sam", "add_tags": ["Allergies:Kiwi"]}, "'Kiwi' is not in the Allergies group"),
        ("patch_profile", {"guest": "nobody", "add_tags": ["Seating:Booth"]}, "use lookup_guest to find them"),
        ("patch_profile", {"guest": "g-sam", "email": "bad@"}, "is not a valid email address"),
        ("write_previsit_note", {"reservation_id": "r-1", "text": "x" * 2000}, "give at most 1000"),
        ("lookup_guest", {"query": "Dana", "cursor": "nonsense"}, "call again without it"),
        ("undo_change", {}, "Give exactly one of change_id or run"),
        ("merge_profiles", {"guest_ids": ["g-dana"]}, "guest_ids"),
        ("lookup_guest", {"query": "Dana", "limit": 500}, "less than or equal to 25"),
    ],
)
async def test_errors_come_back_as_one_sentence_the_model_can_act_on(
    store: SQLiteStore, tool: str, arguments: dict[str, Any], message: str
) -> None:
    async with client(store) as c:
        result = await c.call_tool(tool, arguments)
    text = error_text(result)
    assert message in text
    assert "Traceback" not in text and len(text) < 400


async def test_an_unknown_tool_is_an_error(store: SQLiteStore) -> None:
    async with client(store) as c:
        result = await c.call_tool("drop_all_guests", {})
    assert result.is_error


# -- the guards hold through MCP exactly as in process ---------------------------------------------


async def test_mcp_cannot_opt_a_guest_back_in_or_market_to_them(store: SQLiteStore) -> None:
    before = store.get_guest("g-oscar")
    async with client(store) as c:
        assert "only a manager" in error_text(
            await c.call_tool("patch_profile", {"guest": "g-oscar", "consent": "opt_in"})
        )
        refused = await c.call_tool("patch_profile", {"guest": "g-oscar", "add_tags": ["Automation:Survey Sent"]})
        assert "opted out" in error_text(refused)
        outreach = await c.call_tool("patch_profile", {"guest": "g-oscar", "note": "email him the promo voucher"})
        assert "outreach" in error_text(outreach)
    assert store.get_guest("g-oscar") == before


async def test_mcp_cannot_set_computed_tags(store: SQLiteStore) -> None:
    async with client(store) as c:
        result = await c.call_tool("patch_profile", {"guest": "g-sam", "add_tags": ["Spend Tier:Platinum"]})
    assert "computed" in error_text(result)


async def test_an_allergy_removal_over_mcp_waits_for_a_manager(store: SQLiteStore) -> None:
    async with client(store) as c:
        asked = await c.call_tool("patch_profile", {"guest": "g-dana", "remove_tags": ["Allergies:Shellfish"]})
        data = asked.structured_content
        assert data and data["status"] == "approval_needed" and data["approval_token"]
        assert "Allergies:Shellfish" in store.get_guest("g-dana").tags  # type: ignore[union-attr]
        # The model cannot approve: there is no approve tool, and a made-up token is refused.
        forged = await c.call_tool(
            "patch_profile", {"guest": "g-dana", "remove_tags": ["Allergies:Shellfish"], "approval_token": "x" * 16}
        )
        assert "does not match" in error_text(forged)
        functions.approve(ToolContext(store=store, actor="manager:alex"), data["approval_token"])
        seen = await c.call_tool(
            "patch_profile",
            {"guest": "g-dana", "remove_tags": ["Allergies:Shellfish"], "approval_token": data["approval_token"]},
        )
        assert seen.structured_content and seen.structured_content["status"] == "done"
    assert "Allergies:Shellfish" not in store.get_guest("g-dana").tags  # type: ignore[union-attr]


async def test_a_merge_over_mcp_needs_a_manager_and_is_journaled_with_the_client(store: SQLiteStore) -> None:
    async with client(store) as c:
        plan = await c.call_tool("merge_profiles", {"guest_ids": ["g-dana", "g-dana2"]})
        token = plan.structured_content["approval_token"]
        assert store.get_guest("g-dana2").merged_into is None  # type: ignore[union-attr]
        functions.approve(ToolContext(store=store, actor="manager:alex"), token)
        done = await c.call_tool("merge_profiles", {"guest_ids": ["g-dana", "g-dana2"], "approval_token": token})
        assert done.structured_content and done.structured_content["status"] == "merged"
        await c.call_tool("patch_profile", {"guest": "g-sam", "add_tags": ["Seating:Patio"]})
    assert store.get_guest("g-dana2").merged_into == "g-dana"  # type: ignore[union-attr]
    assert "requested by mcp:pytest-client" in store.changes(entity_id="g-dana2")[0].reason
    assert store.changes(entity_id="g-sam")[0].actor == "mcp:pytest-client"


async def test_a_whole_run_undo_over_mcp_needs_approval(store: SQLiteStore) -> None:
    async with client(store) as c:
        await c.call_tool("patch_profile", {"guest": "g-sam", "add_tags": ["Seating:Patio"]})
        asked = await c.call_tool("undo_change", {"run": "mcp:pytest-client"})
    assert asked.structured_content and asked.structured_content["status"] == "approval_needed"
    assert "Seating:Patio" in store.get_guest("g-sam").tags  # type: ignore[union-attr]


# -- resources, prompts, pagination ----------------------------------------------------------------


async def test_resources_and_prompts(store: SQLiteStore) -> None:
    async with client(store) as c:
        guest = await c.read_resource("guest://g-dana2")
        body = json.loads(guest.contents[0].text)  # type: ignore[union-attr]
        assert body["id"] == "g-dana2" and body["allergies"][0]["tag"] == "Allergies:Peanut"
        day = await c.read_resource(f"reservations://{make_reservations()[0].date.isoformat()}")
        assert len(json.loads(day.contents[0].text)) == 4  # type: ignore[union-attr]
        vocabulary = json.loads((await c.read_resource("vocabulary://tags")).contents[0].text)  # type: ignore[union-attr]
        assert "Shellfish" in vocabulary["groups"]["Allergies"] and "Spend Tier" in vocabulary["computed_groups"]
        names = {p.name for p in (await c.list_prompts()).prompts}
        assert names == {"pre_service_briefing", "clean_up_guest"}
        prompt = await c.get_prompt("clean_up_guest", {"guest": "g-dana"})
        assert "g-dana" in prompt.messages[0].content.text  # type: ignore[union-attr]


async def test_a_full_page_stays_well_under_20000_tokens(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "big.db")
    sample = generate_guests(count=10_000, today=make_reservations()[0].date)
    store.insert_guests(sample.guests)
    async with client(store) as c:
        for tool, arguments in (
            ("lookup_guest", {"query": "Smith", "limit": functions.MAX_PAGE}),
            ("find_duplicates", {"limit": functions.MAX_PAGE}),
        ):
            result = await c.call_tool(tool, arguments)
            size = len(json.dumps(result.structured_content)) + sum(len(getattr(x, "text", "")) for x in result.content)
            assert size / 4 < 20_000 * 0.6, (tool, size)
            assert result.structured_content and result.structured_content["next_cursor"]


def test_http_needs_a_token_off_loopback(store: SQLiteStore) -> None:
    server = build_server(store, load(store=store.path))
    with pytest.raises(InvalidInput, match="MAITRE_MCP_TOKEN"):
        http_app(server, host="0.0.0.0", port=8765, token=None)


# -- real subprocesses -------------------------------------------------------------------------------


async def test_stdio_subprocess_lists_and_calls_tools(db: Path) -> None:
    params = StdioServerParameters(command=sys.executable, args=["-m", "agent.cli", "mcp", "--store", str(db)])
    async with Client(params, client_info=CLIENT) as c:
        assert len((await c.list_tools()).tools) == len(functions.TOOLS)
        result = await c.call_tool("patch_profile", {"guest": "g-sam", "add_tags": ["Seating:Window"]})
        assert result.structured_content and result.structured_content["status"] == "done"
    assert SQLiteStore(db).changes(entity_id="g-sam")[0].actor == "mcp:pytest-client"


@pytest.fixture
def http_server(db: Path, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "MAITRE_MCP_TOKEN": "test-token-123"}
    log = tmp_path / "server.log"
    with (
        log.open("wb") as sink,
        subprocess.Popen(
            [sys.executable, "-m", "agent.cli", "mcp", "--http", "--port", str(port), "--store", str(db)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        ) as process,
    ):
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    process.kill()
                    raise RuntimeError(log.read_text()) from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
        process.terminate()
        process.wait(timeout=10)


async def test_http_subprocess_with_the_token_lists_and_calls_tools(http_server: str, db: Path) -> None:
    async with (
        httpx2.AsyncClient(headers={"Authorization": "Bearer test-token-123"}) as http,
        Client(streamable_http_client(http_server, http_client=http), client_info=CLIENT) as c,
    ):
        assert len((await c.list_tools()).tools) == len(functions.TOOLS)
        result = await c.call_tool("lookup_guest", {"query": "g-dana"})
        assert result.structured_content and result.structured_content["matches"][0]["id"] == "g-dana"
        await c.call_tool("patch_profile", {"guest": "g-sam", "add_tags": ["Seating:Patio"]})
    assert SQLiteStore(db).changes(entity_id="g-sam")[0].actor == "mcp:pytest-client"


def test_http_without_the_token_or_with_a_wrong_host_is_refused_and_changes_nothing(http_server: str, db: Path) -> None:
    call = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": "patch_profile", "arguments": {"guest": "g-sam", "add_tags": ["Seating:Patio"]}},
    }
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    no_token = httpx2.post(http_server, json=call, headers=headers)
    wrong_token = httpx2.post(http_server, json=call, headers={**headers, "Authorization": "Bearer nope"})
    wrong_host = httpx2.post(
        http_server, json=call, headers={**headers, "Authorization": "Bearer test-token-123", "Host": "evil.example:80"}
    )
    assert no_token.status_code == 401 and wrong_token.status_code == 401
    assert 400 <= wrong_host.status_code < 500 and wrong_host.status_code != 404
    assert SQLiteStore(db).changes(limit=10) == []
