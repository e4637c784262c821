"""Upstream replicas: least-outstanding-requests balancing and active plus passive health checks.

The pool is plain bookkeeping on the event loop (no locks: every mutation happens between awaits). Health has two
sources: a background task that GETs ``/health`` (and refreshes the served model ids from ``/v1/models``) every
``health_interval_s``, and :meth:`UpstreamPool.mark_down`, which the engine calls the moment a connection to a
replica fails. A replica marked down comes back only when an active check passes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field

import aiohttp
import orjson

from service import metrics

log = logging.getLogger(__name__)


@dataclass(slots=True, eq=False)
class Replica:
    """One upstream server, addressed by its base URL (no ``/v1``)."""

    url: str
    healthy: bool = False
    outstanding: int = 0
    model_ids: list[str] = field(default_factory=list)
    chat_url: str = ""

    def __post_init__(self) -> None:
        self.chat_url = f"{self.url}/v1/chat/completions"


class UpstreamPool:
    """The replicas of one engine, with the balancing and health state shared by every request."""

    def __init__(self, urls: list[str], *, health_interval_s: float) -> None:
        self.replicas = [Replica(url) for url in urls]
        self._interval = health_interval_s
        # Short, so one hung replica cannot stall a check round for long; never below 1 s so a busy (but alive)
        # server is not flapped down.
        self._check_timeout = aiohttp.ClientTimeout(total=max(1.0, min(5.0, health_interval_s)))
        self._rr = 0
        self._task: asyncio.Task[None] | None = None
        # Bound metric children: ``labels()`` costs a dict lookup and a lock per call on the hot path.
        self._outstanding_gauges = {r.url: metrics.UPSTREAM_OUTSTANDING.labels(r.url) for r in self.replicas}
        for replica in self.replicas:
            metrics.UPSTREAM_HEALTHY.labels(replica.url).set(0)
            self._outstanding_gauges[replica.url].set(0)

    # --- balancing -------------------------------------------------------------------------------------------
    def pick(self, tried: list[Replica]) -> Replica | None:
        """The replica for the next attempt: fewest outstanding requests, ties broken round-robin.

        Healthy replicas not yet ``tried`` come first. When none is left the pick widens, first to untried
        replicas marked down, then to every replica: health state can be stale (a replica restarted since the last
        check), and trying a replica believed down costs one refused connection, where refusing outright would turn
        a stale view into a total outage. ``None`` only when no upstream is configured.
        """
        replicas = self.replicas
        n = len(replicas)
        if n == 0:
            return None
        start = self._rr
        self._rr = (start + 1) % n
        best: Replica | None = None
        best_key = (3, 0)
        for i in range(n):
            replica = replicas[(start + i) % n]
            tier = 2 if replica in tried else (0 if replica.healthy else 1)
            key = (tier, replica.outstanding)
            if key < best_key:
                best, best_key = replica, key
        return best

    def acquire(self, replica: Replica) -> None:
        """Count a request in flight on ``replica``."""
        replica.outstanding += 1
        self._outstanding_gauges[replica.url].set(replica.outstanding)

    def release(self, replica: Replica) -> None:
        """Undo :meth:`acquire`."""
        replica.outstanding -= 1
        self._outstanding_gauges[replica.url].set(replica.outstanding)

    # --- health ----------------------------------------------------------------------------------------------
    def ready(self) -> bool:
        """True when at least one replica passes health checks."""
        return any(r.healthy for r in self.replicas)

    def model_ids(self) -> list[str]:
        """Union of the model ids served by healthy replicas, in first-seen order."""
        seen: dict[str, None] = {}
        for replica in self.replicas:
            if replica.healthy:
                seen.update(dict.fromkeys(replica.model_ids))
        return list(seen)

    def mark_down(self, replica: Replica, why: str) -> None:
        """Take ``replica`` out of rotation until an active health check passes."""
        if replica.healthy:
            log.warning("upstream %s marked down: %s", replica.url, why)
        replica.healthy = False
        metrics.UPSTREAM_HEALTHY.labels(replica.url).set(0)

    def _mark_up(self, replica: Replica) -> None:
        if not replica.healthy:
            log.info("upstream %s is healthy", replica.url)
        replica.healthy = True
        metrics.UPSTREAM_HEALTHY.labels(replica.url).set(1)

    async def check_all(self, session: aiohttp.ClientSession) -> None:
        """One active check round over every replica, concurrently."""
        await asyncio.gather(*(self._check(session, r) for r in self.replicas))

    async def _check(self, session: aiohttp.ClientSession, replica: Replica) -> None:
        try:
            async with session.get(f"{replica.url}/health", timeout=self._check_timeout) as resp:
                ok = resp.status == 200
                await resp.read()
            if not ok:
                self.mark_down(replica, f"/health answered HTTP {resp.status}")
                return
            async with session.get(f"{replica.url}/v1/models", timeout=self._check_timeout) as resp:
                body = await resp.read()
                if resp.status == 200:
                    replica.model_ids = [str(m["id"]) for m in orjson.loads(body).get("data", [])]
        except (aiohttp.ClientError, TimeoutError) as exc:
            self.mark_down(replica, f"health check failed: {type(exc).__name__}")
            return
        except (ValueError, KeyError, TypeError, AttributeError):
            # A replica that is up but lists models oddly is still up; keep the last good list.
            log.warning("upstream %s returned an unreadable /v1/models", replica.url)
        self._mark_up(replica)

    def start(self, session: aiohttp.ClientSession) -> None:
        """Start the periodic health-check task."""
        if self._task is None:
            self._task = asyncio.create_task(self._loop(session), name="elson-upstream-health")

    async def stop(self) -> None:
        """Stop the health-check task."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self, session: aiohttp.ClientSession) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.check_all(session)
            except Exception:  # the loop must outlive any one bad round
                log.exception("upstream health round failed")
