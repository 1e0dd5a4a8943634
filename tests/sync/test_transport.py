"""The laptop's HTTP transport: against the real server on loopback, and against small fake
servers (plain and TLS) that answer exactly what a test needs — outages, throttles, refusals.

No test sleeps for real: backoff sleeps are recorded through the injected ``sleep``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.message
import gzip
import json
import logging
import os
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import urllib3.util.connection
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import select

from coachapp.ids import uuid7
from server.auth.tokens import issue_access_token
from server.storage.tables import Account, Device
from sync.errors import (
    AccountDisabled,
    BadCredentials,
    DeviceRevoked,
    InsecureServer,
    Offline,
    ServerRefused,
    ServerUnavailable,
    SignInRequired,
    TooManyAttempts,
    UpgradeRequired,
)
from sync.protocol import PROTOCOL_VERSION, Mutation, Op, PushRequest
from sync.transport import GZIP_THRESHOLD, Transport, retry_after_seconds
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server

COACH = "demo.coach"
EMPTY_REFERENCE = {"changes": [], "next_since": 0, "has_more": False}
TOKEN_PAIR = {
    "access_token": "fake-access-token-0123456789",
    "access_expires_in": 900,
    "refresh_token": "fake-refresh-token-0123456789",
    "refresh_expires_in": 2_592_000,
}
TOO_OLD = {
    "code": "upgrade_required",
    "message": "This version of CoachApp is too old for the program's server. "
    "Install version 0.1.0 or later.",
    "field": "protocol",
}


class MemoryTokens:
    """The engine keeps the refresh token in the encrypted store; a list will do here."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token
        self.saved: list[str | None] = []

    def refresh_token(self) -> str | None:
        return self.token

    def save_refresh_token(self, token: str | None) -> None:
        self.saved.append(token)
        self.token = token


def batch(device_id: str, mutations: int = 0, *, protocol: int = PROTOCOL_VERSION) -> PushRequest:
    return PushRequest(
        protocol=protocol,
        device_id=device_id,
        batch_id=uuid7(),
        mutations=[
            Mutation(
                mutation_id=uuid7(),
                table="not_a_table",
                row_id=uuid7(),
                op=Op.UPSERT,
                base_rev=0,
                fields={"note": "Called about the CNA course start date."},
            )
            for _ in range(mutations)
        ],
    )


# --- the real server ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"
    with live_server(url) as server:
        yield server


@dataclass
class Laptop:
    transport: Transport
    tokens: MemoryTokens
    sleeps: list[float]


@pytest.fixture
def laptop(live: LiveServer) -> Iterator[Laptop]:
    tokens, sleeps = MemoryTokens(), list[float]()
    transport = Transport(live.url, device_id=None, tokens=tokens, sleep=sleeps.append)
    transport.login(org=ORG_CODE, username=COACH, password=PASSWORD, device_name="Laptop 7")
    yield Laptop(transport, tokens, sleeps)
    transport.close()


def test_coach_signs_in_pushes_pulls_and_reads_reference_data(live: LiveServer) -> None:
    tokens = MemoryTokens()
    with Transport(live.url + "/", device_id=None, tokens=tokens) as transport:
        answer = transport.login(
            org=ORG_CODE, username=COACH, password=PASSWORD, device_name="Front desk laptop"
        )
        assert transport.device_id == answer.device_id
        assert answer.coach.username == COACH
        # Only the refresh token is kept; the access token lives in memory.
        assert tokens.saved == [answer.tokens.refresh_token]

        request = batch(answer.device_id)
        pushed = transport.push(request)
        assert pushed.batch_id == request.batch_id and pushed.results == []

        page = transport.pull(cursor=0, limit=500)
        assert page.next_cursor >= 0 and not page.has_more
        reference = transport.reference(since=0)
        assert {c.table for c in reference.changes} >= {"sites", "coaches"}


def test_a_big_push_travels_gzipped_and_the_real_server_reads_it(laptop: Laptop) -> None:
    request = batch(laptop.transport.device_id or "", mutations=30)
    assert len(request.model_dump_json()) > GZIP_THRESHOLD
    answer = laptop.transport.push(request)
    assert [r.code for r in answer.results] == ["unknown_table"] * 30


