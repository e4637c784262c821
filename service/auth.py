"""Bearer API keys. Keys are compared in constant time and never logged."""

from __future__ import annotations

import hmac

from fastapi import Request

from service.deps import SettingsDep
from service.exceptions import Unauthorized


async def require_api_key(request: Request, settings: SettingsDep) -> None:
    """Accept the request if no keys are configured, or if its bearer token matches one of them."""
    if not settings.api_keys:
        return
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("missing bearer API key (Authorization: Bearer <key>)")
    presented = token.strip().encode()
    # Compare against every key, without stopping early, so timing does not reveal which key matched.
    matched = False
    for key in settings.api_keys:
        matched |= hmac.compare_digest(presented, key.get_secret_value().encode())
    if not matched:
        raise Unauthorized("invalid API key")
