"""Signing in, refreshing, revocation and key escrow, over real HTTP against a real server.

The server runs in a thread on loopback (uvicorn) with a fresh database per test: SQLite,
and PostgreSQL too when COACHAPP_TEST_DATABASE_URL is set (``server_db_url`` fixture).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import requests
from fastapi import FastAPI
from sqlalchemy import select, update
from starlette.requests import Request

from coachapp.models import Coach, Team, utcnow
from coachapp.models.enums import CoachRole
from server.api.auth import BAD_CREDENTIALS_MESSAGE, router
from server.api.errors import install_error_handlers
from server.auth import throttle
from server.auth.escrow import EscrowError, open_data_key, seal_data_key
from server.auth.passwords import (
    PasswordParams,
    hash_password,
    needs_rehash,
    verify_password,
)
from server.auth.tokens import (
    REFRESH_RETRY_GRACE,
    TokenExpired,
    TokenInvalid,
    issue_access_token,
    verify_access_token,
)
from server.db import Database, make_engine, upgrade
from server.settings import Settings, load_settings
from server.storage.tables import (
    Account,
    Device,
    LoginThrottle,
    Organization,
    RefreshToken,
    ServerAuditEvent,
)
from sync.protocol import MIN_APP_VERSION, ErrorBody
from tests.server.live import serve_in_thread

PASSWORD = "Blue-Heron-Crossing-42"
ORG_CODE = "TX-HPOG"


@cache
def stored_hash() -> str:
    """One real Argon2id hash shared by the seeded accounts (each costs ~40 ms to make)."""
    return hash_password(PASSWORD)


@dataclass
class Server:
    url: str
    app: FastAPI
    db: Database
    org_id: str
    team_id: str

    @property
    def settings(self) -> Settings:
        settings: Settings = self.app.state.settings
        return settings

    def configure(self, **changes: Any) -> None:
        """Change settings on the running server (each request reads them afresh)."""
        self.app.state.settings = replace(self.settings, **changes)

    def post(self, path: str, body: Any, **kwargs: Any) -> requests.Response:
        return requests.post(self.url + path, json=body, timeout=30, **kwargs)

    def call(self, method: str, path: str, token: str | None, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return requests.request(method, self.url + path, headers=headers, timeout=30, **kwargs)

    def login(self, username: str = "mgarcia", password: str = PASSWORD, **extra: Any) -> Any:
        body = {
            "org": ORG_CODE,
            "username": username,
            "password": password,
            "device_name": "Front desk laptop",
            **extra,
        }
        return self.post("/v1/auth/login", body)

    def add_coach(
        self, username: str, *, role: str = "coach", active: bool = True
    ) -> tuple[str, str]:
        """A coach and their account; returns (coach_id, account_id)."""
        with self.db.session() as session:
            coach = Coach(
                org_id=self.org_id,
                username=username,
                display_name=username.title(),
                role=CoachRole(role) if role in set(CoachRole) else CoachRole.COACH,
                team_id=self.team_id,
                active=active,
            )
            session.add(coach)
            session.flush()
            account = Account(
                org_id=self.org_id,
                coach_id=coach.id,
                username=username,
                password_hash=stored_hash(),
                role=role,
                active=active,
            )
            session.add(account)
            session.flush()
            return coach.id, account.id


@pytest.fixture
def server(server_db_url: str) -> Iterator[Server]:
    """A server of its own for a test that changes data or settings."""
    with running_server(server_db_url) as srv:
        yield srv


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server (SQLite) for the tests that only send requests it must refuse."""
    with running_server(f"sqlite:///{tmp_path_factory.mktemp('shared')}/s.db") as srv:
        yield srv


@contextmanager
def running_server(database_url: str) -> Iterator[Server]:
    engine = make_engine(database_url)
    upgrade(engine)
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(router)
    app.state.db = Database(engine)
    app.state.settings = load_settings(
        environ={},
        overrides={
            "token_secret": "x" * 40,
            "master_key": base64.b64encode(os.urandom(32)).decode(),
        },
    ).check()

    @app.get("/test/boom")
    def boom(name: str) -> None:
        # As a database error would: the message quotes what the request carried.
        raise RuntimeError(f"cannot store {name}")

    with app.state.db.session() as session:
        org = Organization(code=ORG_CODE, name="Gulf Coast Health Careers")
        session.add(org)
        session.flush()
        team = Team(org_id=org.id, name="East Houston", code="EH")
        session.add(team)
        session.flush()
        org_id, team_id = org.id, team.id

    try:
        with serve_in_thread(app) as url:
            srv = Server(url=url, app=app, db=app.state.db, org_id=org_id, team_id=team_id)
            srv.add_coach("mgarcia")
            yield srv
    finally:
        engine.dispose()


