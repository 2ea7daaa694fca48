"""`maitre serve`: webhooks into the inbox, a worker applying them, the daily briefing, optional MCP."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime, time, timedelta
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from agent import locations
from agent.settings import Settings
from agent.triggers import brief, sources
from agent.triggers.inbox import Inbox
from agent.triggers.worker import Worker
from tools.context import ToolContext
from tools.store.sqlite import SQLiteStore

log = logging.getLogger("maitre.serve")
MAX_BODY = 1_000_000


def context_for(settings: Settings, store: SQLiteStore) -> ToolContext:
    return ToolContext(
        store=store,
        actor="trigger:serve",
        thresholds=settings.thresholds,
        phone_region=settings.phone_region,
        approval_ttl=timedelta(minutes=settings.approval_ttl_minutes),
    )


def build_app(
    settings: Settings,
    inbox: Inbox,
    *,
    mcp: bool = False,
    host: str = "127.0.0.1",
    port: int = 8080,
    brief_at: time | None = None,
    run_worker: bool = True,
) -> Starlette:
    async def webhook(request: Request) -> JSONResponse:
        source = request.path_params["source"]
        body = await request.body()
        if len(body) > MAX_BODY:
            return JSONResponse({"accepted": False, "reason": "The body is over 1 MB."}, status_code=413)
        try:
            accepted = sources.intake(source, request.headers, body, settings)
        except sources.Rejected as exc:
            return JSONResponse({"accepted": False, "reason": exc.reason}, status_code=exc.status)
        results = [inbox.accept(source=source, event_id=a.event_id, kind=a.kind, payload=a.payload) for a in accepted]
        return JSONResponse(
            {
                "accepted": True,
                "ids": [item_id for item_id, _ in results],
                "duplicates": sum(not new for _, new in results),
            }
        )

    async def healthz(_: Request) -> JSONResponse:
        return JSONResponse({"ok": True, "inbox": inbox.counts()})

    routes: list[Route | Mount] = [
        Route("/webhooks/{source}", webhook, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]
    mcp_app = None
    if mcp:
        from agent import mcp_server  # noqa: PLC0415 - only with --mcp

        server = mcp_server.build_server(SQLiteStore(settings.store), settings)
        token = settings.mcp_token.get_secret_value() if settings.mcp_token else None
        mcp_app, guarded = mcp_server.http_apps(server, host=host, port=port, token=token)
        routes.append(Mount("/", app=guarded))

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        stop = threading.Event()
        threads = []
        if run_worker:
            worker = Worker(inbox, context_for(settings, SQLiteStore(settings.store)))
            threads.append(threading.Thread(target=worker.run_forever, args=(stop,), name="inbox-worker", daemon=True))
        if brief_at is not None:
            threads.append(
                threading.Thread(target=_daily_brief, args=(settings, brief_at, stop), name="brief", daemon=True)
            )
        for thread in threads:
            thread.start()
        async with AsyncExitStack() as stack:
            if mcp_app is not None:
                await stack.enter_async_context(mcp_app.router.lifespan_context(mcp_app))
            try:
                yield
            finally:
                stop.set()
                for thread in threads:
                    thread.join(timeout=10)

    return Starlette(routes=routes, lifespan=lifespan)


def _daily_brief(settings: Settings, at: time, stop: threading.Event) -> None:
    """Once a day at ``at`` (local time): every note of tonight's dinner, and the sheet."""
    ctx = context_for(settings, SQLiteStore(settings.store))
    last: str | None = None
    while not stop.wait(20):
        now = datetime.now()
        if now.time() >= at and last != now.date().isoformat():
            out = locations.briefings_dir() / f"briefing-{now.date().isoformat()}-dinner.html"
            report, _ = brief.run(ctx, settings, day=now.date(), service="dinner", out=out)
            last = now.date().isoformat()
            log.info("briefing for %s: %d notes written, sheet at %s", last, report.written, Path(out).name)
