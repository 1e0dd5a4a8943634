"""TANF work participation by week: who met their family's weekly hour requirement.

The requirement and the core-hour rule are those of ``coachapp.rules.work_participation``
(45 CFR 261.31–35), applied in SQL: the hours and family types below come from that module,
and the family is worked out the way ``coachapp.services.activity.week_summary`` does it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Subquery,
    and_,
    case,
    distinct,
    func,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from coachapp.models import ActivityHours, Household, HouseholdMember, Participant
from coachapp.models.enums import HouseholdRole
from coachapp.rules.work_participation import (
    CORE_ACTIVITIES,
    NON_CORE_ACTIVITIES,
    FamilyType,
    TanfActivity,
    core_required_hours,
    required_hours,
)
from coachapp.services.reports.figures import Rate, Split
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.sql import any_row, count_if, days_after, sum_if, younger_than

#: Float hours summed in SQL may land a hair under a whole number (19.999999…).
HOURS_TOLERANCE = 1e-6


@dataclass(frozen=True)
class ParticipationWeek:
    week_start: date  # a Monday
    #: Enrolled on some day of the week, in a TANF unit with a parent in it: the denominator.
    enrolled: Split[int]
    with_hours: Split[int]  # of them, with any hours recorded for the week
    meeting: Split[Rate]  # of them, meeting the family's requirement, over ``enrolled``


@dataclass(frozen=True)
class WorkParticipation:
    weeks: tuple[ParticipationWeek, ...]  # weeks overlapping the period, ended by as-of
    #: Participant-weeks meeting the requirement over participant-weeks enrolled.
    overall: Split[Rate]


def work_participation(session: Session, f: ReportFilter) -> WorkParticipation:
    """Weeks (Monday to Sunday) that overlap the period and were over before the as-of day.

    The week in progress is left out: its hours are reported after it ends.
    """
    f = ReportFilter.given(f)
    mondays = [m for m in _mondays(f.period_start, f.period_end) if m + timedelta(days=6) < f.today]
    if not mondays:
        empty = Split(all=Rate.of(0, 0), tanf=Rate.of(0, 0))
        return WorkParticipation(weeks=(), overall=empty)
    enrolled = _enrolled_by_week(session, f, mondays)
    met = _met_by_week(session, f, mondays)
    weeks = []
    for monday in mondays:
        everyone, tanf = enrolled[monday]
        hours, hours_tanf, meeting, meeting_tanf = met.get(monday, (0, 0, 0, 0))
        weeks.append(
            ParticipationWeek(
                week_start=monday,
                enrolled=Split(all=everyone, tanf=tanf),
                with_hours=Split(all=hours, tanf=hours_tanf),
                meeting=Split(all=Rate.of(meeting, everyone), tanf=Rate.of(meeting_tanf, tanf)),
            )
        )
    overall = Split(
        all=Rate.of(sum(w.meeting.all.count for w in weeks), sum(w.enrolled.all for w in weeks)),
        tanf=Rate.of(sum(w.meeting.tanf.count for w in weeks), sum(w.enrolled.tanf for w in weeks)),
    )
    return WorkParticipation(weeks=tuple(weeks), overall=overall)


def _mondays(start: date, end: date) -> list[date]:
    monday = start - timedelta(days=start.weekday())
    out = []
    while monday <= end:
        out.append(monday)
        monday += timedelta(weeks=1)
    return out


def _units(*, parents_fewer_than_one: bool = False) -> CTE:
    """Participants whose first household (as ``week_summary`` reads it) has other than one
    parent in the TANF unit: how many, and whether it has federally funded childcare.

    Everyone else — most people, and anyone with no household on file — is a single parent.
    Looking these few up once is much cheaper than asking for every participant's household.
    ``parents_fewer_than_one``: only those whose first household has no parent in the unit.
    """
    h = Household
    odd = h.parents_in_unit < 1 if parents_fewer_than_one else h.parents_in_unit != 1
    unusual = select(h.participant_id).where(h.deleted.is_(False), odd)
    first = func.row_number().over(partition_by=h.participant_id, order_by=(h.created_at, h.id))
    ranked = (
        select(
            h.participant_id,
            h.parents_in_unit.label("parents"),
            h.federal_childcare.label("care"),
            first.label("rank"),
        )
        .where(h.deleted.is_(False), h.participant_id.in_(unusual))
        .subquery("ranked_households")
    )
    return (
        select(ranked.c.participant_id, ranked.c.parents, ranked.c.care)
        .where(
            ranked.c.rank == 1,
            ranked.c.parents < 1 if parents_fewer_than_one else ranked.c.parents != 1,
        )
        .cte("units")
    )


def _has_a_parent() -> ColumnElement[bool]:
    """The participant's TANF unit has a parent in it, so there is a requirement to meet."""
    return Participant.id.not_in(select(_units(parents_fewer_than_one=True).c.participant_id))


