"""A replaying fake of Yahoo Finance for yfinance 1.x: real recorded responses, run through yfinance's real parsing.

The recordings are OpenBB's VCR-style cassettes in ``/work/shared/fixtures/yahoo_cassettes/`` (see the README there,
section "yahoo_cassettes/"). They are read from that folder at run time, never copied into the project. Each cassette
holds ``interactions``: a ``request`` (``method``, ``uri``) and a ``response`` (``status.code``, ``headers``,
``body.string``). ``body.string`` is base64 ``!!binary`` that ``yaml.safe_load`` returns as ``bytes`` of plain UTF-8
JSON: the recorded ``content-encoding: gzip`` header is a lie, so it is dropped and the body is never gunzipped.

:class:`YahooReplay` is a :class:`curl_cffi.requests.Session` (yfinance rejects any other session type) whose
``request``, ``get`` and ``post`` answer from the loaded cassettes and never touch the network:

- ``GET https://fc.yahoo.com`` gets an empty 200 and ``.../v1/test/getcrumb`` the text ``MOCK_CRUMB``: the
  cookie/crumb handshake was not recorded.
- Requests match on method + URL path only (host, query string and ``params`` are ignored), because the recorder
  dropped most query strings.
- ``quoteSummary`` paths answer with the ``result[0]`` modules of *all* loaded recordings merged, limited to the
  ``modules`` the request asks for.
- ``fundamentals-timeseries`` paths answer with the recorded series for the ``type`` values the request asks for
  (comma-separated and/or repeated), whatever way yfinance chunks its key lists.
- Every other path is a queue in recorded order; its last entry is served again once the queue is down to one
  (``history()`` asks for the chart twice).
- Anything else raises ``AssertionError("unmatched METHOD URL")``. yfinance swallows some exceptions, so unmatched
  requests are also listed in :attr:`YahooReplay.unmatched` for tests to assert on.

yfinance keeps one process-wide data object and memoises some GETs, so use :func:`replay_ticker` (or do what it
does) in every test: it clears ``YfData.cache_get``, points the tz/cookie cache at a temporary folder, and builds a
fresh session and ``Ticker``.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import curl_cffi.requests
import yaml
import yfinance as yf
import yfinance.data
from curl_cffi.requests.exceptions import HTTPError
from curl_cffi.requests.headers import Headers

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "yahoo_cassettes"
"""The folder holding the recorded cassettes (``/work/shared/fixtures/yahoo_cassettes``)."""

MOCK_CRUMB = "MOCK_CRUMB"
"""The crumb text the fake hands out for ``/v1/test/getcrumb``."""

_QUOTE_SUMMARY = "/v10/finance/quoteSummary/"
_TIMESERIES = "/ws/fundamentals-timeseries/"
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class ReplayResponse:
    """The part of a ``curl_cffi`` response that yfinance uses, built from a recorded (or synthetic) answer."""

    def __init__(self, url: str, status_code: int, content: bytes, headers: Mapping[str, str] | None = None) -> None:
        """Wrap ``content`` (raw body bytes) as the answer to ``url``."""
        self.url = url
        self.status_code = status_code
        self.content = content
        self.headers = Headers(dict(headers or {}))
        self.reason = "OK" if self.ok else "Error"

    @property
    def ok(self) -> bool:
        """True for status codes below 400, as in ``requests``/``curl_cffi``."""
        return self.status_code < 400

    @property
    def text(self) -> str:
        """The body decoded as UTF-8."""
        return self.content.decode("utf-8")

    def json(self, **kwargs: Any) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.content, **kwargs)

    def raise_for_status(self) -> None:
        """Raise ``curl_cffi``'s ``HTTPError`` for a 4xx/5xx status, like a real response."""
        if not self.ok:
            raise HTTPError(f"HTTP Error {self.status_code}: {self.reason}", 0, self)

    def __repr__(self) -> str:
        return f"<ReplayResponse [{self.status_code}] {self.url}>"


@dataclass(frozen=True)
class _Recorded:
    """One recorded response: status, headers (minus the encoding ones) and body bytes."""

    status_code: int
    headers: dict[str, str]
    body: bytes


def cassette_path(name: str | Path) -> Path:
    """Resolve a cassette name (``"..._curl.yaml"``, with or without ``.yaml``) or path against :data:`FIXTURES`."""
    path = Path(name)
    if path.is_absolute() or path.exists():
        return path
    if path.suffix != ".yaml":
        path = path.with_name(path.name + ".yaml")
    return FIXTURES / path


def _headers(raw: Mapping[str, Any] | None) -> dict[str, str]:
    """Flatten VCR's header lists and drop headers that would lie about the (plain) body."""
    flat: dict[str, str] = {}
    for key, value in (raw or {}).items():
        if key.lower() not in _DROPPED_HEADERS:
            flat[key] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return flat


def _body(raw: Any) -> bytes:
    """The body bytes: ``!!binary`` loads as ``bytes``; tolerate a plain string too."""
    string = (raw or {}).get("string", b"")
    return string if isinstance(string, bytes) else str(string).encode("utf-8")


def _query_values(url: str, params: Mapping[str, Any] | None, key: str) -> list[str]:
    """All comma-separated values of ``key`` in the URL's query string and in ``params``."""
    raw = list(parse_qs(urlsplit(url).query).get(key, []))
    value = (params or {}).get(key)
    if isinstance(value, str):
        raw.append(value)
    elif isinstance(value, Iterable):
        raw.extend(map(str, value))
    return [part for item in raw for part in item.split(",") if part]


