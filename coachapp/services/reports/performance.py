"""The HPOG program performance indicators (1)–(8), each split TANF recipients vs everyone.

Definitions, with the denominator of every percent, are in ``docs/indicators.md``; the
constants below are the ones it names. Two queries in all: one over the participants served
in the period (indicators 1–3), one over the period's exiters and their jobs (4–8).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Subquery,
    and_,
    case,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from coachapp.models import Employment, Participant, TrainingEnrollment
from coachapp.models.enums import ParticipantStatus, TrainingStatus
from coachapp.services.reports.figures import JobOutcome, Rate, Split
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.sql import average_if, count_if, days_after

#: "Six months after exit" is the day 182 days after the exit date …
FOLLOW_UP_DAYS = 182
#: … give or take this many days: a job held on any day of that window counts.
FOLLOW_UP_WINDOW_DAYS = 30


@dataclass(frozen=True)
class HpogIndicators:
    """HPOG indicators (1)–(8) for one group of participants (all, or TANF recipients)."""

    #: (1) enrollees: enrolled on a day in the period.
    enrollees: int
    #: Enrolled on or before the period's end and not exited before its start:
    #: the denominator of (2) and (3).
    served: int
    #: (2) served participants who completed a training course in the period.
    completed_training: Rate
    #: (3) served participants who earned a credential in the period.
    earned_credential: Rate
    #: Enrollees who exited in the period: the denominator of (4) and (5).
    exiters: int
    #: (4) exiters employed on their exit day.
    employed_at_exit: JobOutcome
    #: (5) exiters employed in a health occupation on their exit day.
    healthcare_at_exit: JobOutcome
    #: Exiters whose six-month window has closed by the as-of day: denominator of (6), (7).
    followed_up: int
    #: (6) followed-up exiters employed six months after exit.
    employed_six_months: JobOutcome
    #: (7) followed-up exiters employed in a health occupation six months after exit.
    healthcare_six_months: JobOutcome
    #: (8) of (7): whose wage rose since exit, or who advanced in position.
    healthcare_wage_gain: Rate


def performance_indicators(session: Session, f: ReportFilter) -> Split[HpogIndicators]:
    """Indicators (1)–(8) for the period and filters, for everyone and for TANF recipients."""
    f = ReportFilter.given(f)
    served = _served(session, f)
    exits = _exits(session, f)
    return Split(all=_group(served, exits, ""), tanf=_group(served, exits, "tanf_"))


def _group(s: dict[str, Any], x: dict[str, Any], g: str) -> HpogIndicators:
    """One group's figures from the two result rows (columns of TANF ones start "tanf_")."""
    return HpogIndicators(
        enrollees=int(s[f"{g}enrollees"]),
        served=int(s[f"{g}served"]),
        completed_training=Rate.of(int(s[f"{g}completed"]), int(s[f"{g}served"])),
        earned_credential=Rate.of(int(s[f"{g}credential"]), int(s[f"{g}served"])),
        exiters=int(x[f"{g}exiters"]),
        employed_at_exit=_outcome(x, g, "at_exit", "exiters"),
        healthcare_at_exit=_outcome(x, g, "health_at_exit", "exiters"),
        followed_up=int(x[f"{g}followed"]),
        employed_six_months=_outcome(x, g, "six", "followed"),
        healthcare_six_months=_outcome(x, g, "health_six", "followed"),
        healthcare_wage_gain=Rate.of(int(x[f"{g}gain"]), int(x[f"{g}health_six"])),
    )


def follow_up_cutoff(f: ReportFilter) -> date:
    """Exiters on or before this day have had their whole six-month window by the as-of day."""
    return f.today - timedelta(days=FOLLOW_UP_DAYS + FOLLOW_UP_WINDOW_DAYS)


# --- (1)–(3): participants served ----------------------------------------------------------------


def _served(session: Session, f: ReportFilter) -> dict[str, Any]:
    p, t = Participant, TrainingEnrollment
    start, end = f.period_start, f.period_end
    served = and_(
        *f.participant_conditions(),
        p.enrolled_on.is_not(None),
        p.enrolled_on <= end,
        or_(p.exited_on.is_(None), p.exited_on >= start),
    )
    enrolled = p.enrolled_on.between(start, end)
    tanf = p.tanf_recipient.is_(True)
    people = (
        select(
            count_if(enrolled).label("enrollees"),
            count_if(and_(tanf, enrolled)).label("tanf_enrollees"),
            count_if(true()).label("served"),
            count_if(tanf).label("tanf_served"),
        )
        .where(served)
        .subquery("people")
    )
    completed = and_(
        t.status == TrainingStatus.COMPLETED,
        func.coalesce(t.ended_on, t.expected_end_on).between(start, end),
    )
    credential = t.credential_earned_on.between(start, end)
    # Whose training counts, one row a participant: read from the period's training records
    # (in participant order) rather than looked up for each of the participants served.
    trained = (
        select(
            t.participant_id,
            func.max(case((completed, 1), else_=0)).label("completed"),
            func.max(case((credential, 1), else_=0)).label("credential"),
        )
        .where(t.deleted.is_(False), or_(completed, credential))
        .group_by(t.participant_id)
        .subquery("trained")
    )
    columns = []
    for name in ("completed", "credential"):
        condition = trained.c[name] == 1
        columns.append(count_if(condition).label(name))
        columns.append(count_if(and_(tanf, condition)).label(f"tanf_{name}"))
    outcomes = (
        select(*columns)
        .select_from(trained)
        .join(p, p.id == trained.c.participant_id)
        .where(served)
        .subquery("outcomes")
    )
    both = select(people, outcomes).select_from(people.join(outcomes, true()))
    return dict(session.execute(both).one()._mapping)