def test_laptop_escrows_its_data_key_and_gets_it_back(laptop: Laptop) -> None:
    data_key = os.urandom(32)
    laptop.transport.deposit_key(data_key)
    assert laptop.transport.fetch_key() == data_key


@pytest.mark.parametrize("stale", ["expired", "forged"])
def test_an_expired_or_unknown_access_token_is_refreshed_once_and_the_call_succeeds(
    live: LiveServer, laptop: Laptop, stale: str
) -> None:
    transport = laptop.transport
    if stale == "expired":
        with live.db.session() as s:
            account = s.scalar(select(Account).where(Account.username == COACH))
            assert account is not None
            ids = {"account_id": account.id, "coach_id": account.coach_id, "org_id": account.org_id}
        transport._access_token = issue_access_token(
            **ids,
            device_id=transport.device_id or "",
            role="coach",
            via="password",
            settings=live.app.state.settings,
            now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16),
        )
    else:
        transport._access_token = "not-a-token-this-server-ever-signed"

    page = transport.pull(cursor=0, limit=10)

    assert page.next_cursor >= 0
    assert len(laptop.tokens.saved) == 2  # the sign-in's token, then exactly one refresh
    assert laptop.tokens.saved[0] != laptop.tokens.saved[1]


def test_a_refresh_token_used_twice_means_signing_in_again(laptop: Laptop) -> None:
    transport, tokens = laptop.transport, laptop.tokens
    first = tokens.token
    transport.refresh()
    transport.refresh()  # the token the first refresh gave was used too
    newest = tokens.token
    assert newest and newest != first

    tokens.token = first  # a stale copy (a backup restored, or a stolen token) is presented
    with pytest.raises(SignInRequired):
        transport.refresh()
    assert tokens.token is None  # the dead token is not kept

    # The server revoked every token of the laptop, the newest one too.
    tokens.token = newest
    transport._access_token = None
    with pytest.raises(SignInRequired, match="Sign in again"):
        transport.pull(cursor=0, limit=10)


def test_a_revoked_laptop_is_told_it_was_disconnected(live: LiveServer, laptop: Laptop) -> None:
    with live.db.session() as s:
        device = s.get(Device, laptop.transport.device_id)
        assert device is not None
        device.revoked_at = dt.datetime.now(dt.UTC)

    with pytest.raises(DeviceRevoked) as raised:
        laptop.transport.pull(cursor=0, limit=10)
    assert str(raised.value) == "This laptop was disconnected by your administrator."
    laptop.transport._access_token = None  # the refresh answers the same way
    with pytest.raises(DeviceRevoked):
        laptop.transport.pull(cursor=0, limit=10)


def test_the_real_server_tells_an_old_protocol_which_version_to_install(laptop: Laptop) -> None:
    with pytest.raises(UpgradeRequired) as raised:
        laptop.transport.push(batch(laptop.transport.device_id or "", protocol=0))
    assert raised.value.min_version == "0.1.0"
    assert str(raised.value) == "Update CoachApp to version 0.1.0 to sync."


def test_a_batch_naming_another_laptop_is_refused_with_the_servers_reason(laptop: Laptop) -> None:
    with pytest.raises(ServerRefused) as raised:
        laptop.transport.push(batch(uuid7()))
    assert (raised.value.code, raised.value.status) == ("forbidden", 403)
    assert str(raised.value) == "This batch names another device."


def test_a_wrong_password_is_refused_at_once_without_retrying(live: LiveServer) -> None:
    sleeps: list[float] = []
    tokens = MemoryTokens()
    transport = Transport(live.url, device_id=None, tokens=tokens, sleep=sleeps.append)
    with pytest.raises(BadCredentials, match="not correct"):
        transport.login(org=ORG_CODE, username=COACH, password="wrong", device_name="Laptop")
    assert sleeps == [] and tokens.saved == []


def test_signing_in_on_a_laptop_set_up_for_someone_else_gives_the_servers_reason(
    live: LiveServer, laptop: Laptop
) -> None:
    transport = Transport(live.url, device_id=laptop.transport.device_id, tokens=MemoryTokens())
    with pytest.raises(ServerRefused, match="set up for another account") as raised:
        transport.login(org=ORG_CODE, username="lee.coach", password=PASSWORD, device_name="L")
    assert raised.value.status == 401


