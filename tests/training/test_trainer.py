"""The QDoRA trainer on a tiny random-weight model with SmolLM2's tokenizer (CPU, one thread): label masks, loss,
curriculum order, resume, 4-bit, merge and export, and the bad inputs that must fail before any compute."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.tiny_model import build_tiny_model
from training.config import ConfigError, TrainConfig, load_config, template_text
from training.dataset import load_schedule

torch = pytest.importorskip("torch")

TOOL_CHAT = [
    {"role": "system", "content": "You are Elson.\n\n# Tools\n<tools>\n{\"name\": \"calc.loan_payment\"}\n</tools>"},
    {"role": "user", "content": "Payment on $300,000 at 6.5% for 30 years?"},
    {"role": "assistant", "content": "<tool_call>\n{\"name\": \"calc.loan_payment\", \"arguments\": {\"principal\": "
                                     "300000, \"annual_rate\": 0.065, \"years\": 30}}\n</tool_call>"},
    {"role": "user", "content": "<tool_response>\n{\"value\": 1896.2}\n</tool_response>"},
    {"role": "assistant", "content": "The monthly payment is $1,896.20."},
]


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> Iterator[None]:
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # OMP_NUM_THREADS=1: step times swing 20x otherwise
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-train"))


def chats(n: int, tag: str) -> list[dict[str, Any]]:
    return [{"messages": [{"role": "user", "content": f"[{tag}] What is {i} plus {i}?"},
                          {"role": "assistant", "content": f"{i} plus {i} is {2 * i}."}]} for i in range(n)]


def curriculum(folder: Path, sizes: dict[str, int], stamp: str = "s1") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for phase, n in sizes.items():
        rows = chats(n, phase) if phase != "C" else [{"messages": TOOL_CHAT}, *chats(n - 1, phase)]
        (folder / f"merged_phase{phase}_{stamp}.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    return folder


def config(tiny: Path, tmp: Path, **kw: Any) -> TrainConfig:
    data = curriculum(tmp / "runs", {"A": 8, "B": 8, "C": 8})
    return load_config("tiny-test", {"base_model": str(tiny), "data": str(data), "output_dir": str(tmp / "out"),
                                     **kw})


def test_profiles_carry_the_plan_and_bad_values_fail_early() -> None:
    h100 = load_config("h100-14b")
    assert (h100.lora_r, h100.lora_alpha, h100.per_device_batch_size, h100.grad_accum, h100.epochs,
            h100.max_length, h100.learning_rate, h100.quantize_4bit, h100.dora, h100.bf16) == (
        128, 256, 16, 4, 5, 2048, 2e-4, True, True, True)
    assert h100.effective_batch == 64 and load_config("cpu-smollm2").base_model == "smollm2"
    for bad, message in [({"lora_r": 0}, "lora_r must be"), ({"lora_alpha": -1}, "lora_alpha must be"),
                         ({"phases": "A,D"}, "phases must be"), ({"lora_rank": 8}, "unknown setting 'lora_rank'"),
                         ({"dora": "maybe"}, "expected true or false")]:
        with pytest.raises(ConfigError, match=message):
            load_config("tiny-test", bad)
    with pytest.raises(ConfigError, match="no profile or config file 'h200'"):
        load_config("h200")


def test_the_training_template_renders_exactly_like_smollm2s(tiny: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny)
    original = tok.apply_chat_template(TOOL_CHAT, tokenize=False)
    tok.chat_template = template_text("smollm2_training")
    assert tok.apply_chat_template(TOOL_CHAT, tokenize=False) == original


def build(cfg: TrainConfig) -> Any:
    from training.train import build_trainer, load_model, load_tokenizer

    tok = load_tokenizer(cfg)
    return build_trainer(cfg, load_model(cfg), tok, load_schedule(cfg), []), tok


def test_only_assistant_turns_and_tool_calls_are_learned(tiny: Path, tmp_path: Path) -> None:
    trainer, tok = build(config(tiny, tmp_path))
    row = next(r for r in trainer.train_dataset if "calc.loan_payment" in tok.decode(r["input_ids"]))
    learned = tok.decode([t for t, label in zip(row["input_ids"], row["labels"], strict=True) if label != -100])
    assert learned == (TOOL_CHAT[2]["content"] + "<|im_end|>" + TOOL_CHAT[4]["content"] + "<|im_end|>")
    assert "tool_response" not in learned and "Payment on" not in learned and "You are Elson" not in learned


def test_curriculum_order_is_the_schedule(tiny: Path, tmp_path: Path) -> None:
    trainer, tok = build(config(tiny, tmp_path))
    schedule = load_schedule(trainer_cfg := config(tiny, tmp_path / "again"))
    seen = []
    for batch in trainer.get_train_dataloader():
        for ids, mask in zip(batch["input_ids"], batch["attention_mask"], strict=True):
            text = tok.decode([t for t, m in zip(ids.tolist(), mask.tolist(), strict=True) if m])
            seen.append(text.split("<|im_start|>user\n")[1].split("<|im_end|>")[0])
    wanted = [next(m["content"] for m in c["messages"] if m["role"] == "user") for c in schedule.chats]
    assert seen == wanted and trainer_cfg.phases == ("A", "B", "C")
    assert [p for p, _, _ in schedule.phases] == ["A", "B", "C"]


def adapter_params(model: Any) -> dict[str, Any]:
    return {n: p.detach().clone() for n, p in model.named_parameters() if "lora_" in n}


def test_loss_goes_down_and_every_adapter_parameter_moves(tiny: Path, tmp_path: Path) -> None:
    from training.train import train

    cfg = config(tiny, tmp_path, max_steps=10, logging_steps=1, save_steps=100)
    report = train(cfg)
    losses = [json.loads(x)["loss"] for x in (tmp_path / "out" / "loss_log.jsonl").read_text().splitlines()]
    assert len(losses) == 10 and sum(losses[-3:]) / 3 < sum(losses[:3]) / 3
    assert set(report["loss_by_phase"]) == {"A", "B", "C"}
    assert report["records_seen"] == min(10 * cfg.effective_batch, 24)  # max_steps stops before the epoch's end
    assert report["epochs_done"] == pytest.approx(report["records_seen"] / 24, abs=0.05)
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny)
    fresh = adapter_params(PeftModel.from_pretrained(base, str(tmp_path / "out" / "adapter")))
    from peft import LoraConfig, get_peft_model

    init = adapter_params(get_peft_model(AutoModelForCausalLM.from_pretrained(tiny), LoraConfig(
        r=cfg.lora_r, lora_alpha=cfg.lora_alpha, target_modules="all-linear", use_dora=True, task_type="CAUSAL_LM")))
    assert fresh and set(fresh) == set(init)
    unchanged = [n for n in fresh if torch.equal(fresh[n], init[n])]
    assert not unchanged, unchanged[:3]
    assert any("lora_magnitude_vector" in n for n in fresh)  # DoRA, not plain LoRA


def test_resume_continues_where_the_checkpoint_left_off(tiny: Path, tmp_path: Path) -> None:
    from transformers import TrainerCallback

    from training import train as train_mod

    class StopAt4(TrainerCallback):  # a run that "dies" right after its step-4 checkpoint
        def on_save(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
            if state.global_step == 4:
                control.should_training_stop = True

    straight = train_mod.train(config(tiny, tmp_path / "a", max_steps=8, save_steps=4))
    original = train_mod.phase_callback
    train_mod.phase_callback = lambda log, path: [original(log, path), StopAt4()]  # type: ignore[assignment]
    try:
        cut = config(tiny, tmp_path / "b", max_steps=8, save_steps=4)
        orig_build = train_mod.build_trainer
        train_mod.build_trainer = lambda c, m, t, s, cbs: orig_build(c, m, t, s, cbs[0])  # type: ignore[assignment]
        train_mod.train(cut)
    finally:
        train_mod.phase_callback = original
        train_mod.build_trainer = orig_build
    assert (tmp_path / "b" / "out" / "checkpoint-4").is_dir()
    with pytest.raises(ConfigError, match="already holds checkpoints"):
        train_mod.train(cut)
    with pytest.raises(ConfigError, match="trained with lora_r=8"):
        train_mod.train(config(tiny, tmp_path / "b", max_steps=8, save_steps=4, lora_r=4), resume=True)
    resumed = train_mod.train(cut, resume=True)
    assert resumed["steps"] == 8 and resumed["resumed_from"].endswith("checkpoint-4")
    assert resumed["final_loss"] == pytest.approx(straight["final_loss"], rel=1e-3)


def test_4bit_qdora_on_cpu(tiny: Path, tmp_path: Path) -> None:
    import bitsandbytes as bnb

    from training.train import disable_cpu_repack, load_model

    cfg = config(tiny, tmp_path, quantize_4bit=True, max_steps=3)
    model = load_model(cfg)
    assert disable_cpu_repack(model) == sum(isinstance(m, bnb.nn.Linear4bit) for m in model.modules()) > 0
    from training.train import train

    report = train(cfg)
    assert report["steps"] == 3 and report["final_loss"] == report["final_loss"]  # not NaN


def test_merge_matches_and_exports_a_loadable_checkpoint(tiny: Path, tmp_path: Path) -> None:
    from transformers import AutoModelForCausalLM

    from training.merge import merge
    from training.train import train

    train(config(tiny, tmp_path, max_steps=4))
    report = merge(str(tiny), tmp_path / "out" / "adapter", tmp_path / "merged", dtype="float32", tolerance=1e-4)
    assert report["max_abs_logit_diff"] < 1e-4
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "merged")
    assert not any("lora" in n for n, _ in merged.named_parameters())
    assert "{% generation %}" not in (tmp_path / "merged" / "chat_template.jinja").read_text()  # serving template
    from service.engines.model_store import load_model as engine_load

    loaded = engine_load(str(tmp_path / "merged"), tmp_path / "cache")
    assert loaded is not None


async def test_the_embedded_engine_serves_the_trained_adapter(tiny: Path, tmp_path: Path) -> None:
    from service.engines.base import EngineRequest
    from service.engines.embedded import EmbeddedEngine
    from service.settings import Settings
    from training.train import train

    train(config(tiny, tmp_path, max_steps=2))
    engine = EmbeddedEngine(Settings(model_path=str(tiny), adapter_path=str(tmp_path / "out" / "adapter"),
                                     embedded_backend="transformers", threads=1, cache_dir=str(tmp_path / "c")))
    await engine.start()
    try:
        done = await engine.complete(EngineRequest(model="tiny", messages=[{"role": "user", "content": "hi"}],
                                                   max_tokens=3))
        assert done.usage.completion_tokens == 3
    finally:
        await engine.close()


def test_bad_inputs_fail_before_compute(tiny: Path, tmp_path: Path) -> None:
    from training.merge import merge
    from training.train import train

    with pytest.raises(ConfigError, match="no such dataset"):
        train(load_config("tiny-test", {"base_model": str(tiny), "data": str(tmp_path / "none.jsonl")}))
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "merged_phaseA_x.jsonl").write_text("")
    with pytest.raises(ConfigError, match="empty"):
        train(load_config("tiny-test", {"base_model": str(tiny), "data": str(tmp_path / "empty"), "phases": "A"}))
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"messages": [{"role": "user", "content": "hi"}]}))
    with pytest.raises(ConfigError, match="record 0: wrong chat format: the chat does not end with an assistant"):
        train(load_config("tiny-test", {"base_model": str(tiny), "data": str(bad)}))
    long = tmp_path / "long.jsonl"
    long.write_text(json.dumps(chats(1, "x" * 4000)[0]))
    with pytest.raises(ConfigError, match="more than max_length 512"):
        train(load_config("tiny-test", {"base_model": str(tiny), "data": str(long)}))
    with pytest.raises(ConfigError, match="every record is longer than max_length"):
        train(load_config("tiny-test", {"base_model": str(tiny), "data": str(long), "long_records": "drop"}))
    other = build_tiny_model(tmp_path / "other-base", seed=1)
    train(config(tiny, tmp_path, max_steps=1))
    with pytest.raises(ConfigError, match="was trained on"):
        merge(str(other), tmp_path / "out" / "adapter", tmp_path / "m")
