"""The journal, newest first, with undo."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

from agent.tui.format import value
from tools import functions
from tools.context import ToolContext
from tools.errors import MaitreError
from tools.models import Change


class JournalScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "undo", "Undo"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.changes: list[Change] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Journal"
        self.query_one(DataTable).add_columns("id", "when", "actor", "profile", "field", "before", "after")
        self.refresh_rows()

    def refresh_rows(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.changes = self.ctx.store.changes(limit=200)
        for c in self.changes:
            mark = " ↶" if c.reverted_by else ""
            table.add_row(
                f"{c.id}{mark}", f"{c.at:%H:%M}", c.actor, c.entity_id, c.field, value(c.before, 18), value(c.after, 18)
            )

    def action_undo(self) -> None:
        table = self.query_one(DataTable)
        if not self.changes:
            return
        change = self.changes[table.cursor_row]
        try:
            result = functions.undo_change(self.ctx, change_id=change.id)
        except MaitreError as exc:
            self.notify(exc.message, title=exc.title, severity="error")
            return
        self.notify(result.message)
        self.refresh_rows()
