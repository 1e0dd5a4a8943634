"""Tasks a coach owes by a date, and the "Today" list: what is due, late, or needs a follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from coachapp.errors import Conflict, ValidationError
from coachapp.models import Coach, Participant, Referral, Task
from coachapp.models.enums import FollowUpRole, ReferralProgram, ReferralStatus, TaskStatus
from coachapp.services.common import live, reference, row_count, today_or
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

#: Referral follow-ups show up this many days before they fall due, so there is time to call.
FOLLOW_UP_LOOKAHEAD = timedelta(days=2)


@dataclass(frozen=True)
class TaskView:
    id: str
    title: str
    due_on: date
    status: TaskStatus
    participant_id: str | None
    participant_name: str | None
    assigned_to_id: str | None
    done_on: date | None
    notes: str | None


@dataclass(frozen=True)
class FollowUpView:
    """A referral whose follow-up is due soon or late."""

    referral_id: str
    participant_id: str
    participant_name: str
    program: ReferralProgram
    partner_id: str
    follow_up_owner: str
    follow_up_role: FollowUpRole
    due_on: date
    status: ReferralStatus
    overdue: bool


@dataclass(frozen=True)
class TodayView:
    """The day's lists, each cut at ``today(limit=…)`` rows; the totals count them all."""

    day: date
    due_today: tuple[TaskView, ...]
    overdue: tuple[TaskView, ...]  # oldest first: the longest-waiting comes first
    referral_follow_ups_due: tuple[FollowUpView, ...]  # the longest-waiting first
    due_today_total: int = 0
    overdue_total: int = 0
    follow_ups_total: int = 0
    late_follow_ups_total: int = 0


def _display_name(p: Participant | None) -> str | None:
    if p is None:
        return None
    return f"{p.preferred_name or p.first_name} {p.last_name}"


def _view(task: Task, participant: Participant | None) -> TaskView:
    return TaskView(
        id=task.id,
        title=task.title,
        due_on=task.due_on,
        status=TaskStatus(task.status),
        participant_id=task.participant_id,
        participant_name=_display_name(participant),
        assigned_to_id=task.assigned_to_id,
        done_on=task.done_on,
        notes=task.notes,
    )


def _task_view(session: Session, task: Task) -> TaskView:
    participant = session.get(Participant, task.participant_id) if task.participant_id else None
    return _view(task, participant)


def add_task(
    store: LocalStore,
    *,
    title: str,
    due_on: date | str,
    participant_id: str | None = None,
    assigned_to_id: str | None = None,
    notes: str | None = None,
) -> TaskView:
    """Add a to-do, for the signed-in coach unless someone else is named."""
    fc = FieldCheck()
    what = fc.required_text("title", title, label="Task", max_len=200)
    due = fc.date("due_on", due_on, label="Due date", required=True)
    extra = fc.text("notes", notes, label="Notes", max_len=4000, multiline=True)
    fc.done()
    assert due is not None
    with store.write() as session:
        if participant_id:
            reference(
                session, Participant, participant_id, field="participant_id", what="participant"
            )
        coach_id = assigned_to_id or (store.actor.coach_id if store.actor else None)
        if coach_id is not None:
            coach = reference(session, Coach, coach_id, field="assigned_to_id", what="coach")
            if not coach.active:
                raise ValidationError(
                    {"assigned_to_id": "That coach's account is disabled; choose another."}
                )
        task = Task(
            title=what,
            due_on=due,
            participant_id=participant_id or None,
            assigned_to_id=coach_id,
            notes=extra,
            status=TaskStatus.OPEN,
        )
        session.add(task)
        return _task_view(session, task)


def complete_task(store: LocalStore, task_id: str, *, on: date | str | None = None) -> TaskView:
    """Mark a task done (today unless another day is given)."""
    fc = FieldCheck()
    day = fc.date("on", on if on is not None else today_or(None), label="Done on", required=True)
    fc.done()
    with store.write() as session:
        task = _open_task(session, task_id)
        task.status = TaskStatus.DONE
        task.done_on = day
        return _task_view(session, task)


def cancel_task(store: LocalStore, task_id: str) -> TaskView:
    """Drop a task that no longer needs doing (it stays in history as cancelled)."""
    with store.write() as session:
        task = _open_task(session, task_id)
        task.status = TaskStatus.CANCELLED
        return _task_view(session, task)


