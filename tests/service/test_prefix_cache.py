"""The prefix cache and the prefill schedule on a fake KV state (no model)."""

from __future__ import annotations

import itertools

import torch

from service.engines.backends import KVState
from service.engines.prefix_cache import PrefixCache, common_prefix
from service.engines.worker import prefill_chunks


class FakeState(KVState):
    """Holds tokens; every token costs 10 bytes."""

    def __init__(self) -> None:
        super().__init__()
        self.passes: list[int] = []

    def _forward(self, ids: list[int]) -> torch.Tensor:
        self.passes.append(len(ids))
        return torch.zeros(1, 4)

    def _truncate(self, length: int) -> None:
        pass

    @property
    def nbytes(self) -> int:
        return 10 * len(self.tokens)


def filled(tokens: list[int]) -> FakeState:
    state = FakeState()
    state.extend(tokens)
    return state


def test_common_prefix() -> None:
    assert common_prefix([1, 2, 3], [1, 2, 4]) == 2
    assert common_prefix([1, 2], [1, 2, 3]) == 2
    assert common_prefix([], [1]) == 0 and common_prefix([5], [6]) == 0


def test_only_batched_tokens_are_reusable() -> None:
    state = filled([1, 2, 3, 4])
    state.extend([5])  # a decode step: single-token kernels, not reusable
    state.extend([6])
    assert state.reusable == 4 and state.tokens == [1, 2, 3, 4, 5, 6]
    state.extend([7, 8])  # batched, but after an unreusable gap
    assert state.reusable == 4
    state.rewind(3)
    assert state.reusable == 3 and state.tokens == [1, 2, 3]


def test_acquire_takes_the_longest_match_and_leaves_two_tokens_to_compute() -> None:
    cache = PrefixCache(10_000, FakeState)
    short, long = filled([1, 2, 9]), filled([1, 2, 3, 4, 5, 6])
    cache.release(short)
    cache.release(long)
    state, reused = cache.acquire([1, 2, 3, 4, 5, 6])  # identical prompt: still computes the last two
    assert state is long and reused == 4 and state.tokens == [1, 2, 3, 4]
    assert cache.entries == 1 and cache.hit_tokens == 4 and cache.query_tokens == 6


def test_no_match_allocates_and_eviction_is_lru_by_bytes() -> None:
    made: list[FakeState] = []

    def new() -> FakeState:
        made.append(FakeState())
        return made[-1]

    cache = PrefixCache(100, new)
    a, b = filled([1] * 4), filled([2] * 4)
    cache.release(a)
    cache.release(b)  # 80 bytes idle
    state, reused = cache.acquire([3, 3, 3])
    assert reused == 0 and state is made[0]
    cache.release(filled([4] * 5))  # 130 bytes: the oldest (a) goes
    assert cache.entries == 2 and cache.idle_bytes == 90
    assert cache.acquire([1, 1, 1, 1, 1])[1] == 0  # a's prefix is gone


def test_a_full_budget_recycles_the_oldest_state_instead_of_allocating() -> None:
    cache = PrefixCache(100, FakeState, new_state_bytes=60)
    old = filled([1] * 5)
    cache.release(old)
    state, reused = cache.acquire([7, 7, 7])
    assert state is old and reused == 0 and state.tokens == []


def test_zero_budget_keeps_nothing() -> None:
    cache = PrefixCache(0, FakeState)
    cache.release(filled([1, 2, 3]))
    assert cache.entries == 0


def test_prefill_chunks_never_leave_a_single_token_pass() -> None:
    assert prefill_chunks(1) == [(0, 1)]
    assert prefill_chunks(5, size=4) == [(0, 3), (3, 5)]
    assert prefill_chunks(8, size=4) == [(0, 4), (4, 8)]
    for n in range(2, 40):
        spans = prefill_chunks(n, size=4)
        assert spans[0][0] == 0 and spans[-1][1] == n
        assert all(end - start >= 2 for start, end in spans)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
