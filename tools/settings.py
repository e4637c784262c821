"""Settings of the tool layer (``ELSON_*`` environment variables), read once through :func:`get_tool_settings`."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ToolSettings(BaseSettings):
    """Where market data comes from."""

    model_config = SettingsConfigDict(env_prefix="ELSON_", extra="ignore")

    data_provider: Literal["snapshot", "live"] = Field(
        "snapshot", description="Default market-data provider: the offline snapshot, or live Yahoo Finance.")
    snapshot_dir: str | None = Field(None, description="Snapshot folder (default: the one shipped in the package).")
    live_quote_ttl_s: float = Field(15.0, ge=0, description="How long live quotes (and key stats) are cached.")
    live_data_ttl_s: float = Field(3600.0, ge=0, description="How long live statements, profiles and ranged "
                                                             "histories are cached.")
    live_timeout_s: float = Field(10.0, gt=0, description="Deadline of one live data call.")
    live_breaker_failures: int = Field(5, ge=1, description="Consecutive live-provider outages that open its "
                                                            "circuit breaker.")
    live_breaker_cooldown_s: float = Field(30.0, gt=0, description="How long an open breaker fails calls at once.")


@lru_cache(maxsize=1)
def get_tool_settings() -> ToolSettings:
    """The process's tool settings, built on first use (never at import)."""
    return ToolSettings()
