"""Build the snapshot the project ships (``tools/data/snapshot``) from real recorded Yahoo Finance responses.

    .venv/bin/python scripts/build_snapshot.py            # writes tools/data/snapshot/AAPL

The recorded responses (``../shared/fixtures/yahoo_cassettes``: Yahoo answers for AAPL recorded on 2025-12-22/23
by OpenBB's test suite, see that folder's README) are replayed through yfinance's own parsing code by the strict
replay session of ``tests/fakes/yahoo.py``; :func:`tools.providers.snapshot.write_snapshot` then writes the
project's own format. Only figures (facts: prices, statement values) end up in the project, never the recordings.
Users refresh or extend the snapshot from the live provider with ``elson tools snapshot record TICKER...``.
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.yahoo import replay_ticker  # noqa: E402
from tools.providers.snapshot import DEFAULT_ROOT, write_snapshot  # noqa: E402
from tools.providers.yahoo import YahooProvider  # noqa: E402

CASSETTES = [f"test_y_finance_{c}_fetcher_curl.yaml" for c in (
    "equity_quote", "key_metrics", "equity_historical", "income_statement", "balance_sheet",
    "cash_flow_statement", "equity_profile")]  # equity_profile last: .info needs its trailingPegRatio series


def main() -> None:
    """Replay the AAPL recordings and write the shipped snapshot."""
    warnings.simplefilter("ignore")  # pandas deprecation noise from inside yfinance
    with tempfile.TemporaryDirectory() as tz:
        live = YahooProvider(ticker_factory=lambda s: replay_ticker(s, *CASSETTES, tz_cache=Path(tz)))
        out = write_snapshot(DEFAULT_ROOT, live, "AAPL", history_period="max",
                             note="Yahoo Finance responses recorded 2025-12-22/23 (OpenBB test recordings), "
                                  "replayed through yfinance by scripts/build_snapshot.py")
    print(f"wrote {out}: {', '.join(sorted(p.name for p in out.iterdir()))}")


if __name__ == "__main__":
    main()
