"""A tools/call round trip of lookup_guest over stdio, through the real MCP client and `maitre mcp`.

    python benchmarks/mcp_stdio.py [--store /tmp/maitre-bench-100k.db] [--calls 2000]

Build the store first with benchmarks/lookup.py (100,000 guests).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

from tools.store.sqlite import SQLiteStore


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(store_path: Path, calls: int) -> None:
    store = SQLiteStore(store_path)
    total = store.count_guests()
    rng = random.Random(9)
    guests = [store.get_guest(f"g-{n:05d}") for n in rng.sample(range(1, total), calls)]
    queries = [g.email for g in guests if g is not None and g.email]
    params = StdioServerParameters(command=sys.executable, args=["-m", "agent.cli", "mcp", "--store", str(store_path)])
    async with Client(params) as client:
        for query in queries[:50]:  # warm up the server process and the page cache
            await client.call_tool("lookup_guest", {"query": query})
        timings = []
        for query in queries:
            started = time.perf_counter()
            result = await client.call_tool("lookup_guest", {"query": query})
            timings.append((time.perf_counter() - started) * 1000)
            assert not result.is_error
    print(f"tools/call lookup_guest over stdio, {total:,} guests, {len(timings):,} calls by email")
    print(
        f"p50 {statistics.median(timings):.2f} ms   p99 {percentile(timings, 0.99):.2f} ms   "
        f"mean {statistics.fmean(timings):.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=Path("/tmp/maitre-bench-100k.db"))
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    if not args.store.exists():
        raise SystemExit(f"No store at {args.store}: run benchmarks/lookup.py first to build it.")
    anyio.run(run, args.store, args.calls)


if __name__ == "__main__":
    main()
