"""What a run tells whoever is watching: typed events, no UI. The CLI, TUI, MCP and triggers subscribe."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class ToolResult:
    id: str
    name: str
    ok: bool
    summary: str
    data: dict[str, Any] | None = None  # the tool's structured output, when it succeeded


@dataclass(frozen=True)
class GuardRefused:
    """A deterministic guard said no; the model hears why and the store is unchanged."""

    tool: str
    message: str


@dataclass(frozen=True)
class ApprovalNeeded:
    """A destructive action waits for a manager; ``plan`` is the exact diff."""

    tool: str
    token: str
    plan: list[dict[str, Any]] = field(default_factory=list)

    @property
    def command(self) -> str:
        return f"maitre approve {self.token}"


@dataclass(frozen=True)
class Usage:
    input_tokens: int
    output_tokens: int
    cache_read_tokens: int
    cache_creation_tokens: int
    cost_usd: float


@dataclass(frozen=True)
class Done:
    text: str
    stop_reason: str


@dataclass(frozen=True)
class Failed:
    message: str


Event = TextDelta | ToolCall | ToolResult | GuardRefused | ApprovalNeeded | Usage | Done | Failed
