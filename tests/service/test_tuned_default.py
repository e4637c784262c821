"""The tuned default model: the shipped DoRA adapter merged once into the default SmolLM2 in the cache. Here the
"default model" is a tiny random Llama planted in a temporary cache, with a tiny random DoRA adapter."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from service.engines import model_store
from service.engines.model_store import ModelStoreError, cached_model_dir, load_model, prepare_tuned_model
from tests.fakes.tiny_model import build_tiny_model


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def cache(tmp_path: Path, tiny: Path) -> Path:
    """A cache whose converted default model is the tiny model."""
    planted = cached_model_dir(tmp_path)
    shutil.copytree(tiny, planted)
    (planted / model_store.MANIFEST).write_text("{}")
    return tmp_path


def make_adapter(base: Path, out: Path, seed: int = 1) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(base),
                           LoraConfig(r=4, lora_alpha=8, use_dora=True, target_modules="all-linear"))
    with torch.no_grad():  # lora_B starts at zero; give the adapter an effect to see
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.05)
    model.save_pretrained(out)
    return out


def _logits(model: object, ids: object) -> object:
    import torch

    with torch.no_grad():
        return model(ids).logits  # type: ignore[operator]


def test_merged_default_equals_base_plus_adapter_and_is_cached(cache: Path, tiny: Path, tmp_path: Path) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    adapter = make_adapter(tiny, tmp_path / "adapter")
    folder = prepare_tuned_model(cache, adapter)
    assert folder.parent == cached_model_dir(cache).parent and adapter.name in folder.name
    ids = torch.tensor([[1, 50, 300, 7, 4000, 12]])
    merged = AutoModelForCausalLM.from_pretrained(folder).eval()
    base = AutoModelForCausalLM.from_pretrained(tiny).eval()
    base_logits = _logits(base, ids)
    with_adapter = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny), str(adapter)).eval()
    assert torch.allclose(_logits(merged, ids), _logits(with_adapter, ids), atol=1e-4)  # type: ignore[arg-type]
    assert not torch.allclose(_logits(merged, ids), base_logits, atol=1e-3)  # type: ignore[arg-type]

    stamp = (folder / "model.safetensors").stat().st_mtime_ns
    assert prepare_tuned_model(cache, adapter) == folder  # built once
    assert (folder / "model.safetensors").stat().st_mtime_ns == stamp
    make_adapter(tiny, adapter, seed=2)  # new adapter weights: a new merged folder
    assert prepare_tuned_model(cache, adapter) != folder


def test_load_model_serves_the_tuned_default_only_when_asked(cache: Path, tiny: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_store, "SHIPPED_ADAPTER", make_adapter(tiny, tmp_path / "shipped"))
    assert load_model(None, cache, tuned=True).path.name.endswith(model_store.SHIPPED_ADAPTER.name + "-" +
                                                                  model_store._adapter_key(model_store.SHIPPED_ADAPTER))
    assert load_model(None, cache, tuned=False).path == cached_model_dir(cache)


def test_an_adapter_for_another_base_or_a_missing_one_is_a_clear_error(cache: Path, tmp_path: Path) -> None:
    other = build_tiny_model(tmp_path / "other-base")
    cfg = json.loads((other / "config.json").read_text())
    cfg.update(hidden_size=32, intermediate_size=64)
    wider = tmp_path / "wider"
    shutil.copytree(other, wider)
    (wider / "config.json").write_text(json.dumps(cfg))
    (wider / "model.safetensors").unlink()
    from transformers import AutoConfig, AutoModelForCausalLM

    AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(wider)).save_pretrained(wider)
    adapter = make_adapter(wider, tmp_path / "misfit")
    with pytest.raises(ModelStoreError, match=r"does not fit the default model .*ELSON_DEFAULT_ADAPTER=false"):
        prepare_tuned_model(cache, adapter)
    assert not list(cached_model_dir(cache).parent.glob("*misfit*"))  # nothing half-written left behind
    with pytest.raises(ModelStoreError, match="missing or incomplete"):
        prepare_tuned_model(cache, tmp_path / "nowhere")


def test_the_shipped_adapter_is_a_small_dora_adapter_for_smollm2() -> None:
    adapter = model_store.SHIPPED_ADAPTER
    config = json.loads((adapter / "adapter_config.json").read_text())
    assert config["use_dora"] is True and config["peft_type"] == "LORA"
    size = (adapter / "adapter_model.safetensors").stat().st_size
    assert size < 25 * 1024 * 1024
    from safetensors import safe_open

    with safe_open(str(adapter / "adapter_model.safetensors"), "pt") as fh:
        keys = list(fh.keys())
    # 30 decoder layers x 7 linear projections, each with lora_A, lora_B and a DoRA magnitude vector.
    assert sum("lora_magnitude_vector" in k for k in keys) == 30 * 7
    assert any(".layers.29." in k for k in keys)
