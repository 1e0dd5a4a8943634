"""A live server for the bad-input checks: the demo program, an administrator, a second
organisation with a participant of its own, and a digest of every table.

The digest is split in two: the *records* (every domain table and the server's own accounts,
devices, tokens, revisions, sync index…) that a refused request must leave exactly as they
were, and the *bookkeeping* a refused request is meant to leave behind (the server's audit
log, failed sign-in counts, and the remembered "rejected" answer of a refused mutation, so a
retry gets the same answer). Checks compare the first and say what changed in the second.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Engine

from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.models.enums import CoachRole
from server.db import metadata
from server.storage import revisions
from server.storage.tables import Account, Organization
from sync.protocol import PROTOCOL_VERSION
from tests.server.conftest import fresh_postgres_database
from tests.server.live import PASSWORD, LiveServer, Session, _hash, live_server

OTHER_ORG = "OTHER-ORG"
#: Tables a refused request may add to: the audit log, failed sign-in counts, and the
#: remembered answers of refused mutations.
BOOKKEEPING = frozenset({"server_audit", "login_throttle", "applied_mutations"})
#: Columns that record when, not what: a laptop's last contact (kept at most once a minute).
WHEN_SEEN = {"devices": frozenset({"last_seen_at"})}


@dataclass
class World:
    live: LiveServer
    backend: str
    sessions: dict[str, Session] = field(default_factory=dict)  # role → signed-in laptop
    participant: str = ""  # the demo coach's participant
    other: Session | None = None  # a coach of the second organisation
    other_participant: str = ""

    @property
    def coach(self) -> Session:
        return self.sessions["coach"]


def backend_url(backend: str, stack: ExitStack, folder: Path) -> str:
    if backend == "postgresql":
        return stack.enter_context(fresh_postgres_database())
    return f"sqlite:///{folder / 'server.db'}"


def preferred_backend() -> str:
    """PostgreSQL (what a program runs) when the tests have one, else the SQLite default."""
    return "postgresql" if os.environ.get("COACHAPP_TEST_DATABASE_URL") else "sqlite"


@contextmanager
def world(backend: str, folder: Path) -> Iterator[World]:
    with ExitStack() as stack:
        live = stack.enter_context(live_server(backend_url(backend, stack, folder)))
        live.add_account("ada.admin", role=CoachRole.ADMIN, team_id=None)
        made = World(live=live, backend=backend)
        for role, username in (
            ("coach", "demo.coach"),
            ("supervisor", "sam.supervisor"),
            ("admin", "ada.admin"),
        ):
            made.sessions[role] = live.sign_in(username)
        made.participant = push_participant(live, made.coach, "Fuzz", "Target")
        made.other = _second_org(live)
        made.other_participant = push_participant(live, made.other, "Other", "Orgperson")
        yield made


def _second_org(live: LiveServer) -> Session:
    """Another program on the same server, with its own coach signed in."""
    program = demo_program(org_id=uuid7())
    with live.db.session() as s:
        s.add(Organization(id=program.org_id, code=OTHER_ORG, name="Another Program"))
        rows = program.rows()
        s.add_all(rows)
        s.flush()
        revisions.stamp(s, rows)
        coach = program.coaches[0]
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
    answer = live.request(
        "POST",
        "/v1/auth/login",
        json={
            "org": OTHER_ORG,
            "username": program.coaches[0].username,
            "password": PASSWORD,
            "device_name": "other org laptop",
        },
    )
    assert answer.status_code == 200, answer.text
    data = answer.json()
    return Session(
        username=program.coaches[0].username,
        coach_id=data["coach"]["coach_id"],
        device_id=data["device_id"],
        access_token=data["tokens"]["access_token"],
        refresh_token=data["tokens"]["refresh_token"],
    )


def push_body(device_id: str, mutations: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL_VERSION,
        "device_id": device_id,
        "batch_id": uuid7(),
        "mutations": mutations,
    }


def participant_upsert(row_id: str, first: str, last: str, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": uuid7(),
        "table": "participants",
        "row_id": row_id,
        "op": "upsert",
        "base_rev": 0,
        "fields": {
            "first_name": first,
            "last_name": last,
            "name_key": f"{last} {first}".lower(),
            "status": "enrolled",
            "tanf_recipient": False,
            **fields,
        },
    }


def push_participant(live: LiveServer, laptop: Session, first: str, last: str) -> str:
    row_id = uuid7()
    answer = live.request(
        "POST",
        "/v1/sync/push",
        laptop.access_token,
        json=push_body(laptop.device_id, [participant_upsert(row_id, first, last)]),
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["outcome"] == "applied", answer.text
    return row_id


@dataclass(frozen=True)
class Digest:
    records: str
    counts: dict[str, int]

    def changed_tables(self, other: Digest) -> list[str]:
        return sorted(t for t in self.counts if self.counts[t] != other.counts.get(t))


def digest(engine: Engine) -> Digest:
    """Row counts of every table, and one hash of every record table's contents."""
    records = hashlib.sha256()
    counts: dict[str, int] = {}
    tables: list[Table] = [t for meta in metadata() for t in meta.sorted_tables]
    with engine.connect() as conn:
        for table in sorted(tables, key=lambda t: t.name):
            skip = WHEN_SEEN.get(table.name, frozenset())
            rows = conn.execute(select(*(c for c in table.c if c.name not in skip))).all()
            counts[table.name] = len(rows)
            if table.name in BOOKKEEPING:
                continue
            records.update(f"{table.name}:{len(rows)}\n".encode())
            for line in sorted(repr(tuple(row)) for row in rows):
                records.update(line.encode("utf-8", "surrogatepass"))
    return Digest(records=records.hexdigest(), counts=counts)