def error_of(response: requests.Response) -> ErrorBody:
    """The answer parsed as an ErrorBody (fails the test if it is any other shape)."""
    return ErrorBody.model_validate(response.json())


def audit_actions(server: Server) -> list[tuple[str, str | None]]:
    with server.db.session() as session:
        rows = session.scalars(select(ServerAuditEvent).order_by(ServerAuditEvent.at)).all()
        return [(r.action, r.detail) for r in rows]


# --- signing in ---------------------------------------------------------------------------------


def test_coach_signs_in_and_gets_tokens_a_device_id_and_their_profile(server: Server) -> None:
    response = server.login()

    assert response.status_code == 200
    body = response.json()
    assert body["tokens"]["access_expires_in"] == 15 * 60
    assert body["tokens"]["refresh_expires_in"] == 30 * 86400
    assert body["coach"]["username"] == "mgarcia"
    assert body["coach"]["display_name"] == "Mgarcia"
    assert body["coach"]["team_id"] == server.team_id
    assert body["coach"]["role"] == "coach"
    assert body["key_escrowed"] is False
    with server.db.session() as session:
        device = session.get(Device, body["device_id"])
        assert device is not None and device.name == "Front desk laptop"
    me = server.call("GET", "/v1/auth/escrow", body["tokens"]["access_token"])
    assert me.status_code == 404  # signed in, nothing kept yet


def test_signing_in_again_on_the_same_laptop_keeps_its_device_id(server: Server) -> None:
    first = server.login().json()
    again = server.login(device_id=first["device_id"], username="MGarcia").json()

    assert again["device_id"] == first["device_id"]
    with server.db.session() as session:
        assert len(session.scalars(select(Device)).all()) == 1


def test_wrong_password_unknown_user_and_unknown_org_get_the_same_answer(server: Server) -> None:
    wrong_password = server.login(password="not-the-password")
    unknown_user = server.login(username="nobody")
    unknown_org = server.post(
        "/v1/auth/login",
        {"org": "NOPE", "username": "mgarcia", "password": PASSWORD, "device_name": "x"},
    )

    answers = [wrong_password, unknown_user, unknown_org]
    assert {r.status_code for r in answers} == {401}
    assert len({r.content for r in answers}) == 1
    assert error_of(wrong_password).code == "bad_credentials"
    assert error_of(wrong_password).message == BAD_CREDENTIALS_MESSAGE
    # The audit says why, by id, and never names the username or the password typed.
    failures = [d for a, d in audit_actions(server) if a == "login_failed"]
    assert len(failures) == 3
    assert not any("mgarcia" in (d or "") or "not-the-password" in (d or "") for d in failures)


def test_sixth_failed_sign_in_is_refused_with_retry_after_until_the_block_ends(
    server: Server,
) -> None:
    server.configure(login_block_seconds=1)
    statuses = [server.login(password=f"guess-{i}").status_code for i in range(5)]
    assert statuses == [401] * 5

    blocked = server.login(password="guess-6")
    assert blocked.status_code == 429
    assert error_of(blocked).code == "too_many_attempts"
    assert int(blocked.headers["Retry-After"]) >= 1
    # Even the right password waits out the block: otherwise the block proves nothing.
    assert server.login().status_code == 429

    time.sleep(1.1)
    assert server.login().status_code == 200
    # A success forgets the account's failures.
    assert [server.login(password="typo").status_code for _ in range(4)] == [401] * 4
    assert server.login().status_code == 200


def test_a_blocked_username_that_does_not_exist_looks_like_one_that_does(server: Server) -> None:
    answers = [server.login(username="ghost", password=f"g{i}") for i in range(6)]
    assert [a.status_code for a in answers] == [401] * 5 + [429]