def _enrolled_by_week(
    session: Session, f: ReportFilter, mondays: Sequence[date]
) -> dict[date, tuple[int, int]]:
    """Enrolled on some day of each week: enrolled by its Sunday minus exited before its Monday.

    Counts by enrollment day and by exit day (a few hundred rows each) and running sums
    here, rather than a join of every week with every participant.
    """
    p = Participant
    first, last_sunday = mondays[0], mondays[-1] + timedelta(days=6)
    # An exit dated before the enrollment (bad data) is taken as on the enrollment day.
    left = case((p.exited_on < p.enrolled_on, p.enrolled_on), else_=p.exited_on)
    where = [
        *f.participant_conditions(),
        p.enrolled_on.is_not(None),
        p.enrolled_on <= last_sunday,
        or_(p.exited_on.is_(None), left >= first),
        _has_a_parent(),
    ]
    tanf = count_if(p.tanf_recipient.is_(True))
    joined = session.execute(
        select(p.enrolled_on, func.count(), tanf).where(*where).group_by(p.enrolled_on)
    ).all()
    exits = session.execute(
        select(left, func.count(), tanf).where(*where, p.exited_on.is_not(None)).group_by(left)
    ).all()
    started, left_by = _running(joined), _running(exits)
    out: dict[date, tuple[int, int]] = {}
    for monday in mondays:
        joined_all, joined_tanf = started(monday + timedelta(days=6), inclusive=True)
        left_all, left_tanf = left_by(monday, inclusive=False)
        out[monday] = (joined_all - left_all, joined_tanf - left_tanf)
    return out


def _running(rows: Sequence[Any]) -> Callable[..., tuple[int, int]]:
    """From (day, count, TANF count) rows: the totals up to a day, found by bisection."""
    ordered = sorted((r[0], int(r[1]), int(r[2])) for r in rows)
    days = [d for d, _, _ in ordered]
    totals = list(
        accumulate(((n, t) for _, n, t in ordered), lambda a, b: (a[0] + b[0], a[1] + b[1]))
    )

    def upto(day: date, *, inclusive: bool) -> tuple[int, int]:
        i = (bisect_right if inclusive else bisect_left)(days, day)
        return totals[i - 1] if i else (0, 0)

    return upto