# --- (4)–(8): exiters and their jobs -------------------------------------------------------------


def _exits(session: Session, f: ReportFilter) -> dict[str, Any]:
    p = Participant
    exiters = (
        select(
            p.id.label("pid"),
            p.tanf_recipient.label("tanf"),
            p.exited_on.label("exited_on"),
        )
        .where(
            *f.participant_conditions(),
            p.status == ParticipantStatus.EXITED,
            p.enrolled_on.is_not(None),
            p.exited_on.between(f.period_start, f.period_end),
        )
        .cte("exiters")
    )
    cutoff = follow_up_cutoff(f)
    at_exit = _primary_job(
        exiters,
        starts_by=exiters.c.exited_on,
        ends_from=exiters.c.exited_on,
        name="exit_job",
    )
    six = _primary_job(
        exiters,
        starts_by=days_after(exiters.c.exited_on, FOLLOW_UP_DAYS + FOLLOW_UP_WINDOW_DAYS),
        ends_from=days_after(exiters.c.exited_on, FOLLOW_UP_DAYS - FOLLOW_UP_WINDOW_DAYS),
        name="six_month_job",
        only=exiters.c.exited_on <= cutoff,
    )
    employed_at_exit = at_exit.c.pid.is_not(None)
    health_at_exit = and_(employed_at_exit, at_exit.c.is_healthcare.is_(True))
    employed_six = six.c.pid.is_not(None)
    health_six = and_(employed_six, six.c.is_healthcare.is_(True))
    gain = and_(
        health_six,
        or_(
            six.c.advanced_position.is_(True),
            and_(employed_at_exit, six.c.hourly_wage_cents > at_exit.c.hourly_wage_cents),
        ),
    )
    counted: dict[str, tuple[ColumnElement[bool], Any]] = {
        "exiters": (true(), None),
        "followed": (exiters.c.exited_on <= cutoff, None),
        "at_exit": (employed_at_exit, at_exit),
        "health_at_exit": (health_at_exit, at_exit),
        "six": (employed_six, six),
        "health_six": (health_six, six),
        "gain": (gain, None),
    }
    columns: list[Any] = []
    for prefix, group in (("", true()), ("tanf_", exiters.c.tanf.is_(True))):
        for name, (condition, job) in counted.items():
            when = and_(condition, group)
            columns.append(count_if(when).label(f"{prefix}{name}"))
            if job is not None:
                columns.append(average_if(when, job.c.hourly_wage_cents).label(f"{prefix}{name}_w"))
                columns.append(average_if(when, job.c.weekly_hours).label(f"{prefix}{name}_h"))
    query = (
        select(*columns)
        .select_from(exiters)
        .outerjoin(at_exit, at_exit.c.pid == exiters.c.pid)
        .outerjoin(six, six.c.pid == exiters.c.pid)
    )
    row: Row[Any] = session.execute(query).one()
    return dict(row._mapping)


def _primary_job(
    exiters: Any,
    *,
    starts_by: ColumnElement[date],
    ends_from: ColumnElement[date],
    name: str,
    only: ColumnElement[bool] | None = None,
) -> Subquery:
    """Each exiter's one job held at some time in [ends_from, starts_by].

    When several are, a health-care job comes first, then more weekly hours, then the higher
    wage, then the later start (docs/indicators.md).
    """
    e = Employment
    rank = func.row_number().over(
        partition_by=exiters.c.pid,
        order_by=(
            e.is_healthcare.desc(),
            e.weekly_hours.desc(),
            e.hourly_wage_cents.desc(),
            e.started_on.desc(),
            e.id,
        ),
    )
    held = [
        e.participant_id == exiters.c.pid,
        e.deleted.is_(False),
        e.started_on <= starts_by,
        or_(e.ended_on.is_(None), e.ended_on >= ends_from),
    ]
    if only is not None:
        held.append(only)
    ranked = (
        select(
            exiters.c.pid,
            e.is_healthcare,
            e.hourly_wage_cents,
            e.weekly_hours,
            e.advanced_position,
            rank.label("rank"),
        )
        .join(e, and_(*held))
        .subquery(f"{name}_ranked")
    )
    return select(ranked).where(ranked.c.rank == 1).subquery(name)


def _outcome(x: dict[str, Any], group: str, name: str, denominator: str) -> JobOutcome:
    return JobOutcome.of(
        int(x[f"{group}{name}"]),
        int(x[f"{group}{denominator}"]),
        None if x[f"{group}{name}_w"] is None else float(x[f"{group}{name}_w"]),
        None if x[f"{group}{name}_h"] is None else float(x[f"{group}{name}_h"]),
    )