def reschedule_task(store: LocalStore, task_id: str, *, due_on: date | str) -> TaskView:
    """Move an open task to another due date."""
    fc = FieldCheck()
    due = fc.date("due_on", due_on, label="Due date", required=True)
    fc.done()
    assert due is not None
    with store.write() as session:
        task = _open_task(session, task_id)
        task.due_on = due
        return _task_view(session, task)


def _open_task(session: Session, task_id: str) -> Task:
    task = live(session, Task, task_id, what="task")
    if task.status != TaskStatus.OPEN:
        raise Conflict(f"This task is already {TaskStatus(task.status).value.replace('_', ' ')}.")
    return task


def today(store: LocalStore, *, today: date | None = None, limit: int | None = None) -> TodayView:
    """The signed-in coach's day: tasks due today, tasks overdue, referral follow-ups coming up.

    ``limit`` keeps each list to its most urgent rows (the oldest due first): nobody reads
    5,000 rows, and a big caseload should not cost a second to list. The totals are counted
    in SQL whatever the limit.
    """
    day = today_or(today)
    if limit is not None:
        limit = row_count(limit)
    coach_id = store.actor.coach_id if store.actor else None
    with store.read() as session:
        # Tasks about a participant who has since been removed are left out.
        open_tasks = (
            select(Task, Participant)
            .outerjoin(Participant, Participant.id == Task.participant_id)
            .where(
                Task.deleted.is_(False),
                Task.participant_id.is_(None) | Participant.deleted.is_(False),
                Task.assigned_to_id == coach_id,
                Task.status == TaskStatus.OPEN,
            )
        )
        follow_ups_due = (
            select(Referral, Participant)
            .join(Participant, Participant.id == Referral.participant_id)
            .where(
                Referral.deleted.is_(False),
                Participant.deleted.is_(False),
                Referral.status.in_([ReferralStatus.OPEN, ReferralStatus.IN_PROGRESS]),
                Referral.due_on <= day + FOLLOW_UP_LOOKAHEAD,
            )
        )
        # A store opened without a signed-in coach has nobody's tasks to show.
        if coach_id is None:
            overdue: tuple[TaskView, ...] = ()
            due_today: tuple[TaskView, ...] = ()
            overdue_total = due_today_total = 0
        else:
            oldest_first = (Task.due_on, Task.created_at, Task.id)
            overdue = tuple(
                _view(t, p)
                for t, p in session.execute(
                    open_tasks.where(Task.due_on < day).order_by(*oldest_first).limit(limit)
                ).all()
            )
            due_today = tuple(
                _view(t, p)
                for t, p in session.execute(
                    open_tasks.where(Task.due_on == day).order_by(*oldest_first).limit(limit)
                ).all()
            )
            overdue_total, due_today_total = _count(
                session, open_tasks, Task.due_on < day, Task.due_on == day
            )
        referrals = session.execute(
            follow_ups_due.order_by(Referral.due_on, Referral.created_at, Referral.id).limit(limit)
        ).all()
        follow_ups = tuple(
            FollowUpView(
                referral_id=r.id,
                participant_id=r.participant_id,
                participant_name=_display_name(p) or "",
                program=ReferralProgram(r.program),
                partner_id=r.partner_id,
                follow_up_owner=r.follow_up_owner,
                follow_up_role=FollowUpRole(r.follow_up_role),
                due_on=r.due_on,
                status=ReferralStatus(r.status),
                overdue=r.due_on < day,
            )
            for r, p in referrals
        )
        follow_ups_total, late_total = _count(session, follow_ups_due, None, Referral.due_on < day)
    return TodayView(
        day=day,
        due_today=due_today,
        overdue=overdue,
        referral_follow_ups_due=follow_ups,
        due_today_total=due_today_total,
        overdue_total=overdue_total,
        follow_ups_total=follow_ups_total,
        late_follow_ups_total=late_total,
    )


def _count(
    session: Session, rows: Select[*tuple[Any, ...]], *conditions: ColumnElement[bool] | None
) -> tuple[int, ...]:
    """How many of ``rows`` meet each condition (None: all of them), in one query: the same
    joins and filters, counted in SQL instead of listed."""
    counts = rows.with_only_columns(
        *(func.count() if c is None else func.count().filter(c) for c in conditions),
        maintain_column_froms=True,
    )
    return tuple(int(n or 0) for n in session.execute(counts).one())
