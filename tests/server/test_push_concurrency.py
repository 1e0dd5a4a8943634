"""Two laptops pushing the same record at the same moment: nothing is silently lost."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import text

from coachapp.demo.reference import DemoProgram
from coachapp.ids import uuid7
from coachapp.models import Conflict, Participant
from server.db import Database
from server.storage import bulk
from server.storage import push as push_module
from server.storage.pull import pull
from sync.protocol import Outcome
from tests.server.conftest import caller_for
from tests.server.test_push_pull import DANA, LEE, SAM, edit, new_participant, note, push


def test_concurrent_edits_of_one_field_end_in_a_conflict_not_a_silent_overwrite(
    server_db: Database, seeded: DemoProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    dana, sam = caller_for(seeded, DANA), caller_for(seeded, SAM)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid, city="Columbus")).results[0].rev

    real_apply = push_module._apply

    def slow_apply(*args: Any, **kwargs: Any) -> Any:
        answer = real_apply(*args, **kwargs)
        time.sleep(0.4)  # hold the transaction open so the other push overlaps it
        return answer

    monkeypatch.setattr(push_module, "_apply", slow_apply)
    outcomes: dict[str, Outcome] = {}

    def run(who: Any, city: str, delay: float) -> None:
        time.sleep(delay)
        answer = push(server_db, who, edit(pid, rev, {"city": city}, {"city": "Columbus"}))
        outcomes[city] = answer.results[0].outcome

    threads = [
        threading.Thread(target=run, args=(dana, "Dayton", 0.0)),
        threading.Thread(target=run, args=(sam, "Akron", 0.1)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert outcomes == {"Dayton": Outcome.APPLIED, "Akron": Outcome.CONFLICT}
    with server_db.session() as s:
        row = s.get(Participant, pid)
        assert row is not None and row.city == "Dayton"
        kept = s.query(Conflict).filter(Conflict.row_id == pid).one()
        assert (kept.server_value, kept.client_value) == ('"Dayton"', '"Akron"')


@pytest.mark.parametrize("first", ["note", "move"])
def test_a_record_written_while_its_participant_changes_hands_goes_to_the_new_coach(
    server_db: Database, seeded: DemoProgram, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """Dana adds a note while Sam hands the participant to Lee. Whichever push reaches its
    writes first is held there while the other one runs: Lee's laptop must get the note
    either way (each entry of the pull's index carries its participant's coach)."""
    if server_db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: the two pushes never overlap")
    dana, sam, lee = (caller_for(seeded, i) for i in (DANA, SAM, LEE))
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid)).results[0].rev
    the_note = note(pid, "Brought her pay stubs")
    move = edit(
        pid,
        rev,
        {"assigned_coach_id": lee.coach_id, "team_id": lee.team_id},
        {"assigned_coach_id": dana.coach_id, "team_id": dana.team_id},
    )
    held_id = the_note.row_id if first == "note" else pid
    reached, release = threading.Event(), threading.Event()
    real_execute = bulk.execute

    def held_execute(session: Any, writes: Any, **kwargs: Any) -> None:
        if any(row.get("id") == held_id for w in writes for row in w.rows):
            reached.set()  # locks taken, scope read: hold the writes and the commit
            assert release.wait(30)
        real_execute(session, writes, **kwargs)

    monkeypatch.setattr(bulk, "execute", held_execute)
    outcomes: dict[str, Outcome] = {}

    def run(name: str, who: Any, mutation: Any) -> None:
        outcomes[name] = push(server_db, who, mutation).results[0].outcome

    pushes = {"note": (dana, the_note), "move": (sam, move)}
    held = threading.Thread(target=run, args=(first, *pushes[first]))
    held.start()
    assert reached.wait(30)
    second = "move" if first == "note" else "note"
    other = threading.Thread(target=run, args=(second, *pushes[second]))
    other.start()
    # Let the second push run until it finishes or waits on the held one's locks.
    deadline = time.monotonic() + 10
    while other.is_alive() and not _someone_waits_on_a_lock(server_db):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    release.set()
    held.join(30)
    other.join(30)

    assert outcomes == {"note": Outcome.APPLIED, "move": Outcome.APPLIED}
    with server_db.session() as s:
        lee_sees = {c.row_id for c in pull(s, lee, cursor=0, limit=1000).model().changes}
        dana_sees = {c.row_id for c in pull(s, dana, cursor=0, limit=1000).model().changes}
    assert {pid, the_note.row_id} <= lee_sees
    assert not {pid, the_note.row_id} & dana_sees


def _someone_waits_on_a_lock(db: Database) -> bool:
    with db.engine.connect() as conn:
        waiting = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        ).scalar_one()
    return bool(waiting)