def _met_by_week(
    session: Session, f: ReportFilter, mondays: Sequence[date]
) -> dict[date, tuple[int, int, int, int]]:
    """Per week: enrolled participants with hours, and those meeting the requirement."""
    p, m = Participant, HouseholdMember
    weekly = _weekly_hours(session, mondays)
    week = weekly.c.week_start
    under_six = any_row(
        m.participant_id == weekly.c.participant_id,
        m.deleted.is_(False),
        m.role == HouseholdRole.CHILD,
        m.lives_in_household.is_(True),
        m.date_of_birth.is_not(None),
        m.date_of_birth <= week,
        younger_than(m.date_of_birth, week, 6),  # under 6 on the Monday
    )
    units = _units()
    parents = func.coalesce(units.c.parents, 1)
    core, other = weekly.c.core, weekly.c.other
    single, under_6 = FamilyType.ALL_FAMILIES, FamilyType.SINGLE_PARENT_CHILD_UNDER_6
    # A child under 6 matters only to a single parent whose hours meet one of the two
    # requirements and not the other; only then is the household looked at.
    child_matters = and_(
        parents == 1,
        or_(
            and_(_meets(core, other, single), not_(_meets(core, other, under_6))),
            and_(not_(_meets(core, other, single)), _meets(core, other, under_6)),
        ),
    )
    families = (
        select(
            week.label("week_start"),
            core.label("core"),
            other.label("other"),
            p.tanf_recipient.label("tanf"),
            # No household on file, or an ordinary one: a single parent, no federal childcare.
            parents.label("parents"),
            func.coalesce(units.c.care, False).label("care"),
            case((and_(child_matters, under_six), 1), else_=0).label("under_six"),
        )
        .join(p, p.id == weekly.c.participant_id)
        .outerjoin(units, units.c.participant_id == p.id)
        .where(
            *f.participant_conditions(),
            p.enrolled_on.is_not(None),
            p.enrolled_on <= days_after(week, 6),
            or_(p.exited_on.is_(None), p.exited_on >= week),
            parents >= 1,
        )
    )
    # Each row's family is worked out once (not once for every place the test below
    # mentions it), then the rows are counted by week. SQLite: the rows stay in week order
    # (an ORDER BY in a subquery also keeps SQLite from merging it into the count), so each
    # week is counted as its rows go by, unsorted. Elsewhere: a materialized CTE.
    sqlite = session.get_bind().dialect.name == "sqlite"
    fam = (
        families.order_by(week).subquery("families")
        if sqlite
        else families.cte("families").prefix_with("MATERIALIZED")
    ).c
    meets = case(
        (
            and_(fam.parents >= 2, fam.care.is_(True)),
            _meets(fam.core, fam.other, FamilyType.TWO_PARENT_FEDERAL_CHILDCARE),
        ),
        (fam.parents >= 2, _meets(fam.core, fam.other, FamilyType.TWO_PARENT)),
        (fam.under_six == 1, _meets(fam.core, fam.other, under_6)),
        else_=_meets(fam.core, fam.other, single),
    )
    judged = select(fam.week_start, fam.tanf, meets.label("meets"))
    if sqlite:
        judged = judged.order_by(fam.week_start)
    j = judged.subquery("judged").c
    tanf, met = j.tanf.is_(True), j.meets.is_(True)
    rows = session.execute(
        select(
            j.week_start,
            count_if(true()),
            count_if(tanf),
            count_if(met),
            count_if(and_(met, tanf)),
        ).group_by(j.week_start)
    ).all()
    return {r[0]: (int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows}


def _weekly_hours(session: Session, mondays: Sequence[date]) -> Subquery:
    """Each participant's core and non-core hours in each week, one row a participant-week.

    Two laptops offline may each have recorded the same activity and week; the one changed
    last stands (as in week_summary), so hours are never counted twice. Such pairs are rare:
    a week with more rows than activities is added up again from its latest rows only.
    """
    a = ActivityHours
    where = (a.deleted.is_(False), a.week_start.between(mondays[0], mondays[-1]))
    if session.get_bind().dialect.name != "sqlite":
        return _weekly_hours_hashed(where)
    unique = func.count() == func.count(distinct(a.activity))

    def hours(activities: frozenset[TanfActivity]) -> ColumnElement[float]:
        return case(
            (unique, sum_if(a.activity.in_(activities), a.hours)),
            else_=_latest_hours(a, activities),
        )

    weekly = (
        select(
            a.week_start,
            a.participant_id,
            hours(CORE_ACTIVITIES).label("core"),
            hours(NON_CORE_ACTIVITIES).label("other"),
        )
        .where(*where)
        .group_by(a.week_start, a.participant_id)
        # In the order of the laptop's index on (week_start, participant_id, …), so SQLite
        # adds up each participant-week as it reads it instead of sorting the rows first.
        .order_by(a.week_start, a.participant_id)
    )
    return weekly.subquery("weekly")


def _weekly_hours_hashed(where: Sequence[ColumnElement[bool]]) -> Subquery:
    """``_weekly_hours`` for PostgreSQL: added up per activity first, then per week, two
    hash aggregates. ``count(DISTINCT activity)`` made PostgreSQL sort every hour row of the
    period by (week, participant) in the database's collation instead (436 → 266 ms at
    100,000 participants). An activity with more than one row in a week is the rare case
    of two laptops recording it; that week is added up again from its latest rows only."""
    a = ActivityHours
    per_activity = (
        select(
            a.week_start,
            a.participant_id,
            a.activity,
            func.count().label("n"),
            func.sum(a.hours).label("hours"),
        )
        .where(*where)
        .group_by(a.week_start, a.participant_id, a.activity)
        .subquery("per_activity")
    )
    pa = per_activity.c
    unique = func.max(pa.n) == 1

    def hours(activities: frozenset[TanfActivity]) -> ColumnElement[float]:
        return case(
            (unique, sum_if(pa.activity.in_(activities), pa.hours)),
            else_=_latest_hours(pa, activities),
        )

    weekly = select(
        pa.week_start,
        pa.participant_id,
        hours(CORE_ACTIVITIES).label("core"),
        hours(NON_CORE_ACTIVITIES).label("other"),
    ).group_by(pa.week_start, pa.participant_id)
    return weekly.subquery("weekly")


def _latest_hours(grouped: Any, activities: frozenset[TanfActivity]) -> ColumnElement[float]:
    """The hours in ``activities`` of the participant-week ``grouped`` (the table the week's
    rows are grouped from), taking for each activity only the row changed last (then the
    greatest id)."""
    row, newer = aliased(ActivityHours), aliased(ActivityHours)
    superseded = any_row(
        newer.participant_id == row.participant_id,
        newer.week_start == row.week_start,
        newer.activity == row.activity,
        newer.deleted.is_(False),
        or_(
            newer.updated_at > row.updated_at,
            and_(newer.updated_at == row.updated_at, newer.id > row.id),
        ),
    )
    return (
        select(func.coalesce(func.sum(row.hours), 0))
        .where(
            row.participant_id == grouped.participant_id,
            row.week_start == grouped.week_start,
            row.deleted.is_(False),
            row.activity.in_(activities),
            not_(superseded),
        )
        .scalar_subquery()
    )


def _meets(core: Any, other: Any, family: FamilyType) -> ColumnElement[bool]:
    """``check_week``'s test in SQL: the core minimum, and the total with non-core hours
    counting only where the family may use them (45 CFR 261.31(c)).
    """
    required, core_required = required_hours(family), core_required_hours(family)
    counted = core + other if required > core_required else core
    return and_(
        core >= core_required - HOURS_TOLERANCE,
        counted >= required - HOURS_TOLERANCE,
    )