def test_many_usernames_from_one_address_are_throttled_by_address(server: Server) -> None:
    server.configure(login_failures_allowed=1)  # per address: ADDRESS_FACTOR failures
    attempts = [server.login(username=f"user{i}", password="x") for i in range(11)]

    assert [a.status_code for a in attempts[:10]] == [401] * 10
    assert attempts[10].status_code == 429
    # The address is blocked even for a name it never tried.
    assert server.login().status_code == 429


def test_forwarded_addresses_count_only_behind_a_trusted_proxy(server: Server) -> None:
    server.configure(login_failures_allowed=1)
    spoofed = {"X-Forwarded-For": "203.0.113.9"}
    for i in range(10):
        server.post(
            "/v1/auth/login",
            {"org": ORG_CODE, "username": f"u{i}", "password": "x", "device_name": "x"},
            headers=spoofed,
        )
    # Not behind a trusted proxy: the header was ignored and loopback itself is blocked.
    assert (
        server.post(
            "/v1/auth/login",
            {"org": ORG_CODE, "username": "mgarcia", "password": PASSWORD, "device_name": "x"},
            headers={"X-Forwarded-For": "198.51.100.1"},
        ).status_code
        == 429
    )

    server.configure(trusted_proxies=("127.0.0.1",))
    ok = server.post(
        "/v1/auth/login",
        {"org": ORG_CODE, "username": "mgarcia", "password": PASSWORD, "device_name": "x"},
        headers={"X-Forwarded-For": "198.51.100.1"},
    )
    assert ok.status_code == 200


def test_client_address_reads_forwarded_for_right_to_left_past_trusted_proxies() -> None:
    settings = Settings(trusted_proxies=("10.0.0.0/8",))

    def request(peer: str, forwarded: str | None) -> Request:
        headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
        return Request({"type": "http", "client": (peer, 5000), "headers": headers})

    assert throttle.client_address(request("10.0.0.5", "1.2.3.4, 10.0.0.7"), settings) == (
        "1.2.3.4"
    )
    # The client wrote the left part; the proxy appended what it saw.
    assert throttle.client_address(request("10.0.0.5", "9.9.9.9, 1.2.3.4"), settings) == ("1.2.3.4")
    assert throttle.client_address(request("192.0.2.1", "1.2.3.4"), settings) == "192.0.2.1"
    assert throttle.client_address(request("10.0.0.5", "junk"), settings) == "10.0.0.5"
    assert throttle.address_key("2001:db8:1:2:3:4:5:6") == throttle.address_key(
        "2001:db8:1:2:ffff::1"
    )


def test_throttle_window_ends_and_counting_starts_again(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/t.db")
    upgrade(engine)
    db = Database(engine)
    settings = Settings(login_failures_allowed=3, login_window_seconds=60, login_block_seconds=30)
    key = throttle.account_key("ORG", "Someone")
    t0 = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)
    with db.session() as session:
        throttle.record_failure(session, [key], settings=settings, now=t0)
        throttle.record_failure(session, [key], settings=settings, now=t0 + timedelta(seconds=10))
    with db.session() as session:
        # The window ended: the old failures no longer count toward a block.
        throttle.record_failure(session, [key], settings=settings, now=t0 + timedelta(seconds=61))
        assert throttle.check(session, [key], now=t0 + timedelta(seconds=62)) is None
        throttle.record_failure(session, [key], settings=settings, now=t0 + timedelta(seconds=62))
        throttle.record_failure(session, [key], settings=settings, now=t0 + timedelta(seconds=63))
        assert throttle.check(session, [key], now=t0 + timedelta(seconds=64)) == 29
        assert throttle.check(session, [key], now=t0 + timedelta(seconds=93)) is None
        stored = session.get(LoginThrottle, key)
        assert stored is not None and "someone" not in stored.key.lower()
    engine.dispose()


