"""Push and pull on the server's storage: idempotent retries, three-way merge, conflicts, scope."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from coachapp.models import Conflict, DuplicateReason, Participant, PossibleDuplicate
from server.db import Database
from server.storage import revisions
from server.storage.pull import pull
from server.storage.push import apply_push
from sync.protocol import Mutation, Outcome, PushRequest, PushResponse
from tests.server.conftest import Caller, caller_for

DANA, SAM, LEE = 0, 1, 2  # demo coaches: Dana (North coach), Sam (North supervisor), Lee (South)


def new_participant(pid: str, **fields: Any) -> Mutation:
    values = {
        "first_name": "Ana",
        "last_name": "Reyes",
        "name_key": "reyes ana",
        "status": "applicant",
        "tanf_recipient": False,
        "shared_with_team": False,
        **fields,
    }
    return Mutation(
        mutation_id=uuid7(),
        table="participants",
        row_id=pid,
        op="upsert",
        base_rev=0,
        fields=values,
    )


def edit(pid: str, base_rev: int, fields: dict[str, Any], base: dict[str, Any]) -> Mutation:
    return Mutation(
        mutation_id=uuid7(),
        table="participants",
        row_id=pid,
        op="upsert",
        base_rev=base_rev,
        fields=fields,
        base=base,
    )


def note(pid: str, body: str, *, restricted: bool = False) -> Mutation:
    return Mutation(
        mutation_id=uuid7(),
        table="case_notes",
        row_id=uuid7(),
        op="upsert",
        base_rev=0,
        fields={
            "participant_id": pid,
            "contact_at": "2026-03-02T15:00:00+00:00",
            "mode": "in_person",
            "body": body,
            "restricted": restricted,
        },
    )


def push(db: Database, caller: Caller, *mutations: Mutation) -> PushResponse:
    with db.session() as session:
        return apply_push(
            session,
            caller,
            PushRequest(
                protocol=1, device_id=caller.device_id, batch_id=uuid7(), mutations=list(mutations)
            ),
        ).model()


def test_new_participant_is_applied_and_a_retry_changes_nothing(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana = caller_for(seeded, DANA)
    pid = uuid7()
    first = push(server_db, dana, m := new_participant(pid, city="Columbus"))
    again = push(server_db, dana, m)

    assert first.results[0].outcome is Outcome.APPLIED and first.results[0].rev > 0
    assert again.results == first.results
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1
        row = s.get(Participant, pid)
        assert row is not None and row.assigned_coach_id == dana.coach_id


def test_edits_to_different_fields_on_two_laptops_are_both_kept(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, sam = caller_for(seeded, DANA), caller_for(seeded, SAM)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid, city="Columbus")).results[0].rev

    a = push(server_db, dana, edit(pid, rev, {"city": "Dayton"}, {"city": "Columbus"}))
    b = push(server_db, sam, edit(pid, rev, {"phone": "614-555-0100"}, {"phone": None}))

    assert a.results[0].outcome is Outcome.APPLIED
    assert b.results[0].outcome is Outcome.MERGED
    assert b.results[0].row is not None
    assert (b.results[0].row["city"], b.results[0].row["phone"]) == ("Dayton", "614-555-0100")


def test_same_field_changed_differently_keeps_both_values_in_a_conflict(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, sam = caller_for(seeded, DANA), caller_for(seeded, SAM)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid, city="Columbus")).results[0].rev
    push(server_db, dana, edit(pid, rev, {"city": "Dayton"}, {"city": "Columbus"}))
    clash = push(server_db, sam, edit(pid, rev, {"city": "Akron"}, {"city": "Columbus"}))

    result = clash.results[0]
    assert result.outcome is Outcome.CONFLICT and len(result.conflict_ids) == 1
    assert result.row is not None and result.row["city"] == "Dayton"  # the server value stays
    with server_db.session() as s:
        conflict = s.get(Conflict, result.conflict_ids[0])
        assert conflict is not None
        assert (
            conflict.field_name,
            conflict.base_value,
            conflict.server_value,
            conflict.client_value,
        ) == ("city", '"Columbus"', '"Dayton"', '"Akron"')
        assert conflict.client_author_id == sam.coach_id


def test_delete_of_a_row_changed_since_is_a_conflict_and_the_row_stays(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, sam = caller_for(seeded, DANA), caller_for(seeded, SAM)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid)).results[0].rev
    push(server_db, dana, edit(pid, rev, {"city": "Dayton"}, {"city": None}))
    gone = push(
        server_db,
        sam,
        Mutation(mutation_id=uuid7(), table="participants", row_id=pid, op="delete", base_rev=rev),
    )
    assert gone.results[0].outcome is Outcome.CONFLICT
    with server_db.session() as s:
        row = s.get(Participant, pid)
        assert row is not None and not row.deleted and row.city == "Dayton"


def test_a_link_to_another_programs_record_is_refused_as_if_it_did_not_exist(
    server_db: Database, seeded: DemoProgram
) -> None:
    """Another program on the same server: its site exists, but not for Dana. Asked twice,
    so the second answer comes from what the server remembers of the site's program."""
    other = demo_program(org_id=uuid7())
    with server_db.session() as session:
        rows = other.rows()
        session.add_all(rows)
        revisions.stamp(session, rows)
    dana = caller_for(seeded, DANA)
    for _ in range(2):
        answer = push(
            server_db,
            dana,
            new_participant(uuid7(), recruitment_site_id=other.sites[0].id),
            new_participant(uuid7(), recruitment_site_id=seeded.sites[0].id),
        )
        outcomes = [(r.outcome, r.code) for r in answer.results]
        assert outcomes == [(Outcome.REJECTED, "invalid_link"), (Outcome.APPLIED, None)]