def test_logs_name_calls_and_cursors_but_never_tokens_or_passwords(
    live: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = MemoryTokens()
    transport = Transport(live.url, device_id=None, tokens=tokens)
    answer = transport.login(org=ORG_CODE, username=COACH, password=PASSWORD, device_name="L")
    transport.refresh()
    transport.pull(cursor=0, limit=25)
    text = caplog.text
    assert "GET /v1/sync/pull cursor=0 limit=25 status=200 attempt=1" in text
    for secret in (PASSWORD, answer.tokens.access_token, *[t for t in tokens.saved if t]):
        assert secret not in text


# --- a fake server: outages, throttles and odd answers ------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: email.message.Message
    body: bytes


class FakeServer:
    """Answers scripted replies in order; ``/v1/auth/refresh`` always hands out a token pair."""

    def __init__(self, replies: list[Reply], *, tls: ssl.SSLContext | None = None) -> None:
        self.replies = list(replies)
        self.seen: list[Seen] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fake.seen.append(Seen(self.command, self.path, self.headers, body))
                if self.path.startswith("/v1/auth/refresh"):
                    reply = Reply(body=TOKEN_PAIR)
                else:
                    reply = fake.replies.pop(0) if fake.replies else Reply(599, b"unscripted")
                time.sleep(reply.delay)
                data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body)
                data = data.encode() if isinstance(data, str) else data
                headers = {"Content-Type": "application/json", **reply.headers}
                if reply.gzip:
                    data, headers["Content-Encoding"] = gzip.compress(data), "gzip"
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.handle_error = lambda *args: None  # type: ignore[method-assign]
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        # A short poll so shutdown() returns at once rather than after the default 0.5 s.
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def calls(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path.split("?")[0] == path]

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def fake_transport(url: str, sleeps: list[float], **options: Any) -> Transport:
    tokens = MemoryTokens("stored-refresh-token-0123456789")
    return Transport(url, device_id=uuid7(), tokens=tokens, sleep=sleeps.append, **options)


def test_two_503s_then_success_honours_retry_after_and_jitters_within_the_cap() -> None:
    sleeps: list[float] = []
    replies = [
        Reply(503, {"code": "unavailable", "message": "Busy."}, {"Retry-After": "1"}),
        Reply(503, b"<html>Service Unavailable</html>"),
        Reply(200, EMPTY_REFERENCE),
    ]
    with FakeServer(replies) as server:
        transport = fake_transport(server.url, sleeps, backoff_base=0.5, backoff_cap=4)
        assert transport.reference(since=0).has_more is False
    assert len(server.calls("/v1/reference")) == 3
    assert sleeps[0] == 1.0  # the server's Retry-After, not our jitter
    assert 0 <= sleeps[1] <= 0.5 * 2  # full jitter below base * 2**1
    assert len(sleeps) == 2


def test_retry_after_is_capped_and_may_be_an_http_date() -> None:
    sleeps: list[float] = []
    in_an_hour = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    replies = [Reply(429, {}, {"Retry-After": in_an_hour}), Reply(504, {}, {"Retry-After": "90"})]
    with FakeServer([*replies, Reply(200, EMPTY_REFERENCE)]) as server:
        fake_transport(server.url, sleeps, backoff_cap=5).reference(since=0)
    assert sleeps == [5, 5]
    assert 3590 < (retry_after_seconds(in_an_hour) or 0) <= 3600


def test_a_server_busy_on_every_attempt_is_reported_as_unavailable_not_lost() -> None:
    sleeps: list[float] = []
    busy = FakeServer([Reply(502, b"Bad gateway")] * 3)
    with busy as server, pytest.raises(ServerUnavailable) as raised:
        fake_transport(server.url, sleeps, max_attempts=3).reference(since=0)
    assert raised.value.status == 502 and isinstance(raised.value, Offline)
    assert len(sleeps) == 2


