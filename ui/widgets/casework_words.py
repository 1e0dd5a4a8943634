"""How casework values read on screen: statuses, programs, roles, activities, money, dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from coachapp.models.enums import (
    ConsentScope,
    FollowUpRole,
    ReferralProgram,
    ReferralStatus,
    ServiceStatus,
    TrainingStatus,
)
from coachapp.rules.work_participation import FamilyType, TanfActivity


def money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def day(value: date | None) -> str:
    """A date as coaches read it (month/day/year in the US)."""
    if value is None:
        return ""
    return QCoreApplication.translate("Casework", "{m}/{d}/{y}").format(
        m=f"{value.month:02d}", d=f"{value.day:02d}", y=value.year
    )


def hours(value: Decimal | float | int) -> str:
    """12.5, 30 (no trailing zeros)."""
    text = f"{Decimal(str(value)).normalize():f}"
    return "0" if text in ("-0", "0") else text


def service_status(status: ServiceStatus | str) -> str:
    return {
        ServiceStatus.REQUESTED: QCoreApplication.translate("Casework", "Requested"),
        ServiceStatus.APPROVED: QCoreApplication.translate("Casework", "Approved"),
        ServiceStatus.PAID: QCoreApplication.translate("Casework", "Paid"),
        ServiceStatus.DENIED: QCoreApplication.translate("Casework", "Denied"),
        ServiceStatus.CANCELLED: QCoreApplication.translate("Casework", "Cancelled"),
    }[ServiceStatus(status)]


def referral_status(status: ReferralStatus | str) -> str:
    return {
        ReferralStatus.OPEN: QCoreApplication.translate("Casework", "Open"),
        ReferralStatus.IN_PROGRESS: QCoreApplication.translate("Casework", "In progress"),
        ReferralStatus.COMPLETED: QCoreApplication.translate("Casework", "Completed"),
        ReferralStatus.DECLINED: QCoreApplication.translate("Casework", "Declined"),
        ReferralStatus.CANCELLED: QCoreApplication.translate("Casework", "Cancelled"),
    }[ReferralStatus(status)]


def program(value: ReferralProgram | str) -> str:
    return {
        ReferralProgram.CHILD_SUPPORT: QCoreApplication.translate("Casework", "Child support"),
        ReferralProgram.CHILD_WELFARE_PREVENTION: QCoreApplication.translate(
            "Casework", "Child welfare prevention"
        ),
        ReferralProgram.EMPLOYMENT: QCoreApplication.translate("Casework", "Employment"),
        ReferralProgram.BEHAVIORAL_HEALTH: QCoreApplication.translate(
            "Casework", "Behavioral health"
        ),
        ReferralProgram.DOMESTIC_VIOLENCE: QCoreApplication.translate(
            "Casework", "Domestic violence services"
        ),
        ReferralProgram.HOUSING: QCoreApplication.translate("Casework", "Housing"),
        ReferralProgram.OTHER: QCoreApplication.translate("Casework", "Other"),
    }[ReferralProgram(value)]


def follow_up_role(role: FollowUpRole | str) -> str:
    return {
        FollowUpRole.HPOG_CAREER_COACH: QCoreApplication.translate("Casework", "HPOG career coach"),
        FollowUpRole.DHS_FAMILY_COACH: QCoreApplication.translate("Casework", "DHS family coach"),
        FollowUpRole.PARTNER_AGENCY: QCoreApplication.translate(
            "Casework", "Partner agency contact"
        ),
        FollowUpRole.PARTICIPANT: QCoreApplication.translate("Casework", "The participant"),
    }[FollowUpRole(role)]


def follow_up_role_short(role: FollowUpRole | str) -> str:
    """The role in a table column: a few words."""
    return {
        FollowUpRole.HPOG_CAREER_COACH: QCoreApplication.translate("Casework", "HPOG coach"),
        FollowUpRole.DHS_FAMILY_COACH: QCoreApplication.translate("Casework", "DHS family coach"),
        FollowUpRole.PARTNER_AGENCY: QCoreApplication.translate("Casework", "agency contact"),
        FollowUpRole.PARTICIPANT: QCoreApplication.translate("Casework", "participant"),
    }[FollowUpRole(role)]


def consent_scope(scope: ConsentScope | str) -> str:
    return {
        ConsentScope.SHARE_AND_REFER: QCoreApplication.translate(
            "Casework", "Share information and make referrals"
        ),
        ConsentScope.MAKE_REFERRAL: QCoreApplication.translate("Casework", "Make referrals only"),
        ConsentScope.SHARE_INFORMATION: QCoreApplication.translate(
            "Casework", "Share information only (not a referral)"
        ),
    }[ConsentScope(scope)]


def training_status(status: TrainingStatus | str) -> str:
    return {
        TrainingStatus.ENROLLED: QCoreApplication.translate("Casework", "In training"),
        TrainingStatus.COMPLETED: QCoreApplication.translate("Casework", "Completed"),
        TrainingStatus.WITHDRAWN: QCoreApplication.translate("Casework", "Left the course"),
        TrainingStatus.FAILED: QCoreApplication.translate("Casework", "Did not pass"),
    }[TrainingStatus(status)]


def activity(value: TanfActivity | str) -> str:
    return {
        TanfActivity.UNSUBSIDIZED_EMPLOYMENT: QCoreApplication.translate(
            "Casework", "Work (unsubsidized job)"
        ),
        TanfActivity.SUBSIDIZED_PRIVATE_EMPLOYMENT: QCoreApplication.translate(
            "Casework", "Subsidized private job"
        ),
        TanfActivity.SUBSIDIZED_PUBLIC_EMPLOYMENT: QCoreApplication.translate(
            "Casework", "Subsidized public job"
        ),
        TanfActivity.WORK_EXPERIENCE: QCoreApplication.translate("Casework", "Work experience"),
        TanfActivity.ON_THE_JOB_TRAINING: QCoreApplication.translate(
            "Casework", "On-the-job training"
        ),
        TanfActivity.JOB_SEARCH: QCoreApplication.translate(
            "Casework", "Job search and job readiness"
        ),
        TanfActivity.COMMUNITY_SERVICE: QCoreApplication.translate("Casework", "Community service"),
        TanfActivity.VOCATIONAL_TRAINING: QCoreApplication.translate(
            "Casework", "Vocational training (e.g. CNA course)"
        ),
        TanfActivity.JOB_SKILLS_TRAINING: QCoreApplication.translate(
            "Casework", "Job skills training"
        ),
        TanfActivity.EDUCATION_RELATED_TO_EMPLOYMENT: QCoreApplication.translate(
            "Casework", "Education related to work"
        ),
        TanfActivity.SECONDARY_SCHOOL: QCoreApplication.translate(
            "Casework", "High school or GED classes"
        ),
        TanfActivity.CHILDCARE_FOR_COMMUNITY_SERVICE: QCoreApplication.translate(
            "Casework", "Childcare for community service"
        ),
        TanfActivity.OTHER: QCoreApplication.translate("Casework", "Other (does not count)"),
    }[TanfActivity(value)]


def family_type(value: FamilyType | str) -> str:
    """Which weekly TANF hour requirement the family has, in the coach's words."""
    return {
        FamilyType.ALL_FAMILIES: QCoreApplication.translate(
            "Casework", "Single parent, youngest child 6 or older"
        ),
        FamilyType.SINGLE_PARENT_CHILD_UNDER_6: QCoreApplication.translate(
            "Casework", "Single parent with a child under 6"
        ),
        FamilyType.TWO_PARENT: QCoreApplication.translate("Casework", "Two-parent family"),
        FamilyType.TWO_PARENT_FEDERAL_CHILDCARE: QCoreApplication.translate(
            "Casework", "Two-parent family with federally funded childcare"
        ),
    }[FamilyType(value)]


def activity_kind(value: TanfActivity | str) -> str:
    kind = TanfActivity(value)
    if kind.is_core:
        return QCoreApplication.translate("Casework", "Core")
    if kind.is_non_core:
        return QCoreApplication.translate("Casework", "Non-core")
    return QCoreApplication.translate("Casework", "Does not count")


def overdue_words(due: date, today: date) -> str:
    return QCoreApplication.translate("Casework", "Overdue by %n day(s)", "", (today - due).days)
