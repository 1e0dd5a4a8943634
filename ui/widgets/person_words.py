"""How a participant's own values read on screen: status, family roles, barriers, contacts,
and the HPOG background items (gender, education…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachapp.models.enums import (
    BarrierCategory,
    ContactMode,
    EducationLevel,
    ExitReason,
    Gender,
    HouseholdRole,
    ParticipantStatus,
    StudyGroup,
)


def status(value: ParticipantStatus | str) -> str:
    return {
        ParticipantStatus.LEAD: QCoreApplication.translate("PersonWords", "Lead"),
        ParticipantStatus.APPLICANT: QCoreApplication.translate("PersonWords", "Applicant"),
        ParticipantStatus.ENROLLED: QCoreApplication.translate("PersonWords", "Enrolled"),
        ParticipantStatus.EXITED: QCoreApplication.translate("PersonWords", "Exited"),
    }[ParticipantStatus(value)]


def exit_reason(value: ExitReason | str) -> str:
    return {
        ExitReason.COMPLETED_PROGRAM: QCoreApplication.translate(
            "PersonWords", "Completed the program"
        ),
        ExitReason.EMPLOYED: QCoreApplication.translate("PersonWords", "Got a job"),
        ExitReason.MOVED: QCoreApplication.translate("PersonWords", "Moved away"),
        ExitReason.LOST_CONTACT: QCoreApplication.translate("PersonWords", "Lost contact"),
        ExitReason.WITHDREW: QCoreApplication.translate("PersonWords", "Chose to leave"),
        ExitReason.HEALTH_OR_FAMILY: QCoreApplication.translate(
            "PersonWords", "Health or family reasons"
        ),
        ExitReason.OTHER: QCoreApplication.translate("PersonWords", "Other"),
    }[ExitReason(value)]


def study_group(value: StudyGroup | str) -> str:
    return {
        StudyGroup.TREATMENT: QCoreApplication.translate("PersonWords", "Treatment group"),
        StudyGroup.CONTROL: QCoreApplication.translate("PersonWords", "Control group"),
        StudyGroup.NOT_IN_STUDY: QCoreApplication.translate("PersonWords", "Not in the study"),
    }[StudyGroup(value)]


def role(value: HouseholdRole | str) -> str:
    return {
        HouseholdRole.CUSTODIAL_PARENT: QCoreApplication.translate(
            "PersonWords", "Custodial parent"
        ),
        HouseholdRole.NON_CUSTODIAL_PARENT: QCoreApplication.translate(
            "PersonWords", "Non-custodial parent"
        ),
        HouseholdRole.CHILD: QCoreApplication.translate("PersonWords", "Child"),
        HouseholdRole.RELATIVE_CAREGIVER: QCoreApplication.translate(
            "PersonWords", "Relative caregiver"
        ),
        HouseholdRole.OTHER: QCoreApplication.translate("PersonWords", "Other"),
    }[HouseholdRole(value)]


def barrier(value: BarrierCategory | str) -> str:
    return {
        BarrierCategory.TRANSPORTATION: QCoreApplication.translate("PersonWords", "Transportation"),
        BarrierCategory.CHILDCARE: QCoreApplication.translate("PersonWords", "Childcare"),
        BarrierCategory.HOUSING: QCoreApplication.translate("PersonWords", "Housing"),
        BarrierCategory.FINANCIAL: QCoreApplication.translate("PersonWords", "Money / debts"),
        BarrierCategory.EDUCATION: QCoreApplication.translate("PersonWords", "Education"),
        BarrierCategory.LANGUAGE: QCoreApplication.translate("PersonWords", "Language"),
        BarrierCategory.LEGAL: QCoreApplication.translate("PersonWords", "Legal"),
        BarrierCategory.PHYSICAL_HEALTH: QCoreApplication.translate(
            "PersonWords", "Physical health"
        ),
        BarrierCategory.DISABILITY: QCoreApplication.translate("PersonWords", "Disability"),
        BarrierCategory.SUBSTANCE_USE: QCoreApplication.translate("PersonWords", "Substance use"),
        BarrierCategory.MENTAL_HEALTH: QCoreApplication.translate("PersonWords", "Mental health"),
        BarrierCategory.DOMESTIC_VIOLENCE: QCoreApplication.translate(
            "PersonWords", "Domestic violence"
        ),
        BarrierCategory.OTHER: QCoreApplication.translate("PersonWords", "Other"),
    }[BarrierCategory(value)]


def contact_mode(value: ContactMode | str) -> str:
    return {
        ContactMode.IN_PERSON: QCoreApplication.translate("PersonWords", "In person"),
        ContactMode.PHONE: QCoreApplication.translate("PersonWords", "Phone call"),
        ContactMode.VIDEO: QCoreApplication.translate("PersonWords", "Video call"),
        ContactMode.TEXT: QCoreApplication.translate("PersonWords", "Text message"),
        ContactMode.EMAIL: QCoreApplication.translate("PersonWords", "Email"),
    }[ContactMode(value)]


def gender(value: Gender | str) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("PersonWords", "Female"),
        Gender.MALE: QCoreApplication.translate("PersonWords", "Male"),
        Gender.ANOTHER: QCoreApplication.translate("PersonWords", "Another gender"),
        Gender.NOT_REPORTED: QCoreApplication.translate("PersonWords", "Prefers not to say"),
    }[Gender(value)]


def education(value: EducationLevel | str) -> str:
    return {
        EducationLevel.LESS_THAN_HIGH_SCHOOL: QCoreApplication.translate(
            "PersonWords", "Less than high school"
        ),
        EducationLevel.HIGH_SCHOOL_OR_GED: QCoreApplication.translate(
            "PersonWords", "High school diploma or GED"
        ),
        EducationLevel.SOME_COLLEGE: QCoreApplication.translate("PersonWords", "Some college"),
        EducationLevel.ASSOCIATE: QCoreApplication.translate("PersonWords", "Associate degree"),
        EducationLevel.BACHELOR_OR_HIGHER: QCoreApplication.translate(
            "PersonWords", "Bachelor's degree or higher"
        ),
    }[EducationLevel(value)]


def yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("PersonWords", "Not answered")
    return (
        QCoreApplication.translate("PersonWords", "Yes")
        if value
        else QCoreApplication.translate("PersonWords", "No")
    )
