"""A real server (``server.app.create_app``) on a loopback port, seeded with a demo program.

Used by the HTTP tests here and, later, by the sync engine's tests.
"""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests
import uvicorn
from fastapi import FastAPI

from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from coachapp.models import Coach
from coachapp.models.enums import CoachRole
from server.app import create_app
from server.auth.passwords import hash_password
from server.db import Database, make_engine, upgrade
from server.settings import load_settings
from server.storage import revisions
from server.storage.tables import Account, Organization

PASSWORD = "Harbor-Lantern-Meadow-77"
ORG_CODE = "OH-HPOG"


@dataclass
class Session:
    """A signed-in laptop: its device id and tokens."""

    username: str
    coach_id: str
    device_id: str
    access_token: str
    refresh_token: str


@dataclass
class LiveServer:
    url: str
    app: FastAPI
    db: Database
    program: DemoProgram
    accounts: dict[str, str] = field(default_factory=dict)  # username → coach id

    def request(
        self, method: str, path: str, token: str | None = None, **kwargs: Any
    ) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return requests.request(method, self.url + path, headers=headers, timeout=30, **kwargs)

    def sign_in(self, username: str, *, device_id: str | None = None) -> Session:
        body: dict[str, Any] = {
            "org": ORG_CODE,
            "username": username,
            "password": PASSWORD,
            "device_name": f"{username}'s laptop",
        }
        if device_id:
            body["device_id"] = device_id
        answer = self.request("POST", "/v1/auth/login", json=body)
        assert answer.status_code == 200, answer.text
        data = answer.json()
        return Session(
            username=username,
            coach_id=data["coach"]["coach_id"],
            device_id=data["device_id"],
            access_token=data["tokens"]["access_token"],
            refresh_token=data["tokens"]["refresh_token"],
        )

    def add_account(
        self, username: str, *, role: CoachRole, team_id: str | None, active: bool = True
    ) -> str:
        with self.db.session() as s:
            coach = Coach(
                org_id=self.program.org_id,
                username=username,
                display_name=username.replace(".", " ").title(),
                role=role,
                team_id=team_id,
                active=active,
            )
            s.add(coach)
            s.flush()
            revisions.stamp(s, [coach])
            s.add(
                Account(
                    org_id=self.program.org_id,
                    coach_id=coach.id,
                    username=username,
                    password_hash=_hash(),
                    role=role.value,
                    active=active,
                )
            )
            self.accounts[username] = coach.id
            return coach.id


_HASH: list[str] = []


def _hash() -> str:
    if not _HASH:
        _HASH.append(hash_password(PASSWORD))
    return _HASH[0]


@contextmanager
def live_server(database_url: str) -> Iterator[LiveServer]:
    engine = make_engine(database_url)
    upgrade(engine)
    engine.dispose()
    settings = load_settings(
        environ={},
        overrides={
            "database_url": database_url,
            "token_secret": "t" * 48,
            "master_key": base64.b64encode(os.urandom(32)).decode(),
        },
    )
    app = create_app(settings)
    program = demo_program(org_id=uuid7())
    db: Database = app.state.db
    with db.session() as s:
        s.add(Organization(id=program.org_id, code=ORG_CODE, name="Demo Health Careers"))
        rows = program.rows()
        s.add_all(rows)
        s.flush()
        revisions.stamp(s, rows)
        for coach in program.coaches:
            s.add(
                Account(
                    org_id=program.org_id,
                    coach_id=coach.id,
                    username=coach.username,
                    password_hash=_hash(),
                    role=str(coach.role),
                    active=True,
                )
            )
    try:
        with serve_in_thread(app) as url:
            live = LiveServer(url=url, app=app, db=db, program=program)
            live.accounts = {c.username: c.id for c in program.coaches}
            yield live
    finally:
        db.dispose()


@contextmanager
def serve_in_thread(app: FastAPI, *, start_timeout: float = 15) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yields its base URL.

    ``proxy_headers`` is off, as in production: X-Forwarded-For is judged by our settings
    alone. The app's start-up and shut-down run as in production (the start-up sets how many
    requests run at once). The server is stopped (and its thread joined) on the way out.
    """
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", proxy_headers=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        assert thread.is_alive(), "server failed to start"
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
