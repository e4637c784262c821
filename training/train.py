"""``elson train run``: one QDoRA (or DoRA) run over the concatenated A → B → C curriculum with TRL's SFTTrainer.

Reads top to bottom like TRL's ``scripts/sft.py``: check the data, load the tokenizer with a training chat template
(assistant output inside ``{% generation %}`` so only assistant turns and tool calls are learned), load the base
(NF4 4-bit with double quantization through bitsandbytes, or plain bf16/fp32), wrap it in a peft DoRA adapter on
every linear layer, and train with a *sequential* sampler: one optimizer, one LR schedule, normal checkpoints.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from training.config import ConfigError, TrainConfig, check_resume, save_config, template_text
from training.dataset import Schedule, check_lengths, load_schedule


def load_tokenizer(cfg: TrainConfig) -> Any:
    """The base's tokenizer with the training chat template."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(cfg.base_model)
    tokenizer.chat_template = template_text(cfg.chat_template)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_nf4(path: str, dtype: Any) -> Any:
    """``path`` in bitsandbytes NF4 with double quantization and ``dtype`` compute (on the GPU, else the CPU): the
    base exactly as a 4-bit run trains on it, and as the merge reloads it."""
    import torch
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    quant = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                               bnb_4bit_compute_dtype=dtype)
    device = "auto" if torch.cuda.is_available() else {"": "cpu"}
    return AutoModelForCausalLM.from_pretrained(path, quantization_config=quant, dtype=dtype, device_map=device)


def load_model(cfg: TrainConfig) -> Any:
    """The base model: NF4 4-bit (double quantization, bf16 compute on CUDA) or full precision."""
    import torch
    from transformers import AutoModelForCausalLM

    dtype = torch.bfloat16 if cfg.bf16 else torch.float32
    if not cfg.quantize_4bit:
        return AutoModelForCausalLM.from_pretrained(cfg.base_model, dtype=dtype)
    from peft import prepare_model_for_kbit_training

    model = prepare_model_for_kbit_training(load_nf4(cfg.base_model, dtype),
                                            use_gradient_checkpointing=cfg.gradient_checkpointing)
    if not torch.cuda.is_available():
        disable_cpu_repack(model)
    return model


def disable_cpu_repack(model: Any) -> int:
    """On CPUs with AVX512-BF16, bitsandbytes repacks 4-bit weights when a module enters ``eval()``, which breaks
    peft's DoRA (it reads the packed weight). Turn that off on every ``Linear4bit``; returns how many."""
    import bitsandbytes as bnb

    n = 0
    for module in model.modules():
        if isinstance(module, bnb.nn.Linear4bit):
            module.support_avx512bf16_for_cpu = False
            n += 1
    return n


@dataclass
class PhaseLog:
    """Logged losses with the phase each step was in."""

    schedule: Schedule
    effective_batch: int
    rows: list[dict[str, Any]] = field(default_factory=list)

    def phase_at(self, step: int) -> str:
        seen = (step - 1) * self.effective_batch  # rows consumed before this step (sequential sampler)
        return self.schedule.phase_of(seen % len(self.schedule.chats))

    def by_phase(self) -> dict[str, float]:
        out: dict[str, list[float]] = {}
        for r in self.rows:
            out.setdefault(r["phase"], []).append(r["loss"])
        return {p: sum(v) / len(v) for p, v in out.items()}


def phase_callback(log: PhaseLog, path: Path) -> Any:
    """A TrainerCallback that tags each logged loss with its curriculum phase and appends it to ``path``."""
    from transformers import TrainerCallback

    class _PhaseLoss(TrainerCallback):
        def on_log(self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None,
                   **kwargs: Any) -> None:
            if logs and "loss" in logs:
                row = {"step": state.global_step, "epoch": round(state.epoch or 0, 4),
                       "phase": log.phase_at(state.global_step), "loss": float(logs["loss"])}
                log.rows.append(row)
                with path.open("a") as fh:
                    fh.write(json.dumps(row) + "\n")

    return _PhaseLoss()


