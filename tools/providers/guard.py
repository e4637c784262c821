"""Resilience in front of a live provider: a TTL cache, a per-call timeout and a circuit breaker.

A live data source is slow, rate-limited and sometimes down. :class:`GuardedProvider` wraps any
:class:`~tools.providers.base.Provider`:

- **TTL cache.** Identical calls within the TTL are answered from memory (quotes briefly, statements and profiles
  for longer), so an agent that asks for the same quote three times in one answer costs one upstream call.
- **Timeout.** Each call runs on a worker thread and is abandoned after ``timeout_s``: the caller gets a
  ``provider_unavailable`` error instead of hanging (yfinance has no overall deadline of its own).
- **Circuit breaker.** After ``failure_threshold`` consecutive outages (timeouts or
  :class:`~tools.errors.ProviderUnavailable`) the breaker opens and calls fail at once for ``cooldown_s``; then one
  trial call is let through (half-open) and its outcome closes or re-opens the breaker. Bad input (an unknown
  ticker) is the caller's problem, not an outage, and does not count.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from tools.errors import ProviderUnavailable, ToolError
from tools.providers.base import (
    Distributions,
    Interval,
    KeyStats,
    Period,
    PriceHistory,
    Profile,
    Provider,
    Quote,
    Statement,
    StatementKind,
    StatementPeriod,
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    """How long results live, how long a call may take and when the breaker opens."""

    quote_ttl_s: float = 15.0
    data_ttl_s: float = 3600.0
    timeout_s: float = 10.0
    failure_threshold: int = 5
    cooldown_s: float = 30.0
    max_entries: int = 1024


class CircuitBreaker:
    """Closed → open after ``threshold`` consecutive failures → half-open after ``cooldown_s`` → closed on success."""

    def __init__(self, threshold: int, cooldown_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold, self.cooldown_s, self._clock = threshold, cooldown_s, clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = False
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        """``closed``, ``open`` or ``half_open``."""
        with self._lock:
            if self._opened_at is None:
                return "closed"
            return "half_open" if self._clock() - self._opened_at >= self.cooldown_s else "open"

    def admit(self) -> float | None:
        """None when a call may go ahead; else the seconds until the breaker lets a trial call through."""
        with self._lock:
            if self._opened_at is None:
                return None
            wait = self.cooldown_s - (self._clock() - self._opened_at)
            if wait > 0 or self._trial:
                return max(wait, 0.0)
            self._trial = True  # exactly one trial call while half-open
            return None

    def record(self, ok: bool) -> None:
        with self._lock:
            self._trial = False
            if ok:
                self._failures, self._opened_at = 0, None
                return
            self._failures += 1
            if self._opened_at is not None or self._failures >= self.threshold:
                self._opened_at = self._clock()


class TTLCache:
    """A small LRU map whose entries expire; thread-safe."""

    def __init__(self, max_entries: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries, self._clock = max_entries, clock
        self._data: OrderedDict[tuple[Any, ...], tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple[Any, ...]) -> Any | None:
        with self._lock:
            entry = self._data.get(key)
            if entry is None or entry[0] <= self._clock():
                self._data.pop(key, None)
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return entry[1]

    def put(self, key: tuple[Any, ...], value: Any, ttl_s: float) -> None:
        if ttl_s <= 0:
            return
        with self._lock:
            self._data[key] = (self._clock() + ttl_s, value)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)


class GuardedProvider:
    """``inner`` behind a TTL cache, a per-call timeout and a circuit breaker (see the module docstring)."""

    def __init__(self, inner: Provider, policy: GuardPolicy = GuardPolicy(),
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.inner, self.policy = inner, policy
        self.name = inner.name
        self.cache = TTLCache(policy.max_entries, clock)
        self.breaker = CircuitBreaker(policy.failure_threshold, policy.cooldown_s, clock)
        # Abandoned (timed-out) calls keep their thread until the socket gives up; a few threads bound that.
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix=f"provider-{self.name}")

    def _call(self, key: tuple[Any, ...], ttl_s: float, fetch: Callable[[], T]) -> T:
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        wait = self.breaker.admit()
        if wait is not None:
            raise ProviderUnavailable(f"{self.name} is failing; not retrying for another {wait:.0f} s "
                                      "(use provider='snapshot' for offline data)")
        try:
            value = self._pool.submit(fetch).result(timeout=self.policy.timeout_s)
        except FutureTimeout:
            self.breaker.record(ok=False)
            raise ProviderUnavailable(f"{self.name} did not answer within {self.policy.timeout_s:g} s") from None
        except ProviderUnavailable:
            self.breaker.record(ok=False)
            raise
        except ToolError:
            self.breaker.record(ok=True)  # the source answered; the request was bad
            raise
        except Exception:
            self.breaker.record(ok=False)
            raise
        self.breaker.record(ok=True)
        self.cache.put(key, value, ttl_s)
        return value

    def quote(self, symbol: str) -> Quote:
        return self._call(("quote", symbol.upper()), self.policy.quote_ttl_s, lambda: self.inner.quote(symbol))

    def history(self, symbol: str, *, period: Period | None = None, start: date | None = None,
                end: date | None = None, interval: Interval = "1d") -> PriceHistory:
        key = ("history", symbol.upper(), period, start, end, interval)
        return self._call(key, self.policy.quote_ttl_s if start is None and end is None else self.policy.data_ttl_s,
                          lambda: self.inner.history(symbol, period=period, start=start, end=end, interval=interval))

    def statement(self, symbol: str, kind: StatementKind, period: StatementPeriod = "annual") -> Statement:
        return self._call(("statement", symbol.upper(), kind, period), self.policy.data_ttl_s,
                          lambda: self.inner.statement(symbol, kind, period))

    def profile(self, symbol: str) -> Profile:
        return self._call(("profile", symbol.upper()), self.policy.data_ttl_s, lambda: self.inner.profile(symbol))

    def distributions(self, symbol: str) -> Distributions:
        return self._call(("distributions", symbol.upper()), self.policy.data_ttl_s,
                          lambda: self.inner.distributions(symbol))

    def key_stats(self, symbol: str) -> KeyStats:
        return self._call(("key_stats", symbol.upper()), self.policy.quote_ttl_s, lambda: self.inner.key_stats(symbol))
