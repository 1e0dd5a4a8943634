"""Records and their details in the coaches' words: what a record is ("Referral"), what a
field is ("TANF case number"), and a stored value as a coach reads it ("$1,250.00", "Yes").
Used by the Sync page and the conflict dialog."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coachapp.services import reference
from coachapp.services.conflicts import ConflictView
from coachapp.store.local import LocalStore
from ui.changes import KINDS
from ui.widgets import person_words

#: Table → the change kind the bus announces when one of its records changes.
_KIND_OF_TABLE = {
    "participants": "participant",
    "households": "household",
    "household_members": "household",
    "eligibility_assessments": "eligibility",
    "consents": "consent",
    "barriers": "barrier",
    "support_services": "support_service",
    "referrals": "referral",
    "case_notes": "note",
    "tasks": "task",
    "training_enrollments": "training",
    "employments": "employment",
    "activity_hours": "activity",
    "info_sessions": "info_session",
    "leads": "info_session",
}


def change_kind(table_name: str) -> str:
    kind = _KIND_OF_TABLE.get(table_name, "participant")
    return kind if kind in KINDS else "participant"


def record_label(table_name: str) -> str:
    labels = {
        "participants": QCoreApplication.translate("RecordWords", "Participant's details"),
        "households": QCoreApplication.translate("RecordWords", "Household"),
        "household_members": QCoreApplication.translate("RecordWords", "Household member"),
        "eligibility_assessments": QCoreApplication.translate("RecordWords", "Eligibility"),
        "consents": QCoreApplication.translate("RecordWords", "Consent"),
        "barriers": QCoreApplication.translate("RecordWords", "Barrier"),
        "support_services": QCoreApplication.translate("RecordWords", "Support service"),
        "referrals": QCoreApplication.translate("RecordWords", "Referral"),
        "case_notes": QCoreApplication.translate("RecordWords", "Note"),
        "tasks": QCoreApplication.translate("RecordWords", "Task"),
        "training_enrollments": QCoreApplication.translate("RecordWords", "Training"),
        "employments": QCoreApplication.translate("RecordWords", "Job"),
        "activity_hours": QCoreApplication.translate("RecordWords", "Activity hours"),
        "info_sessions": QCoreApplication.translate("RecordWords", "Information session"),
        "leads": QCoreApplication.translate("RecordWords", "Sign-up"),
    }
    return labels.get(table_name, table_name.replace("_", " ").capitalize())


def field_label(_table_name: str, field_name: str) -> str:
    labels = {
        "deleted": QCoreApplication.translate("RecordWords", "Record removed"),
        "first_name": QCoreApplication.translate("RecordWords", "First name"),
        "middle_name": QCoreApplication.translate("RecordWords", "Middle name"),
        "last_name": QCoreApplication.translate("RecordWords", "Last name"),
        "preferred_name": QCoreApplication.translate("RecordWords", "Preferred name"),
        "date_of_birth": QCoreApplication.translate("RecordWords", "Date of birth"),
        "phone": QCoreApplication.translate("RecordWords", "Phone"),
        "email": QCoreApplication.translate("RecordWords", "E-mail"),
        "address_line1": QCoreApplication.translate("RecordWords", "Address"),
        "address_line2": QCoreApplication.translate("RecordWords", "Address (line 2)"),
        "city": QCoreApplication.translate("RecordWords", "City"),
        "state": QCoreApplication.translate("RecordWords", "State"),
        "postal_code": QCoreApplication.translate("RecordWords", "ZIP code"),
        "preferred_language": QCoreApplication.translate("RecordWords", "Preferred language"),
        "tanf_recipient": QCoreApplication.translate("RecordWords", "Receives TANF"),
        "tanf_case_number": QCoreApplication.translate("RecordWords", "TANF case number"),
        "ivd_case_number": QCoreApplication.translate(
            "RecordWords", "Child support (IV-D) case number"
        ),
        "status": QCoreApplication.translate("RecordWords", "Status"),
        "recruitment_site_id": QCoreApplication.translate("RecordWords", "Recruitment branch"),
        "assigned_coach_id": QCoreApplication.translate("RecordWords", "Assigned coach"),
        "follow_up_owner": QCoreApplication.translate("RecordWords", "Follow-up owner"),
        "follow_up_owner_id": QCoreApplication.translate("RecordWords", "Follow-up owner"),
        "due_on": QCoreApplication.translate("RecordWords", "Due date"),
        "due_date": QCoreApplication.translate("RecordWords", "Due date"),
        "amount_cents": QCoreApplication.translate("RecordWords", "Amount"),
        "annual_income_cents": QCoreApplication.translate("RecordWords", "Yearly income"),
        "hourly_wage_cents": QCoreApplication.translate("RecordWords", "Hourly wage"),
        "household_size": QCoreApplication.translate("RecordWords", "Household size"),
        "note": QCoreApplication.translate("RecordWords", "Note"),
        "body": QCoreApplication.translate("RecordWords", "Note"),
        "outcome": QCoreApplication.translate("RecordWords", "Outcome"),
        "partner_id": QCoreApplication.translate("RecordWords", "Partner"),
        "site_id": QCoreApplication.translate("RecordWords", "Branch"),
        "funding_source_id": QCoreApplication.translate("RecordWords", "Funding source"),
        "service_type_id": QCoreApplication.translate("RecordWords", "Service type"),
        "course_id": QCoreApplication.translate("RecordWords", "Course"),
        "title": QCoreApplication.translate("RecordWords", "Title"),
        "hours": QCoreApplication.translate("RecordWords", "Hours"),
    }
    if field_name in labels:
        return labels[field_name]
    return field_name.removesuffix("_id").removesuffix("_cents").replace("_", " ").capitalize()


def value_text(view: ConflictView, value: Any, names: Mapping[str, str]) -> str:
    """A stored value as the coach reads it."""
    if view.field_name == "deleted":
        return (
            QCoreApplication.translate("RecordWords", "Removed")
            if value
            else QCoreApplication.translate("RecordWords", "Kept")
        )
    if value is None or value == "":
        return QCoreApplication.translate("RecordWords", "(empty)")
    if view.kind == "yes_no":
        return (
            QCoreApplication.translate("RecordWords", "Yes")
            if value
            else QCoreApplication.translate("RecordWords", "No")
        )
    if view.kind == "money" and isinstance(value, int):
        return f"${value / 100:,.2f}"
    if view.kind == "choice":
        words = {
            "status": person_words.status,
            "exit_reason": person_words.exit_reason,
            "study_group": person_words.study_group,
            "role": person_words.role,
            "category": person_words.barrier,
            "mode": person_words.contact_mode,
            "gender": person_words.gender,
            "education_level": person_words.education,
        }.get(view.field_name)
        if words is not None:
            try:
                return words(str(value))
            except (KeyError, ValueError):
                pass
        return str(value).replace("_", " ").capitalize()
    if view.kind == "date" and isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )
    if view.kind == "timestamp" and isinstance(value, str):
        try:
            return when_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and value in names:
        return names[value]
    return str(value)


def when_text(when: datetime | None) -> str:
    if when is None:
        return ""
    local = when.astimezone() if when.tzinfo else when
    return local.strftime("%b %d, %H:%M")


def reference_names(store: LocalStore) -> dict[str, str]:
    """Ids of coaches, branches, partners… → names, so values and authors read as words."""
    names: dict[str, str] = {}
    for listing in (
        reference.coaches,
        reference.teams,
        reference.sites,
        reference.partners,
        reference.courses,
        reference.service_types,
        reference.funding_sources,
    ):
        names.update((choice.id, choice.label) for choice in listing(store))
    return names
