"""Tonight's reservations with their pre-visit notes: edit one within the note budget, or regenerate it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, Label, Static, TextArea

from tools import functions
from tools.context import ToolContext
from tools.errors import MaitreError
from tools.guards import note_bullets, note_problems
from tools.models import Reservation


class NoteEditor(ModalScreen[str | None]):
    """Edit a note; saving is refused, with the reasons, while it breaks the budget."""

    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > Vertical { width: 90%; max-width: 100; height: 18; border: thick $primary; background: $surface; }
    NoteEditor TextArea { height: 1fr; }
    NoteEditor #problems { color: $error; height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, reservation: Reservation) -> None:
        super().__init__()
        self.reservation = reservation

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Note for {self.reservation.id}: 3-5 bullets, 90 characters each · ctrl+s saves")
            yield TextArea(self.reservation.notes, id="note-text")
            yield Static("", id="problems")

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        problems = note_problems(text) if text.strip() else ["The note is empty."]
        if problems:
            self.query_one("#problems", Static).update("Not saved: " + " ".join(problems))
            self.notify(" ".join(problems), title="Over the note budget", severity="error", timeout=8)
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReservationsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit note"),
        Binding("g", "regenerate", "Regenerate"),
        Binding("escape", "app.pop_screen", "Back"),
    ]
    DEFAULT_CSS = """
    ReservationsScreen DataTable { height: 2fr; }
    ReservationsScreen #note { height: 1fr; border: round $primary; padding: 0 1; }
    """

    def __init__(self, ctx: ToolContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.reservations: list[Reservation] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="reservations", cursor_type="row", zebra_stripes=True)
        yield Static("", id="note")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Tonight · {self.ctx.clock():%a %d %b}"
        table = self.query_one(DataTable)
        table.add_columns("time", "venue", "guest", "pax", "note")
        self.refresh_rows()

    def refresh_rows(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        self.reservations = self.ctx.store.reservations_on(self.ctx.clock().date())
        for r in self.reservations:
            guest = self.ctx.store.get_guest(r.client_id) if r.client_id else None
            bullets = note_bullets(r.notes)
            table.add_row(
                f"{r.arrival_time:%H:%M}",
                r.venue_id,
                guest.name if guest else "-",
                str(r.party_size),
                bullets[0] if bullets else "(no note yet)",
                key=r.id,
            )
        if self.reservations:
            table.move_cursor(row=min(row, len(self.reservations) - 1))
        self.show_note()

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self.show_note()

    def selected(self) -> Reservation | None:
        table = self.query_one(DataTable)
        if not self.reservations or table.cursor_row < 0:
            return None
        return self.reservations[min(table.cursor_row, len(self.reservations) - 1)]

    def show_note(self) -> None:
        r = self.selected()
        self.query_one("#note", Static).update(r.notes or "(no note yet: press g to write one)" if r else "")

    def action_edit(self) -> None:
        r = self.selected()
        if r is None:
            return

        def save(text: str | None) -> None:
            if text is None:
                return
            try:
                result = functions.write_previsit_note(self.ctx, r.id, text=text)
            except MaitreError as exc:
                self.notify(exc.message, title=exc.title, severity="error")
                return
            self.notify(result.message)
            self.refresh_rows()

        self.app.push_screen(NoteEditor(r), save)

    def action_regenerate(self) -> None:
        r = self.selected()
        if r is None:
            return
        result = functions.write_previsit_note(self.ctx, r.id)
        self.notify(result.message + (" " + " ".join(result.cut) if result.cut else ""))
        self.refresh_rows()
