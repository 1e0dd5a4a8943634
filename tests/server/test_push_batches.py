"""Set-based pushes: revisions taken late without gaps a pull could skip, the slow path when the
database refuses a batch's writes, and a deleted record brought back."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from coachapp.demo.reference import DemoProgram
from coachapp.ids import uuid7
from coachapp.models import CaseNote, Conflict, Participant
from server.db import Database
from server.storage import bulk, revisions
from server.storage.pull import pull
from server.storage.tables import ServerAuditEvent
from sync.protocol import Mutation, Outcome
from tests.server.conftest import caller_for
from tests.server.test_push_pull import DANA, SAM, edit, new_participant, note, push


def test_a_pull_stops_below_a_revision_still_in_flight_and_gets_it_after_its_commit(
    server_db: Database, seeded: DemoProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A push holding a lower revision commits after one holding a higher: the pull in
    between must not move its cursor past the lower one, or that row would never arrive."""
    if server_db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: there is never a revision in flight")
    laptop_a, laptop_b = caller_for(seeded, DANA), caller_for(seeded, DANA)
    slow, fast = uuid7(), uuid7()
    numbered, release = threading.Event(), threading.Event()
    real_execute = bulk.execute

    def held_execute(session: Any, writes: Any, **kwargs: Any) -> None:
        if any(row.get("id") == slow for w in writes for row in w.rows):
            numbered.set()  # its revisions are taken; hold the writes and the commit
            assert release.wait(30)
        real_execute(session, writes, **kwargs)

    monkeypatch.setattr(bulk, "execute", held_execute)
    first: dict[str, Any] = {}
    holder = threading.Thread(
        target=lambda: first.update(answer=push(server_db, laptop_a, new_participant(slow)))
    )
    holder.start()
    try:
        assert numbered.wait(30)
        later = push(server_db, laptop_b, new_participant(fast, first_name="Ben"))
        with server_db.session() as s:
            page = pull(s, laptop_a, cursor=0, limit=100).model()
    finally:
        release.set()
        holder.join(30)
    slow_rev = first["answer"].results[0].rev
    assert later.results[0].rev > slow_rev  # committed first, numbered second
    assert fast not in {c.row_id for c in page.changes}
    assert page.next_cursor < slow_rev and not page.has_more
    with server_db.session() as s:
        after = pull(s, laptop_a, cursor=page.next_cursor, limit=100).model()
        assert revisions.current(s) >= later.results[0].rev
    assert [c.row_id for c in after.changes if c.table == "participants"] == [slow, fast]


def test_revisions_in_flight_hold_the_watermark_until_they_commit(server_db: Database) -> None:
    if server_db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: there is never a revision in flight")
    with server_db.session() as s:
        start = revisions.current(s)
    session = server_db._sessions()
    try:
        [mine] = revisions.take(session, 1)
        with server_db.session() as s:
            [theirs] = revisions.take(s, 2)[-1:]
        with server_db.session() as s:
            assert start <= revisions.current(s) < mine < theirs
        session.commit()
        with server_db.session() as s:
            assert revisions.current(s) >= theirs
    finally:
        session.close()


def test_after_a_batch_write_the_transaction_plans_its_statements_as_before(
    server_db: Database,
) -> None:
    """A batch of inserts is run on a generic plan (``bulk._GENERIC_PLANS``); a transaction
    that goes on after it plans its lookups for their values again."""
    if server_db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no plan cache to choose for")
    with server_db.session() as s:
        before = s.scalar(text("SHOW plan_cache_mode"))
        now = datetime.now(UTC)
        rows = [{"id": uuid7(), "at": now, "action": "push", "detail": "x"} for _ in range(3)]
        bulk.execute(s, [bulk.Write(ServerAuditEvent.__table__, rows)], guarded=True)
        assert s.scalar(text("SHOW plan_cache_mode")) == before == "auto"
        s.commit()
    with server_db.session() as s:
        count = s.scalar(select(func.count()).select_from(ServerAuditEvent))
        assert count == 3


