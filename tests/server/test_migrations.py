"""An administrator upgrades a server that already holds a program's records: every record is
kept, and laptops still get all of them.

The schema steps are checked over real rows (written by the real push), not over an empty
database: ``python -m server init-db`` runs them on every start and on every upgrade.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import inspect, text

from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from server.db import Database, alembic_config, make_engine, upgrade
from server.storage import revisions
from server.storage.pull import pull
from sync.protocol import Outcome
from tests.server.conftest import caller_for
from tests.server.test_push_pull import DANA, LEE, SAM, edit, new_participant, note, push

#: The revision before a laptop's own pushed rows were marked (s0004, ``echo_device_id``).
BEFORE_ECHO = "s0003"
#: The revision before who may see a record was copied onto its index entry (s0005).
BEFORE_SCOPE = "s0004"


@pytest.fixture
def database(server_db_url: str) -> Iterator[Database]:
    db = Database(make_engine(server_db_url))
    try:
        yield db
    finally:
        db.dispose()


def _seed(db: Database) -> DemoProgram:
    program = demo_program(org_id=uuid7())
    with db.session() as session:
        rows = program.rows()
        for row in rows:
            session.add(row)
        revisions.stamp(session, rows)
    return program


def _downgrade(db: Database, target: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def _columns(db: Database, table: str) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns(table)}


def test_an_upgrade_over_pushed_records_keeps_them_and_laptops_still_pull_them_all(
    database: Database,
) -> None:
    upgrade(database.engine)
    program = _seed(database)
    dana = caller_for(program, DANA)
    people = [uuid7() for _ in range(3)]
    answer = push(database, dana, *(new_participant(pid) for pid in people))
    assert {r.outcome for r in answer.results} == {Outcome.APPLIED}
    changed = push(
        database, dana, edit(people[0], answer.results[0].rev, {"city": "Xenia"}, {"city": None})
    )
    assert changed.results[0].outcome is Outcome.APPLIED

    # Back to the release before s0004 (an administrator rolling back), then up again.
    _downgrade(database, BEFORE_ECHO)
    assert "echo_device_id" not in _columns(database, "sync_index")
    upgrade(database.engine)
    assert "echo_device_id" in _columns(database, "sync_index")

    sam = caller_for(program, SAM)
    with database.session() as session:
        everything = pull(session, sam, cursor=0, limit=1000).model()
        # Dana's own pushes from before the upgrade are not known to be hers: her next pull
        # that leaves her own rows out still brings them (a few rows once, nothing lost).
        hers = pull(
            session,
            dana,
            cursor=0,
            limit=1000,
            own_device_id=dana.device_id,
            own_from=answer.results[0].rev,
        ).model()
    for page in (everything, hers):
        rows = {c.row["id"]: c.row for c in page.changes if c.table == "participants"}
        assert set(people) <= set(rows)
        assert rows[people[0]]["city"] == "Xenia"

    # And the upgraded server goes on working: a new push is answered and marked as hers.
    later = uuid7()
    after = push(database, dana, new_participant(later))
    assert after.results[0].outcome is Outcome.APPLIED
    with database.session() as session:
        own_left_out = pull(
            session,
            dana,
            cursor=0,
            limit=1000,
            own_device_id=dana.device_id,
            own_from=after.results[0].rev,
        ).model()
    assert later not in {c.row["id"] for c in own_left_out.changes}


def test_an_upgrade_copies_who_may_see_each_record_onto_the_index(database: Database) -> None:
    upgrade(database.engine)
    program = _seed(database)
    dana, sam, lee = (caller_for(program, i) for i in (DANA, SAM, LEE))
    teammate = dataclasses.replace(dana, coach_id=uuid7(), device_id=uuid7())  # North coach
    shared, private = uuid7(), uuid7()
    ordinary, secret = note(shared, "a"), note(shared, "b", restricted=True)
    other = note(private, "c")
    answer = push(
        database,
        dana,
        new_participant(shared, shared_with_team=True),
        new_participant(private),
        ordinary,
        secret,
        other,
    )
    assert {r.outcome for r in answer.results} == {Outcome.APPLIED}

    def views() -> list[set[str]]:
        with database.session() as session:
            return [
                {c.row_id for c in pull(session, who, cursor=0, limit=1000).model().changes}
                for who in (dana, sam, lee, teammate)
            ]

    before = views()
    records = {shared, private, ordinary.row_id, secret.row_id, other.row_id}
    assert before[0] >= records and before[1] >= records and not before[2] & records
    assert before[3] & records == {shared, ordinary.row_id}

    # The index as the release before wrote it: a participant's records named only the
    # participant, not their coach and team.
    _downgrade(database, BEFORE_SCOPE)
    assert "team_shared" not in _columns(database, "sync_index")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE sync_index SET owner_coach_id = NULL, team_id = NULL"
                " WHERE participant_id IS NOT NULL AND table_name <> 'participants'"
            )
        )
    upgrade(database.engine)
    assert views() == before
