"""A model's second opinion on survey answers the rules are unsure of, within the rules' bounds.

The rules always run first; only low-confidence answers go to the model, through a forced tool call
with a strict schema; ``tools.classify.merge_model`` validates what comes back. If the model fails,
the rules' answer stands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anthropic
import anyio
from anthropic.types import ToolChoiceToolParam, ToolParam

import prompts
from agent import model as model_seam
from agent.settings import Settings
from tools.classify import MODEL_SCHEMA, Classification, classify, merge_model, needs_model
from tools.vocabulary import all_tags, is_computed

log = logging.getLogger("maitre.classify")
TOOL: ToolParam = {
    "name": "record_labels",
    "description": "Record the profile labels and flags for this survey answer.",
    "input_schema": MODEL_SCHEMA,
}
CHOICE: ToolChoiceToolParam = {"type": "tool", "name": "record_labels"}


@dataclass
class ModelClassifier:
    client_factory: Callable[[], anthropic.AsyncAnthropic]
    model: str
    consulted: int = 0
    failures: list[str] = field(default_factory=list)

    async def propose(self, client: anthropic.AsyncAnthropic, text: str, question: str) -> dict[str, Any]:
        vocabulary = ", ".join(t for t in all_tags() if not is_computed(t))
        prompt = prompts.render("classify.md.j2", vocabulary=vocabulary, question=question or "(not given)", text=text)
        message = await client.messages.create(
            model=self.model,
            max_tokens=1024,
            tools=[TOOL],
            tool_choice=CHOICE,
            messages=[{"role": "user", "content": prompt}],
        )
        for block in message.content:
            if block.type == "tool_use" and isinstance(block.input, dict):
                return dict(block.input)
        raise ValueError("the model answered without the record_labels tool")

    async def classify(self, client: anthropic.AsyncAnthropic, text: str, question: str = "") -> Classification:
        rules = classify(text, question)
        if not needs_model(rules, text):
            return rules
        self.consulted += 1
        try:
            proposal = await self.propose(client, text, question)
        except (anthropic.AnthropicError, ValueError) as exc:
            self.failures.append(type(exc).__name__)
            log.warning("model classification failed (%s); the rules' labels stand", type(exc).__name__)
            return rules
        return merge_model(rules, proposal, text)

    def classify_sync(self, text: str, question: str = "") -> Classification:
        """For the sync pipelines (the inbox worker's thread): a client per call, as each runs its own loop."""
        if not needs_model(classify(text, question), text):
            return classify(text, question)

        async def once() -> Classification:
            async with self.client_factory() as client:
                return await self.classify(client, text, question)

        return anyio.run(once)


def configured(settings: Settings) -> ModelClassifier | None:
    """A classifier with a second opinion when a model is configured, else None (rules only)."""
    if not settings.model_configured:
        return None
    return ModelClassifier(lambda: model_seam.client(settings), settings.model)
