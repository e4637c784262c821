"""``elson train merge``: fold a DoRA adapter into its base and export a checkpoint vLLM can serve.

vLLM refuses DoRA adapters (``vllm/lora/peft_helper.py``: "vLLM does not yet support DoRA"), so the adapter is
merged: the base is loaded the way training saw it (NF4 dequantized, when it trained on 4-bit weights), the adapter
applied, ``merge_and_unload()`` run, and the result checked against base + adapter on sample prompts before it is
saved as safetensors with the tokenizer and the *serving* chat template (the base's own, without training markers).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from training.config import ConfigError

SAMPLE_PROMPTS = (
    "What is the monthly payment on a $300,000 mortgage at 6.5% over 30 years?",
    "Explain the difference between a Roth IRA and a traditional IRA.",
    "What is AAPL trading at?",
)


def _adapter_meta(adapter: Path) -> dict[str, Any]:
    path = adapter / "adapter_config.json"
    if not path.is_file():
        raise ConfigError(f"{adapter}: not a peft adapter folder (no adapter_config.json)")
    meta = json.loads(path.read_text())
    trained = adapter.parent / "train_config.json"
    meta["_train"] = json.loads(trained.read_text()) if trained.is_file() else {}
    return meta


def check_base(adapter: Path, base: str) -> dict[str, Any]:
    """The adapter's metadata, after checking it was trained on ``base`` (same name or folder, same shapes)."""
    meta = _adapter_meta(adapter)
    trained_on = str(meta.get("base_model_name_or_path") or "")
    if trained_on and Path(trained_on).name != Path(base).name and trained_on != base:
        raise ConfigError(f"{adapter} was trained on {trained_on!r}, not {base!r}; merge it onto its own base")
    return meta


def load_base(base: str, quantized: bool, dtype_name: str) -> Any:
    """The base as training saw it: NF4 then dequantized (4-bit runs) or as stored."""
    import torch
    from transformers import AutoModelForCausalLM

    dtype = getattr(torch, dtype_name)
    if not quantized:
        return AutoModelForCausalLM.from_pretrained(base, dtype=dtype)
    from training.train import load_nf4

    return load_nf4(base, dtype).dequantize()


def _logits(model: Any, tokenizer: Any, prompts: tuple[str, ...]) -> list[Any]:
    import torch

    out = []
    with torch.no_grad():
        for prompt in prompts:
            ids = tokenizer.apply_chat_template([{"role": "user", "content": prompt}], add_generation_prompt=True,
                                                return_tensors="pt", return_dict=True)
            out.append(model(**{k: v.to(model.device) for k, v in ids.items()}).logits.float().cpu())
    return out


def merge(base: str, adapter: Path, out: Path, dtype: str = "bfloat16", tolerance: float = 1e-3,
          prompts: tuple[str, ...] = SAMPLE_PROMPTS) -> dict[str, Any]:
    """Merge ``adapter`` into ``base`` and save to ``out``; returns the report with the max abs logit difference
    between base + adapter and the merged model (computed in float32 before the export cast)."""
    from peft import PeftModel
    from transformers import AutoTokenizer

    meta = check_base(adapter, base)
    quantized = bool(meta["_train"].get("quantize_4bit", False))
    started = time.perf_counter()
    model = load_base(base, quantized, "float32")
    try:
        peft_model = PeftModel.from_pretrained(model, str(adapter))
    except (RuntimeError, ValueError) as exc:  # size mismatches: the adapter belongs to another architecture
        raise ConfigError(f"{adapter} does not fit {base}: {str(exc).splitlines()[0][:200]}") from None
    peft_model.eval()
    serving_tok = AutoTokenizer.from_pretrained(base)  # the base's own (serving) chat template
    before = _logits(peft_model, serving_tok, prompts)
    merged = peft_model.merge_and_unload()
    after = _logits(merged, serving_tok, prompts)
    diff = max(float((a - b).abs().max()) for a, b in zip(before, after, strict=True))
    if diff > tolerance:
        raise ConfigError(f"merged logits differ from base + adapter by {diff:.3g} (> {tolerance:g}); not exported")
    import torch

    merged = merged.to(getattr(torch, dtype))
    out.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(str(out), safe_serialization=True)
    serving_tok.save_pretrained(str(out))
    report = {"base": base, "adapter": str(adapter), "out": str(out), "dtype": dtype, "from_4bit": quantized,
              "prompts": len(prompts), "max_abs_logit_diff": diff, "tolerance": tolerance,
              "seconds": round(time.perf_counter() - started, 1)}
    (out / "merge_report.json").write_text(json.dumps(report, indent=2))
    return report
