"""Case notes and the coach's "Today" list of tasks and referral follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from coachapp.demo.reference import DemoProgram
from coachapp.errors import Conflict, ValidationError
from coachapp.models import AuditEvent, CaseNote, Referral, Task
from coachapp.models.enums import (
    AuditAction,
    FollowUpRole,
    ReferralProgram,
    ReferralStatus,
    TaskStatus,
)
from coachapp.services import intake, notes, tasks
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY

NOW = datetime(2026, 3, 16, 15, 0, tzinfo=UTC)


def participant(store: LocalStore, first: str = "Keisha", last: str = "Rodríguez") -> str:
    person = {"first_name": first, "last_name": last}
    return intake.create_participant(store, intake.IntakeInput(person=person), today=TODAY).id


# --- case notes ---------------------------------------------------------------------------------


def test_coach_logs_a_phone_call_and_it_leads_the_notes_and_is_queued_for_sync(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    notes.add_note(
        store,
        participant_id=pid,
        body="Met at the branch to plan CNA classes.",
        mode="in_person",
        contact_at=NOW - timedelta(days=3),
        site_id=program.sites[0].id,
        now=NOW,
    )
    call = notes.add_note(
        store, participant_id=pid, body="  Called: car is fixed.\n", mode="phone", now=NOW
    )

    listed = notes.list_notes(store, pid, include_restricted=False)
    assert [n.body for n in listed] == [
        "Called: car is fixed.",
        "Met at the branch to plan CNA classes.",
    ]
    assert listed[1].site_id == program.sites[0].id
    assert call.contact_at == NOW
    assert call.author_id == program.coaches[0].id
    with store.read() as s:
        queued = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == call.id)).all()
    assert [(e.table_name, e.op) for e in queued] == [("case_notes", "upsert")]


def test_empty_note_dated_tomorrow_names_both_fields_and_saves_nothing(
    store: LocalStore,
) -> None:
    pid = participant(store)
    with pytest.raises(ValidationError) as caught:
        notes.add_note(
            store,
            participant_id=pid,
            body="   ",
            mode="carrier pigeon",
            contact_at=NOW + timedelta(days=1),
            now=NOW,
        )
    assert set(caught.value.fields) == {"body", "mode", "contact_at"}
    with pytest.raises(ValidationError) as too_long:
        notes.add_note(store, participant_id=pid, body="x" * 20_001, mode="phone", now=NOW)
    assert set(too_long.value.fields) == {"body"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseNote)) == 0


def test_a_laptop_clock_a_few_minutes_behind_still_accepts_the_note(store: LocalStore) -> None:
    pid = participant(store)
    note = notes.add_note(
        store,
        participant_id=pid,
        body="Text sent.",
        mode="text",
        contact_at=NOW + timedelta(minutes=4),
        now=NOW,
    )
    assert note.contact_at == NOW + timedelta(minutes=4)


def test_restricted_note_view_is_audited_without_its_text(store: LocalStore) -> None:
    pid = participant(store)
    notes.add_note(store, participant_id=pid, body="Bus pass given.", mode="in_person", now=NOW)
    secret = notes.add_note(
        store,
        participant_id=pid,
        body="Safety plan discussed with Safe Harbor.",
        mode="in_person",
        restricted=True,
        now=NOW,
    )

    ordinary = notes.list_notes(store, pid, include_restricted=False)
    assert [n.body for n in ordinary] == ["Bus pass given."]
    with store.read() as s:
        views = s.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW_RESTRICTED)
        ).all()
    assert views == []

    everything = notes.list_notes(store, pid, include_restricted=True)
    assert secret.id in {n.id for n in everything}
    with store.read() as s:
        views = s.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW_RESTRICTED)
        ).all()
    assert len(views) == 1
    assert views[0].participant_id == pid and views[0].table_name == "case_notes"
    assert "Safe Harbor" not in (views[0].detail or "")


def test_corrected_note_keeps_its_branch_and_a_removed_note_disappears(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    note = notes.add_note(
        store,
        participant_id=pid,
        body="Discussed phlebotmy.",
        mode="video",
        site_id=program.sites[1].id,
        now=NOW,
    )
    fixed = notes.edit_note(store, note.id, body="Discussed phlebotomy.", now=NOW)
    assert fixed.body == "Discussed phlebotomy."
    assert fixed.site_id == program.sites[1].id
    assert notes.edit_note(store, note.id, site_id=None, now=NOW).site_id is None

    notes.remove_note(store, note.id)
    assert notes.list_notes(store, pid, include_restricted=True) == []
    with store.read() as s:
        assert s.get(CaseNote, note.id) is not None  # kept as a tombstone for sync and audit


# --- tasks and Today ----------------------------------------------------------------------------


def test_overdue_task_shows_on_today_oldest_first(store: LocalStore) -> None:
    pid = participant(store)
    tasks.add_task(store, title="Call about childcare", due_on=TODAY - timedelta(days=2))
    tasks.add_task(
        store, title="Collect pay stubs", due_on=TODAY - timedelta(days=9), participant_id=pid
    )
    tasks.add_task(store, title="Submit TANF hours", due_on=TODAY)
    tasks.add_task(store, title="Plan next week", due_on=TODAY + timedelta(days=1))

    day = tasks.today(store, today=TODAY)

    assert [t.title for t in day.overdue] == ["Collect pay stubs", "Call about childcare"]
    assert day.overdue[0].participant_name == "Keisha Rodríguez"
    assert [t.title for t in day.due_today] == ["Submit TANF hours"]


def test_task_given_to_another_coach_is_not_on_my_today(
    store: LocalStore, program: DemoProgram
) -> None:
    handed = tasks.add_task(
        store, title="Cover Westgate session", due_on=TODAY, assigned_to_id=program.coaches[2].id
    )
    assert handed.assigned_to_id == program.coaches[2].id
    assert tasks.today(store, today=TODAY).due_today == ()


def test_done_task_leaves_today_and_cannot_be_done_twice(store: LocalStore) -> None:
    task = tasks.add_task(store, title="Send CNA application", due_on=TODAY)
    done = tasks.complete_task(store, task.id, on=TODAY)

    assert done.status is TaskStatus.DONE and done.done_on == TODAY
    assert tasks.today(store, today=TODAY).due_today == ()
    with pytest.raises(Conflict):
        tasks.complete_task(store, task.id, on=TODAY)


def test_rescheduled_task_leaves_overdue_and_a_cancelled_one_leaves_today(
    store: LocalStore,
) -> None:
    late = tasks.add_task(store, title="Renew bus pass", due_on=TODAY - timedelta(days=1))
    dropped = tasks.add_task(store, title="Visit Circleville", due_on=TODAY)

    tasks.reschedule_task(store, late.id, due_on=TODAY)
    assert tasks.cancel_task(store, dropped.id).status is TaskStatus.CANCELLED

    day = tasks.today(store, today=TODAY)
    assert day.overdue == ()
    assert [t.title for t in day.due_today] == ["Renew bus pass"]


def test_task_without_a_title_or_date_names_both_and_saves_nothing(store: LocalStore) -> None:
    with pytest.raises(ValidationError) as caught:
        tasks.add_task(store, title=" ", due_on="next tuesday")
    assert set(caught.value.fields) == {"title", "due_on"}
    with pytest.raises(ValidationError) as unknown:
        tasks.add_task(store, title="Call", due_on=TODAY, participant_id="not-a-person")
    assert set(unknown.value.fields) == {"participant_id"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_referral_follow_ups_due_within_two_days_show_on_today(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    partner = program.partner(ReferralProgram.EMPLOYMENT)

    def referral(due: date, status: ReferralStatus = ReferralStatus.OPEN) -> str:
        with store.write() as s:
            r = Referral(
                participant_id=pid,
                program=partner.program,
                partner_id=partner.id,
                reason="Job search help",
                referred_on=TODAY - timedelta(days=14),
                follow_up_owner="Dana Demo",
                follow_up_role=FollowUpRole.HPOG_CAREER_COACH,
                due_on=due,
                status=status,
            )
            s.add(r)
            return r.id

    late = referral(TODAY - timedelta(days=1), ReferralStatus.IN_PROGRESS)
    soon = referral(TODAY + timedelta(days=2))
    referral(TODAY + timedelta(days=3))  # not yet
    referral(TODAY - timedelta(days=5), ReferralStatus.COMPLETED)  # closed

    follow_ups = tasks.today(store, today=TODAY).referral_follow_ups_due

    assert [f.referral_id for f in follow_ups] == [late, soon]
    assert [f.overdue for f in follow_ups] == [True, False]
    assert follow_ups[0].participant_name == "Keisha Rodríguez"


def test_a_long_day_lists_only_the_most_urgent_and_counts_the_rest(
    store: LocalStore, program: DemoProgram
) -> None:
    pid = participant(store)
    partner = program.partner(ReferralProgram.CHILD_SUPPORT)
    for days_late in range(1, 8):  # seven overdue: the oldest is a week late
        tasks.add_task(store, title=f"Late {days_late}", due_on=TODAY - timedelta(days=days_late))
    for number in range(4):
        tasks.add_task(store, title=f"Today {number}", due_on=TODAY, participant_id=pid)
    tasks.add_task(store, title="Tomorrow", due_on=TODAY + timedelta(days=1))
    with store.write() as s:
        for days in (-6, -5, -1, 0, 1, 2, 3):  # two days ahead counts; three does not
            s.add(
                Referral(
                    participant_id=pid,
                    program=partner.program,
                    partner_id=partner.id,
                    reason="Order review",
                    referred_on=TODAY - timedelta(days=30),
                    follow_up_owner="Dana Demo",
                    follow_up_role=FollowUpRole.HPOG_CAREER_COACH,
                    due_on=TODAY + timedelta(days=days),
                    status=ReferralStatus.OPEN,
                )
            )

    day = tasks.today(store, today=TODAY, limit=3)

    assert [t.title for t in day.overdue] == ["Late 7", "Late 6", "Late 5"]
    assert [t.title for t in day.due_today] == ["Today 0", "Today 1", "Today 2"]
    assert [f.due_on for f in day.referral_follow_ups_due] == [
        TODAY - timedelta(days=6),
        TODAY - timedelta(days=5),
        TODAY - timedelta(days=1),
    ]
    assert (day.overdue_total, day.due_today_total) == (7, 4)
    assert (day.follow_ups_total, day.late_follow_ups_total) == (6, 3)

    everything = tasks.today(store, today=TODAY)
    assert len(everything.overdue) == everything.overdue_total == 7
    assert len(everything.referral_follow_ups_due) == everything.follow_ups_total == 6