def test_a_push_whose_answer_is_too_slow_is_sent_again_and_answered() -> None:
    sleeps: list[float] = []
    device = uuid7()
    request = batch(device)
    answer = {"batch_id": request.batch_id, "results": []}
    with FakeServer([Reply(200, answer, delay=0.5), Reply(200, answer)]) as server:
        transport = fake_transport(server.url, sleeps, read_timeout=0.2)
        assert transport.push(request).batch_id == request.batch_id
        pushes = server.calls("/v1/sync/push")
    assert len(pushes) == 2 and pushes[0].body == pushes[1].body  # the same batch again
    assert len(sleeps) == 1


class CutHeadServer:
    """A raw HTTP server whose first ``cuts`` answers to ``path`` stop inside their header
    block (as a connection cut there leaves them); every other answer is whole."""

    def __init__(self, path: str, whole: bytes, *, cuts: int = 1) -> None:
        self.path, self.whole, self.cuts = path, whole, cuts
        self.hang_first = 0.0  # seconds the first answer of all is held back
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                head += chunk
            request_line = head.split(b"\r\n", 1)[0].decode()
            path = request_line.split(" ")[1].split("?")[0]
            with self.lock:
                self.requests.append(path)
                cut = path == self.path and self.cuts > 0
                self.cuts -= cut
                delay, self.hang_first = self.hang_first, 0.0
            body = json.dumps(TOKEN_PAIR).encode() if path == "/v1/auth/refresh" else self.whole
            answer = (
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            if cut:
                answer = b"HTTP/1.1 200 OK\r\nDate: Mon, 23 Nov 2026 0"
            time.sleep(delay)  # held back: the laptop gives up on this answer
            with contextlib.suppress(OSError):
                conn.sendall(answer)

    def __enter__(self) -> CutHeadServer:
        self.thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self.listener.close()
        self.thread.join(timeout=5)


def test_an_answer_cut_inside_its_headers_is_retried_not_read_as_an_empty_200() -> None:
    sleeps: list[float] = []
    whole = json.dumps(EMPTY_REFERENCE).encode()
    with CutHeadServer("/v1/reference", whole, cuts=2) as server:
        transport = fake_transport(server.url, sleeps, backoff_base=0.5, backoff_cap=4)
        assert transport.reference(since=0).has_more is False
    assert server.requests.count("/v1/reference") == 3
    assert len(sleeps) == 2 and all(0 <= s <= 4 for s in sleeps)


def test_answers_cut_inside_their_headers_every_time_mean_offline() -> None:
    sleeps: list[float] = []
    with CutHeadServer("/v1/sync/pull", b"{}", cuts=99) as server, pytest.raises(Offline):
        fake_transport(server.url, sleeps, max_attempts=3).pull(cursor=0, limit=10)
    assert server.requests.count("/v1/sync/pull") == 3


def test_a_refresh_whose_answer_hangs_is_retried_within_the_servers_grace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The server forgives a spent refresh token for 60 s only: a hung answer must not be
    # waited for as long as other calls (read_timeout) before the retry.
    monkeypatch.setattr("sync.transport.REFRESH_READ_TIMEOUT", 0.3)
    sleeps: list[float] = []
    answer = json.dumps(TOKEN_PAIR).encode()
    with CutHeadServer("/v1/auth/refresh", answer, cuts=0) as server:
        server.hang_first = 2.0
        transport = fake_transport(server.url, sleeps, read_timeout=30)
        started = time.monotonic()
        transport.refresh()
        assert time.monotonic() - started < 1.9
    assert server.requests.count("/v1/auth/refresh") == 2
    assert transport.tokens.refresh_token() == TOKEN_PAIR["refresh_token"]


def test_no_server_listening_means_offline_after_every_attempt_without_real_waiting() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    sleeps: list[float] = []
    transport = fake_transport(f"http://127.0.0.1:{port}", sleeps, max_attempts=4, backoff_cap=2)
    started = time.monotonic()
    with pytest.raises(Offline) as raised:
        transport.pull(cursor=0, limit=10)
    assert time.monotonic() - started < 2
    assert "your work is saved on this laptop" in str(raised.value)
    assert len(sleeps) == 3
    assert all(0 <= s <= min(2, 0.5 * 2**n) for n, s in enumerate(sleeps))


def test_too_many_sign_in_attempts_is_not_retried() -> None:
    sleeps: list[float] = []
    throttled = Reply(
        429, {"code": "too_many_attempts", "message": "Wait."}, {"Retry-After": "240"}
    )
    with FakeServer([throttled]) as server:
        transport = Transport(
            server.url, device_id=None, tokens=MemoryTokens(), sleep=sleeps.append
        )
        with pytest.raises(TooManyAttempts) as raised:
            transport.login(org=ORG_CODE, username=COACH, password="x", device_name="Laptop")
    assert raised.value.retry_after == 240 and "4 minutes" in str(raised.value)
    assert len(server.calls("/v1/auth/login")) == 1 and sleeps == []


def test_an_old_app_is_told_which_version_to_install() -> None:
    with FakeServer([Reply(426, TOO_OLD)]) as server, pytest.raises(UpgradeRequired) as raised:
        fake_transport(server.url, []).pull(cursor=0, limit=10)
    assert raised.value.min_version == "0.1.0"


def test_a_disabled_account_is_told_so() -> None:
    disabled = {"code": "account_disabled", "message": "This account is disabled."}
    with FakeServer([Reply(403, disabled)]) as server, pytest.raises(AccountDisabled):
        fake_transport(server.url, []).pull(cursor=0, limit=10)


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (Reply(200, b"<html>Welcome to the hotel Wi-Fi</html>"), "bad_response"),
        (Reply(200, {"changes": "none"}), "bad_response"),
        (Reply(403, b"<html>Blocked by proxy</html>"), "http_403"),
        (Reply(302, b"", {"Location": "http://10.1.2.3/"}), "unexpected_redirect"),
        (Reply(500, {"code": "internal_error", "message": "Reference: 1a2b."}), "internal_error"),
    ],
)
def test_answers_the_laptop_cannot_use_are_refused_readably_and_not_retried(
    reply: Reply, code: str
) -> None:
    sleeps: list[float] = []
    with FakeServer([reply]) as server, pytest.raises(ServerRefused) as raised:
        fake_transport(server.url, sleeps).reference(since=0)
    assert raised.value.code == code and raised.value.status == reply.status
    assert len(server.calls("/v1/reference")) == 1 and sleeps == []