def test_disabled_coach_is_told_so_at_sign_in_and_on_every_call(server: Server) -> None:
    token = server.login().json()["tokens"]["access_token"]
    server.add_coach("jlee", active=False)
    with server.db.session() as session:
        account = session.scalar(select(Account).where(Account.username == "mgarcia"))
        assert account is not None
        account.active = False

    refused = server.login()
    assert refused.status_code == 403
    assert error_of(refused).code == "account_disabled"
    assert error_of(server.login(username="jlee")).code == "account_disabled"
    # A wrong password never learns whether the account is disabled.
    assert error_of(server.login(username="jlee", password="nope")).code == "bad_credentials"
    call = server.call("GET", "/v1/auth/escrow", token)
    assert call.status_code == 403 and error_of(call).code == "account_disabled"


def test_revoked_laptop_is_told_to_wipe_on_sign_in_refresh_and_bearer_calls(
    server: Server,
) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    with server.db.session() as session:
        device = session.get(Device, device_id)
        assert device is not None
        device.revoked_at = datetime.now(UTC)

    login = server.login(device_id=device_id)
    assert login.status_code == 403 and error_of(login).code == "device_revoked"
    call = server.call("GET", "/v1/auth/escrow", signed_in["tokens"]["access_token"])
    assert call.status_code == 403 and error_of(call).code == "device_revoked"
    refresh = server.post(
        "/v1/auth/refresh",
        {"device_id": device_id, "refresh_token": signed_in["tokens"]["refresh_token"]},
    )
    assert refresh.status_code == 403 and error_of(refresh).code == "device_revoked"
    # After wiping, the laptop may be set up again as a new device.
    fresh = server.login()
    assert fresh.status_code == 200 and fresh.json()["device_id"] != device_id


def test_a_laptop_the_server_forgot_is_registered_again_under_its_own_id(server: Server) -> None:
    # The server was restored from a backup older than the laptop's first sign-in; the
    # laptop's vault is bound to its id, so it keeps it.
    known_to_laptop = "01a20644-0000-7000-8000-000000000001"

    response = server.login(device_id=known_to_laptop)
    assert response.status_code == 200 and response.json()["device_id"] == known_to_laptop


def test_a_laptop_of_another_coach_cannot_be_used_to_sign_in(server: Server) -> None:
    server.add_coach("jlee")
    theirs = server.login(username="jlee").json()["device_id"]

    response = server.login(device_id=theirs)
    assert response.status_code == 401
    assert error_of(response).field == "device_id"


# --- tokens -------------------------------------------------------------------------------------


def test_refresh_rotates_the_token_and_the_new_pair_works(server: Server) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    first = signed_in["tokens"]["refresh_token"]

    second = server.post("/v1/auth/refresh", {"device_id": device_id, "refresh_token": first})
    assert second.status_code == 200
    pair = second.json()
    assert pair["refresh_token"] != first
    key = {"data_key": base64.b64encode(os.urandom(32)).decode()}
    assert server.call("PUT", "/v1/auth/escrow", pair["access_token"], json=key).status_code == 204
    third = server.post(
        "/v1/auth/refresh", {"device_id": device_id, "refresh_token": pair["refresh_token"]}
    )
    assert third.status_code == 200
    with server.db.session() as session:
        assert all(
            len(t.token_hash) == 64 and first not in t.token_hash
            for t in session.scalars(select(RefreshToken))
        )


def test_a_refresh_marks_the_laptop_seen_and_only_its_own_tokens_change(server: Server) -> None:
    """What an administrator's device list shows as "last seen" moves with each sync's first
    request; the laptop's token chain moves on by one, other laptops' stay as they were."""
    mine, other = server.login().json(), server.login().json()
    with server.db.session() as session:
        session.execute(update(Device).values(last_seen_at=utcnow() - timedelta(days=3)))
        before = {t.id: (t.used_at, t.revoked_at) for t in session.scalars(select(RefreshToken))}
    answer = refresh_with(server, mine["device_id"], mine["tokens"]["refresh_token"])
    assert answer.status_code == 200, answer.text
    with server.db.session() as session:
        seen = {d.id: d.last_seen_at for d in session.scalars(select(Device))}
        after = {t.id: (t.used_at, t.revoked_at) for t in session.scalars(select(RefreshToken))}
    assert utcnow() - seen[mine["device_id"]] < timedelta(minutes=1)
    assert utcnow() - seen[other["device_id"]] > timedelta(days=2)
    changed = {i for i in after if after[i] != before.get(i)}
    assert len(changed) == 2  # the spent token (used now) and its successor (new, live)
    [spent] = [i for i in changed if i in before]
    [fresh] = [i for i in changed if i not in before]
    assert after[spent][0] is not None and after[spent][1] is None
    assert after[fresh] == (None, None)


