"""Enrollment against the EnrollmentGoal: how far along, and the pace needed to get there."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, extract, select
from sqlalchemy.orm import Session

from coachapp.models import EnrollmentGoal, Participant
from coachapp.services.reports.figures import Split, percent
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.sql import count_if

#: An average month, for "enrollments needed a month".
DAYS_A_MONTH = 365.25 / 12


@dataclass(frozen=True)
class EnrollmentMonth:
    """One month of the goal: enrollments in it, running total, and where the goal line is."""

    month: date  # the first of the month
    enrolled: int
    cumulative: int
    goal_line: float  # enrollments a straight line to the target would have by month's end


@dataclass(frozen=True)
class EnrollmentProgress:
    """Enrollments counted over the goal's own dates (up to the as-of day).

    With no goal for the filters, ``target`` and everything worked out from it are None and
    ``enrolled`` counts the reporting period instead.
    """

    goal_ids: tuple[str, ...]
    target: int | None
    counted_from: date
    counted_to: date  # the as-of day, or the goal's end if that came first
    goal_end: date | None
    enrolled: Split[int]
    percent_of_goal: float | None
    remaining: int | None
    expected_by_now: int | None  # on a straight line from the goal's start to its end
    on_track: bool | None
    days_left: int | None  # after the as-of day, to the goal's end
    needed_per_week: float | None  # None once the goal's end has passed
    needed_per_month: float | None
    by_month: tuple[EnrollmentMonth, ...]


def enrollment_progress(session: Session, f: ReportFilter) -> EnrollmentProgress:
    """Enrollment against the goal(s) for the filters' team and site that overlap the period.

    Goals set for exactly the chosen team and site count (None matching a program-wide
    goal); several such goals in the period (quarterly goals in a yearly report) add up.
    With no team or site chosen and no program-wide goal, the teams' goals add up.
    """
    f = ReportFilter.given(f)
    goals = _goals(session, f)
    today = f.today
    if goals:
        start = min(g.period_start for g in goals)
        end: date | None = max(g.period_end for g in goals)
        target: int | None = sum(g.target for g in goals)
    else:
        start, end, target = f.period_start, None, None
    counted_to = min(today, end if end is not None else f.period_end)
    enrolled, months = _enrollments(session, f, start, counted_to)
    count = enrolled.all
    if target is None or end is None:
        return EnrollmentProgress(
            goal_ids=(),
            target=None,
            counted_from=start,
            counted_to=counted_to,
            goal_end=None,
            enrolled=enrolled,
            percent_of_goal=None,
            remaining=None,
            expected_by_now=None,
            on_track=None,
            days_left=None,
            needed_per_week=None,
            needed_per_month=None,
            by_month=_by_month(months, start, counted_to, None, None),
        )
    total_days = (end - start).days + 1
    elapsed = max(0, min((counted_to - start).days + 1, total_days))
    expected = math.floor(target * elapsed / total_days)
    remaining = max(target - count, 0)
    days_left = max((end - max(today, start - timedelta(days=1))).days, 0)
    per_week = per_month = None
    if days_left > 0:
        per_week = round(remaining / (days_left / 7), 1)
        per_month = round(remaining / (days_left / DAYS_A_MONTH), 1)
    return EnrollmentProgress(
        goal_ids=tuple(sorted(g.id for g in goals)),
        target=target,
        counted_from=start,
        counted_to=counted_to,
        goal_end=end,
        enrolled=enrolled,
        percent_of_goal=percent(count, target),
        remaining=remaining,
        expected_by_now=expected,
        on_track=count >= expected,
        days_left=days_left,
        needed_per_week=per_week,
        needed_per_month=per_month,
        by_month=_by_month(months, start, counted_to, target, (start, end)),
    )


def _goals(session: Session, f: ReportFilter) -> list[EnrollmentGoal]:
    g = EnrollmentGoal
    where: list[ColumnElement[bool]] = [
        g.deleted.is_(False),
        g.period_start <= f.period_end,
        g.period_end >= f.period_start,
    ]
    if f.org_id is not None:
        where.append(g.org_id == f.org_id)
    exact = [
        g.team_id.is_(None) if f.team_id is None else g.team_id == f.team_id,
        g.site_id.is_(None) if f.site_id is None else g.site_id == f.site_id,
    ]
    found = list(session.scalars(select(g).where(*where, *exact).order_by(g.period_start, g.id)))
    if found or f.team_id is not None or f.site_id is not None:
        return found
    teams = select(g).where(*where, g.team_id.is_not(None), g.site_id.is_(None))
    return list(session.scalars(teams.order_by(g.period_start, g.id)))


def _enrollments(
    session: Session, f: ReportFilter, start: date, end: date
) -> tuple[Split[int], dict[tuple[int, int], int]]:
    """Enrollments from ``start`` to ``end`` (both included), in total and by month."""
    p = Participant
    year = extract("year", p.enrolled_on)
    month = extract("month", p.enrolled_on)
    rows = session.execute(
        select(year, month, count_if(p.id.is_not(None)), count_if(p.tanf_recipient.is_(True)))
        .where(*f.participant_conditions(), p.enrolled_on.between(start, end))
        .group_by(year, month)
    ).all()
    months = {(int(y), int(m)): int(n) for y, m, n, _ in rows}
    return Split(all=sum(months.values()), tanf=sum(int(t) for *_, t in rows)), months


def _by_month(
    months: dict[tuple[int, int], int],
    start: date,
    end: date,
    target: int | None,
    goal: tuple[date, date] | None,
) -> tuple[EnrollmentMonth, ...]:
    out: list[EnrollmentMonth] = []
    cumulative = 0
    first = start.replace(day=1)
    while first <= end:
        following = (first + timedelta(days=32)).replace(day=1)
        cumulative += months.get((first.year, first.month), 0)
        line = 0.0
        if target is not None and goal is not None:
            total = (goal[1] - goal[0]).days + 1
            upto = min(max((following - goal[0]).days, 0), total)
            line = round(target * upto / total, 1)
        out.append(
            EnrollmentMonth(first, months.get((first.year, first.month), 0), cumulative, line)
        )
        first = following
    return tuple(out)
