"""What the intake form calls the core's closed vocabularies, in the coach's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachapp.models.enums import (
    RESTRICTED_BARRIERS,
    BarrierCategory,
    ConsentScope,
    EducationLevel,
    Gender,
    HouseholdRole,
    ParticipantStatus,
    ReferralProgram,
    StudyGroup,
)


def roles() -> list[tuple[str, str]]:
    return [
        (HouseholdRole.CHILD, QCoreApplication.translate("IntakeLabels", "Child")),
        (
            HouseholdRole.NON_CUSTODIAL_PARENT,
            QCoreApplication.translate("IntakeLabels", "Non-custodial parent"),
        ),
        (
            HouseholdRole.CUSTODIAL_PARENT,
            QCoreApplication.translate("IntakeLabels", "Custodial parent"),
        ),
        (
            HouseholdRole.RELATIVE_CAREGIVER,
            QCoreApplication.translate("IntakeLabels", "Relative caregiver"),
        ),
        (HouseholdRole.OTHER, QCoreApplication.translate("IntakeLabels", "Other")),
    ]


def genders() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("IntakeLabels", "Not answered")),
        (Gender.FEMALE, QCoreApplication.translate("IntakeLabels", "Female")),
        (Gender.MALE, QCoreApplication.translate("IntakeLabels", "Male")),
        (Gender.ANOTHER, QCoreApplication.translate("IntakeLabels", "Another gender")),
        (Gender.NOT_REPORTED, QCoreApplication.translate("IntakeLabels", "Prefers not to say")),
    ]


def yes_no() -> list[tuple[bool | None, str]]:
    return [
        (None, QCoreApplication.translate("IntakeLabels", "Not answered")),
        (True, QCoreApplication.translate("IntakeLabels", "Yes")),
        (False, QCoreApplication.translate("IntakeLabels", "No")),
    ]


def education_levels() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("IntakeLabels", "Not answered")),
        (
            EducationLevel.LESS_THAN_HIGH_SCHOOL,
            QCoreApplication.translate("IntakeLabels", "Less than high school"),
        ),
        (
            EducationLevel.HIGH_SCHOOL_OR_GED,
            QCoreApplication.translate("IntakeLabels", "High school diploma or GED"),
        ),
        (EducationLevel.SOME_COLLEGE, QCoreApplication.translate("IntakeLabels", "Some college")),
        (EducationLevel.ASSOCIATE, QCoreApplication.translate("IntakeLabels", "Associate degree")),
        (
            EducationLevel.BACHELOR_OR_HIGHER,
            QCoreApplication.translate("IntakeLabels", "Bachelor's degree or higher"),
        ),
    ]


#: HPOG race categories (a person may report several); stored comma-separated.
def races() -> list[tuple[str, str]]:
    return [
        (
            "american_indian_alaska_native",
            QCoreApplication.translate("IntakeLabels", "American Indian or Alaska Native"),
        ),
        ("asian", QCoreApplication.translate("IntakeLabels", "Asian")),
        (
            "black_african_american",
            QCoreApplication.translate("IntakeLabels", "Black or African American"),
        ),
        (
            "native_hawaiian_pacific_islander",
            QCoreApplication.translate("IntakeLabels", "Native Hawaiian or other Pacific Islander"),
        ),
        ("white", QCoreApplication.translate("IntakeLabels", "White")),
    ]


#: Stored as the person's preferred language, so kept in English whatever the app's language.
LANGUAGES = ("English", "Spanish", "Somali", "Arabic", "Nepali", "French", "Haitian Creole")


def scopes() -> list[tuple[str, str]]:
    return [
        (
            ConsentScope.SHARE_AND_REFER,
            QCoreApplication.translate("IntakeLabels", "Share information and refer"),
        ),
        (ConsentScope.MAKE_REFERRAL, QCoreApplication.translate("IntakeLabels", "Refer only")),
        (
            ConsentScope.SHARE_INFORMATION,
            QCoreApplication.translate("IntakeLabels", "Share information only"),
        ),
    ]


def programs() -> dict[str, str]:
    return {
        ReferralProgram.CHILD_SUPPORT: QCoreApplication.translate("IntakeLabels", "child support"),
        ReferralProgram.CHILD_WELFARE_PREVENTION: QCoreApplication.translate(
            "IntakeLabels", "child welfare prevention"
        ),
        ReferralProgram.EMPLOYMENT: QCoreApplication.translate("IntakeLabels", "employment"),
        ReferralProgram.BEHAVIORAL_HEALTH: QCoreApplication.translate(
            "IntakeLabels", "behavioral health"
        ),
        ReferralProgram.DOMESTIC_VIOLENCE: QCoreApplication.translate(
            "IntakeLabels", "domestic violence services"
        ),
        ReferralProgram.HOUSING: QCoreApplication.translate("IntakeLabels", "housing"),
        ReferralProgram.OTHER: QCoreApplication.translate("IntakeLabels", "other services"),
    }


def barriers() -> list[tuple[BarrierCategory, str, bool]]:
    """(category, label, restricted): the ones the program keeps confidential come last."""
    labels = {
        BarrierCategory.TRANSPORTATION: QCoreApplication.translate(
            "IntakeLabels", "Transportation"
        ),
        BarrierCategory.CHILDCARE: QCoreApplication.translate("IntakeLabels", "Childcare"),
        BarrierCategory.HOUSING: QCoreApplication.translate("IntakeLabels", "Housing"),
        BarrierCategory.FINANCIAL: QCoreApplication.translate("IntakeLabels", "Money and debts"),
        BarrierCategory.EDUCATION: QCoreApplication.translate(
            "IntakeLabels", "Education (reading, math, diploma)"
        ),
        BarrierCategory.LANGUAGE: QCoreApplication.translate("IntakeLabels", "Language"),
        BarrierCategory.LEGAL: QCoreApplication.translate(
            "IntakeLabels", "Legal (record, license, court)"
        ),
        BarrierCategory.PHYSICAL_HEALTH: QCoreApplication.translate(
            "IntakeLabels", "Physical health"
        ),
        BarrierCategory.OTHER: QCoreApplication.translate("IntakeLabels", "Something else"),
        BarrierCategory.DISABILITY: QCoreApplication.translate("IntakeLabels", "Disability"),
        BarrierCategory.SUBSTANCE_USE: QCoreApplication.translate("IntakeLabels", "Substance use"),
        BarrierCategory.MENTAL_HEALTH: QCoreApplication.translate("IntakeLabels", "Mental health"),
        BarrierCategory.DOMESTIC_VIOLENCE: QCoreApplication.translate(
            "IntakeLabels", "Domestic violence"
        ),
    }
    ordered = sorted(BarrierCategory, key=lambda c: c in RESTRICTED_BARRIERS)
    return [(c, labels[c], c in RESTRICTED_BARRIERS) for c in ordered]


def statuses() -> list[tuple[str, str]]:
    return [
        (
            ParticipantStatus.APPLICANT,
            QCoreApplication.translate("IntakeLabels", "Applicant (applying now)"),
        ),
        (ParticipantStatus.ENROLLED, QCoreApplication.translate("IntakeLabels", "Enrolled")),
        (
            ParticipantStatus.LEAD,
            QCoreApplication.translate("IntakeLabels", "Lead (interested, not applying yet)"),
        ),
    ]


def study_groups() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("IntakeLabels", "Not assigned yet")),
        (StudyGroup.TREATMENT, QCoreApplication.translate("IntakeLabels", "Treatment group")),
        (StudyGroup.CONTROL, QCoreApplication.translate("IntakeLabels", "Control group")),
        (StudyGroup.NOT_IN_STUDY, QCoreApplication.translate("IntakeLabels", "Not in the study")),
    ]
