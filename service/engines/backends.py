"""The two compute backends of the embedded engine, behind one small interface.

A backend owns the weights and makes :class:`KVState` objects: a sequence's key/value cache that can be extended
with tokens (returning the last position's logits) and rewound to a shorter prefix. Everything else (templating,
grammar, sampling, stop strings, prefix reuse, queueing) lives in the engine and is shared, so both backends give
the same requests the same treatment.

* ``onnx`` (default): onnxruntime-genai on an int4/int8/fp32 export. ~7x the decode speed of eager torch here.
* ``transformers``: eager torch on the Hugging Face folder; the reference, and the backend that can load a peft
  adapter without re-exporting.
"""

from __future__ import annotations

import abc
import json
import logging
import os
from pathlib import Path
from typing import Any

import numpy as np
import torch

from service.engines.model_store import ModelStoreError, load_model
from service.engines.onnx_store import is_onnx_folder, prepare_onnx_model
from service.settings import Settings

log = logging.getLogger(__name__)


class KVState(abc.ABC):
    """One sequence's KV cache. ``tokens`` are exactly the tokens whose keys and values it holds.

    ``reusable`` counts the leading tokens that were computed in multi-token passes. Only those may be reused by
    another request: CPU kernels take a different path for a single-token step (MatMulNBits' GEMV, single-query
    attention), whose results differ from the batched ones in the last bits, while batched rows do not depend on
    how the batch was cut (checked: a 1,000-token prompt in one pass or in 32-token chunks gives identical logits).
    Reusing only batched positions, and always computing at least two tokens, makes a prefix hit decode exactly
    the tokens a cold run would.
    """

    def __init__(self) -> None:
        self.tokens: list[int] = []
        self.reusable = 0

    def extend(self, ids: list[int]) -> torch.Tensor:
        """Run ``ids`` through the model after ``tokens``; the last position's fp32 logits as ``(1, V)``."""
        logits = self._forward(ids)
        if len(ids) > 1 and self.reusable == len(self.tokens):
            self.reusable += len(ids)
        self.tokens.extend(ids)
        return logits

    def rewind(self, length: int) -> None:
        """Forget every token after the first ``length``."""
        if length < len(self.tokens):
            self._truncate(length)
            del self.tokens[length:]
            self.reusable = min(self.reusable, length)

    @abc.abstractmethod
    def _forward(self, ids: list[int]) -> torch.Tensor: ...

    @abc.abstractmethod
    def _truncate(self, length: int) -> None: ...

    @property
    @abc.abstractmethod
    def nbytes(self) -> int:
        """Memory this state holds now (for the prefix cache's budget)."""


class Backend(abc.ABC):
    """Loaded weights plus what the engine needs to know about them."""

    name: str = "abstract"

    def __init__(self, path: Path, tokenizer: Any, vocab_size: int, max_context: int, eos_ids: list[int],
                 bytes_per_token: int) -> None:
        self.path = path
        self.tokenizer = tokenizer
        self.vocab_size = vocab_size
        self.max_context = max_context
        self.eos_ids = eos_ids
        self.bytes_per_token = bytes_per_token

    @abc.abstractmethod
    def new_state(self) -> KVState:
        """An empty sequence state."""


def _kv_bytes_per_token(layers: int, kv_heads: int, head_dim: int, itemsize: int = 4) -> int:
    return layers * 2 * kv_heads * head_dim * itemsize


def _eos_list(value: Any) -> list[int]:
    return [value] if isinstance(value, int) else [int(v) for v in value or []]


# ---------------------------------------------------------------------------------------------------------------
# transformers
# ---------------------------------------------------------------------------------------------------------------
class TorchState(KVState):
    """A ``DynamicCache``; rewinding crops it."""

    def __init__(self, model: Any, bytes_per_token: int) -> None:
        from transformers import DynamicCache

        super().__init__()
        self._model = model
        self._cache = DynamicCache(config=model.config)
        self._bpt = bytes_per_token

    def _forward(self, ids: list[int]) -> torch.Tensor:
        out = self._model(input_ids=torch.tensor([ids], dtype=torch.long), cache=self._cache,
                          use_cache=True, logits_to_keep=1)
        return out.logits[:, -1, :].float()

    def _truncate(self, length: int) -> None:
        from transformers import DynamicCache

        if length == 0:
            self._cache = DynamicCache(config=self._model.config)
        else:  # transformers 5 crops by a negative count of tokens to remove
            self._cache.crop(length - len(self.tokens))

    @property
    def nbytes(self) -> int:
        return len(self.tokens) * self._bpt


