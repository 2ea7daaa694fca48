"""A few deterministic pictures of the app at 80x24: fixed clock, seeded store, fixed size."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from tests.test_tui import app_for, submit
from tools.store.sqlite import SQLiteStore

SnapCompare = Callable[..., bool]


def test_main_screen_with_a_guest_in_focus(snap_compare: SnapCompare, store: SQLiteStore) -> None:
    async def find(pilot: Pilot[Any]) -> None:
        await submit(pilot, "/find dana.whitfield@gmail.com")

    assert snap_compare(app_for(store), terminal_size=(80, 24), run_before=find)


def test_tonights_reservations(snap_compare: SnapCompare, store: SQLiteStore) -> None:
    assert snap_compare(app_for(store), terminal_size=(80, 24), press=["f2", "g"])


def test_the_approval_modal_shows_the_exact_diff(snap_compare: SnapCompare, store: SQLiteStore) -> None:
    assert snap_compare(app_for(store), terminal_size=(80, 24), press=["f3", "m"])
