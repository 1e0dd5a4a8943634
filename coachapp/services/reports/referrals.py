"""Referral timeliness: open, due this week, overdue, closed on time — by program and owner."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, or_, select, true
from sqlalchemy.orm import Session

from coachapp.models import Participant, Referral
from coachapp.models.enums import FollowUpRole, ReferralProgram, ReferralStatus
from coachapp.services.reports.figures import Rate, Split
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.sql import count_if

OPEN_STATUSES = (ReferralStatus.OPEN, ReferralStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ReferralCounts:
    """Referrals made in the period; open, due and overdue on the snapshot day; closures."""

    made: int  # referred on a day in the period
    open: int  # made on or before the snapshot day and not closed by it
    due_this_week: int  # open, due from the snapshot day to that week's Sunday
    overdue: int  # open, due before the snapshot day
    #: Closed (completed, declined or cancelled) in the period, and of them on or before due.
    closed_on_time: Rate


@dataclass(frozen=True)
class ReferralLine:
    """One program referred to, or one follow-up owner (with their role)."""

    key: str
    role: FollowUpRole | None  # for follow-up owners
    counts: Split[ReferralCounts]


@dataclass(frozen=True)
class ReferralTimeliness:
    snapshot_day: date  # "today" for open/due/overdue: the as-of day, or the period's end
    total: Split[ReferralCounts]
    by_program: tuple[ReferralLine, ...]  # in the order of ReferralProgram
    by_follow_up_owner: tuple[ReferralLine, ...]  # most overdue first


def referral_timeliness(session: Session, f: ReportFilter) -> ReferralTimeliness:
    """Counts in SQL, by program and by follow-up owner.

    "Open on a day" is read from the dates, so a report for a past period shows what was
    open then: made by that day and not closed by it (a closed referral with no closing
    date is taken as closed).
    """
    f = ReportFilter.given(f)
    day = f.snapshot_day
    groups = _grouped(session, f, day)
    programs: dict[str, list[Split[ReferralCounts]]] = defaultdict(list)
    owners: dict[tuple[str, str], list[Split[ReferralCounts]]] = defaultdict(list)
    for (program, owner, role), counts in groups.items():
        programs[str(program)].append(counts)
        owners[(owner, str(role))].append(counts)
    by_program = [
        ReferralLine(key=program, role=None, counts=_sum_split(programs[program]))
        for program in sorted(programs, key=[p.value for p in ReferralProgram].index)
    ]
    by_owner = [
        ReferralLine(key=owner, role=FollowUpRole(role), counts=_sum_split(counts))
        for (owner, role), counts in owners.items()
    ]
    by_owner.sort(key=lambda x: (-x.counts.all.overdue, -x.counts.all.open, x.key))
    return ReferralTimeliness(
        snapshot_day=day,
        total=_sum_split(list(groups.values())),
        by_program=tuple(by_program),
        by_follow_up_owner=tuple(by_owner),
    )


def _sum_split(counts: list[Split[ReferralCounts]]) -> Split[ReferralCounts]:
    return Split(all=_sum([c.all for c in counts]), tanf=_sum([c.tanf for c in counts]))


def _grouped(
    session: Session, f: ReportFilter, day: date
) -> dict[tuple[Any, ...], Split[ReferralCounts]]:
    """Counts by (program, follow-up owner, owner's role), in one GROUP BY."""
    r, p = Referral, Participant
    keys = (r.program, r.follow_up_owner, r.follow_up_role)
    start, end = f.period_start, f.period_end
    sunday = day + timedelta(days=6 - day.weekday())
    open_on_day = and_(
        r.referred_on <= day,
        case(
            (r.closed_on.is_not(None), r.closed_on > day),
            else_=r.status.in_(OPEN_STATUSES),
        ),
    )
    closed = and_(r.closed_on.is_not(None), r.closed_on.between(start, end))
    states = {
        "made": r.referred_on.between(start, end),
        "open": open_on_day,
        "closed": closed,
        "on_time": and_(closed, r.closed_on <= r.due_on),
    }
    # Each referral's state is worked out once, as 0/1 flags, then counted by key. SQLite:
    # in the order of the laptop's index on the keys, so it counts each key's referrals as
    # they go by (the ORDER BY also keeps it from merging the two queries, which would work
    # the state out again for every count that mentions it).
    flags = select(
        *keys,
        r.due_on,
        case((p.tanf_recipient.is_(True), 1), else_=0).label("tanf"),
        *(case((m, 1), else_=0).label(name) for name, m in states.items()),
    ).where(
        *f.participant_conditions(),
        r.participant_id == p.id,
        r.deleted.is_(False),
    )
    if session.get_bind().dialect.name == "sqlite":
        flags = flags.order_by(*keys)
    state = flags.subquery("state").c
    is_open = state["open"] == 1
    measures: list[ColumnElement[bool]] = [
        state["made"] == 1,
        is_open,
        and_(is_open, state.due_on >= day, state.due_on <= sunday),
        and_(is_open, state.due_on < day),
        state["closed"] == 1,
        state["on_time"] == 1,
    ]
    group_keys = [state[k.key] for k in keys]
    columns: list[Any] = list(group_keys)
    for group in (true(), state.tanf == 1):
        columns += [count_if(and_(group, m)) for m in measures]
    rows = session.execute(
        select(*columns)
        # Only referrals that count for something: made, open or closed in the period.
        .where(or_(measures[0], measures[1], measures[4]))
        .group_by(*group_keys)
    ).all()
    n = len(keys)
    return {
        tuple(row[:n]): Split(
            all=_counts([int(v) for v in row[n : n + 6]]),
            tanf=_counts([int(v) for v in row[n + 6 : n + 12]]),
        )
        for row in rows
    }


def _counts(v: list[int]) -> ReferralCounts:
    return ReferralCounts(
        made=v[0], open=v[1], due_this_week=v[2], overdue=v[3], closed_on_time=Rate.of(v[5], v[4])
    )


def _sum(counts: list[ReferralCounts]) -> ReferralCounts:
    return ReferralCounts(
        made=sum(c.made for c in counts),
        open=sum(c.open for c in counts),
        due_this_week=sum(c.due_this_week for c in counts),
        overdue=sum(c.overdue for c in counts),
        closed_on_time=Rate.of(
            sum(c.closed_on_time.count for c in counts),
            sum(c.closed_on_time.denominator for c in counts),
        ),
    )