def refresh_with(server: Server, device_id: str, token: str) -> requests.Response:
    return server.post("/v1/auth/refresh", {"device_id": device_id, "refresh_token": token})


def test_reusing_a_spent_refresh_token_revokes_all_the_laptops_tokens(server: Server) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    stolen = signed_in["tokens"]["refresh_token"]
    second = refresh_with(server, device_id, stolen).json()["refresh_token"]
    current = refresh_with(server, device_id, second).json()["refresh_token"]

    # The token the stolen one led to was used since: not a retry, a copy in other hands.
    replay = refresh_with(server, device_id, stolen)
    assert replay.status_code == 401 and error_of(replay).code == "unauthenticated"
    # The latest token, which looked valid, died with the rest.
    assert refresh_with(server, device_id, current).status_code == 401
    assert "refresh_token_reused" in [a for a, _ in audit_actions(server)]
    # The laptop is not revoked: the coach signs in again with the password.
    assert server.login(device_id=device_id).status_code == 200


def test_a_refresh_retried_after_its_answer_was_lost_gets_a_new_pair_and_the_lost_one_dies(
    server: Server,
) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    spent = signed_in["tokens"]["refresh_token"]
    lost = refresh_with(server, device_id, spent).json()["refresh_token"]  # never arrived

    retry = refresh_with(server, device_id, spent)

    assert retry.status_code == 200
    pair = retry.json()
    assert pair["refresh_token"] not in (spent, lost)
    key = {"data_key": base64.b64encode(os.urandom(32)).decode()}
    assert server.call("PUT", "/v1/auth/escrow", pair["access_token"], json=key).status_code == 204
    # Exactly one token of the laptop lives on: the one the retry got.
    assert refresh_with(server, device_id, lost).status_code == 401
    assert refresh_with(server, device_id, pair["refresh_token"]).status_code == 200
    assert "refresh_token_reused" not in [a for a, _ in audit_actions(server)]


def test_a_spent_refresh_token_presented_after_the_grace_period_is_theft(server: Server) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    stolen = signed_in["tokens"]["refresh_token"]
    current = refresh_with(server, device_id, stolen).json()["refresh_token"]
    with server.db.session() as session:
        for token in session.scalars(select(RefreshToken).where(RefreshToken.used_at.is_not(None))):
            assert token.used_at is not None
            # Spent a little longer ago than the grace period (the successor issued with it).
            token.used_at -= REFRESH_RETRY_GRACE + timedelta(seconds=1)
        for token in session.scalars(select(RefreshToken).where(RefreshToken.used_at.is_(None))):
            token.issued_at -= REFRESH_RETRY_GRACE + timedelta(seconds=1)

    replay = refresh_with(server, device_id, stolen)

    assert replay.status_code == 401
    assert refresh_with(server, device_id, current).status_code == 401
    assert "refresh_token_reused" in [a for a, _ in audit_actions(server)]


def test_refreshes_racing_with_one_token_leave_exactly_one_live_token(server: Server) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    body = {"device_id": device_id, "refresh_token": signed_in["tokens"]["refresh_token"]}
    answers: list[requests.Response] = []

    def refresh() -> None:
        answers.append(server.post("/v1/auth/refresh", body))

    racers = [threading.Thread(target=refresh) for _ in range(4)]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join()
    # They take turns on the token's row; each later one looks like a retry of a lost answer
    # and supersedes the token answered before it.
    assert [a.status_code for a in answers] == [200] * 4
    tokens = [a.json()["refresh_token"] for a in answers]
    assert len(set(tokens)) == 4
    statuses = [refresh_with(server, device_id, t).status_code for t in tokens]
    assert sorted(statuses) == [200, 401, 401, 401]
    assert "refresh_token_reused" not in [a for a, _ in audit_actions(server)]


