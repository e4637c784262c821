"""The live-provider guard: TTL cache, per-call timeout and circuit breaker, on a fake provider and a fake clock."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from tools.errors import ProviderUnavailable, ToolInputError
from tools.providers.base import Quote, Statement
from tools.providers.guard import CircuitBreaker, GuardedProvider, GuardPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FlakySource:
    """A provider whose behaviour the test sets: answer, fail with an outage, reject the symbol, or hang."""

    name = "flaky"

    def __init__(self) -> None:
        self.mode = "ok"
        self.calls = 0
        self.release = threading.Event()

    def quote(self, symbol: str) -> Quote:
        self.calls += 1
        if self.mode == "down":
            raise ProviderUnavailable("source down")
        if self.mode == "bad":
            raise ToolInputError(f"unknown symbol {symbol}")
        if self.mode == "hang":
            self.release.wait(5)
        return Quote(symbol=symbol, price=100.0 + self.calls, source="flaky", as_of=date(2025, 1, 2))

    def statement(self, symbol: str, kind: str, period: str = "annual") -> Statement:
        self.calls += 1
        return Statement(symbol=symbol, kind="income", period="annual", period_ends=[date(2024, 12, 31)],
                         items={"Revenue": [1.0]}, source="flaky", as_of=date(2024, 12, 31))


def guarded(**policy: float) -> tuple[GuardedProvider, FlakySource, Clock]:
    source, clock = FlakySource(), Clock()
    return GuardedProvider(source, GuardPolicy(**policy), clock=clock), source, clock  # type: ignore[arg-type]


def test_repeated_calls_within_the_ttl_reach_the_source_once() -> None:
    provider, source, clock = guarded(quote_ttl_s=15, data_ttl_s=3600)
    first = provider.quote("AAPL")
    assert provider.quote("aapl") == first and source.calls == 1
    clock.now += 16  # the quote expired; the statement (longer TTL) would not have
    assert provider.quote("AAPL").price == 102.0 and source.calls == 2
    provider.statement("AAPL", "income")
    clock.now += 600
    provider.statement("AAPL", "income")
    assert source.calls == 3 and provider.cache.hits == 2


def test_bad_input_is_not_cached_and_does_not_trip_the_breaker() -> None:
    provider, source, _ = guarded(failure_threshold=2)
    source.mode = "bad"
    for _ in range(3):
        with pytest.raises(ToolInputError):
            provider.quote("NOPE")
    assert source.calls == 3 and provider.breaker.state == "closed"


def test_the_breaker_opens_after_consecutive_outages_and_fails_fast() -> None:
    provider, source, clock = guarded(failure_threshold=3, cooldown_s=30)
    source.mode = "down"
    for _ in range(3):
        with pytest.raises(ProviderUnavailable, match="source down"):
            provider.quote("AAPL")
    assert provider.breaker.state == "open"
    with pytest.raises(ProviderUnavailable, match="not retrying for another 30 s"):
        provider.quote("AAPL")
    assert source.calls == 3  # the open breaker did not call the source
    clock.now += 31
    assert provider.breaker.state == "half_open"
    with pytest.raises(ProviderUnavailable, match="source down"):  # the one trial call fails: open again
        provider.quote("AAPL")
    assert provider.breaker.state == "open" and source.calls == 4
    clock.now += 31
    source.mode = "ok"
    assert provider.quote("AAPL").price > 0 and provider.breaker.state == "closed"


def test_a_hanging_source_times_out_and_counts_as_an_outage() -> None:
    provider, source, _ = guarded(timeout_s=0.2, failure_threshold=1)
    source.mode = "hang"
    try:
        with pytest.raises(ProviderUnavailable, match=r"did not answer within 0.2 s"):
            provider.quote("AAPL")
        assert provider.breaker.state == "open"
    finally:
        source.release.set()


def test_half_open_lets_exactly_one_trial_through() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=1, cooldown_s=10, clock=clock)
    breaker.record(ok=False)
    assert breaker.admit() == 10
    clock.now += 10
    assert breaker.admit() is None  # the trial
    assert breaker.admit() == 0  # a second caller while the trial runs is refused
    breaker.record(ok=True)
    assert breaker.admit() is None and breaker.state == "closed"
