"""The inbox and its worker in process: retries with backoff, the dead-letter list, replay, the briefing."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from agent.triggers.inbox import MAX_ATTEMPTS, Inbox, inbox_path
from agent.triggers.worker import Worker
from tests.conftest import NOW, context, run_maitre
from tools.events import CheckEvent
from tools.models import Check
from tools.store.sqlite import SQLiteStore


def test_a_failing_item_backs_off_then_goes_to_the_dead_letter_list_with_its_reason(
    store: SQLiteStore, tmp_path: Path
) -> None:
    box = Inbox(tmp_path / "inbox.db")
    box.accept(source="replay", event_id="broken", kind="check", payload={"kind": "check", "id": "x"}, now=NOW)
    ctx = context(store, "trigger:worker")
    clock = [NOW]
    worker = Worker(box, replace(ctx, clock=lambda: clock[0]))
    for attempt in range(1, MAX_ATTEMPTS + 1):
        processed = worker.run_once()
        assert processed is not None and "ValidationError" in processed.error
        assert processed.status == ("dead" if attempt == MAX_ATTEMPTS else "pending")
        assert worker.run_once() is None  # backing off, or dead
        clock[0] += timedelta(seconds=2**attempt + 1)
    [dead] = box.items(status="dead")
    assert dead.attempts == MAX_ATTEMPTS and "ValidationError" in dead.last_error
    box.retry(dead.id)
    assert box.get(dead.id).status == "pending"


def test_a_good_item_is_applied_and_marked_done(store: SQLiteStore, tmp_path: Path) -> None:
    box = Inbox(tmp_path / "inbox.db")
    check = Check(order_id="o1", check_id="1", amount=50, venue_id="v-fig", customer_email="sam.okafor@example.com")
    event = CheckEvent(id="e1", at=NOW, check=check)
    box.accept(source="replay", event_id="e1", kind="check", payload=event.model_dump(mode="json"), now=NOW)
    processed = Worker(box, context(store, "trigger:worker")).run_once()
    assert processed is not None and processed.status == "done"
    assert box.get(processed.item.id).outcome == "visit and 50.00 spend recorded"
    assert store.get_guest("g-sam").total_visits == 1  # type: ignore[union-attr]


def maitre(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return run_maitre(*args, "--store", str(store), env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})


def test_replay_brief_and_inbox_from_the_terminal(tmp_path: Path) -> None:
    db, sheet = tmp_path / "guests.db", tmp_path / "sheet.html"
    assert maitre("demo", "--date", "2026-11-27", "--out", str(sheet), store=db).returncode == 0
    stream = tmp_path / "service-2026-11-27.jsonl"
    assert stream.exists()
    again = maitre("replay", str(stream), store=db)
    assert again.returncode == 0 and "0 applied" in again.stdout and "172 already in the inbox" in again.stdout
    dry = maitre("brief", "--date", "2026-11-27", "--dry-run", store=db)
    assert dry.returncode == 0 and "would write 180 note(s)" in dry.stdout
    out = tmp_path / "brief.html"
    done = maitre("brief", "--date", "2026-11-27", "--out", str(out), store=db)
    assert done.returncode == 0 and out.exists() and "Allergies" in out.read_text()
    listing = maitre("inbox", store=db)
    assert listing.returncode == 0 and "done 169" in listing.stdout
    first = listing.stdout.splitlines()[1].split()[0]
    shown = maitre("inbox", "show", first, store=db)
    assert shown.returncode == 0 and "done after 1 attempt" in shown.stdout


def test_a_replay_file_with_a_bad_line_replays_nothing(tmp_path: Path, store: SQLiteStore) -> None:
    bad = tmp_path / "events.jsonl"
    good = {
        "kind": "consent",
        "id": "c1",
        "at": "2026-11-27T10:00:00Z",
        "email": "sam.okafor@example.com",
        "source": "x",
    }
    bad.write_text(json.dumps(good) + "\n{broken\n")
    done = maitre("replay", str(bad), store=store.path)
    assert done.returncode == 2 and "1 bad line(s), the first line 2" in done.stderr
    assert not Path(inbox_path(store.path)).exists() or Inbox(inbox_path(store.path)).counts() == {}
    assert store.get_guest("g-sam").marketing_opt_in.opt_in  # type: ignore[union-attr]
