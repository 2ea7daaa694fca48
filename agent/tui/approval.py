"""The approval modal: the exact diff of a destructive action, field by field; approve or deny."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Header, Label

from agent.tui.format import value
from tools import approvals, functions
from tools.context import ToolContext
from tools.errors import MaitreError


class ApprovalModal(ModalScreen[bool]):
    """Returns True when the manager approves, False when they deny or dismiss it."""

    DEFAULT_CSS = """
    ApprovalModal { align: center middle; }
    ApprovalModal > Vertical {
        width: 90%; max-width: 110; height: 80%; border: thick $warning; background: $surface; padding: 0 1;
    }
    ApprovalModal #title { text-style: bold; color: $warning; }
    ApprovalModal DataTable { height: 1fr; }
    ApprovalModal Horizontal { height: auto; align: right middle; }
    ApprovalModal Button { margin-left: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "decide(True)", "Approve"),
        Binding("d", "decide(False)", "Deny"),
        Binding("escape", "decide(False)", "Deny"),
    ]

    def __init__(self, record: dict[str, Any]) -> None:
        super().__init__()
        self.record = record

    def compose(self) -> ComposeResult:
        plan = self.record["plan"].get("plan") or self.record["plan"].get("reverted") or []
        with Vertical():
            yield Label(f"Approve {self.record['tool']}?", id="title")
            yield Label(
                f"Requested by {self.record['requested_by']} · expires {self.record['expires'][11:16]} UTC · "
                f"{len(plan)} field(s) change"
            )
            table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True)
            table.add_columns("profile", "field", "before", "after")
            for change in plan:
                table.add_row(
                    change["entity_id"],
                    change["field"],
                    value(change.get("before"), 30),
                    value(change.get("after"), 30),
                )
            yield table
            with Horizontal():
                yield Button("Deny (d)", id="deny", variant="error")
                yield Button("Approve (a)", id="approve", variant="success")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "approve")

    def action_decide(self, approved: bool) -> None:
        self.dismiss(approved)


def ask_manager(screen: Screen[Any] | App[Any], ctx: ToolContext, token: str, on_done: Callable[[bool], None]) -> None:
    """Show the approval modal for ``token``; run the action as the manager, or deny it."""
    record = ctx.store.get_approval(token)
    app = screen if isinstance(screen, App) else screen.app
    if record is None:
        app.notify(f"No approval request {token}.", severity="error")
        return

    def decided(approved: bool | None) -> None:
        try:
            if approved:
                result = functions.approve(ctx, token)
                app.notify(getattr(result, "message", "Approved and done."), title="Approved")
            else:
                functions.deny(ctx, token)
                app.notify("Denied; nothing was changed.", title="Denied")
        except MaitreError as exc:
            app.notify(exc.message, title=exc.title, severity="error")
            approved = False
        on_done(bool(approved))

    app.push_screen(ApprovalModal(record), decided)


class ApprovalsScreen(Screen[None]):
    """Actions waiting for a manager: from the chat, from MCP clients, from the terminal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Review"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.waiting: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Waiting for approval"
        self.query_one(DataTable).add_columns("token", "action", "requested by", "expires")
        self.refresh_rows()

    def refresh_rows(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.waiting = approvals.pending(self.ctx.store, now=self.ctx.clock())
        for item in self.waiting:
            table.add_row(item["token"], item["tool"], item["requested_by"], item["expires"][11:16])

    def on_data_table_row_selected(self, _: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        if self.waiting:
            token = self.waiting[self.query_one(DataTable).cursor_row]["token"]
            ask_manager(self, self.ctx, token, lambda _: self.refresh_rows())
