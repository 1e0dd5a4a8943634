"""TANF work participation for one week: does a family's participation count? (45 CFR 261.31-35)

A work-eligible adult counts toward the federal participation rates when the family's hours
in countable activities reach the requirement for its family type, and enough of those hours
are in *core* activities (45 CFR 261.31 and 261.32; Social Security Act 407(c), 42 U.S.C.
607(c), for the child-under-6 and federally funded child care rules):

==============================================  ========  ==========
Family                                          Hours     Core hours
==============================================  ========  ==========
Single parent, youngest child 6 or older        30        20
Single parent with a child under 6              20        20
Two-parent family                               35        30
Two-parent family with federally funded care    55        50
==============================================  ========  ==========

Non-core activities (job skills training and education directly related to employment,
secondary school or GED attendance) count only for hours above the core minimum, so they never
help a single parent of a child under 6.

Out of scope here, and left to the coach: the limits on counting job search and job readiness
assistance (6 weeks in 12 months, 12 in a needy state, no more than 4 in a row: 45 CFR
261.34), the 12-month limit on vocational educational training, the special rules for teen
parents and the 30% cap (261.33), deeming under the FLSA minimum-wage formula, the disability
exception to the 55-hour requirement, and the federal rule that hours are averaged over the
month rather than tested week by week.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from coachapp.errors import ValidationError

HOURS_IN_A_WEEK: Final = Decimal(168)


class TanfActivity(StrEnum):
    """The twelve federal work activities (42 U.S.C. 607(d)), plus anything else."""

    UNSUBSIDIZED_EMPLOYMENT = "unsubsidized_employment"
    SUBSIDIZED_PRIVATE_EMPLOYMENT = "subsidized_private_employment"
    SUBSIDIZED_PUBLIC_EMPLOYMENT = "subsidized_public_employment"
    WORK_EXPERIENCE = "work_experience"
    ON_THE_JOB_TRAINING = "on_the_job_training"
    JOB_SEARCH = "job_search"  # job search and job readiness assistance
    COMMUNITY_SERVICE = "community_service"
    VOCATIONAL_TRAINING = "vocational_training"  # vocational educational training
    JOB_SKILLS_TRAINING = "job_skills_training"  # directly related to employment
    EDUCATION_RELATED_TO_EMPLOYMENT = "education_related_to_employment"
    SECONDARY_SCHOOL = "secondary_school"  # satisfactory attendance at secondary school or GED
    CHILDCARE_FOR_COMMUNITY_SERVICE = "childcare_for_community_service"
    OTHER = "other"  # not a federal work activity: never counts

    @property
    def is_core(self) -> bool:
        """A core activity (45 CFR 261.31(b)): counts toward the core-hour minimum."""
        return self in CORE_ACTIVITIES

    @property
    def is_non_core(self) -> bool:
        """A non-core activity (45 CFR 261.31(c)): counts only above the core minimum."""
        return self in NON_CORE_ACTIVITIES

    @property
    def counts(self) -> bool:
        """Whether hours in this activity can count toward participation at all."""
        return self is not TanfActivity.OTHER


CORE_ACTIVITIES: Final = frozenset(
    {
        TanfActivity.UNSUBSIDIZED_EMPLOYMENT,
        TanfActivity.SUBSIDIZED_PRIVATE_EMPLOYMENT,
        TanfActivity.SUBSIDIZED_PUBLIC_EMPLOYMENT,
        TanfActivity.WORK_EXPERIENCE,
        TanfActivity.ON_THE_JOB_TRAINING,
        TanfActivity.JOB_SEARCH,
        TanfActivity.COMMUNITY_SERVICE,
        TanfActivity.VOCATIONAL_TRAINING,
        TanfActivity.CHILDCARE_FOR_COMMUNITY_SERVICE,
    }
)
NON_CORE_ACTIVITIES: Final = frozenset(
    {
        TanfActivity.JOB_SKILLS_TRAINING,
        TanfActivity.EDUCATION_RELATED_TO_EMPLOYMENT,
        TanfActivity.SECONDARY_SCHOOL,
    }
)


class FamilyType(StrEnum):
    """Which hour requirement a family's work-eligible adult(s) must meet."""

    ALL_FAMILIES = "all_families"  # single parent, youngest child 6 or older
    SINGLE_PARENT_CHILD_UNDER_6 = "single_parent_child_under_6"
    TWO_PARENT = "two_parent"
    TWO_PARENT_FEDERAL_CHILDCARE = "two_parent_federal_childcare"  # federally funded child care


# family type -> (average weekly hours, of which core hours)
_REQUIREMENTS: Final[Mapping[FamilyType, tuple[int, int]]] = {
    FamilyType.ALL_FAMILIES: (30, 20),
    FamilyType.SINGLE_PARENT_CHILD_UNDER_6: (20, 20),
    FamilyType.TWO_PARENT: (35, 30),
    FamilyType.TWO_PARENT_FEDERAL_CHILDCARE: (55, 50),
}


def required_hours(family: FamilyType) -> int:
    """Weekly hours the family needs in countable activities: 30, 20, 35 or 55."""
    return _REQUIREMENTS[_family(family)][0]


def core_required_hours(family: FamilyType) -> int:
    """How many of the required hours must be in core activities: 20, 20, 30 or 50."""
    return _REQUIREMENTS[_family(family)][1]


