"""Reuse of computed prompt prefixes across requests: the system prompt and rendered tools (often 1,000 tokens)
are the same for many requests, and an agent's next turn extends its previous prompt and reply.

Idle KV states are kept after their request finishes, most recently used last, within a byte budget. A new
request takes the idle state that shares the longest token prefix with its prompt, rewinds it to that prefix and
computes only the rest. The match is on exact token ids (compared, not hashed, so there are no collisions); with a
handful of idle states the scan costs microseconds. A state is used by one request at a time: it leaves the idle
set while it decodes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from service.engines.backends import KVState


def common_prefix(a: list[int], b: list[int]) -> int:
    """Length of the longest common prefix of two token lists."""
    m = min(len(a), len(b))
    if m == 0:
        return 0
    diff = np.flatnonzero(np.asarray(a[:m]) != np.asarray(b[:m]))
    return int(diff[0]) if diff.size else m


class PrefixCache:
    """Idle :class:`KVState` objects, LRU-evicted beyond ``budget_bytes`` (0 keeps none: every request is cold).

    ``new_state_bytes`` is what a fresh state will hold: states are recycled instead of allocated when a new one
    would not fit the budget.
    """

    def __init__(self, budget_bytes: int, new_state: Callable[[], KVState], new_state_bytes: int = 0) -> None:
        self.budget_bytes = budget_bytes
        self._new_state = new_state
        self._new_bytes = new_state_bytes
        self._idle: list[KVState] = []  # least recently used first
        self._lock = threading.Lock()
        self.query_tokens = 0  # prompt tokens looked up
        self.hit_tokens = 0  # of which were reused
        self.hits = 0  # requests that reused at least one token

    @property
    def idle_bytes(self) -> int:
        """Memory held by idle states now."""
        return sum(state.nbytes for state in self._idle)

    @property
    def entries(self) -> int:
        """Idle states held now."""
        return len(self._idle)

    def acquire(self, prompt: list[int]) -> tuple[KVState, int]:
        """A state for ``prompt`` and how many of its leading tokens it already holds. At least the last two
        tokens are left to compute, so the caller's pass is batched like a cold run's (see
        :class:`~service.engines.backends.KVState`). The state is rewound to that length; it is the caller's until
        :meth:`release`."""
        with self._lock:
            best, best_len = None, 0
            for state in self._idle:
                n = min(common_prefix(state.tokens, prompt), state.reusable)
                if n > best_len:
                    best, best_len = state, n
            reuse = min(best_len, len(prompt) - 2)  # compute >= 2 tokens: a batched pass, like a cold run
            if best is not None and reuse > 0:
                self._idle.remove(best)
            elif self._idle and self.idle_bytes + self._new_bytes > self.budget_bytes:
                best, reuse = self._idle.pop(0), 0  # recycle the oldest rather than allocate past the budget
            else:
                best, reuse = None, 0
            self.query_tokens += len(prompt)
            self.hit_tokens += reuse
            self.hits += reuse > 0
        state = best if best is not None else self._new_state()
        state.rewind(reuse)
        return state, reuse

    def release(self, state: KVState) -> None:
        """Return a state whose ``tokens`` are accurate; evicts least recently used states beyond the budget."""
        with self._lock:
            self._idle.append(state)
            while self._idle and self.idle_bytes > self.budget_bytes:
                self._idle.pop(0)

    def clear(self) -> None:
        """Drop every idle state."""
        with self._lock:
            self._idle.clear()
