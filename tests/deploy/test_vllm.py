"""vLLM launch profiles: the checks before start, the memory and cost arithmetic (recomputed here by hand), the
`vllm serve` line, and the ChatML+Hermes template agreeing with what the embedded engine renders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from deploy.cost import cost_row, throughput_from_file
from deploy.vllm.launch import prepare
from deploy.vllm.plan import (
    GIB,
    TOOLS_TEMPLATE,
    DeployError,
    check_checkpoint,
    check_format,
    load_profile,
    memory_plan,
    profile_names,
    reference_shape,
    weights_bytes,
)
from tools.callformat import AGENT_SYSTEM_PROMPT, to_hermes_messages

runner = CliRunner()

SMOL_CONFIG = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 576,
               "num_hidden_layers": 30, "num_attention_heads": 9, "num_key_value_heads": 3, "head_dim": 64,
               "vocab_size": 49152, "tie_word_embeddings": True, "dtype": "bfloat16"}
CHATML = ("{% for m in messages %}{{ '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}"
          "{% endfor %}")


def checkpoint(tmp_path: Path, weights: int = 1000, config: dict | None = None, template: str = CHATML) -> Path:
    folder = tmp_path / "merged"
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps(config or SMOL_CONFIG))
    (folder / "model.safetensors").write_bytes(b"\0" * weights)
    (folder / "chat_template.jinja").write_text(template)
    return folder


def test_shipped_profiles_load_and_fit_their_reference_model() -> None:
    assert profile_names() == ["cpu", "h100", "l4", "l4-spot"]
    for name in profile_names():
        profile = load_profile(name)
        plan = memory_plan(profile, reference_shape(profile.reference_model))
        assert plan.max_concurrency >= 1 and plan.kv_gib > 0


def test_l4_memory_arithmetic_by_hand() -> None:
    """14B on an L4: bf16 does not fit; FP8 linear layers with 16-bit embeddings and an FP8 KV cache do."""
    profile, shape = load_profile("l4"), reference_shape("qwen2.5-14b-instruct")
    embed = 152064 * 5120 * 2  # untied embeddings and LM head
    expected_weights = (14770033664 - embed) * 1 + embed * 2
    assert weights_bytes(profile, shape) == pytest.approx(expected_weights)
    plan = memory_plan(profile, shape)
    budget = 22.49 * 0.92
    kv = budget - expected_weights / GIB - 1.5
    per_token = 2 * 48 * 8 * 128 * 1  # K and V, 48 layers, 8 KV heads, head_dim 128, 1 byte (FP8)
    assert plan.kv_bytes_per_token == per_token
    assert plan.kv_tokens == int(kv * GIB // per_token)
    assert plan.max_concurrency == plan.kv_tokens // 8192
    bf16 = load_profile("h100").__class__(**{**profile.__dict__, "weights": "bf16", "kv_cache_dtype": "auto"})
    with pytest.raises(DeployError, match=r"needs 29\.0 GiB per device .* budget is 20\.7 GiB"):
        memory_plan(bf16, shape)


def test_checkpoint_checks(tmp_path: Path) -> None:
    with pytest.raises(DeployError, match="no such checkpoint folder"):
        check_checkpoint(tmp_path / "missing")
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"use_dora": True, "peft_type": "LORA"}))
    (adapter / "adapter_model.safetensors").write_bytes(b"\0")
    with pytest.raises(DeployError, match=r"is a DoRA adapter, not a merged model.*elson train merge"):
        check_checkpoint(adapter)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "config.json").write_text(json.dumps(SMOL_CONFIG))
    with pytest.raises(DeployError, match=r"no \*\.safetensors"):
        check_checkpoint(empty)
    shape = check_checkpoint(checkpoint(tmp_path, weights=4096))
    assert shape.weights_bytes == 4096 and shape.kv_bytes_per_token == 2 * 30 * 3 * 64 * 2


def test_quantized_profile_refuses_a_16_bit_checkpoint(tmp_path: Path) -> None:
    shape = check_checkpoint(checkpoint(tmp_path))
    with pytest.raises(DeployError, match="profile l4 serves fp8 weights but merged is 16-bit: quantize it first"):
        check_format(load_profile("l4"), shape)
    check_format(load_profile("h100"), shape)
    fp8 = {**SMOL_CONFIG, "quantization_config": {"quant_method": "compressed-tensors"}}
    check_format(load_profile("l4"), check_checkpoint(checkpoint(tmp_path / "q", config=fp8)))


def test_prepare_builds_the_serve_line(tmp_path: Path) -> None:
    launch = prepare("cpu", checkpoint(tmp_path), "smollm2", "0.0.0.0", 8123)
    argv = launch.argv
    assert argv[:3] == ["vllm", "serve", str(tmp_path / "merged")]
    for flag, value in [("--tool-call-parser", "hermes"), ("--served-model-name", "smollm2"),
                        ("--max-model-len", "4096"), ("--chat-template", str(TOOLS_TEMPLATE)), ("--port", "8123")]:
        assert argv[argv.index(flag) + 1] == value
    assert "--enable-auto-tool-choice" in argv and "--enable-prefix-caching" in argv
    assert "--gpu-memory-utilization" not in argv  # the CPU backend sizes its cache from the environment
    assert int(launch.env["VLLM_CPU_KVCACHE_SPACE"]) >= 1
    assert launch.health_url == "http://127.0.0.1:8123/health"


def test_a_template_that_renders_tools_is_kept(tmp_path: Path) -> None:
    folder = checkpoint(tmp_path, template="{% if tools %}{{ tools | tojson }}{% endif %}<|im_start|>")
    launch = prepare("cpu", folder, "m", "127.0.0.1", 8000)
    assert "--chat-template" not in launch.argv
    other = checkpoint(tmp_path / "x", template="[INST]{{ messages[0]['content'] }}[/INST]")
    with pytest.raises(DeployError, match="does not render tools, and it is not ChatML"):
        prepare("cpu", other, "m", "127.0.0.1", 8000)


def test_cost_arithmetic_by_hand(tmp_path: Path) -> None:
    row = cost_row(load_profile("l4-spot"), measured=250.0, measured_source="test")
    assert row.monthly == pytest.approx(0.25 * 730)
    assert row.per_million == pytest.approx(0.25 / (250 * 3600) * 1e6)
    estimate = cost_row(load_profile("h100"))
    assert estimate.tok_s_kind == "estimate" and "roofline" in estimate.tok_s_source
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"runs": [{"output_throughput": 12.5}, {"output_throughput": 40.0}]}))
    assert throughput_from_file(results) == 40.0
    results.write_text("{}")
    with pytest.raises(DeployError, match="no output_throughput"):
        throughput_from_file(results)


@pytest.mark.parametrize(("args", "message"), [
    (["deploy", "vllm", "--profile", "a100", "--model", "x"], "no profile 'a100' (profiles: cpu, h100, l4, l4-spot)"),
    (["deploy", "vllm", "--profile", "cpu", "--model", "/nonexistent/m"], "no such checkpoint folder"),
    (["deploy", "cost", "--throughput", "l4=fast"], "neither a number nor a .json file"),
    (["deploy", "cost", "--throughput", "l4"], "--throughput takes PROFILE=TOKENS_PER_S"),
    (["deploy", "plan", "--profile", "nope"], "no profile 'nope'"),
])
def test_cli_errors_are_one_line(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_dry_run_and_bf16_on_l4(tmp_path: Path) -> None:
    folder = checkpoint(tmp_path)
    ok = runner.invoke(app, ["deploy", "vllm", "--profile", "cpu", "--model", str(folder), "--dry-run"])
    assert ok.exit_code == 0, ok.output
    assert "vllm serve" in ok.output and "--tool-call-parser hermes" in ok.output
    refused = runner.invoke(app, ["deploy", "vllm", "--profile", "l4", "--model", str(folder), "--dry-run"])
    assert refused.exit_code == 2 and "quantize it first" in refused.output


TOOLS = [{"type": "function", "function": {"name": "calc.loan_payment", "description": "Payment é",
                                           "parameters": {"type": "object", "properties": {"p": {"type": "number"}}}}},
         {"type": "function", "function": {"name": "yfinance.quote", "description": "Quote",
                                           "parameters": {"type": "object"}}}]
CONVERSATIONS = [
    ([{"role": "user", "content": "hi"}], None),
    ([{"role": "system", "content": "S"}, {"role": "user", "content": "hi"}], None),
    ([{"role": "user", "content": "hi"}], TOOLS),
    ([{"role": "system", "content": AGENT_SYSTEM_PROMPT}, {"role": "user", "content": "pay?"},
      {"role": "assistant", "content": None, "tool_calls": [
          {"id": "a", "type": "function", "function": {"name": "calc.loan_payment", "arguments": {"p": 1.5, "n": "é"}}},
          {"id": "b", "type": "function", "function": {"name": "yfinance.quote", "arguments": {}}}]},
      {"role": "tool", "tool_call_id": "a", "content": "{\"x\": 1}"},
      {"role": "tool", "tool_call_id": "b", "content": "q"},
      {"role": "assistant", "content": "done"}, {"role": "user", "content": [{"type": "text", "text": "more"}]},
      {"role": "assistant", "content": "let me", "tool_calls": [
          {"id": "c", "type": "function",
           "function": {"name": "yfinance.quote", "arguments": "{\"symbol\": \"AAPL\"}"}}]},
      {"role": "tool", "tool_call_id": "c", "content": "r"}], TOOLS),
]


@pytest.mark.parametrize(("messages", "tools"), CONVERSATIONS)
def test_tools_template_renders_what_the_embedded_engine_renders(messages: list, tools: list | None) -> None:
    """vLLM hands the template parsed tool-call arguments; the embedded engine renders OpenAI messages (string
    arguments) through to_hermes_messages and the model's own ChatML template. Both must give the same text."""
    from transformers.utils.chat_template_utils import _compile_jinja_template

    smollm2 = (Path(__file__).parents[2] / "training" / "chat_templates" / "smollm2_training.jinja").read_text()
    smollm2 = smollm2.replace("{% generation %}", "").replace("{% endgeneration %}", "")
    ours = _compile_jinja_template(TOOLS_TEMPLATE.read_text())
    base = _compile_jinja_template(smollm2)
    openai_messages = json.loads(json.dumps(messages))
    for m in openai_messages:
        for call in m.get("tool_calls") or []:
            if not isinstance(call["function"]["arguments"], str):
                call["function"]["arguments"] = json.dumps(call["function"]["arguments"])
    expected = base.render(messages=to_hermes_messages(openai_messages, tools), add_generation_prompt=True)
    got = ours.render(messages=messages, tools=tools, add_generation_prompt=True)
    assert got == expected


@pytest.mark.parametrize("overlay", ["h100", "l4"])
def test_k8s_overlays_serve_with_their_profile_settings(overlay: str) -> None:
    """The Kubernetes vLLM flags are written by hand in kustomize literals; they must say what the profile says."""
    import yaml

    root = Path(__file__).parents[2] / "deploy" / "k8s"
    literals: dict[str, str] = {}
    for path in (root / "base" / "vllm" / "kustomization.yaml", root / "overlays" / overlay / "kustomization.yaml"):
        for gen in yaml.safe_load(path.read_text()).get("configMapGenerator", []):
            if gen["name"] == "vllm-config":
                literals.update(item.split("=", 1) for item in gen["literals"])
    profile = load_profile(overlay)
    assert int(literals["VLLM_MAX_MODEL_LEN"]) == profile.max_model_len
    assert float(literals["VLLM_GPU_MEMORY_UTILIZATION"]) == profile.gpu_memory_utilization
    assert int(literals["VLLM_MAX_NUM_SEQS"]) == profile.max_num_seqs
    assert literals["VLLM_KV_CACHE_DTYPE"] == profile.kv_cache_dtype
