"""FastAPI dependencies, as ``Annotated`` aliases.

All are ``async def`` on purpose: FastAPI runs a plain ``def`` dependency in a worker thread, a thread hop on every
request. The app's settings are the ``Settings`` it was built with (``create_app``), stored on ``app.state``;
``dependency_overrides`` would make FastAPI rebuild the dependency graph on every request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from service.settings import Settings

if TYPE_CHECKING:
    from service.chat import Gateway


async def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_gateway(request: Request) -> Gateway:
    gateway: Gateway = request.app.state.gateway
    return gateway


SettingsDep = Annotated[Settings, Depends(app_settings)]
GatewayDep = Annotated["Gateway", Depends(get_gateway)]
