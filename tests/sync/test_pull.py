"""Pulling into the laptop's store: rows written in bulk, past the ORM, must end up exactly as
the ORM would have stored them; local work waiting to go is rebased, not overwritten; the
search index follows; a pull cancelled between pages resumes where it stopped."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text

from coachapp.demo import people
from coachapp.demo.reference import DemoProgram
from coachapp.models import SYNCED_MODELS, Participant
from coachapp.models.wire import from_wire, to_wire
from coachapp.services import participants
from coachapp.store import search
from coachapp.store.local import LocalStore
from sync import apply
from sync.engine import PULL_CURSOR, read_setting
from tests.conftest import TODAY
from tests.server.live import LiveServer
from tests.sync.casework import assert_matches_server, enroll
from tests.sync.laptops import Laptop


def wire_rows(store: LocalStore) -> list[tuple[str, dict[str, Any]]]:
    """Every synced row of ``store`` in the server's wire form (what a pull carries)."""
    rows: list[tuple[str, dict[str, Any]]] = []
    with store.read() as s:
        for table, model in SYNCED_MODELS.items():
            for obj in s.scalars(select(model).order_by(model.id)):
                columns = inspect(obj).mapper.column_attrs
                rows.append((table, {a.key: to_wire(getattr(obj, a.key)) for a in columns}))
    return rows


def stored(store: LocalStore, table: str) -> list[tuple[Any, ...]]:
    """A table's rows as SQLite holds them (text, numbers), in id order."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY id')]


def found(store: LocalStore, query: str) -> list[str]:
    with store.read() as s:
        return [hit.participant_id for hit in search.find(s, query)]


def search_index(store: LocalStore) -> set[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        found = conn.execute(
            text(
                f"SELECT k.participant_id, s.names, s.numbers FROM {search.TABLE} s "
                f"JOIN {search.KEYS} k ON k.search_rowid = s.rowid"
            )
        )
        return {(r[0], r[1], r[2]) for r in found}


@pytest.fixture
def empty_store(tmp_path: Path) -> Any:
    opened = LocalStore.open(tmp_path / "pulled.db", key=os.urandom(32), actor=None)
    yield opened
    opened.close()


def test_rows_written_in_bulk_are_stored_exactly_as_the_orm_stores_them(
    store: LocalStore, program: DemoProgram, empty_store: LocalStore
) -> None:
    people.generate(store, program, participants=25, unsynced=True, today=TODAY)
    rows = wire_rows(store)
    assert len({t for t, _ in rows}) >= 12  # most tables, every column type

    with empty_store.write(remote=True) as session:
        assert apply.apply_rows(session, rows) == len(rows)

    for table in SYNCED_MODELS:
        assert stored(empty_store, table) == stored(store, table), table
    assert search_index(empty_store) == search_index(store)

    # The same rows again (now an UPDATE of every row): nothing changes.
    with empty_store.write(remote=True) as session:
        apply.apply_rows(session, rows)
    for table in SYNCED_MODELS:
        assert stored(empty_store, table) == stored(store, table), table


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-03-16T09:30:00+00:00",  # no fraction
        "2026-03-16T09:30:00.000120+00:00",
        "2026-03-16T11:30:00.5+02:00",  # another zone and a short fraction: parsed
        "2026-03-16T04:30:00-05:00",
    ],
)
def test_timestamps_in_any_form_are_stored_as_the_orm_stores_them(
    store: LocalStore, empty_store: LocalStore, stamp: str
) -> None:
    [(table, row)] = [(t, r) for t, r in wire_rows(store) if t == "coaches"][:1]
    row = {**row, "updated_at": stamp, "created_at": stamp}
    with empty_store.write(remote=True) as session:
        apply.apply_rows(session, [(table, row)])
    reference = LocalStore.open(
        empty_store.path.with_name("orm.db"), key=os.urandom(32), actor=None
    )
    try:
        model = SYNCED_MODELS[table]
        columns = model.__table__.columns  # type: ignore[attr-defined]
        with reference.write(remote=True) as session:
            session.add(model(**{k: from_wire(columns[k], v) for k, v in row.items()}))
        assert stored(empty_store, table) == stored(reference, table)
    finally:
        reference.close()


def test_a_pulled_row_with_a_waiting_local_edit_keeps_the_edit_and_takes_the_rest(
    store: LocalStore, program: DemoProgram
) -> None:
    people.generate(store, program, participants=3, today=TODAY)  # as pulled: nothing waits
    with store.read() as s:
        person = s.scalars(select(Participant).order_by(Participant.id)).first()
        assert person is not None
        pid, rev = person.id, person.rev
    participants.update_participant(store, pid, changes={"city": "Marion"})
    [(_, server_row)] = [(t, r) for t, r in wire_rows(store) if r["id"] == pid]
    server_row.update(city="Dayton", last_name="Okonkwo-Reyes", phone="614-555-0199", rev=rev + 5)

    with store.write(remote=True) as session:
        apply.apply_rows(session, [("participants", server_row)])

    with store.read() as s:
        person = s.get(Participant, pid)
        assert person is not None
        assert (person.city, person.last_name, person.phone, person.rev) == (
            "Marion",  # changed here, still waiting to go: rebased, not overwritten
            "Okonkwo-Reyes",
            "614-555-0199",
            rev + 5,
        )
    assert participants.get_participant(store, pid).has_unsynced_changes
    # The index follows the row as it now stands.
    assert found(store, "Okonkwo") == [pid]


def test_search_finds_pulled_people_by_their_latest_name_and_forgets_deleted_ones(
    store: LocalStore, program: DemoProgram, empty_store: LocalStore
) -> None:
    people.generate(store, program, participants=4, unsynced=True, today=TODAY)
    rows = [(t, r) for t, r in wire_rows(store) if t == "participants"]
    with empty_store.write(remote=True) as session:
        apply.apply_rows(session, rows)
    (_, first), (_, second) = rows[0], rows[1]
    assert first["id"] in found(empty_store, first["last_name"])

    renamed = {**first, "last_name": "Zwelithini", "tanf_case_number": "TX-0099123"}
    gone = {**second, "deleted": True}
    with empty_store.write(remote=True) as session:
        apply.apply_rows(session, [("participants", renamed), ("participants", gone)])

    assert found(empty_store, "Zwelith") == [first["id"]]
    assert found(empty_store, "99123") == [first["id"]]
    assert first["id"] not in found(empty_store, first["last_name"])
    keys = {pid for pid, _n, _c in search_index(empty_store)}
    assert second["id"] not in keys and len(keys) == len(rows) - 1


def test_a_pull_cancelled_between_pages_keeps_whole_pages_and_resumes(
    live: LiveServer, dana: Laptop, sam: Laptop
) -> None:
    made = [enroll(dana, f"Page{i}", last="Cursor") for i in range(12)]
    dana.sync()
    sam.engine.pull_limit = 7
    pages = 0

    def after_two_pages() -> bool:
        nonlocal pages
        pages += 1
        return pages == 2

    report = sam.engine.sync(cancel=after_two_pages)

    assert report.cancelled and report.pulled == 14
    with sam.store.read() as s:
        here = s.scalar(select(func.count()).where(Participant.id.in_(made)))
    assert 0 < (here or 0) < len(made)
    assert int(read_setting(sam.store, PULL_CURSOR) or 0) > 0
    report = sam.sync()
    assert not report.cancelled
    assert_matches_server(live, sam)