def test_bodies_over_a_kilobyte_go_gzipped_and_gzipped_answers_are_read() -> None:
    request = batch(uuid7(), mutations=30)
    answer = {"batch_id": request.batch_id, "results": []}
    with FakeServer([Reply(200, answer, gzip=True)]) as server:
        fake_transport(server.url, []).push(request)
    refresh, push = server.seen
    assert push.headers["Content-Encoding"] == "gzip"
    assert push.headers["Accept-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(push.body)) == request.model_dump(mode="json")
    assert "Content-Encoding" not in refresh.headers  # a small body is sent as it is
    assert push.headers["Authorization"] == f"Bearer {TOKEN_PAIR['access_token']}"


def test_the_new_refresh_token_is_saved_before_the_new_access_token_is_used() -> None:
    order: list[str | None] = []
    with FakeServer([]) as server:
        transport = fake_transport(server.url, [])
        transport._access_token = "old-access-token"
        tokens = MemoryTokens("stored-refresh-token-0123456789")
        tokens.save_refresh_token = lambda token: order.append(transport._access_token)  # type: ignore[method-assign]
        transport.tokens = tokens
        transport.refresh()
    assert order == ["old-access-token"]
    assert transport._access_token == TOKEN_PAIR["access_token"]


# --- addresses and TLS --------------------------------------------------------------------------


def test_plain_http_to_another_computer_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", no_network)
    with pytest.raises(InsecureServer) as raised:
        Transport("http://10.1.2.3", device_id=None, tokens=MemoryTokens())
    assert raised.value.reason == "plain_http"
    assert "10.1.2.3" in str(raised.value) and "https://" in str(raised.value)


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8000", "http://127.0.0.9", "http://[::1]:8000/", "https://sync.example.org"],
)
def test_https_anywhere_and_plain_http_to_this_laptop_are_accepted(url: str) -> None:
    Transport(url, device_id=None, tokens=MemoryTokens()).close()


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://localhost.example.org", "plain_http"),
        ("http://127.0.0.1.nip.io", "plain_http"),
        ("https://coach:secret@sync.example.org", "address"),
        ("ftp://sync.example.org", "address"),
        ("sync.example.org", "address"),
        ("https://sync.example.org:port", "address"),
    ],
)
def test_other_addresses_are_refused(url: str, reason: str) -> None:
    with pytest.raises(InsecureServer) as raised:
        Transport(url, device_id=None, tokens=MemoryTokens())
    assert raised.value.reason == reason
    assert "secret" not in str(raised.value)