def test_a_nul_character_in_a_value_is_refused_with_the_field_named(
    server_db: Database, seeded: DemoProgram
) -> None:
    """PostgreSQL keeps no NUL in text: the mutation is refused on its own (it used to fail
    the whole batch with a database error), on both databases alike."""
    dana = caller_for(seeded, DANA)
    answer = push(
        server_db,
        dana,
        new_participant(uuid7(), city="Day\x00ton"),
        new_participant(uuid7(), recruitment_site_id=seeded.sites[0].id + "\x00"),
        new_participant(uuid7()),
    )
    outcomes = [(r.outcome, r.code) for r in answer.results]
    assert outcomes == [
        (Outcome.REJECTED, "invalid_field"),
        (Outcome.REJECTED, "invalid_field"),
        (Outcome.APPLIED, None),
    ]
    assert "city" in (answer.results[0].message or "")
    assert "recruitment_site_id" in (answer.results[1].message or "")


def test_a_rejected_mutation_does_not_undo_the_others_in_its_batch(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana = caller_for(seeded, DANA)
    good, bad_table, bad_value = uuid7(), uuid7(), uuid7()
    answer = push(
        server_db,
        dana,
        new_participant(good),
        Mutation(mutation_id=uuid7(), table="payroll", row_id=bad_table, op="upsert", base_rev=0),
        new_participant(bad_value, status="graduated"),
        new_participant(uuid7(), recruitment_site_id=uuid7()),
    )
    outcomes = [(r.outcome, r.code) for r in answer.results]
    assert outcomes == [
        (Outcome.APPLIED, None),
        (Outcome.REJECTED, "unknown_table"),
        (Outcome.REJECTED, "invalid_field"),
        (Outcome.REJECTED, "invalid_link"),
    ]
    with server_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1


def test_a_coach_cannot_write_to_another_coachs_participant(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, lee = caller_for(seeded, DANA), caller_for(seeded, LEE)
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid)).results[0].rev
    refused = push(server_db, lee, edit(pid, rev, {"city": "Toledo"}, {"city": None}))
    assert (refused.results[0].outcome, refused.results[0].code) == (Outcome.REJECTED, "forbidden")


