"""``elson data ...``: the data pipeline's commands. Each reads top to bottom: check arguments, run a stage, print
its table. Every error is one line on stderr with exit status 2; outputs are written atomically."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from clikit import fail, progress

data_app = typer.Typer(help="Training data: generate, build, classify, bucket and sample the curriculum.",
                       no_args_is_help=True)
DataDir = Annotated[Path, typer.Option("--data-dir", help="Working folder of the pipeline")]
DEFAULT_DIR = Path("data")


def _table(title: str, header: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for i, name in enumerate(header):
        table.add_column(name, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


@data_app.command()
def generate(
    data_dir: DataDir = DEFAULT_DIR,
    seed: Annotated[int, typer.Option(help="Random seed")] = 0,
    scale: Annotated[float, typer.Option(help="Fraction of the plan's counts (1 = the full 40,993)")] = 1.0,
) -> None:
    """Write the four source files with the plan's record counts, all unique."""
    from training.data.gen.common import GenerationError
    from training.data.generate import SOURCES, TOTAL, generate

    if not 0 < scale <= 1:
        fail(f"--scale must be in (0, 1], got {scale}")
    out = data_dir / "sources"
    started = time.perf_counter()
    try:
        with progress("generating", round(TOTAL * scale)) as advance:
            report = generate(out, seed=seed, scale=scale, advance=advance)
    except GenerationError as exc:
        fail(str(exc))
    rows = [[s.file, f"{report.files[s.file]:,}", s.purpose, f"{report.seconds[s.file]:.1f} s"] for s in SOURCES]
    _table(f"sources in {out}", ["file", "records", "purpose", "time"], rows)
    typer.echo(f"generated {sum(report.files.values()):,} records in {time.perf_counter() - started:.1f} s")


@data_app.command()
def build(
    sources: Annotated[list[Path] | None, typer.Argument(help="Source files (default: every *.json and *.jsonl "
                                                              "in <data-dir>/sources)")] = None,
    data_dir: DataDir = DEFAULT_DIR,
    keep_going: Annotated[bool, typer.Option(help="Reject records that do not fit the schema instead of "
                                                  "stopping")] = False,
) -> None:
    """Merge, deduplicate and validate the sources into corpus.jsonl, rejects.jsonl and build_report.md."""
    from training.data.build import build as run_build
    from training.data.schema import DataError

    paths = sources or sorted([*(data_dir / "sources").glob("*.json"), *(data_dir / "sources").glob("*.jsonl")])
    if not paths:
        fail(f"no source files in {data_dir / 'sources'} (run `elson data generate` or name them)")
    try:
        with progress("validating", None) as advance:
            report = run_build(paths, data_dir, keep_going=keep_going, advance=advance)
    except DataError as exc:
        fail(str(exc))
    rows = [[name, f"{n:,}", f"{report.by_source_kept[name]:,}"] for name, n in report.by_source_in.items()]
    _table("build", ["source", "in", "kept"], rows)
    typer.echo(f"in {report.total_in:,} = kept {report.kept:,} + rejected {report.rejected:,} "
               f"({dict(report.failed) or 'no rejects'}); {report.seconds:.2f} s; report: "
               f"{data_dir / 'build_report.md'}")


def _corpus(data_dir: Path, corpus: Path | None, reader: Callable[[Path], list[Any]] | None = None) -> list[Any]:
    """The validated corpus (``read_records`` unless another reader is given); a missing one says to build it."""
    from training.data.schema import DataError, read_records

    path = corpus or data_dir / "corpus.jsonl"
    try:
        return list((reader or read_records)(path))
    except DataError as exc:
        fail(f"{exc} (run `elson data build` first)" if not path.exists() else str(exc))


@data_app.command()
def buckets(
    data_dir: DataDir = DEFAULT_DIR,
    corpus: Annotated[Path | None, typer.Option(help="Validated corpus (default <data-dir>/corpus.jsonl)")] = None,
) -> None:
    """Split the corpus into domain_buckets/<domain>/<tier>.jsonl and print the bucket table."""
    from training.data.buckets import bucket_table, write_buckets
    from training.data.domains import TIERS
    from training.data.schema import read_rows

    counts = write_buckets(_corpus(data_dir, corpus, read_rows), data_dir / "domain_buckets")
    table = [[d, *(f"{n:,}" if n else "—" for n in per), f"{total:,}"] for d, per, total in bucket_table(counts)]
    _table(f"{len(counts)} buckets in {data_dir / 'domain_buckets'}", ["domain", *TIERS, "total"], table)


