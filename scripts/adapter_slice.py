"""The training slice for the embedded default's adapter: tool-use conversations plus a balanced slice of the
knowledge corpus, sized for a 2-core CPU (one epoch of the full curriculum there takes days).

    python scripts/adapter_slice.py --corpus data/corpus.jsonl --out runs/slice.jsonl \
        --tool-records 110 --knowledge-records 40 --max-tokens 1800 --seed 0

Tool-use records are taken round-robin over their templates (so every tool and recovery kind is seen), knowledge
records round-robin over the other three sources; both skip records over ``--max-tokens`` (training cost is
linear in tokens, and the tool-use records already carry ~1,000 tokens of tool schemas). The rows are shuffled
together so the sequential trainer does not end on one kind. Prints what it chose.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path
from typing import Any

TOOL_SOURCE = "tool_use_training_data.json"


def _round_robin(groups: dict[str, list[dict[str, Any]]], want: int, fits: Any) -> list[dict[str, Any]]:
    queues = {k: collections.deque(v) for k, v in sorted(groups.items())}
    chosen: list[dict[str, Any]] = []
    while len(chosen) < want and any(queues.values()):
        for queue in queues.values():
            while queue:
                row = queue.popleft()
                if fits(row):
                    chosen.append(row)
                    break
            if len(chosen) >= want:
                break
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True, help="corpus.jsonl from `elson data build`")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--tool-records", type=int, default=110)
    ap.add_argument("--knowledge-records", type=int, default=40)
    ap.add_argument("--max-tokens", type=int, default=1800, help="skip records longer than this (training template)")
    ap.add_argument("--tokenizer", default="smollm2", help="'smollm2' (the embedded default) or a model folder")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"error: {args.corpus}: no such corpus file")

    from transformers import AutoTokenizer

    from cli import _base_path
    from training.config import template_text
    from training.dataset import to_chat

    tok = AutoTokenizer.from_pretrained(_base_path(args.tokenizer))
    tok.chat_template = template_text("smollm2_training")

    def n_tokens(row: dict[str, Any]) -> int:
        text = tok.apply_chat_template(to_chat(row)["messages"], tokenize=False)
        return len(tok(text)["input_ids"])

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    random.Random(args.seed).shuffle(rows)
    tools: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    knowledge: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for row in rows:
        if row["source"] == TOOL_SOURCE:
            tools[str(row.get("template") or row["domain"])].append(row)
        else:
            knowledge[row["source"]].append(row)
    lengths: dict[str, int] = {}

    def fits(row: dict[str, Any]) -> bool:
        lengths[row["id"]] = n_tokens(row)
        return lengths[row["id"]] <= args.max_tokens

    chosen = _round_robin(tools, args.tool_records, fits) + _round_robin(knowledge, args.knowledge_records, fits)
    random.Random(args.seed + 1).shuffle(chosen)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in chosen:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_source = collections.Counter(r["source"] for r in chosen)
    total = sum(lengths[r["id"]] for r in chosen)
    print(f"wrote {len(chosen)} records ({dict(by_source)}), {total:,} tokens, "
          f"{len({r.get('template') for r in chosen if r['source'] == TOOL_SOURCE})} tool-use templates -> {args.out}")


if __name__ == "__main__":
    main()
