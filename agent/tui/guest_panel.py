"""The guest in focus: allergies first and marked by severity, then tags, consent, value, duplicates and
the latest journal entries."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from agent.tui.format import value
from tools.models import Change
from tools.results import GuestSummary

GROUP_ORDER = ("Dietary", "Seating", "Occasion", "Spend Tier", "Loyalty", "Automation")


def render_guest(guest: GuestSummary, journal: list[Change]) -> Text:
    text = Text()
    text.append(f"{guest.name}\n", style="bold")
    text.append(f"{guest.id} · v{guest.version}\n", style="dim")
    text.append(f"{guest.email or '-'}\n{guest.phone or '-'}\n")
    if guest.allergies:
        for allergy in guest.allergies:
            severity = (allergy.severity or "unspecified").upper()
            who = " · party" if allergy.subject == "party" else ""
            style = "bold white on red" if allergy.severity == "severe" else "bold red"
            text.append(f" ALLERGY {allergy.tag.split(':', 1)[1]} {severity}{who} ", style=style)
            text.append("\n")
    else:
        text.append("No allergies on file\n", style="green")
    for group in GROUP_ORDER:
        tags = [t.split(":", 1)[1] for t in guest.tags if t.startswith(f"{group}:")]
        if tags:
            text.append(f"{group}: ", style="bold")
            text.append(", ".join(tags) + "\n")
    if guest.marketing_opt_in and not guest.opted_out_venues:
        text.append("Marketing: opted in\n", style="green")
    elif guest.marketing_opt_in:
        text.append(f"Marketing: opted out at {', '.join(guest.opted_out_venues)}\n", style="yellow")
    else:
        text.append("Marketing: OPTED OUT\n", style="bold yellow")
    last = f", last {guest.last_visit}" if guest.last_visit else ""
    text.append(f"{guest.total_visits} visits · {guest.total_spend:,.2f} spend{last}\n")
    if guest.birthday or guest.anniversary:
        text.append(f"Birthday {guest.birthday or '-'} · anniversary {guest.anniversary or '-'}\n")
    if guest.notes:
        text.append("Notes: ", style="bold")
        text.append(value(guest.notes, 160) + "\n", style="italic")
    for dup in guest.pending_duplicates:
        text.append(f"Possible duplicate {dup.id} {dup.name} ({dup.score:.2f})\n", style="yellow")
    if journal:
        text.append("Recent changes\n", style="bold")
        for change in journal:
            undone = " (undone)" if change.reverted_by else ""
            text.append(f" {change.id} {change.field}: {value(change.after, 24)}{undone}\n", style="dim")
    return text


class GuestPanel(VerticalScroll):
    """Shows one guest; ``show`` swaps who."""

    DEFAULT_CSS = """
    GuestPanel { border: round $primary; border-title-color: $primary; padding: 0 1; }
    """

    def on_mount(self) -> None:
        self.border_title = "Guest"

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("No guest in focus.\nTry /find followed by a name, email or phone.", id="guest-body")

    def show(self, guest: GuestSummary, journal: list[Change]) -> None:
        self.border_title = guest.name
        self.query_one("#guest-body", Static).update(render_guest(guest, journal))