def test_refresh_token_of_another_laptop_or_made_up_is_refused(server: Server) -> None:
    mine = server.login().json()
    server.add_coach("jlee")
    theirs = server.login(username="jlee").json()

    cross = server.post(
        "/v1/auth/refresh",
        {"device_id": theirs["device_id"], "refresh_token": mine["tokens"]["refresh_token"]},
    )
    made_up = server.post(
        "/v1/auth/refresh", {"device_id": mine["device_id"], "refresh_token": "A" * 43}
    )
    assert cross.status_code == made_up.status_code == 401
    # The real owner's token was not spent by the attempt.
    own = server.post(
        "/v1/auth/refresh",
        {"device_id": mine["device_id"], "refresh_token": mine["tokens"]["refresh_token"]},
    )
    assert own.status_code == 200


def test_expired_access_token_is_answered_token_expired(server: Server) -> None:
    signed_in = server.login().json()
    with server.db.session() as session:
        account = session.scalar(select(Account).where(Account.username == "mgarcia"))
        assert account is not None
        ids = {"account_id": account.id, "coach_id": account.coach_id, "org_id": account.org_id}
    old = issue_access_token(
        **ids,
        device_id=signed_in["device_id"],
        role="coach",
        via="password",
        settings=server.settings,
        now=datetime.now(UTC) - timedelta(minutes=16),
    )

    response = server.call("GET", "/v1/auth/escrow", old)
    assert response.status_code == 401
    assert error_of(response).code == "token_expired"
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_access_token_expiry_and_version_are_checked() -> None:
    settings = Settings(token_secret="s" * 40)
    now = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    token = issue_access_token(
        account_id="a",
        coach_id="c",
        device_id="d",
        org_id="o",
        role="coach",
        via="refresh",
        settings=settings,
        now=now,
    )

    claims = verify_access_token(token, settings, now=now + timedelta(minutes=14, seconds=59))
    assert (claims.account_id, claims.device_id, claims.via) == ("a", "d", "refresh")
    with pytest.raises(TokenExpired):
        verify_access_token(token, settings, now=now + timedelta(minutes=15))
    with pytest.raises(TokenInvalid):
        verify_access_token(token, Settings(token_secret="t" * 40), now=now)
    with pytest.raises(TokenInvalid):  # issued an hour from now: a clock or a forgery
        verify_access_token(token, settings, now=now - timedelta(hours=1))


def test_forged_or_garbled_bearer_tokens_are_unauthenticated(server: Server) -> None:
    signed_in = server.login().json()
    token = signed_in["tokens"]["access_token"]
    body, _signature = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["role"] = "admin"
    raised = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    other_secret = issue_access_token(
        account_id=payload["sub"],
        coach_id=payload["cid"],
        device_id=payload["dev"],
        org_id=payload["org"],
        role="admin",
        via="password",
        settings=Settings(token_secret="y" * 40),
    )

    for bad in [
        f"{raised}.{_signature}",
        other_secret,
        token + "x",
        "a.b.c",
        "not a token",
        "é" * 10,
        "x" * 5000,
    ]:
        response = server.call(
            "GET", "/v1/auth/escrow", None, headers={"Authorization": f"Bearer {bad}".encode()}
        )
        assert response.status_code == 401, bad
        assert error_of(response).code == "unauthenticated"
    for header in [None, "Bearer", "Basic bWdhcmNpYTpwdw==", token]:
        headers = {"Authorization": header} if header else {}
        response = server.call("GET", "/v1/auth/escrow", None, headers=headers)
        assert response.status_code == 401
        assert error_of(response).code == "unauthenticated"


# --- key escrow ---------------------------------------------------------------------------------


