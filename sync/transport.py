"""HTTP(S) client for sync protocol v1: sign-in, token refresh, push, pull, reference, key escrow.

One ``requests.Session`` per ``Transport``. TLS is always verified; retries back off with
jitter; answers are parsed with the models of ``sync.protocol`` and refusals become the
errors of ``sync.errors``. Not thread-safe: the engine uses one from one worker at a time.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import ipaddress
import logging
import os
import random
import ssl
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

import pydantic
import requests

from coachapp import __version__
from coachapp.errors import ValidationError
from coachapp.ids import is_uuid
from sync.errors import (
    InsecureServer,
    Offline,
    SignInRequired,
    bad_response,
    refusal,
)
from sync.protocol import (
    Change,
    EscrowDeposit,
    EscrowReturn,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    ReferenceResponse,
    RefreshRequest,
    TokenPair,
    Uuid,
)

logger = logging.getLogger(__name__)

#: Bodies above this many bytes are gzipped (below it, gzip costs more than it saves).
GZIP_THRESHOLD = 1024
#: Seconds to wait for the answer to a token refresh (it is quick, and a retry has to reach
#: the server within its 60-second grace for a refresh whose answer was lost).
REFRESH_READ_TIMEOUT = 15.0
#: Answers worth another try: rate-limited, or a proxy/server that is down for a moment.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# A 429 at sign-in is the server's throttle speaking: retrying would only extend the block.
_LOGIN_RETRY_STATUSES = frozenset({502, 503, 504})
_DATA_KEY_BYTES = 32
# Failures of the network rather than of the request (an SSLError that is not a failed
# certificate check is a handshake cut short).
_TRANSIENT = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)

M = TypeVar("M", bound=pydantic.BaseModel)


class _MergeBody(pydantic.BaseModel):
    """``POST /v1/duplicates/{id}/merge``: the server's ``MergeRequest`` (one field)."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)
    survivor_id: Uuid


class TokenStore(Protocol):
    """Where the refresh token lives between runs (the engine keeps it in the encrypted store)."""

    def refresh_token(self) -> str | None: ...
    def save_refresh_token(self, token: str | None) -> None: ...