@dataclass
class Pki:
    ca: Path
    self_signed: ssl.SSLContext
    signed: ssl.SSLContext
    wrong_name: ssl.SSLContext


def _certificate(
    name: str, key: ec.EllipticCurvePrivateKey, issuer: tuple[x509.Name, Any] | None, *, ca: bool
) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_name, issuer_key = issuer or (subject, key)
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if ca:
        usage = x509.KeyUsage(True, False, False, False, False, True, True, False, False)
        builder = builder.add_extension(usage, critical=True)
    else:
        sans = [x509.DNSName(name)]
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
        eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH])
        builder = builder.add_extension(eku, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _server_context(folder: Path, name: str, cert: x509.Certificate, key: Any) -> ssl.SSLContext:
    pem = folder / f"{name}.pem"
    pem.write_bytes(
        cert.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pem)
    return context


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = _certificate("CoachApp Test Program CA", ca_key, None, ca=True)
    (folder / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    contexts = {}
    for label, name, issuer in [
        ("self_signed", "localhost", None),
        ("signed", "localhost", (ca_cert.subject, ca_key)),
        ("wrong_name", "example.test", (ca_cert.subject, ca_key)),
    ]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _certificate(name, key, issuer, ca=False)
        contexts[label] = _server_context(folder, label, cert, key)
    return Pki(ca=folder / "ca.pem", **contexts)


def _https_reference(
    context: ssl.SSLContext, ca_bundle: Path | None, sleeps: list[float] | None = None
) -> list[float]:
    """Read reference data from an HTTPS fake server reached as ``localhost``."""
    sleeps = [] if sleeps is None else sleeps
    with FakeServer([Reply(200, EMPTY_REFERENCE)], tls=context) as server:
        bundle = str(ca_bundle) if ca_bundle else None
        transport = fake_transport(f"https://localhost:{server.port}", sleeps, ca_bundle=bundle)
        transport.reference(since=0)
    return sleeps


def test_a_server_certificate_from_the_administrators_ca_is_trusted(pki: Pki) -> None:
    assert _https_reference(pki.signed, pki.ca) == []


def test_a_self_signed_certificate_is_refused_and_not_retried(pki: Pki) -> None:
    sleeps: list[float] = []
    with pytest.raises(InsecureServer) as raised:
        _https_reference(pki.self_signed, None, sleeps)
    assert raised.value.reason == "certificate" and sleeps == []
    assert "certificate is self-signed" in str(raised.value)


def test_the_administrators_ca_is_not_trusted_without_its_bundle(pki: Pki) -> None:
    with pytest.raises(InsecureServer, match="not signed by an authority this laptop trusts"):
        _https_reference(pki.signed, None)


def test_a_certificate_for_another_server_name_is_refused(pki: Pki) -> None:
    with pytest.raises(InsecureServer, match="certificate was issued for a different server"):
        _https_reference(pki.wrong_name, pki.ca)


def test_a_missing_or_unreadable_ca_bundle_is_refused_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "program-ca.pem"
    with pytest.raises(InsecureServer, match=r"program-ca\.pem\) was not found") as raised:
        Transport(
            "https://sync.example.org",
            device_id=None,
            tokens=MemoryTokens(),
            ca_bundle=str(missing),
        )
    assert raised.value.reason == "ca_bundle"
    missing.write_text("not a certificate")
    with pytest.raises(InsecureServer, match="holds no certificates"):
        Transport(
            "https://sync.example.org",
            device_id=None,
            tokens=MemoryTokens(),
            ca_bundle=str(missing),
        )
