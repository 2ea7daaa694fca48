"""lookup_guest on a 100,000-guest store, in process: p50 and p99 per kind of query.

    python benchmarks/lookup.py [--guests 100000] [--queries 3000] [--store PATH]

The store is built once from the seeded generator and reused when --store points at it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from tools import functions
from tools.context import ToolContext
from tools.sample import generate_guests
from tools.store.sqlite import SQLiteStore


def build(path: Path, guests: int) -> SQLiteStore:
    store = SQLiteStore(path)
    if store.count_guests() < guests:
        started = time.perf_counter()
        sample = generate_guests(count=guests, seed=101, today=date(2026, 11, 27))
        for start in range(0, len(sample.guests), 10_000):
            store.insert_guests(sample.guests[start : start + 10_000])
            print(f"  inserted {min(start + 10_000, len(sample.guests)):,}", file=sys.stderr)
        print(f"built {guests:,} guests in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return store


def _typo(word: str) -> str:
    """Swap two middle letters, the commonest typing slip."""
    i = len(word) // 2
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :] if len(word) > 3 else word


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/maitre-bench-100k.db"))
    args = parser.parse_args()
    store = build(args.store, args.guests)
    ctx = ToolContext(store=store, actor="manager:bench")
    rng = random.Random(5)
    ids = [f"g-{n:05d}" for n in rng.sample(range(1, args.guests), args.queries)]
    guests = [g for g in (store.get_guest(i) for i in ids) if g is not None]
    queries = {
        "email": [g.email.upper() for g in guests if g.email],
        "phone": [f"({g.phone[2:5]}) {g.phone[5:8]}-{g.phone[8:]}" for g in guests if g.phone],
        "id": [g.id for g in guests],
        "full name": [f"{g.first_name} {g.last_name}" for g in guests],
        "typo name": [f"{g.first_name} {_typo(g.last_name)}" for g in guests],
        "surname": [g.last_name for g in guests],
    }
    for query in queries["email"][:50]:  # warm the page cache
        functions.lookup_guest(ctx, query)
    print(f"lookup_guest on {store.count_guests():,} guests, {args.queries:,} queries per kind")
    print(f"{'kind':<10} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} {'matches':>8}")
    everything: list[float] = []
    for kind, items in queries.items():
        timings, found = [], 0
        for query in items:
            started = time.perf_counter()
            result = functions.lookup_guest(ctx, query)
            timings.append((time.perf_counter() - started) * 1000)
            found += bool(result.matches)
        everything += timings
        print(
            f"{kind:<10} {len(timings):>6} {statistics.median(timings):>8.3f} {percentile(timings, 0.99):>8.3f} "
            f"{statistics.fmean(timings):>8.3f} {found / len(items):>8.1%}"
        )
    print(
        f"{'all':<10} {len(everything):>6} {statistics.median(everything):>8.3f} {percentile(everything, 0.99):>8.3f}"
    )


if __name__ == "__main__":
    main()
