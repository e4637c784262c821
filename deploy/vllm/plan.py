"""vLLM launch profiles and the arithmetic behind them: which checkpoint, how its weights and KV cache fit the
device, what that allows in concurrent sequences, an estimate of decode throughput, and the ``vllm serve`` line.

Everything here is checked before a process starts: an unknown profile, a missing checkpoint, a peft (DoRA)
adapter where a merged model belongs, or weights that the memory budget cannot hold are a :class:`DeployError`
with one line saying what to do.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

PROFILE_DIR = Path(__file__).parent / "profiles"
REFERENCE_DIR = Path(__file__).parent / "reference"
TOOLS_TEMPLATE = Path(__file__).parent / "templates" / "chatml_hermes_tools.jinja"
GIB = 1024**3

# Bytes per parameter of the quantized linear layers; embeddings and the LM head stay 16-bit in vLLM's FP8,
# AWQ and GPTQ paths. AWQ/GPTQ at group size 128 add a 16-bit scale and a packed zero point per group.
_LINEAR_BYTES = {"fp32": 4.0, "bf16": 2.0, "fp16": 2.0, "fp8": 1.0, "awq": 0.5 + 2.5 / 128, "gptq": 0.5 + 2.5 / 128}
_KV_BYTES = {"auto": 2, "fp8": 1}
# What vLLM's memory profiling finds besides weights and KV blocks: activations of one chunked-prefill batch,
# CUDA graphs and the CUDA context. Measured figures for 7-14B models sit around 1-2 GiB; 1.5 is our assumption.
_GPU_OVERHEAD_GIB = 1.5
_CPU_OVERHEAD_GIB = 0.5
# Decode reaches 60-75% of peak memory bandwidth in vLLM at moderate batch; the estimate uses 65%.
_BANDWIDTH_EFFICIENCY = 0.65


class DeployError(Exception):
    """A launch that cannot work, said in one line before anything starts."""


@dataclass(frozen=True)
class Profile:
    """One serving target: device, memory, the vLLM settings, and its price with the source of that price."""

    name: str
    description: str
    device: Literal["cuda", "cpu"]
    accelerator: str
    accelerators: int = field(metadata={"help": "GPUs (tensor parallel size)"})
    memory_gib: float = field(metadata={"help": "Memory per device (GPU) or the RAM budget (CPU)"})
    bandwidth_gb_s: float = field(metadata={"help": "Peak memory bandwidth per device, for the throughput estimate"})
    weights: Literal["fp32", "bf16", "fp16", "fp8", "awq", "gptq"]
    kv_cache_dtype: Literal["auto", "fp8"]
    max_model_len: int
    gpu_memory_utilization: float
    max_num_seqs: int
    spot: bool
    price_usd_per_hour: float
    price_source: str
    price_date: str
    reference_model: str = field(default="qwen2.5-14b-instruct", metadata={
        "help": "The model the tables assume (deploy/vllm/reference/<name>.json) when no checkpoint is given"})
    extra_args: tuple[str, ...] = field(default=(), metadata={"help": "More `vllm serve` flags, verbatim"})
    throughput_tok_s: float | None = field(default=None, metadata={"help": "A measured output tokens/s, if any"})
    throughput_source: str | None = None

    def __post_init__(self) -> None:
        if self.device not in ("cuda", "cpu"):
            raise DeployError(f"profile {self.name}: device must be cuda or cpu, not {self.device!r}")
        if self.weights not in _LINEAR_BYTES:
            raise DeployError(f"profile {self.name}: weights must be one of {', '.join(_LINEAR_BYTES)}")
        if self.kv_cache_dtype not in _KV_BYTES:
            raise DeployError(f"profile {self.name}: kv_cache_dtype must be auto or fp8")
        if not 0 < self.gpu_memory_utilization <= 1:
            raise DeployError(f"profile {self.name}: gpu_memory_utilization must be in (0, 1]")
        if self.max_model_len < 256 or self.max_num_seqs < 1 or self.accelerators < 1 or self.memory_gib <= 0:
            raise DeployError(f"profile {self.name}: max_model_len, max_num_seqs, accelerators, memory_gib too small")


def profile_names() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yaml"))


def load_profile(name: str) -> Profile:
    """A shipped profile by name (``l4``, ``l4-spot``, ``h100``, ``cpu``) or a YAML file with the same fields."""
    import yaml

    path = Path(name) if name.endswith((".yaml", ".yml")) else PROFILE_DIR / f"{name}.yaml"
    if not path.is_file():
        raise DeployError(f"no profile {name!r} (profiles: {', '.join(profile_names())})")
    values = yaml.safe_load(path.read_text()) or {}
    if not isinstance(values, dict):
        raise DeployError(f"{path}: expected a mapping of settings")
    unknown = sorted(set(values) - {f.name for f in dataclasses.fields(Profile)})
    if unknown:
        raise DeployError(f"{path}: unknown setting {unknown[0]!r}")
    try:
        return Profile(**{"name": path.stem, **values, "extra_args": tuple(values.get("extra_args") or ())})
    except TypeError as exc:
        raise DeployError(f"{path}: {exc}") from None


@dataclass(frozen=True)
class ModelShape:
    """What the memory arithmetic needs from a checkpoint's config.json."""

    name: str
    num_parameters: int
    embedding_parameters: int
    layers: int
    kv_heads: int
    head_dim: int
    weights_bytes: int | None = None  # measured from the checkpoint's files when there is one
    quantization: str | None = None  # the checkpoint's own quantization_config method, if any

    @property
    def kv_bytes_per_token(self) -> int:
        """K and V, every layer, every KV head, 16-bit."""
        return 2 * self.layers * self.kv_heads * self.head_dim * 2


