"""One settings object: MAITRE_* environment variables over an optional TOML file over defaults."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from agent import locations
from tools.errors import InvalidInput
from tools.spend import Thresholds


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "manager"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MAITRE_", env_nested_delimiter="__", extra="ignore")

    store: Path = Field(default_factory=locations.default_store, description="The SQLite guest store.")
    runs_dir: Path = Field(default_factory=locations.runs_dir, description="Where agent run records are kept.")
    manager: str = Field(default_factory=_user, description="Name journaled for CLI actions.")
    phone_region: str = Field("US", description="Region used to read national phone numbers.")
    approval_ttl_minutes: int = Field(15, ge=1, le=24 * 60, description="How long an approval token stays valid.")
    thresholds: Thresholds = Field(default_factory=Thresholds)
    venues: dict[str, str] = Field(
        default_factory=dict, description='Venue id to name, e.g. MAITRE_VENUES=\'{"v-1": "Harbor Room"}\'.'
    )
    mcp_token: SecretStr | None = Field(None, description="Bearer token for MCP over HTTP (MAITRE_MCP_TOKEN).")
    toast_webhook_secret: SecretStr | None = Field(None, description="Toast webhook subscription secret.")
    square_webhook_secret: SecretStr | None = Field(None, description="Square webhook signature key.")
    square_notification_url: str | None = Field(None, description="The URL Square posts to (it is signed).")
    klaviyo_webhook_secret: SecretStr | None = Field(None, description="Klaviyo webhook secret.")
    survey_webhook_secret: SecretStr | None = Field(None, description="Shared secret for POST /webhooks/survey.")
    sevenrooms_webhook_secret: SecretStr | None = Field(None, description="Shared secret for the SevenRooms envelope.")
    model: str = Field("claude-sonnet-5-5", description="Model id for chat and ambiguous text (MAITRE_MODEL).")
    anthropic_base_url: str | None = Field(
        default_factory=lambda: os.environ.get("ANTHROPIC_BASE_URL") or None,
        description="An Anthropic-compatible endpoint (ANTHROPIC_BASE_URL), e.g. a local Ollama or llama.cpp.",
    )
    max_steps: int = Field(12, ge=1, le=100, description="Model turns per run before it stops.")
    max_tokens: int = Field(2048, ge=256, le=64_000, description="Output tokens per model turn.")
    token_budget: int = Field(300_000, ge=1000, description="Input plus output tokens per run before it stops.")
    wall_seconds: float = Field(180, gt=0, description="Wall time per run before it stops.")
    max_retries: int = Field(3, ge=0, le=10, description="Retries on 429 and 5xx replies, with backoff.")
    anthropic_api_key: SecretStr | None = Field(
        default_factory=lambda: SecretStr(v) if (v := os.environ.get("ANTHROPIC_API_KEY")) else None,
        description="Read from ANTHROPIC_API_KEY; never logged.",
    )

    @property
    def model_configured(self) -> bool:
        """Whether a model is configured: an API key, or an Anthropic-compatible endpoint that may need none."""
        return self.anthropic_api_key is not None or bool(self.anthropic_base_url)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = Path(os.environ.get("MAITRE_CONFIG") or locations.config_file())
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=toml))


def load(**overrides: Any) -> Settings:
    """Settings, or an InvalidInput that says which setting is wrong and how to fix it."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        error = exc.errors()[0]
        name = "_".join(str(p) for p in error["loc"]).upper()
        raise InvalidInput(
            f"Setting MAITRE_{name} is invalid ({error['msg']}); fix it in the environment or maitre.toml."
        ) from None
