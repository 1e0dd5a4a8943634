"""TANF weekly activity hours, and whether a week meets the family's work requirement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.errors import PolicyRefused, ValidationError
from coachapp.models import ActivityHours, Household, HouseholdMember, Participant
from coachapp.models.enums import HouseholdRole
from coachapp.rules.work_participation import (
    HOURS_IN_A_WEEK,
    FamilyType,
    TanfActivity,
    check_week,
    family_type_for,
)
from coachapp.services.common import live
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

FAMILY_DESCRIPTIONS = {
    FamilyType.ALL_FAMILIES: "Single parent, youngest child 6 or older",
    FamilyType.SINGLE_PARENT_CHILD_UNDER_6: "Single parent with a child under 6",
    FamilyType.TWO_PARENT: "Two-parent family",
    FamilyType.TWO_PARENT_FEDERAL_CHILDCARE: "Two-parent family with federally funded childcare",
}


@dataclass(frozen=True)
class HoursView:
    id: str
    participant_id: str
    week_start: date
    activity: TanfActivity
    hours: float
    verified: bool


@dataclass(frozen=True)
class WeekSummary:
    participant_id: str
    week_start: date  # always a Monday
    family_type: FamilyType
    family_description: str
    youngest_child_age: int | None
    entries: tuple[HoursView, ...]
    total_hours: Decimal  # countable hours
    core_hours: Decimal
    required: int
    core_required: int
    meets: bool
    shortfall: Decimal
    reason: str  # in plain words, e.g. "18 of 20 core hours; 2 more needed."
    all_verified: bool

    @property
    def headline(self) -> str:
        if self.meets:
            return f"Meets the {self.required}-hour weekly requirement."
        return f"Short by {_hours(self.shortfall)} hours of the {self.required}-hour requirement."


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def hours_view(row: ActivityHours) -> HoursView:
    return HoursView(
        id=row.id,
        participant_id=row.participant_id,
        week_start=row.week_start,
        activity=TanfActivity(row.activity),
        hours=row.hours,
        verified=row.verified,
    )


def record_hours(
    store: LocalStore,
    *,
    participant_id: str,
    week_start: date | str,
    activity: TanfActivity | str,
    hours: float | int | str | Decimal,
    verified: bool = False,
) -> HoursView:
    """Record one activity's hours for one week; recording it again corrects the figure."""
    fc = FieldCheck()
    week = fc.date("week_start", week_start, label="Week", required=True)
    kind = fc.choice("activity", activity, TanfActivity, label="Activity")
    amount = fc.number("hours", hours, label="Hours", minimum=0, maximum=float(HOURS_IN_A_WEEK))
    flag: object = verified  # the form may hand over anything
    if not isinstance(flag, bool):
        fc.fail("verified", "Verified must be yes or no.")
    fc.done()
    assert week is not None and kind is not None and amount is not None
    monday = monday_of(week)
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        rows = _week_rows(session, participant.id, monday)
        existing = rows.get(kind)
        others = sum(r.hours for a, r in rows.items() if a is not kind)
        if others + amount > float(HOURS_IN_A_WEEK):
            raise ValidationError(
                {"hours": "With the other activities, that is more than the 168 hours in a week."}
            )
        if existing is None:
            existing = ActivityHours(
                participant_id=participant.id,
                week_start=monday,
                activity=kind,
                hours=amount,
                verified=verified,
            )
            session.add(existing)
        else:
            existing.hours = amount
            existing.verified = verified
        return hours_view(existing)


def week_summary(store: LocalStore, participant_id: str, *, week_start: date | str) -> WeekSummary:
    """The week's hours checked against the family's TANF requirement."""
    fc = FieldCheck()
    week = fc.date("week_start", week_start, label="Week", required=True)
    fc.done()
    assert week is not None
    monday = monday_of(week)
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        household = session.scalars(
            select(Household)
            .where(Household.participant_id == participant.id, Household.deleted.is_(False))
            .order_by(Household.created_at)
        ).first()
        youngest = _youngest_child_age(session, participant.id, on=monday)
        rows = _week_rows(session, participant.id, monday)
    parents = household.parents_in_unit if household else 1
    if parents < 1:
        raise PolicyRefused(
            "No parent is in this family's TANF assistance unit, so there is no weekly "
            "work requirement to check."
        )
    family = family_type_for(
        # Three or more adults in the unit are held to the two-parent requirement.
        parents_in_household=min(parents, 2),
        youngest_child_age=youngest,
        federal_childcare=bool(household and household.federal_childcare),
    )
    result = check_week(family=family, hours={a: r.hours for a, r in rows.items()})
    entries = tuple(hours_view(r) for _, r in sorted(rows.items(), key=lambda kv: kv[0].value))
    return WeekSummary(
        participant_id=participant_id,
        week_start=monday,
        family_type=family,
        family_description=FAMILY_DESCRIPTIONS[family],
        youngest_child_age=youngest,
        entries=entries,
        total_hours=result.total_hours,
        core_hours=result.core_hours,
        required=result.required,
        core_required=result.core_required,
        meets=result.meets,
        shortfall=result.shortfall,
        reason=result.reason,
        all_verified=bool(entries) and all(e.verified for e in entries),
    )


# --- helpers ----------------------------------------------------------------------------------


def _week_rows(
    session: Session, participant_id: str, monday: date
) -> dict[TanfActivity, ActivityHours]:
    """The week's row for each activity.

    Two laptops offline may each have recorded the same activity and week; the one changed
    last stands, so hours are never counted twice.
    """
    rows = session.scalars(
        select(ActivityHours)
        .where(
            ActivityHours.participant_id == participant_id,
            ActivityHours.week_start == monday,
            ActivityHours.deleted.is_(False),
        )
        .order_by(ActivityHours.updated_at, ActivityHours.id)
    ).all()
    return {TanfActivity(r.activity): r for r in rows}


def _youngest_child_age(session: Session, participant_id: str, *, on: date) -> int | None:
    """Age in whole years on ``on`` of the youngest child living in the household."""
    births = session.scalars(
        select(HouseholdMember.date_of_birth).where(
            HouseholdMember.participant_id == participant_id,
            HouseholdMember.deleted.is_(False),
            HouseholdMember.role == HouseholdRole.CHILD,
            HouseholdMember.lives_in_household.is_(True),
            HouseholdMember.date_of_birth.is_not(None),
        )
    ).all()
    # A child not yet born that week, or grown (19+), does not set the family's requirement.
    ages = [a for a in (_age(born, on) for born in births if born is not None) if 0 <= a <= 18]
    return min(ages) if ages else None


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _hours(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text
