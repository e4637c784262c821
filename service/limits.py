"""Admission control: a concurrency cap with a bounded wait queue (429 + ``Retry-After`` when both are full),
and the request-body size limit (413)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.requests import Request

from service import metrics
from service.exceptions import PayloadTooLarge, RateLimited


class ConcurrencyLimiter:
    """At most ``max_concurrency`` requests run; up to ``max_queue`` more wait in FIFO order; the rest get 429.

    ``acquire`` returns an idempotent release callable, because a streamed response holds its slot until the
    last byte is sent, long after the route function returned.
    """

    def __init__(self, max_concurrency: int, max_queue: int, retry_after_s: int = 1) -> None:
        self._sem = asyncio.Semaphore(max_concurrency)
        self._max_queue = max_queue
        self._waiting = 0
        self._retry_after = str(retry_after_s)

    @property
    def waiting(self) -> int:
        return self._waiting

    async def acquire(self) -> Callable[[], None]:
        if self._sem.locked():
            if self._waiting >= self._max_queue:
                metrics.REJECTED.labels("queue_full").inc()
                raise RateLimited("the server is at capacity; retry shortly",
                                  headers={"Retry-After": self._retry_after})
            self._waiting += 1
            metrics.WAITING.inc()
            try:
                await self._sem.acquire()
            finally:
                self._waiting -= 1
                metrics.WAITING.dec()
        else:
            await self._sem.acquire()
        metrics.RUNNING.inc()
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                metrics.RUNNING.dec()
                self._sem.release()

        return release


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) anything over ``limit`` bytes without reading it all into memory."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        metrics.REJECTED.labels("body_too_large").inc()
        raise PayloadTooLarge(f"request body is {declared} bytes; the limit is {limit}")
    parts: list[bytes] = []
    size = 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            metrics.REJECTED.labels("body_too_large").inc()
            raise PayloadTooLarge(f"request body exceeds the limit of {limit} bytes")
        parts.append(part)
    return b"".join(parts)
