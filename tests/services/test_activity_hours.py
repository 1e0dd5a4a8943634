"""TANF weekly activity hours: recording a week and seeing whether it meets the requirement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coachapp.errors import ValidationError
from coachapp.models import ActivityHours
from coachapp.rules.work_participation import FamilyType, TanfActivity
from coachapp.services import activity, intake
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY

MONDAY = TODAY  # 2026-03-16 is a Monday
assert MONDAY.weekday() == 0


def family(
    store: LocalStore,
    *,
    children_born: Sequence[str] = (),
    parents: int = 1,
    federal_childcare: bool = False,
) -> str:
    kids = [
        intake.HouseholdMemberInput(
            role="child", first_name=f"Child{i}", last_name="Nguyen", date_of_birth=born
        )
        for i, born in enumerate(children_born)
    ]
    entry = intake.IntakeInput(
        person={"first_name": "Linh", "last_name": "Nguyen"},
        household=kids,
        parents_in_unit=parents,
        federal_childcare=federal_childcare,
    )
    return intake.create_participant(store, entry, today=TODAY).id


def test_single_parent_with_toddler_meets_20_hours_with_core_activities(
    store: LocalStore,
) -> None:
    pid = family(store, children_born=["2024-01-05", "2015-06-01"])
    activity.record_hours(
        store, participant_id=pid, week_start=MONDAY, activity="vocational_training", hours=12
    )
    activity.record_hours(
        store,
        participant_id=pid,
        week_start=MONDAY,
        activity=TanfActivity.UNSUBSIDIZED_EMPLOYMENT,
        hours=8,
        verified=True,
    )

    week = activity.week_summary(store, pid, week_start=MONDAY)

    assert week.family_type is FamilyType.SINGLE_PARENT_CHILD_UNDER_6
    assert week.family_description == "Single parent with a child under 6"
    assert week.youngest_child_age == 2
    assert week.meets and week.shortfall == 0
    assert week.headline == "Meets the 20-hour weekly requirement."
    assert week.reason == "Requirement met: 20 of 20 core hours."
    assert not week.all_verified


def test_ged_classes_do_not_help_a_single_parent_of_a_toddler(store: LocalStore) -> None:
    pid = family(store, children_born=["2023-08-20"])
    for kind, hours in (("job_search", 15), ("secondary_school", 10)):
        activity.record_hours(
            store, participant_id=pid, week_start=MONDAY, activity=kind, hours=hours
        )

    week = activity.week_summary(store, pid, week_start=MONDAY)

    assert not week.meets and week.shortfall == Decimal(5)
    assert week.headline == "Short by 5 hours of the 20-hour requirement."
    assert "do not count for this family" in week.reason


def test_child_who_turns_six_later_that_week_still_counts_as_under_six(
    store: LocalStore,
) -> None:
    # Age is taken on the Monday the week starts.
    pid = family(store, children_born=["2020-03-18"])
    week = activity.week_summary(store, pid, week_start=MONDAY)
    assert week.youngest_child_age == 5
    assert week.family_type is FamilyType.SINGLE_PARENT_CHILD_UNDER_6

    next_week = activity.week_summary(store, pid, week_start=MONDAY + timedelta(days=7))
    assert next_week.family_type is FamilyType.ALL_FAMILIES
    assert next_week.required == 30


def test_single_parent_of_a_school_age_child_is_told_how_many_more_hours_are_needed(
    store: LocalStore,
) -> None:
    pid = family(store, children_born=["2016-04-02"])
    activity.record_hours(
        store, participant_id=pid, week_start=MONDAY, activity="work_experience", hours=18
    )
    activity.record_hours(
        store, participant_id=pid, week_start=MONDAY, activity="job_skills_training", hours=8
    )

    week = activity.week_summary(store, pid, week_start=MONDAY)

    assert week.required == 30 and week.core_required == 20
    assert not week.meets and week.shortfall == Decimal(4)
    assert week.reason == (
        "26 of 30 hours and 18 of the 20 core hours; 4 more needed, at least 2 of them core."
    )


def test_two_parent_family_with_federal_childcare_needs_55_hours(store: LocalStore) -> None:
    pid = family(store, children_born=["2021-01-01"], parents=2, federal_childcare=True)
    activity.record_hours(
        store,
        participant_id=pid,
        week_start=MONDAY,
        activity="unsubsidized_employment",
        hours=40,
    )
    week = activity.week_summary(store, pid, week_start=MONDAY)
    assert week.family_type is FamilyType.TWO_PARENT_FEDERAL_CHILDCARE
    assert week.required == 55 and week.shortfall == Decimal(15)


def test_hours_recorded_twice_for_same_week_update_not_duplicate(store: LocalStore) -> None:
    pid = family(store, children_born=["2024-01-05"])
    first = activity.record_hours(
        store,
        participant_id=pid,
        week_start=MONDAY + timedelta(days=2),  # a Wednesday: filed under its Monday
        activity="vocational_training",
        hours=12,
    )
    again = activity.record_hours(
        store,
        participant_id=pid,
        week_start=MONDAY,
        activity="vocational_training",
        hours=16.5,
        verified=True,
    )

    assert first.week_start == MONDAY
    assert again.id == first.id
    week = activity.week_summary(store, pid, week_start=MONDAY + timedelta(days=4))
    assert [(e.activity, e.hours, e.verified) for e in week.entries] == [
        (TanfActivity.VOCATIONAL_TRAINING, 16.5, True)
    ]
    assert week.core_hours == Decimal("16.5")
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityHours)) == 1
        queued = s.scalars(
            select(OutboxEntry.op).where(OutboxEntry.row_id == first.id).order_by(OutboxEntry.seq)
        ).all()
    assert queued == ["upsert", "upsert"]  # created, then corrected: both go to the server


def test_bad_activity_and_impossible_hours_name_both_fields_and_save_nothing(
    store: LocalStore,
) -> None:
    pid = family(store)
    with pytest.raises(ValidationError) as caught:
        activity.record_hours(
            store, participant_id=pid, week_start=MONDAY, activity="napping", hours=200
        )
    assert set(caught.value.fields) == {"activity", "hours"}

    activity.record_hours(
        store, participant_id=pid, week_start=MONDAY, activity="job_search", hours=100
    )
    with pytest.raises(ValidationError) as over:
        activity.record_hours(
            store, participant_id=pid, week_start=MONDAY, activity="community_service", hours=70
        )
    assert set(over.value.fields) == {"hours"}
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityHours)) == 1


def test_week_with_no_hours_yet_shows_the_whole_requirement_outstanding(
    store: LocalStore,
) -> None:
    pid = family(store)
    week = activity.week_summary(store, pid, week_start=date(2026, 3, 22))  # a Sunday
    assert week.week_start == MONDAY
    assert week.entries == () and not week.meets
    assert week.family_type is FamilyType.ALL_FAMILIES and week.shortfall == Decimal(30)
