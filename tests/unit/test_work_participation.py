"""TANF work participation: does this week's schedule count for the family?"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachapp.errors import ValidationError
from coachapp.rules.work_participation import (
    CORE_ACTIVITIES,
    NON_CORE_ACTIVITIES,
    FamilyType,
    TanfActivity,
    check_week,
    core_required_hours,
    family_type_for,
    required_hours,
)

A = TanfActivity


# --- who needs how many hours -------------------------------------------------------------------


def test_single_parent_with_toddler_needs_20_hours() -> None:
    family = family_type_for(parents_in_household=1, youngest_child_age=2, federal_childcare=False)
    assert family is FamilyType.SINGLE_PARENT_CHILD_UNDER_6
    assert required_hours(family) == 20
    assert core_required_hours(family) == 20  # all 20 must be core
    # 12 h job + 8 h job search = 20 core hours: met
    result = check_week(family=family, hours={A.UNSUBSIDIZED_EMPLOYMENT: 12, A.JOB_SEARCH: 8})
    assert result.meets
    assert result.total_hours == 20
    assert result.shortfall == 0


def test_single_parent_with_school_age_child_needs_30_hours_20_of_them_core() -> None:
    family = family_type_for(parents_in_household=1, youngest_child_age=6, federal_childcare=True)
    assert family is FamilyType.ALL_FAMILIES
    assert (required_hours(family), core_required_hours(family)) == (30, 20)


def test_single_parent_with_no_child_age_recorded_is_held_to_30_hours() -> None:
    family = family_type_for(
        parents_in_household=1, youngest_child_age=None, federal_childcare=False
    )
    assert family is FamilyType.ALL_FAMILIES


def test_two_parent_family_needs_35_hours_30_of_them_core() -> None:
    family = family_type_for(parents_in_household=2, youngest_child_age=3, federal_childcare=False)
    assert family is FamilyType.TWO_PARENT
    assert (required_hours(family), core_required_hours(family)) == (35, 30)
    # 30 h work experience + 5 h GED class = 35 hours, 30 core: met
    result = check_week(family=family, hours={A.WORK_EXPERIENCE: 30, A.SECONDARY_SCHOOL: 5})
    assert result.meets


def test_two_parent_family_with_federal_childcare_needs_55() -> None:
    family = family_type_for(parents_in_household=2, youngest_child_age=8, federal_childcare=True)
    assert family is FamilyType.TWO_PARENT_FEDERAL_CHILDCARE
    assert (required_hours(family), core_required_hours(family)) == (55, 50)
    # 40 h job + 10 h OJT = 50 core; + 5 h job skills training = 55: met
    met = check_week(
        family=family,
        hours={A.UNSUBSIDIZED_EMPLOYMENT: 40, A.ON_THE_JOB_TRAINING: 10, A.JOB_SKILLS_TRAINING: 5},
    )
    assert met.meets
    assert (met.total_hours, met.core_hours) == (Decimal(55), Decimal(50))
    # 50 core only: 55 - 50 = 5 short
    short = check_week(family=family, hours={A.UNSUBSIDIZED_EMPLOYMENT: 50})
    assert not short.meets
    assert short.shortfall == 5
    assert short.reason == "50 of 55 hours; 5 more needed."


# --- core and non-core --------------------------------------------------------------------------


def test_core_and_non_core_activities_follow_45_cfr_261_31() -> None:
    assert len(CORE_ACTIVITIES) == 9
    assert len(NON_CORE_ACTIVITIES) == 3
    assert {
        A.JOB_SKILLS_TRAINING,
        A.EDUCATION_RELATED_TO_EMPLOYMENT,
        A.SECONDARY_SCHOOL,
    } == NON_CORE_ACTIVITIES
    assert A.VOCATIONAL_TRAINING.is_core
    assert A.CHILDCARE_FOR_COMMUNITY_SERVICE.is_core
    assert A.JOB_SKILLS_TRAINING.is_non_core and not A.JOB_SKILLS_TRAINING.is_core
    # The 12 federal activities, plus "other" which never counts.
    assert {a for a in A if a.counts} == CORE_ACTIVITIES | NON_CORE_ACTIVITIES
    assert len(A) == 13
    assert not A.OTHER.counts


def test_job_skills_hours_do_not_count_toward_core() -> None:
    # 15 h job + 15 h job skills = 30 hours, but only 15 core: 20 - 15 = 5 more core needed
    result = check_week(
        family=FamilyType.ALL_FAMILIES,
        hours={A.UNSUBSIDIZED_EMPLOYMENT: 15, A.JOB_SKILLS_TRAINING: 15},
    )
    assert result.total_hours == 30
    assert result.core_hours == 15
    assert result.non_core_hours == 15
    assert not result.meets
    assert result.shortfall == 5
    assert result.reason == (
        "30 of 30 hours, but only 15 of the 20 core hours; 5 more core hours needed."
    )


def test_education_fills_the_hours_above_the_core_twenty() -> None:
    # 20 h subsidized job + 10 h education = 30 hours, 20 core: met
    result = check_week(
        family=FamilyType.ALL_FAMILIES,
        hours={A.SUBSIDIZED_PRIVATE_EMPLOYMENT: 20, A.EDUCATION_RELATED_TO_EMPLOYMENT: 10},
    )
    assert result.meets
    assert result.reason == "Requirement met: 30 of 30 hours, 20 of them core."


def test_non_core_hours_never_help_a_single_parent_of_a_child_under_6() -> None:
    # 16 core + 10 job skills: only the 16 count; 20 - 16 = 4 more needed
    result = check_week(
        family=FamilyType.SINGLE_PARENT_CHILD_UNDER_6,
        hours={A.COMMUNITY_SERVICE: 16, A.JOB_SKILLS_TRAINING: 10},
    )
    assert not result.meets
    assert result.total_hours == 16
    assert result.non_core_hours == 10
    assert result.shortfall == 4
    assert result.reason.startswith("16 of 20 core hours; 4 more needed")


def test_other_activities_never_count() -> None:
    result = check_week(
        family=FamilyType.ALL_FAMILIES, hours={A.OTHER: 40, A.UNSUBSIDIZED_EMPLOYMENT: 10}
    )
    assert result.total_hours == 10
    assert not result.meets


# --- what the coach reads -----------------------------------------------------------------------


def test_short_week_reads_26_of_30_hours_4_more_needed() -> None:
    # 20 core + 6 secondary school = 26 of 30; 30 - 26 = 4
    result = check_week(
        family=FamilyType.ALL_FAMILIES,
        hours={A.UNSUBSIDIZED_EMPLOYMENT: 20, A.SECONDARY_SCHOOL: 6},
    )
    assert result.reason == "26 of 30 hours; 4 more needed."
    assert result.shortfall == 4


def test_short_on_both_counts_says_how_many_must_be_core() -> None:
    # 10 core + 5 non-core = 15 of 30 (15 short), core 10 of 20 (10 short) -> 15, 10 of them core
    result = check_week(
        family=FamilyType.ALL_FAMILIES, hours={A.JOB_SEARCH: 10, A.JOB_SKILLS_TRAINING: 5}
    )
    assert result.shortfall == 15
    assert result.reason == (
        "15 of 30 hours and 10 of the 20 core hours; 15 more needed, at least 10 of them core."
    )


def test_half_hours_are_kept_and_read_plainly() -> None:
    # 12.5 h work + 7.5 h job search = 20 core; + 7.25 h GED class = 27.25; 30 - 27.25 = 2.75
    result = check_week(
        family=FamilyType.ALL_FAMILIES,
        hours={
            A.UNSUBSIDIZED_EMPLOYMENT: 12.5,
            A.JOB_SEARCH: Decimal("7.5"),
            A.SECONDARY_SCHOOL: 7.25,
        },
    )
    assert result.total_hours == Decimal("27.25")
    assert result.shortfall == Decimal("2.75")
    assert result.reason == "27.25 of 30 hours; 2.75 more needed."


def test_activity_names_stored_as_text_are_understood() -> None:
    # 20 h job search, keyed by the stored text: 20 of 20 core hours
    stored: dict[str, int] = {"job_search": 20}
    result = check_week(family=FamilyType.SINGLE_PARENT_CHILD_UNDER_6, hours=stored)  # type: ignore[arg-type]
    assert result.meets


def test_an_empty_week_is_not_met() -> None:
    result = check_week(family=FamilyType.TWO_PARENT, hours={})
    assert not result.meets
    assert result.shortfall == 35


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [-1, Decimal("-0.5"), 169, float("nan"), True, "20", None])
def test_impossible_hours_name_the_activity(bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        check_week(family=FamilyType.ALL_FAMILIES, hours={A.JOB_SEARCH: bad})  # type: ignore[dict-item]
    assert set(caught.value.fields) == {"job_search"}


def test_every_bad_activity_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        check_week(
            family=FamilyType.ALL_FAMILIES,
            hours={A.JOB_SEARCH: -2, A.COMMUNITY_SERVICE: 200, A.WORK_EXPERIENCE: 10},
        )
    assert set(caught.value.fields) == {"job_search", "community_service"}


def test_a_week_cannot_hold_more_than_168_hours() -> None:
    with pytest.raises(ValidationError) as caught:
        check_week(
            family=FamilyType.ALL_FAMILIES,
            hours={A.UNSUBSIDIZED_EMPLOYMENT: 100, A.COMMUNITY_SERVICE: 100},
        )
    assert set(caught.value.fields) == {"hours"}


def test_unknown_activity_or_family_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_week(family=FamilyType.ALL_FAMILIES, hours={"knitting": 5})  # type: ignore[dict-item]
    assert set(caught.value.fields) == {"activity"}
    with pytest.raises(ValidationError) as caught:
        check_week(family="three_parent", hours={})  # type: ignore[arg-type]
    assert set(caught.value.fields) == {"family"}


@pytest.mark.parametrize("parents", [0, 3, True])
def test_household_must_have_one_or_two_parents(parents: int) -> None:
    with pytest.raises(ValidationError) as caught:
        family_type_for(parents_in_household=parents, youngest_child_age=4, federal_childcare=False)
    assert set(caught.value.fields) == {"parents_in_household"}


@pytest.mark.parametrize("age", [-1, 19, 2.5])
def test_child_age_must_be_0_to_18(age: object) -> None:
    with pytest.raises(ValidationError) as caught:
        family_type_for(
            parents_in_household=1,
            youngest_child_age=age,  # type: ignore[arg-type]
            federal_childcare=False,
        )
    assert set(caught.value.fields) == {"youngest_child_age"}


# --- properties ---------------------------------------------------------------------------------

families = st.sampled_from(list(FamilyType))
week = st.dictionaries(
    st.sampled_from(list(TanfActivity)),
    st.decimals(min_value=0, max_value=12, places=2),
    max_size=len(TanfActivity),
)


@given(family=families, hours=week)
def test_meets_exactly_when_both_minimums_are_reached(
    family: FamilyType, hours: dict[TanfActivity, Decimal]
) -> None:
    result = check_week(family=family, hours=hours)
    core = sum((h for a, h in hours.items() if a.is_core), Decimal(0))
    assert result.core_hours == core
    assert result.meets == (core >= result.core_required and result.total_hours >= result.required)
    assert result.meets == (result.shortfall == 0)
    assert result.total_hours <= sum(hours.values(), Decimal(0))


@given(family=families, hours=week, activity=st.sampled_from(list(TanfActivity)))
def test_adding_hours_never_turns_a_met_week_into_a_short_one(
    family: FamilyType, hours: dict[TanfActivity, Decimal], activity: TanfActivity
) -> None:
    before = check_week(family=family, hours=hours)
    more = dict(hours)
    more[activity] = more.get(activity, Decimal(0)) + 1
    after = check_week(family=family, hours=more)
    assert after.shortfall <= before.shortfall
    assert after.meets or not before.meets
