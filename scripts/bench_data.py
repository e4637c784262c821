#!/usr/bin/env python3
"""Data-pipeline benchmark: generate the full 40,993-record corpus, then build, bucket and sample all three
curriculum phases, with wall time and peak memory per stage.

    .venv/bin/python scripts/bench_data.py [--data-dir /tmp/elson-bench-data] [--skip-generate] [--target 15000]

Generation runs in its own process (reported separately: it executes every tool-use record's calls). Build,
buckets and curriculum run together in a second, fresh process, so its peak RSS is the pipeline's own; the goal
is build + curriculum ≤ 10 s and ≤ 1 GiB on this 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GENERATE = """
import json, resource, sys, time
from pathlib import Path
from training.data.generate import generate
t = time.perf_counter()
report = generate(Path(sys.argv[1]) / "sources", seed=0)
print(json.dumps({"generate_s": time.perf_counter() - t, "files": report.files,
                  "per_file_s": report.seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PIPELINE = """
import json, resource, sys, time
from pathlib import Path
from training.data.build import build
from training.data.buckets import write_buckets
from training.data.curriculum_run import run_curriculum
from training.data.schema import read_rows
root, target = Path(sys.argv[1]), int(sys.argv[2])
sources = sorted((root / "sources").glob("*.json"))
t0 = time.perf_counter()
report = build(sources, root)
t1 = time.perf_counter()
counts = write_buckets(read_rows(root / "corpus.jsonl"), root / "domain_buckets")
t2 = time.perf_counter()
results = run_curriculum(root / "domain_buckets", root / "curriculum_runs", ["A", "B", "C"], target, 0, False, "bench")
t3 = time.perf_counter()
print(json.dumps({"build_s": t1 - t0, "buckets_s": t2 - t1, "curriculum_s": t3 - t2, "total_s": t3 - t0,
                  "kept": report.kept, "rejected": report.rejected, "buckets": len(counts),
                  "phases": {r.plan.phase: sum(r.plan.tier_actual) for r in results},
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, *args: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode:
        sys.exit(f"bench_data: stage failed:\n{out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/elson-bench-data"))
    parser.add_argument("--skip-generate", action="store_true", help="reuse the sources already in --data-dir")
    parser.add_argument("--target", type=int, default=15_000, help="records per phase")
    args = parser.parse_args()
    print(f"# data pipeline benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, "
          f"python {sys.version.split()[0]})")
    print(f"# reproduce: .venv/bin/python scripts/bench_data.py --data-dir {args.data_dir} --target {args.target}")
    if not args.skip_generate:
        gen = run(GENERATE, str(args.data_dir))
        print(f"\ngenerate: {sum(gen['files'].values()):,} records in {gen['generate_s']:.1f} s, "  # type: ignore
              f"peak {gen['peak_mib']:.0f} MiB")
        for name, seconds in gen["per_file_s"].items():  # type: ignore[attr-defined]
            print(f"  {name}: {gen['files'][name]:,} in {seconds:.1f} s")  # type: ignore[index]
    pipe = run(PIPELINE, str(args.data_dir), str(args.target))
    print("\n| stage | seconds |\n|---|---|")
    for stage in ("build", "buckets", "curriculum", "total"):
        print(f"| {stage} | {pipe[f'{stage}_s']:.2f} |")
    print(f"\nkept {pipe['kept']:,}, rejected {pipe['rejected']:,}, {pipe['buckets']} buckets, phases "
          f"{pipe['phases']}; peak RSS {pipe['peak_mib']:.0f} MiB")
    ok = float(pipe["total_s"]) <= 10 and float(pipe["peak_mib"]) <= 1024  # type: ignore[arg-type]
    print(f"goal (build + buckets + curriculum ≤ 10 s, ≤ 1 GiB): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
