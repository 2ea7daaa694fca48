"""A local Anthropic-compatible Messages endpoint for tests, driven by a script of replies.

It speaks the real wire format (JSON, and SSE when ``stream`` is true), so the real SDK talks to it
over loopback. It records every request body so tests can check what the model was sent.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


@dataclass(frozen=True)
class Reply:
    """One assistant message: text and/or tool calls; the stop reason follows from them."""

    text: str = ""
    tools: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class Status:
    """An HTTP error reply, as a rate limit or an outage would send."""

    code: int


@dataclass
class Endpoint:
    script: list[Reply | Status]
    requests: list[dict[str, Any]] = field(default_factory=list)
    repeat_last: bool = False
    url: str = ""
    _count: int = 0

    def next(self) -> Reply | Status:
        if self._count < len(self.script):
            step = self.script[self._count]
        elif self.repeat_last:
            step = self.script[-1]
        else:
            step = Reply(text="(script exhausted)")
        self._count += 1
        return step

    async def messages(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        step = self.next()
        if isinstance(step, Status):
            headers = {"retry-after-ms": "5", "retry-after": "0"}
            kind = "rate_limit_error" if step.code == 429 else "api_error"
            error = {"type": "error", "error": {"type": kind, "message": f"scripted {step.code}"}}
            return JSONResponse(error, status_code=step.code, headers=headers)
        cached = len(self.requests) > 1
        message = _message(step, len(self.requests), cached)
        if body.get("stream"):
            return StreamingResponse(_sse(message), media_type="text/event-stream")
        return JSONResponse(message)


def _message(reply: Reply, number: int, cached: bool) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if reply.text:
        content.append({"type": "text", "text": reply.text})
    for n, (name, arguments) in enumerate(reply.tools):
        content.append({"type": "tool_use", "id": f"toolu_{number}_{n}", "name": name, "input": arguments})
    return {
        "id": f"msg_{number}",
        "type": "message",
        "role": "assistant",
        "model": "scripted",
        "content": content,
        "stop_reason": "tool_use" if reply.tools else "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": 120,
            "output_tokens": 30,
            "cache_creation_input_tokens": 0 if cached else 1800,
            "cache_read_input_tokens": 1800 if cached else 0,
        },
    }


async def _sse(message: dict[str, Any]) -> AsyncIterator[bytes]:
    def event(kind: str, data: dict[str, Any]) -> bytes:
        return f"event: {kind}\ndata: {json.dumps({'type': kind, **data})}\n\n".encode()

    start = {**message, "content": [], "stop_reason": None, "usage": {**message["usage"], "output_tokens": 1}}
    yield event("message_start", {"message": start})
    for index, block in enumerate(message["content"]):
        if block["type"] == "text":
            yield event("content_block_start", {"index": index, "content_block": {"type": "text", "text": ""}})
            words = block["text"].split(" ")
            for n, word in enumerate(words):
                piece = word if n == len(words) - 1 else word + " "
                yield event("content_block_delta", {"index": index, "delta": {"type": "text_delta", "text": piece}})
        else:
            opening = {**block, "input": {}}
            yield event("content_block_start", {"index": index, "content_block": opening})
            raw = json.dumps(block["input"])
            for cut in range(0, len(raw), 16):
                delta = {"type": "input_json_delta", "partial_json": raw[cut : cut + 16]}
                yield event("content_block_delta", {"index": index, "delta": delta})
        yield event("content_block_stop", {"index": index})
    ending: dict[str, Any] = {"stop_reason": message["stop_reason"], "stop_sequence": None}
    yield event("message_delta", {"delta": ending, "usage": {"output_tokens": message["usage"]["output_tokens"]}})
    yield event("message_stop", {})


@contextmanager
def serve(endpoint: Endpoint) -> Iterator[Endpoint]:
    """Run ``endpoint`` on a free loopback port in a thread; ``endpoint.url`` is its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = Starlette(routes=[Route("/v1/messages", endpoint.messages, methods=["POST"])])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the scripted endpoint did not start")
        time.sleep(0.02)
    endpoint.url = f"http://127.0.0.1:{port}"
    try:
        yield endpoint
    finally:
        server.should_exit = True
        thread.join(timeout=10)
