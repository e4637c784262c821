"""The cost table: hourly and always-on monthly price per profile, and cost per million output tokens from a
throughput figure, each figure marked measured or estimated with its source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from deploy.vllm.plan import (
    DeployError,
    ModelShape,
    Profile,
    decode_throughput,
    load_profile,
    memory_plan,
    profile_names,
    reference_shape,
)

HOURS_PER_MONTH = 730  # 365 x 24 / 12


@dataclass(frozen=True)
class CostRow:
    profile: Profile
    model: str
    concurrency: int
    tok_s: float
    tok_s_kind: str  # "measured" or "estimate"
    tok_s_source: str

    @property
    def monthly(self) -> float:
        return self.profile.price_usd_per_hour * HOURS_PER_MONTH

    @property
    def per_million(self) -> float:
        """Dollars per million output tokens at full use of the figure's throughput."""
        return self.profile.price_usd_per_hour / (self.tok_s * 3600) * 1e6


def throughput_from_file(path: Path) -> float:
    """Output tokens/s from an ``elson bench serve`` results.json (the best sustained point of a sweep)."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise DeployError(f"{path}: not a readable results.json ({exc})") from None
    runs = data.get("runs") if isinstance(data, dict) else None
    raw = [r.get("output_throughput") for r in (runs or [data]) if isinstance(r, dict)]
    figures = [float(f) for f in raw if isinstance(f, int | float) and f > 0]
    if not figures:
        raise DeployError(f"{path}: no output_throughput in it (expected `elson bench serve` results)")
    return max(figures)


def cost_row(profile: Profile, shape: ModelShape | None = None, measured: float | None = None,
             measured_source: str | None = None) -> CostRow:
    """One row: a given measured figure wins, then the profile's own measured figure, else the roofline estimate."""
    shape = shape or reference_shape(profile.reference_model)
    plan = memory_plan(profile, shape)
    if measured is not None:
        return CostRow(profile, shape.name, plan.seqs, measured, "measured", measured_source or "given")
    if profile.throughput_tok_s is not None:
        return CostRow(profile, shape.name, plan.seqs, profile.throughput_tok_s, "measured",
                       profile.throughput_source or "profile")
    tok_s = decode_throughput(profile, shape, plan)
    source = (f"roofline: {plan.seqs} seqs x ({plan.weights_gib:.1f} GiB weights + KV at {profile.max_model_len // 4:,}"
              f" tokens each) per step at 65% of {profile.bandwidth_gb_s:,.0f} GB/s")
    return CostRow(profile, shape.name, plan.seqs, tok_s, "estimate", source)


def cost_rows(names: list[str] | None = None, throughput: dict[str, tuple[float, str]] | None = None
              ) -> list[CostRow]:
    rows = []
    for name in names or profile_names():
        given = (throughput or {}).get(name)
        rows.append(cost_row(load_profile(name), measured=given[0] if given else None,
                             measured_source=given[1] if given else None))
    return rows


def markdown(rows: list[CostRow]) -> str:
    """The README's table, with the price sources and throughput sources as numbered notes."""
    out = ["| profile | model | $/hour | $/month (730 h) | output tok/s | $/M output tokens |",
           "| --- | --- | ---: | ---: | ---: | ---: |"]
    notes = []
    for i, r in enumerate(rows, 1):
        kind = "measured" if r.tok_s_kind == "measured" else "estimate"
        out.append(f"| `{r.profile.name}` | {r.model} | {r.profile.price_usd_per_hour:.3f} [p{i}] | "
                   f"{r.monthly:,.0f} | {r.tok_s:,.0f} ({kind}) [t{i}] | {r.per_million:.2f} |")
        notes.append(f"- p{i}: {r.profile.price_source}, as of {r.profile.price_date}.")
        notes.append(f"- t{i}: {r.tok_s_source}.")
    return "\n".join(out) + "\n\n" + "\n".join(notes) + "\n"
