"""A whole Friday service end to end, offline: 180 reservations, 110 checks, 35 survey answers and 24
booking changes through the inbox and the worker, then every pre-visit note and the briefing sheet.

    python benchmarks/friday_service.py [--runs 5]

The store is seeded once (3,000 guests, not timed) and copied fresh for every run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from agent.settings import Settings
from agent.triggers import brief, replay
from agent.triggers.inbox import Inbox
from tools import sample
from tools.context import ToolContext
from tools.store.sqlite import SQLiteStore

DAY = date(2026, 11, 27)


def seed(path: Path) -> None:
    store = SQLiteStore(path)
    store.insert_guests(sample.generate_guests(today=DAY).guests)
    store.insert_reservations(sample.tonight(list(store.iter_guests()), DAY))
    store.close()


def one_run(seeded: Path, work: Path) -> tuple[float, int, int]:
    db = work / "guests.db"
    shutil.copy(seeded, db)
    store = SQLiteStore(db)
    ctx = ToolContext(store=store, actor="trigger:bench")
    events = sample.friday_service(list(store.iter_guests(include_merged=True)), store.reservations_on(DAY), DAY)
    started = time.perf_counter()
    summary = replay.replay(ctx, Inbox(work / "inbox.db"), events)
    report, _ = brief.run(ctx, Settings(store=db), day=DAY, service="dinner", out=work / "sheet.html")
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed, summary.applied, report.written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeded = Path(tmp) / "seeded.db"
        seed(seeded)
        timings = []
        for n in range(args.runs):
            work = Path(tmp) / f"run{n}"
            work.mkdir()
            elapsed, applied, written = one_run(seeded, work)
            timings.append(elapsed)
            print(f"run {n + 1}: {elapsed:.2f} s ({applied} events applied, {written} notes written)")
    print(
        f"Friday service end to end: median {statistics.median(timings):.2f} s, "
        f"min {min(timings):.2f} s, max {max(timings):.2f} s (target < 5 s)"
    )


if __name__ == "__main__":
    main()