def shape_from_config(config: dict[str, Any], name: str, weights_bytes: int | None = None) -> ModelShape:
    text = config.get("text_config", config)
    heads = int(text["num_attention_heads"])
    head_dim = int(text.get("head_dim") or text["hidden_size"] // heads)
    embed = int(text["vocab_size"]) * int(text["hidden_size"]) * (1 if text.get("tie_word_embeddings") else 2)
    params = int(config.get("num_parameters") or 0)
    if not params and weights_bytes:
        params = weights_bytes // _dtype_bytes(config)
    quant = (config.get("quantization_config") or {}).get("quant_method")
    return ModelShape(name=name, num_parameters=params, embedding_parameters=embed,
                      layers=int(text["num_hidden_layers"]), kv_heads=int(text.get("num_key_value_heads") or heads),
                      head_dim=head_dim, weights_bytes=weights_bytes, quantization=quant)


def _dtype_bytes(config: dict[str, Any]) -> int:
    dtype = str(config.get("dtype") or config.get("torch_dtype") or "bfloat16")
    return 4 if "32" in dtype else 2


def reference_shape(name: str = "qwen2.5-14b-instruct") -> ModelShape:
    """The plan's 14B base, from its published config, for tables without the checkpoint at hand."""
    config = json.loads((REFERENCE_DIR / f"{name}.json").read_text())
    return shape_from_config(config, name)


def check_checkpoint(folder: Path) -> ModelShape:
    """The merged model folder a profile serves; refuses what vLLM would fail on minutes later."""
    if not folder.exists():
        raise DeployError(f"{folder}: no such checkpoint folder (export one with `elson train merge`)")
    if not folder.is_dir():
        raise DeployError(f"{folder}: not a folder (vLLM serves a model folder with config.json and weights)")
    if (folder / "adapter_config.json").is_file():
        meta = json.loads((folder / "adapter_config.json").read_text())
        kind = "a DoRA adapter" if meta.get("use_dora") else "a peft adapter"
        raise DeployError(f"{folder}: is {kind}, not a merged model (vLLM cannot load DoRA): run `elson train "
                          f"merge --adapter {folder} --out <folder>` and serve that")
    if not (folder / "config.json").is_file():
        raise DeployError(f"{folder}: no config.json, so not a Hugging Face model folder")
    weights = sorted(folder.glob("*.safetensors"))
    if not weights:
        raise DeployError(f"{folder}: no *.safetensors weights")
    config = json.loads((folder / "config.json").read_text())
    return shape_from_config(config, folder.name, weights_bytes=sum(p.stat().st_size for p in weights))


@dataclass(frozen=True)
class MemoryPlan:
    """Weights + KV cache per token x context x sequences, per device, and what it leaves."""

    budget_gib: float
    weights_gib: float
    overhead_gib: float
    kv_gib: float
    kv_bytes_per_token: int
    kv_tokens: int
    max_concurrency: int  # full max_model_len sequences that fit at once
    seqs: int  # what vLLM will actually run: min(max_num_seqs, what fits at the mean context)


def weights_bytes(profile: Profile, shape: ModelShape) -> float:
    """Serving weight bytes in total: the measured files of a checkpoint quantized in the profile's format, else
    parameters x bytes per parameter of the profile's format (embeddings kept 16-bit when quantized). A 16-bit or
    fp32 checkpoint is counted in the profile's dtype, which is what vLLM loads it as."""
    fmt = profile.weights
    if shape.weights_bytes is not None and shape.quantization in _FORMATS.get(fmt, ()):
        return float(shape.weights_bytes)
    embed_bytes = 2.0 if _LINEAR_BYTES[fmt] < 2 else _LINEAR_BYTES[fmt]
    linear = shape.num_parameters - shape.embedding_parameters
    return linear * _LINEAR_BYTES[fmt] + shape.embedding_parameters * embed_bytes


# The quant_method values in config.json that each profile format accepts (vLLM reads the method from there).
_FORMATS = {"fp8": ("fp8", "compressed-tensors", "modelopt"), "awq": ("awq",), "gptq": ("gptq",)}


def check_format(profile: Profile, shape: ModelShape) -> None:
    """A quantized profile needs a checkpoint already quantized: vLLM's online ``--quantization fp8`` loads the
    16-bit weights first (vllm-project/vllm#4387, #7200), so a 14B bf16 checkpoint never reaches an L4 as FP8."""
    accepted = _FORMATS.get(profile.weights)
    if accepted is None:
        if shape.quantization is not None:
            raise DeployError(f"profile {profile.name} serves {profile.weights} weights but {shape.name} is "
                              f"quantized ({shape.quantization}); use a quantized profile")
        return
    if shape.quantization not in accepted:
        have = shape.quantization or "16-bit"
        raise DeployError(f"profile {profile.name} serves {profile.weights} weights but {shape.name} is {have}: "
                          f"quantize it first (e.g. llm-compressor FP8_DYNAMIC or AutoAWQ); vLLM's online "
                          f"quantization loads the 16-bit weights first, which do not fit")


def memory_plan(profile: Profile, shape: ModelShape, mean_context: int | None = None) -> MemoryPlan:
    """Per device: budget = memory x utilization; KV = budget - weights / tensor-parallel - overhead."""
    budget = profile.memory_gib * profile.gpu_memory_utilization
    weights = weights_bytes(profile, shape) / profile.accelerators / GIB
    overhead = _GPU_OVERHEAD_GIB if profile.device == "cuda" else _CPU_OVERHEAD_GIB
    kv_gib = budget - weights - overhead
    if kv_gib <= 0:
        need = weights + overhead
        raise DeployError(f"profile {profile.name}: {shape.name} needs {need:.1f} GiB per device for weights "
                          f"({profile.weights}) and overhead but the budget is {budget:.1f} GiB "
                          f"({profile.memory_gib:g} GiB x {profile.gpu_memory_utilization:g}); quantize the model "
                          f"or pick a bigger profile")
    per_token = shape.kv_bytes_per_token * _KV_BYTES[profile.kv_cache_dtype] // 2 // profile.accelerators
    tokens = int(kv_gib * GIB // per_token)
    if tokens < profile.max_model_len:
        raise DeployError(f"profile {profile.name}: the KV cache holds {tokens:,} tokens, less than one "
                          f"{profile.max_model_len:,}-token sequence; lower max_model_len or quantize")
    mean = mean_context or profile.max_model_len // 4
    return MemoryPlan(budget_gib=budget, weights_gib=weights, overhead_gib=overhead, kv_gib=kv_gib,
                      kv_bytes_per_token=per_token, kv_tokens=tokens,
                      max_concurrency=tokens // profile.max_model_len,
                      seqs=max(1, min(profile.max_num_seqs, tokens // mean)))


def decode_throughput(profile: Profile, shape: ModelShape, plan: MemoryPlan, mean_context: int | None = None
                      ) -> float:
    """Estimated output tokens/s at ``plan.seqs`` sequences: decode is memory-bound, so one step reads all
    weights once plus every running sequence's KV cache, at a fraction of peak bandwidth."""
    mean = mean_context or profile.max_model_len // 4
    step_bytes = plan.weights_gib * GIB + plan.seqs * mean * plan.kv_bytes_per_token
    step_s = step_bytes / (profile.bandwidth_gb_s * 1e9 * _BANDWIDTH_EFFICIENCY)
    return plan.seqs / step_s


def chat_template_for(folder: Path) -> Path | None:
    """The template vLLM must be given: none when the checkpoint's own renders ``tools``; our ChatML+Hermes one
    for a ChatML model whose template ignores them (SmolLM2); an error otherwise."""
    own = folder / "chat_template.jinja"
    text = own.read_text() if own.is_file() else ""
    if not text and (folder / "tokenizer_config.json").is_file():
        text = str(json.loads((folder / "tokenizer_config.json").read_text()).get("chat_template") or "")
    if "tools" in text:
        return None
    if "<|im_start|>" in text:
        return TOOLS_TEMPLATE
    raise DeployError(f"{folder}: its chat template does not render tools, and it is not ChatML; pass a template "
                      f"with --chat-template")


def vllm_argv(profile: Profile, model: Path, served_name: str, host: str, port: int,
              chat_template: Path | None) -> list[str]:
    """The ``vllm serve`` command line for ``profile``."""
    argv = ["vllm", "serve", str(model), "--served-model-name", served_name, "--host", host, "--port", str(port),
            "--enable-auto-tool-choice", "--tool-call-parser", "hermes",
            "--max-model-len", str(profile.max_model_len), "--max-num-seqs", str(profile.max_num_seqs),
            "--enable-prefix-caching"]
    if chat_template is not None:
        argv += ["--chat-template", str(chat_template)]
    if profile.device == "cuda":
        argv += ["--gpu-memory-utilization", str(profile.gpu_memory_utilization)]
        if profile.accelerators > 1:
            argv += ["--tensor-parallel-size", str(profile.accelerators)]
    else:
        argv += ["--dtype", "bfloat16" if profile.weights == "bf16" else "float32"]
    if profile.kv_cache_dtype == "fp8":
        argv += ["--kv-cache-dtype", "fp8"]
    return argv + list(profile.extra_args)


def vllm_env(profile: Profile, plan: MemoryPlan) -> dict[str, str]:
    """Environment for the server: the CPU backend sizes its KV cache from VLLM_CPU_KVCACHE_SPACE (GiB)."""
    if profile.device == "cpu":
        return {"VLLM_CPU_KVCACHE_SPACE": str(max(1, math.floor(plan.kv_gib))), "HF_HUB_OFFLINE": "1"}
    return {"HF_HUB_OFFLINE": "1"}