def test_laptop_escrows_its_key_and_gets_it_back_but_another_laptop_does_not(
    server: Server,
) -> None:
    first = server.login(device_name="Office laptop").json()
    data_key = base64.b64encode(os.urandom(32)).decode()
    token = first["tokens"]["access_token"]

    put = server.call("PUT", "/v1/auth/escrow", token, json={"data_key": data_key})
    assert put.status_code == 204
    assert server.call("PUT", "/v1/auth/escrow", token, json={"data_key": data_key}).ok
    with server.db.session() as session:
        device = session.get(Device, first["device_id"])
        assert device is not None and device.escrowed_key is not None
        assert base64.b64decode(data_key) not in device.escrowed_key

    # Forgotten passphrase: the coach signs in online again on the same laptop.
    again = server.login(device_id=first["device_id"]).json()
    assert again["key_escrowed"] is True
    got = server.call(
        "GET",
        "/v1/auth/escrow",
        again["tokens"]["access_token"],
        params={"device_id": first["device_id"]},
    )
    assert got.status_code == 200 and got.json() == {"data_key": data_key}

    other = server.login(device_name="Home laptop").json()
    assert other["device_id"] != first["device_id"]
    stolen = server.call(
        "GET",
        "/v1/auth/escrow",
        other["tokens"]["access_token"],
        params={"device_id": first["device_id"]},
    )
    assert stolen.status_code == 403 and error_of(stolen).code == "forbidden"
    own = server.call("GET", "/v1/auth/escrow", other["tokens"]["access_token"])
    assert own.status_code == 404  # the other laptop has nothing of its own kept
    actions = [a for a, _ in audit_actions(server)]
    assert actions.count("escrow_deposit") == 1 and actions.count("escrow_return") == 1


def test_escrowed_key_needs_a_password_sign_in_after_the_last_password_change(
    server: Server,
) -> None:
    signed_in = server.login().json()
    device_id = signed_in["device_id"]
    key = base64.b64encode(os.urandom(32)).decode()
    server.call(
        "PUT", "/v1/auth/escrow", signed_in["tokens"]["access_token"], json={"data_key": key}
    )

    refreshed = server.post(
        "/v1/auth/refresh",
        {"device_id": device_id, "refresh_token": signed_in["tokens"]["refresh_token"]},
    ).json()
    by_refresh = server.call("GET", "/v1/auth/escrow", refreshed["access_token"])
    assert by_refresh.status_code == 403

    with server.db.session() as session:
        account = session.scalar(select(Account).where(Account.username == "mgarcia"))
        assert account is not None
        account.password_changed_at = datetime.now(UTC) + timedelta(seconds=2)
    before_reset = server.call("GET", "/v1/auth/escrow", signed_in["tokens"]["access_token"])
    assert before_reset.status_code == 403


def test_escrow_deposit_that_is_not_a_32_byte_key_is_refused(server: Server) -> None:
    token = server.login().json()["tokens"]["access_token"]
    for bad in ["A" * 40, "!" * 44, base64.b64encode(os.urandom(33)).decode()]:
        response = server.call("PUT", "/v1/auth/escrow", token, json={"data_key": bad})
        assert response.status_code == 422
        assert error_of(response).field == "data_key"


def test_sealed_key_opens_only_for_its_own_device_and_master_key() -> None:
    master, key = os.urandom(32), os.urandom(32)
    sealed = seal_data_key(key, device_id="dev-a", master_key=master)

    assert open_data_key(sealed, device_id="dev-a", master_key=master) == key
    with pytest.raises(EscrowError):
        open_data_key(sealed, device_id="dev-b", master_key=master)
    with pytest.raises(EscrowError):
        open_data_key(sealed, device_id="dev-a", master_key=os.urandom(32))
    with pytest.raises(EscrowError):
        open_data_key(b"\x02" + sealed[1:], device_id="dev-a", master_key=master)


# --- passwords ----------------------------------------------------------------------------------


def test_password_hashes_verify_and_know_when_they_are_out_of_date() -> None:
    phc = stored_hash()
    assert phc.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify_password(PASSWORD, phc)
    assert not verify_password(PASSWORD + "!", phc)
    assert not needs_rehash(phc)
    weak = hash_password(PASSWORD, params=PasswordParams(memory_kib=1024, iterations=1, lanes=1))
    assert verify_password(PASSWORD, weak) and needs_rehash(weak)
    # The same accented password typed two ways (NFC / NFD) is one password.
    accented = hash_password("Ca\u0301mara-del-sol")
    assert verify_password("C\u00e1mara-del-sol", accented)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plaintext",
        "$argon2id$v=19$m=19456,t=2,p=1$bad$bad",
        "$argon2i$v=19$m=8,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=99999999,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_a_damaged_stored_hash_refuses_the_password_without_raising(stored: str) -> None:
    assert verify_password(PASSWORD, stored) is False
    assert needs_rehash(stored)


