"""One incoming guest checked against a store of 1,000,000 through its indexes (no full pass).

    python benchmarks/dedupe_incremental.py [--guests 1000000] [--checks 2000] [--store PATH]

The store is built once (a few minutes) and reused; each check is a new guest that is a variant of
a stored one (another channel's email case, a typo, a swapped name), as a booking or a POS check
brings in.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from tools import dedupe
from tools.models import Consent, Guest
from tools.sample import guest_records
from tools.store.sqlite import SQLiteStore


def build(path: Path, count: int) -> SQLiteStore:
    store = SQLiteStore(path)
    if store.count_guests() >= count:
        return store
    rows, _ = guest_records(count, seed=8, duplicate_share=0.0)
    started = time.perf_counter()
    batch: list[Guest] = []
    for n, row in enumerate(rows, start=1):
        birthday = row["birthday"]
        batch.append(
            Guest(
                id=f"g{n}",
                first_name=row["first_name"] or "",
                last_name=row["last_name"] or "",
                email=row["email"],
                phone=row["phone"],
                birthday=birthday[5:] if birthday else None,
                marketing_opt_in=Consent(opt_in=True),
            )
        )
        if len(batch) == 50_000:
            store.insert_guests(batch)
            batch = []
            print(f"  {n:,} guests stored ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    store.insert_guests(batch)
    return store


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=1_000_000)
    parser.add_argument("--checks", type=int, default=2000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/maitre-bench-1m.db"))
    args = parser.parse_args()
    store = build(args.store, args.guests)
    rng = random.Random(4)
    timings, found = [], 0
    for _ in range(args.checks):
        stored = store.get_guest(f"g{rng.randint(1, args.guests)}")
        assert stored is not None
        swapped = rng.random() < 0.2  # booked with first and last name the wrong way round
        incoming = stored.model_copy(
            update={
                "id": "incoming",
                "email": stored.email.upper() if stored.email else None,
                "first_name": stored.last_name if swapped else stored.first_name,
                "last_name": stored.first_name if swapped else stored.last_name,
            }
        )
        started = time.perf_counter()
        pairs = dedupe.duplicates_of(store, incoming)
        timings.append((time.perf_counter() - started) * 1000)
        found += any(stored.id in (p.a, p.b) for p in pairs)
    print(
        f"one guest against {store.count_guests():,}: p50 {statistics.median(timings):.2f} ms, "
        f"p99 {percentile(timings, 0.99):.2f} ms over {args.checks:,} checks; "
        f"the stored original found {found / args.checks:.1%} of the time (a guest with neither email nor phone "
        "is left to the full pass)"
    )


if __name__ == "__main__":
    main()