class TorchBackend(Backend):
    """Eager transformers on CPU (fp32, or dynamic int8 Linear layers)."""

    name = "transformers"

    def __init__(self, settings: Settings) -> None:
        check_embedded_settings(settings)
        if settings.model_path and is_onnx_folder(Path(settings.model_path).expanduser()):
            raise ModelStoreError(f"ELSON_MODEL_PATH={settings.model_path!r} is an ONNX export; the transformers "
                                  "backend needs a Hugging Face folder (or set ELSON_EMBEDDED_BACKEND=onnx)")
        torch.set_num_threads(settings.threads or os.cpu_count() or 1)
        loaded = load_model(settings.model_path, settings.cache_dir, adapter_path=settings.adapter_path,
                            quantize="int8" if settings.precision == "int8" else "none",
                            tuned=settings.default_adapter)
        config = loaded.model.config
        head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
        kv_heads = getattr(config, "num_key_value_heads", None) or config.num_attention_heads
        context = int(getattr(config, "max_position_embeddings", 2048))
        super().__init__(loaded.path, loaded.tokenizer, int(config.vocab_size),
                         min(context, settings.embedded_max_context),
                         _eos_list(getattr(loaded.model.generation_config, "eos_token_id", None)),
                         _kv_bytes_per_token(config.num_hidden_layers, kv_heads, head_dim))
        self._model = loaded.model

    def new_state(self) -> KVState:
        return TorchState(self._model, self.bytes_per_token)


# ---------------------------------------------------------------------------------------------------------------
# onnxruntime-genai
# ---------------------------------------------------------------------------------------------------------------
class OrtState(KVState):
    """An ``og.Generator`` used only for its forward pass and KV cache: the engine samples, so the generator's own
    search never runs. The KV buffer is preallocated for ``capacity`` tokens (``past_present_share_buffer``:
    decode at 1,000 tokens of context runs ~1.8x faster than with growing buffers)."""

    def __init__(self, og: Any, model: Any, capacity: int, bytes_per_token: int) -> None:
        super().__init__()
        params = og.GeneratorParams(model)
        params.set_search_options(max_length=capacity, past_present_share_buffer=True)
        self._gen = og.Generator(model, params)
        self._bytes = capacity * bytes_per_token

    def _forward(self, ids: list[int]) -> torch.Tensor:
        self._gen.append_tokens(np.asarray(ids, dtype=np.int32))
        logits = np.asarray(self._gen.get_logits(), dtype=np.float32)
        return torch.from_numpy(logits.reshape(1, -1))

    def _truncate(self, length: int) -> None:
        self._gen.rewind_to(length)

    @property
    def nbytes(self) -> int:
        return self._bytes


class OrtBackend(Backend):
    """onnxruntime-genai on CPU over a cached export (built on first start, ~15 s for SmolLM2)."""

    name = "onnx"

    def __init__(self, settings: Settings) -> None:
        import onnxruntime_genai as og
        from transformers import AutoTokenizer

        check_embedded_settings(settings)
        self._og = og
        threads = settings.threads or os.cpu_count() or 1
        folder = prepare_onnx_model(settings.model_path, settings.cache_dir, settings.precision,
                                    tuned=settings.default_adapter)
        try:
            self._model = _open_ort(og, folder, threads)
        except Exception as exc:  # the engine rebuilds a cached export once; a user's folder is only named
            raise ModelStoreError(f"cannot load ONNX model {folder}: {_one_line(exc)}") from exc
        config = json.loads((folder / "genai_config.json").read_text())["model"]
        decoder = config["decoder"]
        super().__init__(folder, AutoTokenizer.from_pretrained(folder), int(config["vocab_size"]),
                         min(int(config.get("context_length", 2048)), settings.embedded_max_context),
                         _eos_list(config.get("eos_token_id")),
                         _kv_bytes_per_token(decoder["num_hidden_layers"], decoder["num_key_value_heads"],
                                             decoder["head_size"]))
        self.threads = threads

    def new_state(self) -> KVState:
        return OrtState(self._og, self._model, self.max_context, self.bytes_per_token)


def _open_ort(og: Any, folder: Path, threads: int) -> Any:
    config = og.Config(str(folder))
    config.overlay(json.dumps({"model": {"decoder": {"session_options": {"intra_op_num_threads": threads}}}}))
    return og.Model(config)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def check_embedded_settings(s: Settings) -> None:
    """Refuse setting combinations that cannot work, before any conversion or export is spent on them."""
    if s.embedded_backend == "onnx" and s.adapter_path:
        raise ModelStoreError("ELSON_ADAPTER_PATH needs ELSON_EMBEDDED_BACKEND=transformers (or merge the adapter "
                              "and point ELSON_MODEL_PATH at the merged folder)")
    if s.embedded_backend == "transformers" and s.precision == "int4":
        raise ModelStoreError("ELSON_EMBEDDED_PRECISION=int4 needs ELSON_EMBEDDED_BACKEND=onnx; the transformers "
                              "backend runs fp32 or int8")


def load_backend(settings: Settings) -> Backend:
    """Load the backend ``settings.embedded_backend`` names (blocking: run it off the event loop)."""
    if settings.embedded_backend == "onnx":
        return OrtBackend(settings)
    return TorchBackend(settings)