def test_a_write_the_database_refuses_rejects_that_mutation_only(
    server_db: Database, seeded: DemoProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule only the database knows (here: simulated) fails the batch's bulk write; the
    batch is then applied one mutation at a time and only the culprit is refused."""
    dana = caller_for(seeded, DANA)
    real_execute = bulk.execute

    def picky_execute(session: Any, writes: Any, **kwargs: Any) -> None:
        if any(row.get("body") == "breaks a database rule" for w in writes for row in w.rows):
            raise IntegrityError("INSERT", {}, Exception("simulated"))
        real_execute(session, writes, **kwargs)

    monkeypatch.setattr(bulk, "execute", picky_execute)
    pid = uuid7()
    answer = push(
        server_db,
        dana,
        new_participant(pid),
        note(pid, "fine"),
        note(pid, "breaks a database rule"),
        edit(pid, 0, {"city": "Dayton"}, {"city": None}),
    )
    outcomes = [(r.outcome, r.code) for r in answer.results]
    assert outcomes == [
        (Outcome.APPLIED, None),
        (Outcome.APPLIED, None),
        (Outcome.REJECTED, "invalid_record"),
        # Made earlier in the same batch, the row was still at revision 0 for this edit.
        (Outcome.APPLIED, None),
    ]
    # Every answer shows the row as the batch left it.
    assert answer.results[0].row is not None and answer.results[0].row["city"] == "Dayton"
    assert answer.results[0].rev == answer.results[3].rev > 0
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(CaseNote)) == 1


def test_a_batch_of_hundreds_is_applied_in_order_with_every_link_checked(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana = caller_for(seeded, DANA)
    people = [uuid7() for _ in range(150)]
    mutations = [new_participant(p, first_name=f"Ana{i}") for i, p in enumerate(people)]
    mutations += [note(p, f"note {i}") for i, p in enumerate(people)]
    mutations += [note(uuid7(), "orphan")]  # names nobody
    answer = push(server_db, dana, *mutations)
    outcomes = [r.outcome for r in answer.results]
    assert outcomes[:-1] == [Outcome.APPLIED] * 300
    assert (answer.results[-1].outcome, answer.results[-1].code) == (Outcome.REJECTED, "forbidden")
    revs = [r.rev for r in answer.results[:-1]]
    assert len(set(revs)) == 300 and revs == sorted(revs)
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(CaseNote)) == 150
        page = pull(s, dana, cursor=0, limit=2000).model()
    assert {c.row_id for c in page.changes} >= set(people)


def _deleted_here_edited_there(db: Database, program: DemoProgram) -> tuple[str, int]:
    """Dana deletes a participant; Sam, who had not seen that, edits them: a conflict on
    ``deleted``, the edit kept on the tombstone. Returns (id, the revision Dana saw)."""
    dana, sam = caller_for(program, DANA), caller_for(program, SAM)
    pid = uuid7()
    rev = push(db, dana, new_participant(pid, shared_with_team=True)).results[0].rev
    gone = push(
        db,
        dana,
        Mutation(mutation_id=uuid7(), table="participants", row_id=pid, op="delete", base_rev=rev),
    )
    clash = push(db, sam, edit(pid, rev, {"city": "Akron"}, {"city": None}))
    assert clash.results[0].outcome is Outcome.CONFLICT
    with db.session() as s:
        [conflict] = s.scalars(select(Conflict).where(Conflict.row_id == pid)).all()
        assert (conflict.field_name, conflict.server_value, conflict.client_value) == (
            "deleted",
            "true",
            "false",
        )
    return pid, gone.results[0].rev


def test_keeping_a_deleted_record_brings_it_back_with_the_edit_kept_on_it(
    server_db: Database, seeded: DemoProgram
) -> None:
    pid, seen = _deleted_here_edited_there(server_db, seeded)
    dana = caller_for(seeded, DANA)
    # Dana's laptop saw the tombstone at ``seen``; the conflict moved the row on since: the
    # undelete is merged against its base (deleted: true), and wins.
    back = push(server_db, dana, edit(pid, seen, {"deleted": False}, {"deleted": True}))
    assert back.results[0].outcome is Outcome.MERGED
    row = back.results[0].row
    assert row is not None and (row["deleted"], row["city"]) == (False, "Akron")
    with server_db.session() as s:
        stored = s.get(Participant, pid)
        assert stored is not None and not stored.deleted
        assert pid in {c.row_id for c in pull(s, dana, cursor=0, limit=500).model().changes}


def test_an_undelete_at_the_current_revision_applies_and_deleted_true_in_fields_is_ignored(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana = caller_for(seeded, DANA)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid)).results[0].rev
    ignored = push(server_db, dana, edit(pid, rev, {"deleted": True}, {"deleted": False}))
    assert ignored.results[0].row is not None and ignored.results[0].row["deleted"] is False
    gone = push(
        server_db,
        dana,
        Mutation(mutation_id=uuid7(), table="participants", row_id=pid, op="delete", base_rev=rev),
    ).results[0]
    assert gone.outcome is Outcome.APPLIED and gone.row is not None and gone.row["deleted"]
    back = push(server_db, dana, edit(pid, gone.rev, {"deleted": False}, {"deleted": True}))
    assert back.results[0].outcome is Outcome.APPLIED
    assert back.results[0].row is not None and back.results[0].row["deleted"] is False


def test_only_someone_who_may_write_the_record_can_bring_it_back(
    server_db: Database, seeded: DemoProgram
) -> None:
    pid, seen = _deleted_here_edited_there(server_db, seeded)
    lee = caller_for(seeded, 2)  # the South team's coach
    refused = push(server_db, lee, edit(pid, seen, {"deleted": False}, {"deleted": True}))
    assert (refused.results[0].outcome, refused.results[0].code) == (Outcome.REJECTED, "forbidden")
    with server_db.session() as s:
        stored = s.get(Participant, pid)
        assert stored is not None and stored.deleted


def test_a_mutation_sent_again_gets_its_outcome_and_the_row_as_it_stands_now(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, sam, lee = (caller_for(seeded, i) for i in (DANA, SAM, 2))
    pid = uuid7()
    first = push(server_db, dana, made := new_participant(pid, city="Columbus")).results[0]
    moved = push(server_db, sam, edit(pid, first.rev, {"city": "Dayton"}, {"city": "Columbus"}))
    again = push(server_db, dana, made).results[0]
    assert (again.outcome, again.mutation_id) == (first.outcome, first.mutation_id)
    assert again.row is not None and again.row["city"] == "Dayton"
    assert again.rev == moved.results[0].rev
    # Handed to another team's coach: a retry tells Dana the outcome, not the row's news.
    push(
        server_db,
        sam,
        edit(
            pid,
            again.rev,
            {"assigned_coach_id": lee.coach_id, "team_id": lee.team_id},
            {"assigned_coach_id": dana.coach_id, "team_id": dana.team_id},
        ),
    )
    late = push(server_db, dana, made).results[0]
    assert (late.outcome, late.row) == (Outcome.APPLIED, None)
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1


def test_a_value_the_database_cannot_hold_refuses_that_mutation_and_keeps_the_others(
    server_db: Database, seeded: DemoProgram
) -> None:
    """PostgreSQL refuses a whole number too big for its column; only then does a batch fall
    back to one mutation at a time (SQLite stores any whole number)."""
    dana = caller_for(seeded, DANA)
    pid = uuid7()
    service = {
        "participant_id": pid,
        "service_type_id": seeded.service_types[0].id,
        "funding_source_id": seeded.funding_sources[0].id,
        "period_start": "2026-03-02",
        "period_end": "2026-04-01",
    }

    def support(cents: int) -> Mutation:
        fields = {**service, "amount_cents": cents}
        return Mutation(
            mutation_id=uuid7(), table="support_services", row_id=uuid7(), op="upsert",
            base_rev=0, fields=fields,
        )  # fmt: skip

    answer = push(
        server_db, dana, new_participant(pid), support(6500), support(2**40), note(pid, "ok")
    )
    outcomes = [(r.outcome, r.code) for r in answer.results]
    if server_db.engine.dialect.name == "postgresql":
        assert outcomes == [
            (Outcome.APPLIED, None),
            (Outcome.APPLIED, None),
            (Outcome.REJECTED, "invalid_record"),
            (Outcome.APPLIED, None),
        ]
    else:
        assert [o for o, _ in outcomes] == [Outcome.APPLIED] * 4
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(CaseNote)) == 1
        audit = s.scalars(select(ServerAuditEvent.detail)).all()
    assert audit == []  # only the API writes the "push" audit entry (audit_as)