@dataclass(frozen=True)
class WeekResult:
    """The outcome of :func:`check_week`. Hours are Decimal; requirements whole hours."""

    family: FamilyType
    total_hours: Decimal  # countable hours: core, plus non-core where the family may use them
    core_hours: Decimal
    non_core_hours: Decimal  # all non-core hours reported, whether or not they could count
    required: int
    core_required: int
    meets: bool
    shortfall: Decimal  # more countable hours needed (core ones if the core minimum is short)
    reason: str


def check_week(
    *, family: FamilyType, hours: Mapping[TanfActivity, Decimal | float | int]
) -> WeekResult:
    """Check one week's hours by activity against the family's requirement.

    Job search hours count in full: the 6/12-week yearly limits (45 CFR 261.34) are not applied.
    """
    family = _family(family)
    core = non_core = Decimal(0)
    for activity, amount in _validated(hours).items():
        if activity.is_core:
            core += amount
        elif activity.is_non_core:
            non_core += amount
    required, core_required = _REQUIREMENTS[family]
    usable_non_core = non_core if required > core_required else Decimal(0)
    total = core + usable_non_core
    total_gap = max(Decimal(required) - total, Decimal(0))
    core_gap = max(Decimal(core_required) - core, Decimal(0))
    shortfall = max(total_gap, core_gap)
    meets = shortfall == 0
    return WeekResult(
        family=family,
        total_hours=total,
        core_hours=core,
        non_core_hours=non_core,
        required=required,
        core_required=core_required,
        meets=meets,
        shortfall=shortfall,
        reason=_reason(
            total, core, required, core_required, total_gap, core_gap, non_core, usable_non_core
        ),
    )


def family_type_for(
    *, parents_in_household: int, youngest_child_age: int | None, federal_childcare: bool
) -> FamilyType:
    """The family type from who lives in the household.

    ``youngest_child_age`` is in whole years (None when not recorded: treated as 6 or older).
    ``federal_childcare`` matters only for two-parent families.
    """
    if isinstance(parents_in_household, bool) or parents_in_household not in (1, 2):
        raise ValidationError({"parents_in_household": "Parents in the household must be 1 or 2."})
    if youngest_child_age is not None and (
        isinstance(youngest_child_age, bool)
        or not isinstance(youngest_child_age, int)
        or not 0 <= youngest_child_age <= 18
    ):
        raise ValidationError(
            {"youngest_child_age": "The youngest child's age must be a whole number from 0 to 18."}
        )
    if parents_in_household == 2:
        if federal_childcare:
            return FamilyType.TWO_PARENT_FEDERAL_CHILDCARE
        return FamilyType.TWO_PARENT
    if youngest_child_age is not None and youngest_child_age < 6:
        return FamilyType.SINGLE_PARENT_CHILD_UNDER_6
    return FamilyType.ALL_FAMILIES


# --- helpers ----------------------------------------------------------------------------------


def _family(family: str) -> FamilyType:
    try:
        return FamilyType(family)
    except ValueError:
        raise ValidationError({"family": "Choose the family's type."}) from None


def _validated(hours: Mapping[TanfActivity, Decimal | float | int]) -> dict[TanfActivity, Decimal]:
    """Hours by activity as Decimals; ValidationError naming every bad activity."""
    problems: dict[str, str] = {}
    clean: dict[TanfActivity, Decimal] = {}
    for key, value in hours.items():
        try:
            activity = TanfActivity(key)
        except ValueError:
            problems["activity"] = "One of the activities is not a TANF work activity."
            continue
        amount = _as_decimal(value)
        if amount is None or not 0 <= amount <= HOURS_IN_A_WEEK:
            problems[activity.value] = "Hours must be a number from 0 to 168."
            continue
        clean[activity] = clean.get(activity, Decimal(0)) + amount
    if not problems and sum(clean.values(), Decimal(0)) > HOURS_IN_A_WEEK:
        problems["hours"] = "The hours add up to more than the 168 hours in a week."
    if problems:
        raise ValidationError(problems)
    return clean


def _as_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
        return None
    amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return amount if amount.is_finite() else None


def _h(hours: Decimal | int) -> str:
    """Hours for people: 26, 12.5 (no trailing zeros, no exponent)."""
    text = f"{Decimal(hours).normalize():f}"
    return "0" if text in ("-0", "0") else text


def _reason(
    total: Decimal,
    core: Decimal,
    required: int,
    core_required: int,
    total_gap: Decimal,
    core_gap: Decimal,
    non_core: Decimal,
    usable_non_core: Decimal,
) -> str:
    if required == core_required:  # every required hour must be core
        said = f"{_h(core)} of {required} core hours"
        if core_gap == 0:
            return f"Requirement met: {said}."
        note = (
            " (job skills, education and school hours do not count for this family)"
            if non_core > usable_non_core
            else ""
        )
        return f"{said}; {_h(core_gap)} more needed{note}."
    said = f"{_h(total)} of {required} hours"
    if total_gap == 0 and core_gap == 0:
        return f"Requirement met: {said}, {_h(core)} of them core."
    if core_gap == 0:
        return f"{said}; {_h(total_gap)} more needed."
    core_said = f"{_h(core)} of the {core_required} core hours"
    if total_gap == 0:
        return f"{said}, but only {core_said}; {_h(core_gap)} more core hours needed."
    if total_gap > core_gap:
        return (
            f"{said} and {core_said}; {_h(total_gap)} more needed, "
            f"at least {_h(core_gap)} of them core."
        )
    return f"{said} and {core_said}; {_h(core_gap)} more core hours needed."