def test_pull_pages_through_the_callers_scope_only(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, sam, lee = (caller_for(seeded, i) for i in (DANA, SAM, LEE))
    mine = [uuid7() for _ in range(5)]
    push(server_db, dana, *(new_participant(p) for p in mine))
    push(server_db, lee, new_participant(uuid7(), first_name="Lee's"))

    seen: list[str] = []
    cursor, pages = 0, 0
    while True:
        with server_db.session() as s:
            page = pull(s, dana, cursor=cursor, limit=2).model()
        seen += [c.row_id for c in page.changes if c.table == "participants"]
        cursor, pages = page.next_cursor, pages + 1
        if not page.has_more:
            break
    assert seen == mine and pages == 3
    with server_db.session() as s:
        assert pull(s, dana, cursor=cursor, limit=100).model().changes == []  # nothing new
        supervisor_sees = {c.row_id for c in pull(s, sam, cursor=0, limit=100).model().changes}
    assert set(mine) <= supervisor_sees


def test_reassigned_participant_leaves_one_laptop_and_reaches_the_other(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana, sam, lee = (caller_for(seeded, i) for i in (DANA, SAM, LEE))
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid)).results[0].rev
    before = note(pid, "Intake done")
    assert push(server_db, dana, before).results[0].outcome is Outcome.APPLIED
    with server_db.session() as s:
        dana_cursor = pull(s, dana, cursor=0, limit=100).model().next_cursor
        lee_cursor = pull(s, lee, cursor=0, limit=100).model().next_cursor

    moved = push(
        server_db,
        sam,
        edit(
            pid,
            rev,
            {"assigned_coach_id": lee.coach_id, "team_id": lee.team_id},
            {"assigned_coach_id": dana.coach_id, "team_id": dana.team_id},
        ),
    )
    assert moved.results[0].outcome is Outcome.APPLIED
    with server_db.session() as s:
        dana_page = pull(s, dana, cursor=dana_cursor, limit=100).model()
        lee_page = pull(s, lee, cursor=lee_cursor, limit=100).model()
    assert [r.row_id for r in dana_page.removed] == [pid]
    assert pid not in {c.row_id for c in dana_page.changes}
    assert pid in {c.row_id for c in lee_page.changes} and lee_page.removed == []
    assert before.row_id in {c.row_id for c in lee_page.changes}  # the record came along

    # What Dana wrote offline before the move, and anything after, is Lee's now too.
    after = note(pid, "Called about the move")
    assert push(server_db, lee, after).results[0].outcome is Outcome.APPLIED
    with server_db.session() as s:
        lee_next = pull(s, lee, cursor=lee_page.next_cursor, limit=100).model()
        dana_next = pull(s, dana, cursor=dana_page.next_cursor, limit=100).model()
    assert after.row_id in {c.row_id for c in lee_next.changes}
    assert dana_next.changes == []


