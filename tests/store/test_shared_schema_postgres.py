"""The same models serve the server: they build and round-trip on PostgreSQL.

Runs when COACHAPP_TEST_DATABASE_URL is set (``.ci/run`` sets it); reported as skipped
otherwise, never counted as a pass.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models import Base, Participant
from coachapp.models.enums import ParticipantStatus

URL = os.environ.get("COACHAPP_TEST_DATABASE_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="COACHAPP_TEST_DATABASE_URL not set (.ci/run sets it)"),
]


@pytest.fixture
def pg() -> Iterator[Engine]:
    assert URL is not None
    engine = create_engine(URL)
    schema = f"t_{uuid7().replace('-', '')[:20]}"
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = engine.execution_options(schema_translate_map={None: schema})
    Base.metadata.create_all(scoped)
    try:
        yield scoped  # type: ignore[misc]
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def test_participant_round_trips_on_postgresql_with_aware_timestamps(pg: Engine) -> None:
    made = datetime(2026, 3, 1, 15, 30, tzinfo=UTC)
    with Session(pg) as s, s.begin():
        s.add(
            Participant(
                org_id=uuid7(),
                first_name="Nadia",
                last_name="Haddad",
                name_key="haddad nadia",
                date_of_birth=date(1991, 7, 4),
                status=ParticipantStatus.ENROLLED,
                created_at=made,
                updated_at=made,
            )
        )
    with Session(pg) as s:
        p = s.query(Participant).one()
        assert (p.first_name, p.status, p.created_at) == ("Nadia", "enrolled", made)


def test_postgresql_rejects_a_status_outside_the_vocabulary(pg: Engine) -> None:
    schema = pg.get_execution_options()["schema_translate_map"][None]
    with pytest.raises(IntegrityError), pg.begin() as conn:
        conn.execute(text(f'SET LOCAL search_path TO "{schema}"'))
        conn.execute(
            text(
                "INSERT INTO participants (id, org_id, rev, deleted, created_at, updated_at, "
                "first_name, last_name, name_key, tanf_recipient, status, shared_with_team) "
                "VALUES ('x', 'o', 0, false, now(), now(), 'a', 'b', 'b a', false, 'graduated', "
                "false)"
            )
        )