def test_sign_in_rehashes_a_password_stored_with_old_parameters(server: Server) -> None:
    weak = hash_password(PASSWORD, params=PasswordParams(memory_kib=1024, iterations=1, lanes=1))
    with server.db.session() as session:
        account = session.scalar(select(Account).where(Account.username == "mgarcia"))
        assert account is not None
        account.password_hash = weak

    assert server.login().status_code == 200
    with server.db.session() as session:
        account = session.scalar(select(Account).where(Account.username == "mgarcia"))
        assert account is not None
        assert not needs_rehash(account.password_hash)
        assert verify_password(PASSWORD, account.password_hash)


# --- protocol and validation --------------------------------------------------------------------


def test_an_app_too_old_for_the_server_is_told_which_version_to_install(
    shared_server: Server,
) -> None:
    response = shared_server.login(protocol=0)
    assert response.status_code == 426
    error = error_of(response)
    assert error.code == "upgrade_required" and MIN_APP_VERSION in error.message


@pytest.mark.parametrize(
    ("path", "raw", "content_type"),
    [
        ("/v1/auth/login", b"{not json", "application/json"),
        ("/v1/auth/login", b"", "application/json"),
        ("/v1/auth/login", b"[]", "application/json"),
        ("/v1/auth/login", b"null", "application/json"),
        ("/v1/auth/login", b'{"org": 1, "username": [], "password": {}}', "application/json"),
        ("/v1/auth/login", json.dumps({"org": "x" * 10_000}).encode(), "application/json"),
        (
            "/v1/auth/login",
            json.dumps(
                {"org": "o", "username": "u", "password": "p", "device_name": "d", "admin": True}
            ).encode(),
            "application/json",
        ),
        (
            "/v1/auth/login",
            json.dumps(
                {"org": "o", "username": "u", "password": "p", "device_name": "d", "device_id": "1"}
            ).encode(),
            "application/json",
        ),
        (
            "/v1/auth/login",
            json.dumps(
                {
                    "org": "o",
                    "username": "u",
                    "password": "p",
                    "device_name": "d",
                    "protocol": "1e9",
                }
            ).encode(),
            "application/json",
        ),
        ("/v1/auth/login", b"org=o&username=u", "application/x-www-form-urlencoded"),
        ("/v1/auth/login", "\udcff".encode("utf-8", "surrogatepass"), "application/json"),
        ("/v1/auth/refresh", b'{"device_id": "x", "refresh_token": "y"}', "application/json"),
        ("/v1/auth/refresh", b'{"device_id": null}', "text/plain"),
    ],
)
def test_junk_bodies_get_a_readable_4xx_and_never_a_500(
    shared_server: Server, path: str, raw: bytes, content_type: str
) -> None:
    response = requests.post(
        shared_server.url + path, data=raw, headers={"Content-Type": content_type}, timeout=30
    )
    assert 400 <= response.status_code < 500
    error = error_of(response)
    assert error.code == "invalid_request"
    assert "p" * 3 not in error.message


def test_huge_protocol_numbers_and_future_protocols_are_refused_cleanly(
    shared_server: Server,
) -> None:
    assert shared_server.login(protocol=10**30).status_code in (400, 422)
    future = shared_server.login(protocol=99)
    assert future.status_code == 400 and error_of(future).field == "protocol"


def test_unknown_routes_and_methods_answer_with_an_error_body(shared_server: Server) -> None:
    missing = requests.get(shared_server.url + "/v1/nothing", timeout=30)
    assert missing.status_code == 404 and error_of(missing).code == "not_found"
    wrong = requests.delete(shared_server.url + "/v1/auth/login", timeout=30)
    assert wrong.status_code == 405 and error_of(wrong).code == "invalid_request"


def test_an_unexpected_error_is_a_500_with_a_reference_and_a_clean_log(
    shared_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        response = requests.get(
            shared_server.url + "/test/boom", params={"name": "Maria Lopez 123-45-6789"}, timeout=30
        )

    assert response.status_code == 500
    error = error_of(response)
    assert error.code == "internal_error" and "Reference" in error.message
    assert "Maria" not in response.text
    assert caplog.records, "the error was logged"
    assert not any("Maria" in r.getMessage() or "123-45" in r.getMessage() for r in caplog.records)
