"""Server fixtures: a fresh server database on SQLite, and on PostgreSQL when CI provides it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from server.db import Database, make_engine, upgrade
from server.storage import revisions

PG_URL = os.environ.get("COACHAPP_TEST_DATABASE_URL")


def _backends() -> list[object]:
    return [
        "sqlite",
        pytest.param(
            "postgresql",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not PG_URL, reason="COACHAPP_TEST_DATABASE_URL not set"),
            ],
        ),
    ]


@pytest.fixture(params=_backends())
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a new PostgreSQL database per test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    with fresh_postgres_database() as url:
        yield url


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test (or module), dropped afterwards."""
    assert PG_URL is not None
    name = f"coachapp_t_{uuid7().replace('-', '')[:16]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = PG_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def server_db(server_db_url: str) -> Iterator[Database]:
    """The server's database for tests that call storage directly, from several threads at
    once in the concurrency tests (two pushes and a look at who waits on a lock)."""
    engine = make_engine(server_db_url, connections=5)
    upgrade(engine)
    db = Database(engine)
    try:
        yield db
    finally:
        db.dispose()


@dataclass(frozen=True)
class Caller:
    """Who is calling, as the auth layer hands it to storage."""

    account_id: str
    coach_id: str
    org_id: str
    device_id: str
    role: str
    team_id: str | None


@pytest.fixture
def seeded(server_db: Database) -> DemoProgram:
    """The demo program's reference data stored on the server (coaches, teams, partners…)."""
    program = demo_program(org_id=uuid7())
    with server_db.session() as session:
        rows = program.rows()
        for row in rows:
            session.add(row)
        revisions.stamp(session, rows)
    return program


def caller_for(program: DemoProgram, index: int) -> Caller:
    coach = program.coaches[index]
    return Caller(
        account_id=uuid7(),
        coach_id=coach.id,
        org_id=program.org_id,
        device_id=uuid7(),
        role=str(coach.role),
        team_id=coach.team_id,
    )
