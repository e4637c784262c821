"""Elson's own OpenBB provider extension: OpenBB's standard equity models served from the project's data providers.

openbb-core discovers providers through the ``openbb_provider_extension`` entry-point group; ``pyproject.toml``
registers :data:`elson_provider` there under the name ``elson``. OpenBB routers (``openbb-equity``) then route
``/equity/price/quote``, ``/equity/price/historical``, ``/equity/fundamental/{income,balance,cash}`` and
``/equity/profile`` with ``provider="elson"`` to the fetchers in :mod:`tools.openbb_ext.fetchers`, which read
from :func:`tools.yahoo_tools.get_provider` (the offline snapshot by default, or live Yahoo) and map our wire
models onto OpenBB's standard models.

Importing this package imports openbb-core; only OpenBB's extension loader (and :mod:`tools.openbb_tools`, lazily,
on first call) should do that.
"""

from openbb_core.provider.abstract.provider import Provider

from tools.openbb_ext.fetchers import (
    ElsonBalanceSheetFetcher,
    ElsonCashFlowStatementFetcher,
    ElsonEquityHistoricalFetcher,
    ElsonEquityInfoFetcher,
    ElsonEquityQuoteFetcher,
    ElsonIncomeStatementFetcher,
)

PROVIDER_NAME = "elson"

elson_provider = Provider(
    name=PROVIDER_NAME,
    description="Elson's market-data layer: the offline snapshot shipped with the package (default) or live "
                "Yahoo Finance, as configured by ELSON_DATA_PROVIDER.",
    credentials=None,
    fetcher_dict={
        "EquityQuote": ElsonEquityQuoteFetcher,
        "EquityHistorical": ElsonEquityHistoricalFetcher,
        "IncomeStatement": ElsonIncomeStatementFetcher,
        "BalanceSheet": ElsonBalanceSheetFetcher,
        "CashFlowStatement": ElsonCashFlowStatementFetcher,
        "EquityInfo": ElsonEquityInfoFetcher,
    },
    repr_name="Elson (snapshot / Yahoo Finance)",
)

__all__ = ["PROVIDER_NAME", "elson_provider"]
