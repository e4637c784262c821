"""Suite-wide guards: no test may reach the network. Loopback and Unix sockets are allowed; any other connect
fails loudly, so a test that would silently depend on the internet breaks here instead."""

from __future__ import annotations

import ipaddress
import os
import socket

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Tests plant tiny random models as "the default model"; the shipped adapter fits only the real SmolLM2, and the
# tuned default has its own tests (tests/service/test_tuned_default.py), which turn it on explicitly.
os.environ.setdefault("ELSON_DEFAULT_ADAPTER", "false")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


class NetworkAccessError(RuntimeError):
    pass


def _check(address: object) -> None:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return
    host = str(address[0])
    if host in ("localhost", ""):
        return
    try:
        if ipaddress.ip_address(host.split("%")[0]).is_loopback:
            return
    except ValueError:
        pass
    raise NetworkAccessError(f"test tried to reach the network: {address!r}")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _check(address)
    return _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _check(address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    if host is not None:
        _check((host.decode() if isinstance(host, bytes) else str(host), 0))
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


def _no_curl(*_args: object, **_kwargs: object) -> None:
    raise NetworkAccessError("test tried to reach the network through curl_cffi (inject a replay session)")


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> None:
    socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    # libcurl (curl_cffi, under yfinance) opens its sockets in C, past the guards above: refuse every transfer.
    try:
        from curl_cffi.curl import Curl
    except ImportError:
        return
    Curl.perform = _no_curl  # type: ignore[method-assign]
