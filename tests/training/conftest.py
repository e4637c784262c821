"""A small generated corpus shared by the pipeline tests (3% of every source file, the same code as the full run)."""

from __future__ import annotations

from pathlib import Path

import pytest

SCALE = 0.03


@pytest.fixture(scope="session")
def small_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``<dir>/sources/*.json`` written by ``generate(scale=SCALE, seed=11)``; returns ``<dir>``."""
    from training.data.generate import generate

    root = tmp_path_factory.mktemp("corpus")
    generate(root / "sources", seed=11, scale=SCALE)
    return root