@data_app.command()
def curriculum(
    phase: Annotated[str, typer.Option(help="A, B, C or all")] = "all",
    target_records: Annotated[str, typer.Option(help="Records per phase, or 'all' for the whole corpus once")]
    = "15000",
    seed: Annotated[int, typer.Option(help="Random seed (same seed, byte-identical manifests)")] = 0,
    replacement: Annotated[bool, typer.Option(help="Allow a record to repeat within a phase")] = False,
    data_dir: DataDir = DEFAULT_DIR,
    stamp: Annotated[str | None, typer.Option(help="Run label in file names (default: UTC time)")] = None,
) -> None:
    """Sample Phase A/B/C manifests and merged files from the domain buckets into curriculum_runs/."""
    from training.data.curriculum_run import run_curriculum
    from training.data.schema import DataError

    phases = ["A", "B", "C"] if phase.lower() == "all" else [phase.upper()]
    if any(p not in ("A", "B", "C") for p in phases):
        fail(f"--phase must be A, B, C or all, not {phase!r}")
    target: int | None = None
    if target_records.lower() != "all":
        try:
            target = int(target_records.replace(",", "").replace("_", ""))
        except ValueError:
            fail(f"--target-records must be a number or 'all', not {target_records!r}")
    label = stamp or time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    try:
        results = run_curriculum(data_dir / "domain_buckets", data_dir / "curriculum_runs", phases, target, seed,
                                 replacement, label)
    except DataError as exc:
        fail(str(exc))
    for result in results:
        typer.echo(result.summary())


@data_app.command()
def classifier(
    data_dir: DataDir = DEFAULT_DIR,
    corpus: Annotated[Path | None, typer.Option(help="Labelled corpus (default <data-dir>/corpus.jsonl)")] = None,
    out: Annotated[Path | None, typer.Option(help="Model file (default <data-dir>/domain_classifier.joblib)")]
    = None,
    seed: Annotated[int, typer.Option(help="Random seed")] = 0,
) -> None:
    """Train the domain classifier on a labelled corpus and report its held-out accuracy."""
    from training.data.classify import save_classifier, train_classifier
    from training.data.schema import DataError

    records = _corpus(data_dir, corpus)
    try:
        model, report = train_classifier(records, seed=seed)
    except DataError as exc:
        fail(str(exc))
    path = out or data_dir / "domain_classifier.joblib"
    save_classifier(model, path)
    typer.echo(f"domain classifier: {report.records:,} records, {report.domains} domains, {report.seconds:.1f} s\n"
               f"  accuracy on a random 10% held out: {report.random_accuracy:.2%} ({report.random_holdout:,})\n"
               f"  accuracy on unseen templates: {report.template_accuracy:.2%} ({report.template_holdout:,})\n"
               f"  saved to {path}")


@data_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="Alpaca file: JSON array or JSONL of instruction/input/output")],
    out: Annotated[Path, typer.Option(help="Where to write the source file (JSONL)")],
    source: Annotated[str | None, typer.Option(help="Source name recorded on each record (default: file name)")]
    = None,
    classifier_path: Annotated[Path | None, typer.Option("--classifier", help="Domain classifier for records "
                                                                              "without a domain")] = None,
) -> None:
    """Convert a user's Alpaca file into a source file that `elson data build` accepts."""
    from collections import Counter

    from training.data.importer import import_alpaca
    from training.data.schema import DataError, write_jsonl

    try:
        records = import_alpaca(file, source or file.name, classifier_path)
    except DataError as exc:
        fail(str(exc))
    n = write_jsonl(out, records)
    top = ", ".join(f"{d} {c}" for d, c in Counter(r.domain for r in records).most_common(5))
    typer.echo(f"imported {n:,} records into {out}; top domains: {top}")


@data_app.command()
def export(
    out: Annotated[Path, typer.Option(help="SFT chat file to write (JSONL of {'messages': [...]})")],
    data_dir: DataDir = DEFAULT_DIR,
    corpus: Annotated[Path | None, typer.Option(help="Records to export (default <data-dir>/corpus.jsonl; a "
                                                     "merged_phase file works too)")] = None,
) -> None:
    """Export records in SFT chat format for training."""
    from training.data.importer import export_sft

    records = _corpus(data_dir, corpus)
    n = export_sft(records, out)
    typer.echo(f"exported {n:,} conversations to {out}")
