"""The reporting periods a coach picks from: this month, last month, this quarter, the
program year (the enrollment goal's dates), or days of their own."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.models import EnrollmentGoal


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def this_month(today: date) -> tuple[date, date]:
    return month_of(today)


def last_month(today: date) -> tuple[date, date]:
    return month_of(today.replace(day=1) - timedelta(days=1))


def this_quarter(today: date) -> tuple[date, date]:
    """The calendar quarter ``today`` is in (January–March, April–June…)."""
    first_month = 3 * ((today.month - 1) // 3) + 1
    start = date(today.year, first_month, 1)
    _, end = month_of(date(today.year, first_month + 2, 1))
    return start, end


def program_year_of(session: Session, today: date) -> tuple[date, date]:
    """The program year ``today`` is in: the dates of the enrollment goals that cover it.

    A program-wide goal wins; otherwise the teams' goals covering today, from the earliest
    start to the latest end. With no goal covering today, the calendar year.
    """
    g = EnrollmentGoal
    goals = session.execute(
        select(g.team_id, g.site_id, g.period_start, g.period_end).where(
            g.deleted.is_(False), g.period_start <= today, g.period_end >= today
        )
    ).all()
    program_wide = [row for row in goals if row.team_id is None and row.site_id is None]
    chosen = program_wide or goals
    if not chosen:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return min(row.period_start for row in chosen), max(row.period_end for row in chosen)
