"""The maitre app: chat on the left, the guest in focus on the right, views one key away."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import anthropic
import anyio
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from agent import events
from agent.loop import Agent
from agent.runs import RunRecord
from agent.tui.approval import ApprovalsScreen, ask_manager
from agent.tui.chat import ChatLog
from agent.tui.duplicates import DuplicatesScreen
from agent.tui.guest_panel import GuestPanel
from agent.tui.journal import JournalScreen
from agent.tui.reservations import ReservationsScreen
from tools import approvals, functions
from tools.context import ToolContext
from tools.errors import MaitreError

MODEL_OFF = (
    "The model is off: set ANTHROPIC_API_KEY (or ANTHROPIC_BASE_URL) to chat. "
    "Meanwhile /find, /dupes, /note and /undo work."
)
HELP = "/find NAME|EMAIL|PHONE · /dupes [GUEST] · /note RESERVATION · /undo CHANGE_ID · /help"


class MaitreApp(App[None]):
    TITLE = "maitre"
    CSS = """
    #main { height: 1fr; }
    #left { width: 3fr; }
    ChatLog { height: 1fr; }
    GuestPanel { width: 2fr; min-width: 28; }
    #status { height: 1; color: $text-muted; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        # Function keys: the prompt owns most ctrl+letter keys for editing.
        Binding("f2", "open('reservations')", "Tonight"),
        Binding("f3", "open('duplicates')", "Dupes"),
        Binding("f4", "open('journal')", "Journal"),
        Binding("f5", "open('approvals')", "Approvals"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, ctx: ToolContext, *, agent_factory: Callable[[], Agent] | None, store_name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.agent_factory = agent_factory
        self.store_name = store_name
        self.history: list[dict[str, Any]] = []
        self.announced: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield ChatLog(id="chat")
                yield Static("", id="status")
                yield Input(placeholder="Ask maitre, or /help", id="prompt")
            yield GuestPanel(id="guest")
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = self.store_name
        chat = self.query_one(ChatLog)
        await chat.say(HELP)
        if self.agent_factory is None:
            await chat.say(MODEL_OFF)
        self.query_one("#prompt", Input).focus()
        self.check_approvals()
        self.set_interval(5, self.check_approvals)

    def check_approvals(self) -> None:
        """Tell the manager when an MCP client, the chat or a terminal asks for an approval."""
        for item in approvals.pending(self.ctx.store, now=self.ctx.clock()):
            if item["token"] not in self.announced:
                self.announced.add(item["token"])
                self.notify(
                    f"{item['tool']} from {item['requested_by']} waits for your approval: F5 to review.",
                    title="Approval waiting",
                    timeout=10,
                )

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Tonight's reservations", "Pre-visit notes: edit or regenerate", lambda: self.action_open("reservations")
        )
        yield SystemCommand("Duplicates queue", "Merge or mark not a duplicate", lambda: self.action_open("duplicates"))
        yield SystemCommand("Journal", "Every change, with undo", lambda: self.action_open("journal"))
        yield SystemCommand("Approvals", "Actions waiting for a manager", lambda: self.action_open("approvals"))

    def action_open(self, view: str) -> None:
        screens = {
            "reservations": ReservationsScreen,
            "duplicates": DuplicatesScreen,
            "journal": JournalScreen,
            "approvals": ApprovalsScreen,
        }
        self.push_screen(screens[view](self.ctx))

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        event.input.value = ""
        if not text:
            return
        chat = self.query_one(ChatLog)
        await chat.say(text, "user")
        if text.startswith("/"):
            await self.slash(text)
        elif self.agent_factory is None:
            await chat.say(MODEL_OFF)
        else:
            self.ask(text)

    async def slash(self, text: str) -> None:
        command, _, rest = text.partition(" ")
        rest = rest.strip()
        chat = self.query_one(ChatLog)
        try:
            match command:
                case "/find" if rest:
                    found = functions.lookup_guest(self.ctx, rest, limit=5)
                    for guest in found.matches:
                        await chat.say(f"{guest.id}  {guest.name}  {guest.email or '-'}  {guest.total_visits} visits")
                    await chat.say(found.hint)
                    if found.matches:
                        self.focus_guest(found.matches[0].id)
                case "/dupes":
                    dupes = functions.find_duplicates(self.ctx, rest or None, limit=5)
                    for cluster in dupes.clusters:
                        ids = ", ".join(m.id for m in cluster.members)
                        await chat.say(f"keep {cluster.canonical_id}: {ids} ({', '.join(cluster.pairs[0].evidence)})")
                    await chat.say(dupes.hint)
                case "/note" if rest:
                    note = functions.write_previsit_note(self.ctx, rest)
                    await chat.say("\n".join(f"• {b}" for b in note.bullets) + f"\n{note.message}")
                case "/undo" if rest.isdigit():
                    undone = functions.undo_change(self.ctx, change_id=int(rest))
                    await chat.say(undone.message)
                case _:
                    await chat.say(HELP)
        except MaitreError as exc:
            self.notify(exc.message, title=exc.title, severity="error")

    def focus_guest(self, guest_id: str) -> None:
        try:
            guest = functions.describe_guest(self.ctx, guest_id)
        except MaitreError:
            return
        self.query_one(GuestPanel).show(guest, self.ctx.store.changes(entity_id=guest.id, limit=5))

    @work(exclusive=True, group="agent")
    async def ask(self, question: str) -> None:
        assert self.agent_factory is not None
        agent = self.agent_factory()
        chat = self.query_one(ChatLog)
        status = self.query_one("#status", Static)
        # The loop emits events synchronously; a stream hands them to the UI in order, as they come.
        send, receive = anyio.create_memory_object_stream[events.Event](max_buffer_size=math.inf)
        finished: list[RunRecord] = []

        async def handle(event: events.Event) -> None:
            match event:
                case events.TextDelta(text=text):
                    await chat.answer(text)
                case events.ToolCall(id=call_id, name=name, arguments=arguments):
                    await chat.tool_call(call_id, name, arguments)
                case events.ToolResult(id=call_id, ok=ok, summary=summary, data=data):
                    await chat.tool_result(call_id, ok, summary)
                    guest_id = _guest_in(data)
                    if guest_id:
                        self.focus_guest(guest_id)
                case events.GuardRefused(message=message):
                    await chat.say(f"✋ refused by a guard: {message}", "refused")
                case events.ApprovalNeeded(token=token, tool=tool):
                    await chat.say(f"{tool} needs your approval", "approval")
                    ask_manager(self, self.ctx, token, lambda _: None)
                case events.Usage(input_tokens=i, output_tokens=o, cache_read_tokens=c, cost_usd=cost):
                    status.update(f"{i:,} in · {o:,} out · {c:,} cached · ≈ ${cost:.4f}")
                case events.Failed(message=message):
                    await chat.say(message, "refused")

        async def produce() -> None:
            async with send:
                finished.append(await agent.run(question, send.send_nowait, history=self.history))

        try:
            async with agent.client, anyio.create_task_group() as group:
                group.start_soon(produce)
                async with receive:
                    async for event in receive:
                        await handle(event)
        except anthropic.AnthropicError as exc:
            await chat.say(f"The model failed: {type(exc).__name__}", "refused")
            return
        record = finished[0]
        await chat.end_answer()
        if record.status == "done":
            self.history = record.messages


def _guest_in(data: dict[str, Any] | None) -> str | None:
    if not data:
        return None
    if data.get("matches"):
        return str(data["matches"][0]["id"])
    for key in ("guest_id", "canonical_id"):
        if data.get(key):
            return str(data[key])
    return None