class Transport:
    """The laptop's connection to the program's server."""

    def __init__(
        self,
        base_url: str,
        *,
        device_id: str | None,
        tokens: TokenStore,
        ca_bundle: str | None = None,
        connect_timeout: float = 5,
        read_timeout: float = 60,
        max_attempts: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 30,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        user_agent: str = f"CoachApp/{__version__}",
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        # Both checks come before any connection, so nothing is ever sent to a server we
        # would refuse.
        self._base, self._host = check_server_url(base_url)
        self._verify: str | bool = check_ca_bundle(ca_bundle) if ca_bundle else True
        self.device_id = device_id
        #: Where the refresh token lives: in memory during provisioning, then the store.
        self.tokens = tokens
        self._access_token: str | None = None  # in memory only: it dies with the process
        self._timeout = (connect_timeout, read_timeout)
        self._max_attempts = max_attempts
        self._backoff_base = backoff_base
        self._backoff_cap = backoff_cap
        self._sleep = sleep
        self._owns_session = session is None
        if session is None:
            session = requests.Session()
            # No proxies, CA bundle or netrc credentials from the environment: the server
            # address and CA come from the administrator's settings only, and a ~/.netrc
            # entry would silently replace our Authorization header.
            session.trust_env = False
        self._session = session
        self._headers = {
            "User-Agent": user_agent,
            "Accept": "application/json",
            "Accept-Encoding": "gzip",
        }

    # --- auth -----------------------------------------------------------------------------------

    def login(self, *, org: str, username: str, password: str, device_name: str) -> LoginResponse:
        """Sign in with the password; keeps the device id and tokens (refresh token saved)."""
        try:
            body = LoginRequest(
                org=org,
                username=username,
                password=password,
                device_name=device_name,
                device_id=self.device_id,
            )
        except pydantic.ValidationError as exc:
            raise _invalid_input(exc) from None
        response = self._exchange(
            "POST", "/v1/auth/login", body=body, retry_statuses=_LOGIN_RETRY_STATUSES
        )
        answer = _parse(response, LoginResponse, signing_in=True)
        self.tokens.save_refresh_token(answer.tokens.refresh_token)
        self.device_id = answer.device_id
        self._access_token = answer.tokens.access_token
        return answer

    def refresh(self) -> None:
        """Trade the stored refresh token for a new pair; ``SignInRequired`` when refused."""
        stored = self.tokens.refresh_token()
        if not stored or not self.device_id:
            raise SignInRequired()
        try:
            body = RefreshRequest(device_id=self.device_id, refresh_token=stored)
        except pydantic.ValidationError:
            self.tokens.save_refresh_token(None)  # damaged: it will never work
            raise SignInRequired() from None
        # A short wait for the answer: a retry must reach the server within its grace for
        # a refresh whose answer was lost (server/auth/tokens.py, 60 s), and this one is quick.
        connect, read = self._timeout
        timeout = (connect, min(read, REFRESH_READ_TIMEOUT))
        response = self._exchange("POST", "/v1/auth/refresh", body=body, timeout=timeout)
        if response.status_code == 401:
            # Expired, revoked, or already spent (reuse revokes all of this laptop's tokens).
            self._access_token = None
            self.tokens.save_refresh_token(None)
            raise SignInRequired()
        pair = _parse(response, TokenPair)
        # The presented token is spent now: the new one is saved before anything else
        # happens, so a crash here never strands the laptop with only a dead token.
        self.tokens.save_refresh_token(pair.refresh_token)
        self._access_token = pair.access_token

    # --- sync and escrow ------------------------------------------------------------------------

    def push(self, request: PushRequest | str) -> PushResponse:
        """Send a batch (a request, or its JSON as the engine writes it down). Safe to retry:
        the server answers a mutation_id it has seen with the stored answer."""
        return _parse(self._call("POST", "/v1/sync/push", body=request), PushResponse)

    def pull(self, *, cursor: int, limit: int, own_from: int | None = None) -> PullResponse:
        """A page of changes after ``cursor``; with ``own_from``, without the rows this
        device's push answers carried from that revision on (see docs/sync-protocol.md)."""
        params = {"cursor": cursor, "limit": limit}
        where = f"/v1/sync/pull cursor={cursor} limit={limit}"
        if own_from is not None:
            params["own_from"] = own_from
            where += f" own_from={own_from}"
        return _parse(self._call("GET", "/v1/sync/pull", params=params, log_as=where), PullResponse)

    def reference(self, *, since: int, limit: int = 2000) -> ReferenceResponse:
        params = {"since": since, "limit": limit}
        where = f"/v1/reference since={since} limit={limit}"
        response = self._call("GET", "/v1/reference", params=params, log_as=where)
        return _parse(response, ReferenceResponse)

    def merge_duplicate(self, pair_id: str, *, survivor_id: str) -> Change:
        """Merge a possible-duplicate pair keeping ``survivor_id``; answers the pair's row.

        Safe to retry: the same merge again answers the same pair.
        """
        path = _pair_path(pair_id, "merge")
        try:
            body = _MergeBody(survivor_id=survivor_id)
        except pydantic.ValidationError as exc:
            raise _invalid_input(exc) from None
        response = self._call("POST", path, body=body, log_as="/v1/duplicates/{id}/merge")
        return _parse(response, Change)

    def reject_duplicate(self, pair_id: str) -> Change:
        """Record that a pair is two different people; answers the pair's row."""
        path = _pair_path(pair_id, "reject")
        response = self._call("POST", path, log_as="/v1/duplicates/{id}/reject")
        return _parse(response, Change)

    def deposit_key(self, data_key: bytes) -> None:
        """Escrow this laptop's database key with the server (retried deposits are no-ops)."""
        if len(data_key) != _DATA_KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        body = EscrowDeposit(data_key=base64.b64encode(data_key).decode("ascii"))
        _raise_for_status(self._call("PUT", "/v1/auth/escrow", body=body))

    def fetch_key(self) -> bytes:
        """This laptop's escrowed key; needs a password sign-in since the last password change."""
        params = {"device_id": self.device_id} if self.device_id else None
        answer = _parse(self._call("GET", "/v1/auth/escrow", params=params), EscrowReturn)
        try:
            key = base64.b64decode(answer.data_key, validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != _DATA_KEY_BYTES:
            raise bad_response(200)
        return key

    def reachable(self, *, timeout: float = 3.0) -> bool:
        """Whether the server answers its health check now (see ``server_reachable``)."""
        return server_reachable(self._base, verify=self._verify, timeout=timeout)

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- the wire -------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: pydantic.BaseModel | str | None = None,
        params: Mapping[str, str | int] | None = None,
        log_as: str | None = None,
    ) -> requests.Response:
        """A Bearer request; refreshes the access token once if it is missing or refused."""
        if self._access_token is None:
            self.refresh()
        response = self._exchange(method, path, body=body, params=params, auth=True, log_as=log_as)
        if response.status_code == 401:
            # Usually "token_expired" (tokens last 15 minutes); also a token the server no
            # longer accepts (its signing key changed). One refresh, one more try.
            self.refresh()
            response = self._exchange(
                method, path, body=body, params=params, auth=True, log_as=log_as
            )
            if response.status_code == 401:
                self._access_token = None
                raise SignInRequired()
        return response

    def _exchange(
        self,
        method: str,
        path: str,
        *,
        body: pydantic.BaseModel | str | None = None,
        params: Mapping[str, str | int] | None = None,
        auth: bool = False,
        retry_statuses: frozenset[int] = RETRY_STATUSES,
        log_as: str | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """Send with retries; the last answer is returned whatever its status."""
        payload, headers = self._encode(body)
        if auth:
            headers["Authorization"] = f"Bearer {self._access_token}"
        where = log_as or path
        for attempt in range(1, self._max_attempts + 1):
            started = time.monotonic()
            try:
                response = self._session.request(
                    method,
                    self._base + path,
                    params=params,
                    data=payload,
                    headers=headers,
                    timeout=timeout or self._timeout,
                    verify=self._verify,
                    # The API never redirects; following one could leave https or the server.
                    allow_redirects=False,
                )
            except requests.RequestException as exc:
                if isinstance(exc, requests.exceptions.SSLError) and _verification_failed(exc):
                    logger.warning("%s %s refused: certificate not trusted", method, where)
                    raise InsecureServer.certificate(self._host, str(exc)) from None
                if not isinstance(exc, _TRANSIENT):
                    raise
                outcome = f"failed={type(exc).__name__}"  # never str(exc): it quotes the URL
            except OSError as exc:
                # requests raises a bare OSError when the CA bundle vanished since start-up.
                if isinstance(self._verify, str) and not os.path.exists(self._verify):
                    raise InsecureServer.ca_bundle(self._verify, missing=True) from None
                outcome = f"failed={type(exc).__name__}"
            else:
                status = response.status_code
                if _cut_inside_head(response, method):
                    # Nothing of the answer can be trusted, its status neither: like a
                    # connection cut mid-body, try again.
                    response.close()
                    outcome = f"failed=cut_head status={status}"
                else:
                    _log(method, where, f"status={status}", attempt, started)
                    if status not in retry_statuses or attempt == self._max_attempts:
                        return response
                    wait = retry_after_seconds(response.headers.get("Retry-After"))
                    response.close()
                    self._sleep(
                        self._backoff(attempt) if wait is None else min(self._backoff_cap, wait)
                    )
                    continue
            _log(method, where, outcome, attempt, started)
            if attempt == self._max_attempts:
                raise Offline()
            self._sleep(self._backoff(attempt))
        raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover

    def _encode(self, body: pydantic.BaseModel | str | None) -> tuple[bytes | None, dict[str, str]]:
        """Body bytes and headers, made once so every retry sends exactly the same request."""
        headers = dict(self._headers)
        if body is None:
            return None, headers
        text = body if isinstance(body, str) else body.model_dump_json()
        payload = text.encode("utf-8")
        headers["Content-Type"] = "application/json"
        if len(payload) > GZIP_THRESHOLD:
            payload = gzip.compress(payload, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
        return payload, headers

    def _backoff(self, attempt: int) -> float:
        """Full jitter: spreads the laptops of a whole program out after an outage."""
        ceiling = min(self._backoff_cap, self._backoff_base * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)  # noqa: S311 - timing jitter, not a secret


def _log(method: str, where: str, outcome: str, attempt: int, started: float) -> None:
    # Method, path, cursor numbers, status and timing only: never bodies, tokens or ids.
    elapsed = time.monotonic() - started
    logger.info("%s %s %s attempt=%d elapsed=%.3fs", method, where, outcome, attempt, elapsed)


# --- reachability ------------------------------------------------------------------------------


def server_reachable(base_url: str, *, verify: str | bool = True, timeout: float = 3.0) -> bool:
    """One cheap ``GET /healthz``: True when the server says it is up.

    The app asks this while offline, to sync as soon as the server can be reached again. It
    uses its own short-lived connection, never the sync's session, so it is safe to call
    from another thread while a sync runs; no retries, no credentials, nothing logged but
    the outcome.
    """
    try:
        base, _host = check_server_url(base_url)
    except InsecureServer:
        return False
    with requests.Session() as session:
        session.trust_env = False
        started = time.monotonic()
        try:
            response = session.get(
                base + "/healthz",
                timeout=(timeout, timeout),
                verify=verify,
                allow_redirects=False,
                headers={"User-Agent": f"CoachApp/{__version__}", "Accept": "application/json"},
            )
        except (requests.RequestException, OSError) as exc:
            _log("GET", "/healthz", f"failed={type(exc).__name__}", 1, started)
            return False
        _log("GET", "/healthz", f"status={response.status_code}", 1, started)
        return response.status_code == 200


# --- addresses and certificates -----------------------------------------------------------------


def check_server_url(base_url: str) -> tuple[str, str]:
    """The base URL without a trailing slash, and its host; ``InsecureServer`` if refused."""
    try:
        parts = urlsplit(base_url.strip())
        scheme, host = parts.scheme.lower(), parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        raise InsecureServer("address", "The server address is not valid.") from None
    if scheme not in ("https", "http") or not host:
        raise InsecureServer(
            "address", "The server address must start with https:// and name a server."
        )
    if "@" in parts.netloc:
        raise InsecureServer(
            "address", "The server address must not contain a user name or password."
        )
    if parts.query or parts.fragment:
        raise InsecureServer("address", "The server address must not contain ? or #.")
    if scheme == "http" and not _is_loopback(host):
        raise InsecureServer.plain_http(host)
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}", host


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_ca_bundle(path: str) -> str:
    """The administrator's CA file (or folder), checked to hold certificates we can load."""
    if not os.path.exists(path):
        raise InsecureServer.ca_bundle(path, missing=True)
    try:
        if os.path.isdir(path):
            ssl.create_default_context(capath=path)
        else:
            ssl.create_default_context(cafile=path)
    except (ssl.SSLError, OSError, ValueError):
        raise InsecureServer.ca_bundle(path, missing=False) from None
    return path


def _verification_failed(exc: requests.exceptions.SSLError) -> bool:
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text


# --- answers ------------------------------------------------------------------------------------


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _cut_inside_head(response: requests.Response, method: str) -> bool:
    """An answer whose header block was cut off by the connection closing.

    ``http.client`` reads headers up to the end of the stream and then a body "until the
    connection closes" — nothing — so such an answer looks like a complete, empty one with
    whatever status line arrived. The server frames every answer (``Content-Length`` or
    chunked), so an empty answer with neither, where a body could be, was cut short.
    """
    if method == "HEAD" or response.status_code in (204, 304) or response.status_code < 200:
        return False
    headers = response.headers
    if "Content-Length" in headers or "chunked" in headers.get("Transfer-Encoding", "").lower():
        return False
    return not response.content


def _parse(response: requests.Response, model: type[M], *, signing_in: bool = False) -> M:
    _raise_for_status(response, signing_in=signing_in)
    try:
        return model.model_validate_json(response.content)
    except pydantic.ValidationError:
        # Never quote the body: it may hold participant data or tokens.
        logger.warning("unreadable %d answer for %s", response.status_code, model.__name__)
        raise bad_response(response.status_code) from None


def _raise_for_status(response: requests.Response, *, signing_in: bool = False) -> None:
    if not 200 <= response.status_code < 300:
        raise refusal(
            response.status_code,
            _json_object(response),
            signing_in=signing_in,
            retry_after=retry_after_seconds(response.headers.get("Retry-After")),
        )


def _json_object(response: requests.Response) -> dict[str, object]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _pair_path(pair_id: str, action: str) -> str:
    # Checked before it becomes part of a URL path.
    if not is_uuid(pair_id):
        raise ValidationError({"pair_id": "is not a possible duplicate's id"})
    return f"/v1/duplicates/{pair_id}/{action}"


def _invalid_input(exc: pydantic.ValidationError) -> ValidationError:
    fields = {str(e["loc"][0]): "is missing or too long" for e in exc.errors() if e.get("loc")}
    return ValidationError(fields or {"sign_in": "is not valid"})
