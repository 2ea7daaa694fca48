"""Run records: what one agent run asked, called, spent and changed, saved after every step."""

from __future__ import annotations

import os
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from tools.errors import NotFound

# USD per million tokens (input, output) by model family; cache reads cost 0.1x input, writes 1.25x.
PRICES = {"opus": (15.0, 75.0), "sonnet": (3.0, 15.0), "haiku": (1.0, 5.0)}


class RunUsage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_creation_tokens: int = 0

    @property
    def total(self) -> int:
        return self.input_tokens + self.output_tokens + self.cache_read_tokens + self.cache_creation_tokens


class ToolCallRecord(BaseModel):
    id: str
    name: str
    arguments: dict[str, Any]
    ok: bool | None = None
    result: str = ""


class RunRecord(BaseModel):
    id: str
    started: datetime
    updated: datetime
    model: str
    question: str
    actor: str
    status: Literal["running", "done", "limit", "error"] = "running"
    steps: int = 0
    answer: str = ""
    error: str = ""
    messages: list[dict[str, Any]] = Field(default_factory=list)
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    usage: RunUsage = Field(default_factory=RunUsage)
    estimated_cost_usd: float = 0.0
    change_ids: list[int] = Field(default_factory=list, description="Journal changes this run made.")


def new_run_id() -> str:
    return f"run-{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def estimate_cost(model: str, usage: RunUsage) -> float:
    family = next((f for f in PRICES if f in model), "sonnet")
    price_in, price_out = PRICES[family]
    cost = (
        usage.input_tokens * price_in
        + usage.cache_creation_tokens * price_in * 1.25
        + usage.cache_read_tokens * price_in * 0.1
        + usage.output_tokens * price_out
    )
    return round(cost / 1_000_000, 6)


class RunStore:
    """One JSON file per run, replaced atomically so a crash leaves the last complete step."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def save(self, record: RunRecord) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{record.id}.json"
        partial = path.with_suffix(".json.partial")
        partial.write_text(record.model_dump_json(indent=1), encoding="utf-8")
        os.replace(partial, path)

    def get(self, run_id: str) -> RunRecord:
        path = self.directory / f"{run_id}.json"
        if not path.exists():
            raise NotFound(f"No run {run_id!r}; maitre runs lists them.")
        return RunRecord.model_validate_json(path.read_text(encoding="utf-8"))

    def list(self, limit: int = 20) -> list[RunRecord]:
        if not self.directory.exists():
            return []
        paths = sorted(self.directory.glob("run-*.json"), reverse=True)[:limit]
        return [RunRecord.model_validate_json(p.read_text(encoding="utf-8")) for p in paths]
