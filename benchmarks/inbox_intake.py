"""Webhook intake on loopback: signed survey answers posted concurrently to `maitre serve`.

    python benchmarks/inbox_intake.py [--events 3000] [--concurrency 32]

Counts accepted events per second and checks that the inbox holds every one (nothing lost).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2

from agent.triggers.inbox import Inbox, inbox_path

SECRET = "bench-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def blast(url: str, total: int, concurrency: int) -> tuple[int, float]:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(total):
        queue.put_nowait(n)
    accepted = 0

    async def sender(client: httpx2.AsyncClient) -> None:
        nonlocal accepted
        while not queue.empty():
            n = queue.get_nowait()
            body = {
                "id": f"bench-{n}",
                "email": f"guest{n}@example.com",
                "question": "How was it?",
                "text": "Lovely evening, window table please.",
            }
            response = await client.post(url, content=json.dumps(body), headers={"X-Maitre-Secret": SECRET})
            accepted += response.status_code == 200

    limits = httpx2.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx2.AsyncClient(limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(sender(client) for _ in range(concurrency)))
        return accepted, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "guests.db"
        port = free_port()
        env = {**os.environ, "MAITRE_SURVEY_WEBHOOK_SECRET": SECRET}
        with subprocess.Popen(
            [sys.executable, "-m", "agent.cli", "serve", "--port", str(port), "--store", str(db)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as server:
            for _ in range(200):
                try:
                    httpx2.get(f"http://127.0.0.1:{port}/healthz", timeout=0.5)
                    break
                except httpx2.TransportError:
                    time.sleep(0.1)
            accepted, seconds = asyncio.run(
                blast(f"http://127.0.0.1:{port}/webhooks/survey", args.events, args.concurrency)
            )
            server.terminate()
            server.wait(timeout=10)
        stored = sum(Inbox(inbox_path(db)).counts().values())
    print(
        f"{accepted:,} of {args.events:,} accepted in {seconds:.2f} s: {accepted / seconds:,.0f} events/s "
        f"(concurrency {args.concurrency}); inbox holds {stored:,} (lost: {args.events - stored})"
    )


if __name__ == "__main__":
    main()
