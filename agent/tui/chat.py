"""The chat log: the manager's messages, streamed answers, compact tool calls, guard refusals."""

from __future__ import annotations

import json
from typing import Any

from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Markdown, Static
from textual.widgets._markdown import MarkdownStream


class ChatLog(VerticalScroll):
    DEFAULT_CSS = """
    ChatLog { border: round $accent; padding: 0 1; }
    ChatLog .user { color: $text; text-style: bold; margin-top: 1; }
    ChatLog .note { color: $text-muted; }
    ChatLog .refused { color: $error; }
    ChatLog .approval { color: $warning; text-style: bold; }
    ChatLog Collapsible { padding: 0; margin: 0; border: none; }
    ChatLog Markdown { margin: 0; padding: 0; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._stream: MarkdownStream | None = None
        self._tools: dict[str, Collapsible] = {}

    def on_mount(self) -> None:
        self.border_title = "Chat"

    async def say(self, text: str, kind: str = "note") -> None:
        await self.end_answer()
        await self.mount(Static(text, classes=kind, markup=False))
        self.scroll_end(animate=False)

    async def answer(self, delta: str) -> None:
        if self._stream is None:
            markdown = Markdown()
            await self.mount(markdown)
            self._stream = Markdown.get_stream(markdown)
        await self._stream.write(delta)
        self.scroll_end(animate=False)

    async def end_answer(self) -> None:
        if self._stream is not None:
            await self._stream.stop()
            self._stream = None

    async def tool_call(self, call_id: str, name: str, arguments: dict[str, Any]) -> None:
        await self.end_answer()
        shown = ", ".join(f"{k}={_brief(v)}" for k, v in arguments.items())
        body = Static(json.dumps(arguments, indent=1, ensure_ascii=False), markup=False)
        item = Collapsible(body, title=f"→ {name}({shown})", collapsed=True)
        self._tools[call_id] = item
        await self.mount(item)
        self.scroll_end(animate=False)

    async def tool_result(self, call_id: str, ok: bool, summary: str) -> None:
        item = self._tools.get(call_id)
        if item is not None:
            item.title = ("✓ " if ok else "✗ ") + item.title.removeprefix("→ ")
            await item.query_one(Collapsible.Contents).mount(Static(summary, classes="note", markup=False))


def _brief(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 24 else text[:23] + "…"
