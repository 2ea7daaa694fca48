"""The duplicates queue: one cluster side by side; merge it (with approval) or mark it not a duplicate."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from agent.tui.approval import ask_manager
from tools import dedupe, functions
from tools.context import ToolContext
from tools.errors import MaitreError
from tools.models import Guest

ROWS = ("name", "email", "phone", "visits", "last visit", "allergies", "other tags", "marketing", "notes")


def field(guest: Guest, row: str) -> str:
    match row:
        case "name":
            return guest.name
        case "email":
            return guest.email or "-"
        case "phone":
            return guest.phone or "-"
        case "visits":
            return str(guest.total_visits)
        case "last visit":
            return str(guest.last_visit or "-")
        case "allergies":
            return (
                ", ".join(
                    f"{t.split(':', 1)[1]}{' SEVERE' if guest.tag_meta[t].severity == 'severe' else ''}"
                    for t in guest.allergies()
                )
                or "-"
            )
        case "other tags":
            return ", ".join(t.split(":", 1)[1] for t in guest.tags if not t.startswith("Allergies:")) or "-"
        case "marketing":
            return "opted in" if guest.marketing_opt_in.opt_in else "OPTED OUT"
        case _:
            return (guest.notes[:40] + "…") if len(guest.notes) > 40 else (guest.notes or "-")


class DuplicatesScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "merge", "Merge"),
        Binding("n", "not_duplicate", "Not a duplicate"),
        Binding("escape", "app.pop_screen", "Back"),
    ]
    DEFAULT_CSS = """
    DuplicatesScreen #clusters { width: 26; }
    DuplicatesScreen #side { width: 1fr; }
    DuplicatesScreen #evidence { height: auto; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.clusters: list[dedupe.Cluster] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            yield DataTable(id="clusters", cursor_type="row")
            yield DataTable(id="side", cursor_type="none", zebra_stripes=True)
        yield Static("", id="evidence")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Duplicates"
        self.query_one("#clusters", DataTable).add_columns("keep", "score")
        self.refresh_rows()

    def refresh_rows(self) -> None:
        self.clusters = dedupe.clusters(self.ctx.store.iter_guests(), rejected=self.ctx.store.not_duplicate_pairs())
        table = self.query_one("#clusters", DataTable)
        table.clear()
        for cluster in self.clusters:
            table.add_row(cluster.canonical.name, f"{cluster.pairs[0].score:.2f}")
        self.show_cluster()

    def selected(self) -> dedupe.Cluster | None:
        if not self.clusters:
            return None
        return self.clusters[min(self.query_one("#clusters", DataTable).cursor_row, len(self.clusters) - 1)]

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self.show_cluster()

    def show_cluster(self) -> None:
        side = self.query_one("#side", DataTable)
        side.clear(columns=True)
        cluster = self.selected()
        if cluster is None:
            self.query_one("#evidence", Static).update("No duplicates waiting.")
            return
        side.add_column("")
        for member in cluster.members:
            side.add_column(member.id + (" (keeps)" if member.id == cluster.canonical.id else ""))
        for row in ROWS:
            side.add_row(row, *(field(m, row) for m in cluster.members))
        evidence = "; ".join(f"{p.a}~{p.b} {p.score:.2f}: {', '.join(p.evidence)}" for p in cluster.pairs)
        self.query_one("#evidence", Static).update(evidence)

    def action_merge(self) -> None:
        cluster = self.selected()
        if cluster is None:
            return
        try:
            plan = functions.merge_profiles(self.ctx, [m.id for m in cluster.members])
        except MaitreError as exc:
            self.notify(exc.message, title=exc.title, severity="error")
            return
        if plan.approval_token:
            ask_manager(self, self.ctx, plan.approval_token, lambda _: self.refresh_rows())

    def action_not_duplicate(self) -> None:
        cluster = self.selected()
        if cluster is None:
            return
        for pair in cluster.pairs:
            self.ctx.store.mark_not_duplicate(pair.a, pair.b, actor=self.ctx.actor, at=self.ctx.clock().isoformat())
        self.notify(f"Remembered: {', '.join(m.id for m in cluster.members)} are different guests.")
        self.refresh_rows()