def build_trainer(cfg: TrainConfig, model: Any, tokenizer: Any, schedule: Schedule, callbacks: list[Any]) -> Any:
    """The SFTTrainer: DoRA adapter, assistant-only loss, sequential sampling over the schedule."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    peft_config = LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout,
                             target_modules=cfg.target_modules, use_dora=cfg.dora, task_type="CAUSAL_LM")
    args = SFTConfig(
        output_dir=cfg.output_dir, per_device_train_batch_size=cfg.per_device_batch_size,
        gradient_accumulation_steps=cfg.grad_accum, num_train_epochs=cfg.epochs, max_steps=cfg.max_steps,
        learning_rate=cfg.learning_rate, lr_scheduler_type=cfg.lr_scheduler, warmup_steps=cfg.warmup,
        logging_steps=cfg.logging_steps, save_steps=cfg.save_steps, save_total_limit=cfg.save_total_limit,
        bf16=cfg.bf16, max_length=cfg.max_length, assistant_only_loss=True,
        train_sampling_strategy="sequential", activation_checkpointing=cfg.gradient_checkpointing,
        report_to="none", seed=cfg.seed, use_cpu=not torch.cuda.is_available(), dataloader_num_workers=0,
        save_only_model=False, disable_tqdm=True)
    return SFTTrainer(model=model, args=args, train_dataset=Dataset.from_list(schedule.chats),
                      processing_class=tokenizer, peft_config=peft_config, callbacks=callbacks)


def _resume_point(cfg: TrainConfig, resume: bool) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    out = Path(cfg.output_dir)
    last = get_last_checkpoint(str(out)) if out.is_dir() else None
    if resume:
        check_resume(cfg, out)
        if last is None:
            raise ConfigError(f"{out}: no checkpoint to resume from")
        return str(last)
    if last is not None:
        raise ConfigError(f"{out} already holds checkpoints; pass --resume to continue or choose a new output_dir")
    return None


def train(cfg: TrainConfig, resume: bool = False) -> dict[str, Any]:
    """Run the training; returns the report (also written to ``output_dir``/report.{json,md})."""
    # 1. Everything that can be wrong with the inputs is found before the model is loaded.
    schedule = load_schedule(cfg)
    tokenizer = load_tokenizer(cfg)
    tokens, dropped = check_lengths(schedule, tokenizer, cfg.max_length, drop=cfg.long_records == "drop")
    checkpoint = _resume_point(cfg, resume)
    out = Path(cfg.output_dir)
    save_config(cfg, out)
    # 2. The model and the trainer.
    model = load_model(cfg)
    log = PhaseLog(schedule, cfg.effective_batch)
    trainer = build_trainer(cfg, model, tokenizer, schedule, [phase_callback(log, out / "loss_log.jsonl")])
    # 3. Train, keep the adapter, and report.
    started = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=checkpoint)
    runtime = time.perf_counter() - started
    adapter = out / "adapter"
    trainer.save_model(str(adapter))
    tokenizer.save_pretrained(str(adapter))
    report = {
        "config": asdict(cfg), "records": len(schedule.chats), "dropped_too_long": dropped, "tokens": tokens,
        "phases": {name: end - start for name, start, end in schedule.phases}, "epochs": cfg.epochs,
        # What was actually trained on: max_steps can stop a run before its epochs are done.
        "epochs_done": round(float(trainer.state.epoch or 0), 4),
        "records_seen": min(result.global_step * cfg.effective_batch,
                            round(len(schedule.chats) * cfg.epochs)),
        "steps": result.global_step, "final_loss": log.rows[-1]["loss"] if log.rows else result.training_loss,
        "mean_loss": result.training_loss, "loss_by_phase": log.by_phase(), "runtime_s": round(runtime, 1),
        "steps_per_s": round(result.global_step / runtime, 4) if runtime else math.nan,
        "tokens_per_s": round(tokens * cfg.epochs / runtime, 1) if runtime and cfg.max_steps < 0 else None,
        "adapter": str(adapter), "resumed_from": checkpoint,
    }
    (out / "report.json").write_text(json.dumps(report, indent=2, default=str))
    (out / "report.md").write_text(render_report(report))
    return report


def render_report(report: dict[str, Any]) -> str:
    """The run's results table, shaped like the plan's."""
    phases = ", ".join(f"{p} {n:,}" for p, n in report["phases"].items())
    losses = ", ".join(f"{p} {v:.4f}" for p, v in report["loss_by_phase"].items())
    return "\n".join([
        "# Training report", "", "| measure | value |", "| --- | --- |",
        f"| base model | {report['config']['base_model']} |", f"| records | {report['records']:,} ({phases}; "
        f"{report['dropped_too_long']:,} longer than max_length left out) |",
        f"| tokens per epoch | {report['tokens']:,} |",
        f"| epochs | {report['epochs_done']:g} done of {report['epochs']} ({report['records_seen']:,} records seen) |",
        f"| optimizer steps | {report['steps']:,} |", f"| final loss | {report['final_loss']:.4f} |",
        f"| mean loss | {report['mean_loss']:.4f} |", f"| loss by phase | {losses or 'n/a'} |",
        f"| runtime | {report['runtime_s']:,.1f} s ({report['steps_per_s']} steps/s) |",
        f"| adapter | {report['adapter']} |", ""])
