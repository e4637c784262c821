"""The outside tools the deploy tests run (promtool and prometheus from Debian, kubectl's kustomize,
kubernetes-validate). A missing one skips its tests, unless ``ELSON_REQUIRE_DEPLOY_TOOLS=1`` (``make test``, CI)
makes it fail, so a CI image without the tool cannot pass by skipping."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

REQUIRE_ENV = "ELSON_REQUIRE_DEPLOY_TOOLS"


def missing(what: str) -> NoReturn:
    """Skip (or, where required, fail) a test whose tool ``what`` is not installed."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{what} is not installed, and {REQUIRE_ENV}=1 requires it")
    pytest.skip(f"{what} is not installed")
