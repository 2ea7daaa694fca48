"""The model seam: one place builds the Anthropic client, from settings, so tests can point it anywhere."""

from __future__ import annotations

import anthropic

from agent.settings import Settings
from tools.errors import InvalidInput

NO_KEY = (
    "The model needs a key: set ANTHROPIC_API_KEY, or ANTHROPIC_BASE_URL to use a local "
    "Anthropic-compatible server (Ollama, llama.cpp)."
)


def client(settings: Settings) -> anthropic.AsyncAnthropic:
    """An AsyncAnthropic for the configured endpoint; local endpoints may run without a key."""
    key = settings.anthropic_api_key
    if not settings.model_configured:
        raise InvalidInput(NO_KEY)
    return anthropic.AsyncAnthropic(
        api_key=key.get_secret_value() if key else "local-endpoint",
        base_url=settings.anthropic_base_url,
        max_retries=settings.max_retries,
    )