def test_sharing_a_participant_brings_their_records_to_teammates_and_unsharing_takes_them(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana = caller_for(seeded, DANA)
    teammate = dataclasses.replace(dana, coach_id=uuid7(), device_id=uuid7())  # North coach
    pid = uuid7()
    rev = push(server_db, dana, new_participant(pid)).results[0].rev
    ordinary, restricted = note(pid, "Résumé review"), note(pid, "Safety plan", restricted=True)
    push(server_db, dana, ordinary, restricted)

    def teammate_sees() -> set[str]:
        with server_db.session() as s:
            return {c.row_id for c in pull(s, teammate, cursor=0, limit=100).model().changes}

    assert pid not in teammate_sees()
    shared = push(
        server_db, dana, edit(pid, rev, {"shared_with_team": True}, {"shared_with_team": False})
    ).results[0]
    assert shared.outcome is Outcome.APPLIED
    seen = teammate_sees()
    assert {pid, ordinary.row_id} <= seen and restricted.row_id not in seen
    unshared = push(
        server_db,
        dana,
        edit(pid, shared.rev, {"shared_with_team": False}, {"shared_with_team": True}),
    ).results[0]
    assert unshared.outcome is Outcome.APPLIED
    assert not {pid, ordinary.row_id} & teammate_sees()


def test_the_server_runs_the_same_field_checks_as_the_intake_form(
    server_db: Database, seeded: DemoProgram
) -> None:
    dana = caller_for(seeded, DANA)
    answer = push(
        server_db,
        dana,
        new_participant(uuid7(), first_name="   "),
        new_participant(uuid7(), phone="12"),
        new_participant(uuid7(), state="ZZ"),
        new_participant(uuid7(), phone="614-555-0177", state="OH"),
    )
    outcomes = [(r.outcome, (r.message or "").split(":")[0]) for r in answer.results]
    assert outcomes == [
        (Outcome.REJECTED, "first_name"),
        (Outcome.REJECTED, "phone"),
        (Outcome.REJECTED, "state"),
        (Outcome.APPLIED, ""),
    ]


def test_a_page_carried_by_the_index_is_the_page_read_from_the_tables(
    server_db: Database, seeded: DemoProgram
) -> None:
    """Each index entry keeps its row as a pull carries it, written by every writer (the
    push, and ``revisions.stamp`` for everything else). A page made from those must be the
    page read from the tables themselves — as servers upgraded from before payloads do."""
    from coachapp.demo.people import FamilyGenerator
    from server.storage import revisions
    from server.storage.tables import SyncIndex

    dana, sam = caller_for(seeded, DANA), caller_for(seeded, SAM)
    admin = dataclasses.replace(sam, coach_id=uuid7(), role="admin", team_id=None)
    # A caseload with a record in every table, written as an administrator's tools write.
    made = FamilyGenerator(seeded, seed=7).batch(0, 6)
    made[Participant][0]["tanf_recipient"] = 1  # a flag set as a number, as code may
    with server_db.session() as s:
        rows = [model(**values) for model, table in made.items() for values in table]
        s.add_all(rows)
        s.flush()
        revisions.stamp(s, rows)
    # And what a laptop pushes: a time given in another zone, a deletion, a shared person.
    pid = uuid7()
    late = note(pid, "Evening call")
    late.fields["contact_at"] = "2026-03-02T19:30:00.250000-05:00"
    dropped = note(pid, "Entered twice")
    first = push(server_db, dana, new_participant(pid, shared_with_team=True), late, dropped)
    assert {r.outcome for r in first.results} == {Outcome.APPLIED}
    gone = Mutation(
        mutation_id=uuid7(),
        table="case_notes",
        row_id=dropped.row_id,
        op="delete",
        base_rev=first.results[2].rev,
    )
    assert push(server_db, dana, gone).results[0].outcome is Outcome.APPLIED

    def everything() -> list[dict[str, Any]]:
        with server_db.session() as s:
            page = pull(s, admin, cursor=0, limit=2000).model()
        assert not page.has_more
        return [c.model_dump(mode="json") for c in page.changes]

    carried = everything()
    with server_db.session() as s:
        assert s.scalar(select(func.count()).where(SyncIndex.payload.is_(None))) == 0
        s.execute(SyncIndex.__table__.update().values(payload=None))
    read = everything()
    tables = {c["table"] for c in carried}
    assert {model.__tablename__ for model in made} <= tables  # type: ignore[attr-defined]
    # As text: 1 == True in Python, not on the laptop (a flag must arrive as true/false).
    assert json.dumps(carried, sort_keys=True) == json.dumps(read, sort_keys=True)
    assert next(c for c in carried if c["row_id"] == dropped.row_id)["deleted"] is True
    evening = next(c for c in carried if c["row_id"] == late.row_id)
    assert evening["row"]["contact_at"] == "2026-03-03T00:30:00.250000+00:00"


def test_a_new_person_is_paired_with_the_same_person_in_this_organisation_only(
    server_db: Database, seeded: DemoProgram
) -> None:
    """A record sharing a TANF case number, or a name and date of birth, with one already on
    the server is flagged as a possible duplicate; the same keys in another organisation are
    another program's business and flag nothing."""
    twin = demo_program(org_id=uuid7())
    with server_db.session() as s:
        rows = twin.rows()
        s.add_all(rows)
        s.flush()
        revisions.stamp(s, rows)
    dana, lee, elsewhere = caller_for(seeded, DANA), caller_for(seeded, LEE), caller_for(twin, DANA)
    ana = {"tanf_case_number": "OH-4471-0001", "date_of_birth": "1991-04-12"}

    def pairs() -> set[tuple[frozenset[str], DuplicateReason, str]]:
        with server_db.session() as s:
            return {
                (frozenset((p.participant_a_id, p.participant_b_id)), p.reason, p.org_id)
                for p in s.scalars(select(PossibleDuplicate))
            }

    theirs, first, by_case, by_name = uuid7(), uuid7(), uuid7(), uuid7()
    assert push(server_db, elsewhere, new_participant(theirs, **ana)).results[0].outcome is (
        Outcome.APPLIED
    )
    assert push(server_db, dana, new_participant(first, **ana)).results[0].outcome is (
        Outcome.APPLIED
    )
    assert pairs() == set()  # the other organisation's Ana is not this one's
    push(server_db, lee, new_participant(by_case, tanf_case_number="OH-4471-0001"))
    push(server_db, lee, new_participant(by_name, date_of_birth="1991-04-12"))
    assert pairs() == {
        (frozenset((first, by_case)), DuplicateReason.SAME_TANF_CASE, seeded.org_id),
        (frozenset((first, by_name)), DuplicateReason.SAME_NAME_AND_BIRTH_DATE, seeded.org_id),
    }