class YahooReplay(curl_cffi.requests.Session):
    """A strict ``curl_cffi`` session that answers Yahoo Finance requests from recorded cassettes.

    ``YahooReplay("test_y_finance_equity_profile_fetcher_curl.yaml", ...)`` loads the named cassettes (names are
    looked up in :data:`FIXTURES`; paths are used as given) in order. See the module docstring for the matching
    rules. :attr:`calls` lists every ``(method, url)`` asked for, :attr:`unmatched` those that raised.
    """

    def __init__(self, *cassettes: str | Path) -> None:
        """Load ``cassettes``; at least one is required."""
        super().__init__()
        if not cassettes:
            raise ValueError("YahooReplay needs at least one cassette")
        self.calls: list[tuple[str, str]] = []
        self.unmatched: list[tuple[str, str]] = []
        self._queues: dict[tuple[str, str], deque[_Recorded]] = {}
        self._summaries: dict[str, tuple[_Recorded, dict[str, Any]]] = {}
        self._series: dict[str, tuple[_Recorded, dict[str, dict[str, Any]]]] = {}
        for cassette in cassettes:
            self._load(cassette_path(cassette))

    def _load(self, path: Path) -> None:
        """Index one cassette's interactions by method + path (merging quoteSummary and timeseries answers)."""
        with path.open("rb") as handle:
            interactions = yaml.safe_load(handle)["interactions"]
        for item in interactions:
            request, response = item["request"], item["response"]
            method, urlpath = request["method"].upper(), urlsplit(request["uri"]).path
            recorded = _Recorded(int(response["status"]["code"]), _headers(response.get("headers")),
                                 _body(response.get("body")))
            if method == "GET" and _QUOTE_SUMMARY in urlpath:
                _, modules = self._summaries.setdefault(urlpath, (recorded, {}))
                for result in json.loads(recorded.body)["quoteSummary"]["result"] or []:
                    modules.update(result)
            elif method == "GET" and _TIMESERIES in urlpath:
                _, series = self._series.setdefault(urlpath, (recorded, {}))
                for entry in json.loads(recorded.body)["timeseries"]["result"] or []:
                    for type_name in entry.get("meta", {}).get("type", []):
                        series[type_name] = entry
            else:
                self._queues.setdefault((method, urlpath), deque()).append(recorded)

    def request(  # type: ignore[override]
        self, method: str, url: str, params: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> ReplayResponse:
        """Answer one request from the cassettes, or raise ``AssertionError("unmatched METHOD URL")``."""
        method = method.upper()
        full_url = f"{url}{'&' if '?' in url else '?'}{urlencode(params, doseq=True)}" if params else url
        self.calls.append((method, full_url))
        parts = urlsplit(url)
        if method == "GET" and parts.hostname == "fc.yahoo.com":
            return ReplayResponse(full_url, 200, b"")
        if method == "GET" and parts.path.endswith("/v1/test/getcrumb"):
            return ReplayResponse(full_url, 200, MOCK_CRUMB.encode(), {"content-type": "text/plain;charset=utf-8"})
        recorded = self._answer(method, url, parts.path, params)
        if recorded is None:
            self.unmatched.append((method, full_url))
            raise AssertionError(f"unmatched {method} {full_url}")
        return ReplayResponse(full_url, recorded.status_code, recorded.body, recorded.headers)

    def _answer(self, method: str, url: str, path: str, params: Mapping[str, Any] | None) -> _Recorded | None:
        """The recorded answer for a request, or None when nothing recorded fits."""
        if method == "GET" and path in self._summaries:
            template, modules = self._summaries[path]
            wanted = _query_values(url, params, "modules") or list(modules)
            found = {name: modules[name] for name in wanted if name in modules}
            body = {"quoteSummary": {"result": [found], "error": None}}
            return _Recorded(template.status_code, template.headers, json.dumps(body).encode()) if found else None
        if method == "GET" and path in self._series:
            template, series = self._series[path]
            entries = [series[name] for name in _query_values(url, params, "type") if name in series]
            body = {"timeseries": {"result": entries, "error": None}}
            return _Recorded(template.status_code, template.headers, json.dumps(body).encode()) if entries else None
        queue = self._queues.get((method, path))
        if not queue:
            return None
        return queue.popleft() if len(queue) > 1 else queue[0]

    def get(self, url: str, **kwargs: Any) -> ReplayResponse:
        """``request("GET", url, ...)``."""
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> ReplayResponse:
        """``request("POST", url, ...)``; no recording has a POST, so this always raises."""
        return self.request("POST", url, **kwargs)


def replay_ticker(symbol: str, *cassettes: str | Path, tz_cache: Path) -> yf.Ticker:
    """A fresh ``yf.Ticker(symbol)`` on a new :class:`YahooReplay` of ``cassettes``.

    Clears yfinance's memoised ``YfData.cache_get`` and points its tz/cookie/ISIN caches at ``tz_cache`` (use a
    temporary folder) first, so no state leaks between tests. The fake is ``ticker.session``.
    """
    yfinance.data.YfData.cache_get.cache_clear()
    yf.set_tz_cache_location(str(tz_cache))
    session = YahooReplay(*cassettes)
    ticker = yf.Ticker(symbol, session=session)  # swaps the session of yfinance's process-wide YfData
    _reset_handshake(ticker._data)
    return ticker


def _reset_handshake(data: Any) -> None:
    """Forget the crumb/cookie strategy and the sticky "chunked fundamentals" flag an earlier test may have left.

    These live on yfinance's process-wide ``YfData``; resetting them makes every test start with the same handshake
    (``fc.yahoo.com`` + ``getcrumb``) and the same single-URL fundamentals request, whatever ran before.
    """
    for name, value in (("_crumb", None), ("_cookie", None), ("_cookie_strategy", "basic"),
                        ("fundamentals_use_chunked", False)):
        if hasattr(data, name):
            setattr(data, name, value)
