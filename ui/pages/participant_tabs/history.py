"""History: who did what to the participant's record, and when, in plain words, newest first.

Built from the audit trail, which names fields but never their values, so no restricted
detail can show here; entries about restricted records are marked as such.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachapp.models.enums import AuditAction
from coachapp.services import history
from coachapp.services.history import HistoryEntry
from ui import workers
from ui.changes import KINDS
from ui.context import AppContext
from ui.models.record_table import Column, RecordTableModel
from ui.pages.participant_tabs.base import ParticipantTab
from ui.pages.participant_tabs.listing import Listing
from ui.pages.participant_tabs.notes import when


def thing(kind: str) -> str:
    """The record, as a coach would name it in a sentence."""
    return {
        "participants": QCoreApplication.translate("History", "the participant's profile"),
        "households": QCoreApplication.translate("History", "the household"),
        "household_members": QCoreApplication.translate("History", "a family member"),
        "eligibility_assessments": QCoreApplication.translate(
            "History", "an eligibility assessment"
        ),
        "consents": QCoreApplication.translate("History", "a consent"),
        "barriers": QCoreApplication.translate("History", "a barrier"),
        "support_services": QCoreApplication.translate("History", "a support service"),
        "referrals": QCoreApplication.translate("History", "a referral"),
        "case_notes": QCoreApplication.translate("History", "a case note"),
        "tasks": QCoreApplication.translate("History", "a task"),
        "training_enrollments": QCoreApplication.translate("History", "a training enrollment"),
        "employments": QCoreApplication.translate("History", "a job"),
        "activity_hours": QCoreApplication.translate("History", "activity hours"),
        "conflicts": QCoreApplication.translate("History", "a sync conflict"),
        "possible_duplicates": QCoreApplication.translate("History", "a possible duplicate"),
    }.get(kind, kind.replace("_", " "))


def field(name: str) -> str:
    return {
        "first_name": QCoreApplication.translate("History", "first name"),
        "middle_name": QCoreApplication.translate("History", "middle name"),
        "last_name": QCoreApplication.translate("History", "last name"),
        "preferred_name": QCoreApplication.translate("History", "preferred name"),
        "date_of_birth": QCoreApplication.translate("History", "date of birth"),
        "phone": QCoreApplication.translate("History", "phone"),
        "email": QCoreApplication.translate("History", "email"),
        "address_line1": QCoreApplication.translate("History", "address"),
        "address_line2": QCoreApplication.translate("History", "address line 2"),
        "postal_code": QCoreApplication.translate("History", "ZIP code"),
        "preferred_language": QCoreApplication.translate("History", "preferred language"),
        "hispanic_latino": QCoreApplication.translate("History", "Hispanic or Latino"),
        "education_level": QCoreApplication.translate("History", "education"),
        "tanf_recipient": QCoreApplication.translate("History", "receives TANF"),
        "tanf_case_number": QCoreApplication.translate("History", "TANF case number"),
        "ivd_case_number": QCoreApplication.translate("History", "IV-D case number"),
        "recruitment_site_id": QCoreApplication.translate("History", "recruitment branch"),
        "assigned_coach_id": QCoreApplication.translate("History", "assigned coach"),
        "applied_on": QCoreApplication.translate("History", "application date"),
        "enrolled_on": QCoreApplication.translate("History", "enrollment date"),
        "exited_on": QCoreApplication.translate("History", "exit date"),
        "name_key": QCoreApplication.translate("History", "name"),
        "contact_at": QCoreApplication.translate("History", "contact time"),
        "site_id": QCoreApplication.translate("History", "branch"),
        "body": QCoreApplication.translate("History", "note text"),
        "mode": QCoreApplication.translate("History", "how you met"),
        "resolved_on": QCoreApplication.translate("History", "resolved date"),
        "identified_on": QCoreApplication.translate("History", "identified date"),
        "revoked_on": QCoreApplication.translate("History", "revoked date"),
        "due_on": QCoreApplication.translate("History", "due date"),
        "parents_in_unit": QCoreApplication.translate("History", "parents in the TANF unit"),
        "federal_childcare": QCoreApplication.translate("History", "federally funded childcare"),
    }.get(name, name.replace("_", " "))


def describe(entry: HistoryEntry) -> str:
    """One history line in plain words (no values: the audit trail has none)."""
    if entry.action is AuditAction.VIEW_RESTRICTED:
        if entry.opened:
            return QCoreApplication.translate(
                "History", "Viewed restricted information (opened the Barriers tab)"
            )
        what = {
            "barriers": QCoreApplication.translate("History", "barriers"),
            "case_notes": QCoreApplication.translate("History", "case notes"),
        }.get(entry.record_kind, thing(entry.record_kind))
        if entry.viewed_count:
            return QCoreApplication.translate(
                "History", "Viewed restricted information ({what}: {n} shown)"
            ).format(n=entry.viewed_count, what=what)
        return QCoreApplication.translate(
            "History", "Viewed restricted information ({what})"
        ).format(what=what)
    subject = thing(entry.record_kind)
    if entry.restricted:
        subject = QCoreApplication.translate("History", "{thing} (restricted)").format(
            thing=subject
        )
    if entry.action is AuditAction.CREATE:
        if entry.record_kind == "participants":
            return QCoreApplication.translate("History", "Added the participant to CoachApp")
        return QCoreApplication.translate("History", "Added {thing}").format(thing=subject)
    if entry.action is AuditAction.UPDATE:
        fields = [field(name) for name in entry.fields if name != "name_key"]
        if fields:
            return QCoreApplication.translate("History", "Changed {thing}: {fields}").format(
                thing=subject, fields=", ".join(fields)
            )
        return QCoreApplication.translate("History", "Changed {thing}").format(thing=subject)
    if entry.action is AuditAction.DELETE:
        return QCoreApplication.translate("History", "Removed {thing}").format(thing=subject)
    return QCoreApplication.translate("History", "Exported {thing}").format(thing=subject)


class HistoryTab(ParticipantTab):
    key = "history"
    #: Anything done to the participant's records adds to their history.
    kinds = tuple(sorted(KINDS))

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        model: RecordTableModel[HistoryEntry] = RecordTableModel(
            [
                Column(
                    self.tr("When"),
                    lambda e: when(e.occurred_at),
                    sort_key=lambda e: f"{e.occurred_at.isoformat()}|{e.id}",
                    chars=18,
                ),
                Column(
                    self.tr("Who"),
                    lambda e: e.actor_name or self.tr("Someone on another laptop"),
                    chars=18,
                ),
                Column(self.tr("What"), describe, chars=None),
            ]
        )
        self.listing: Listing[HistoryEntry] = Listing(
            model,
            accessible_name=self.tr("History of the participant's record"),
            empty_text=self.tr("Nothing recorded yet."),
        )
        intro = QLabel(
            self.tr(
                "Every change to this participant's record, and every time restricted "
                "information was viewed. It names what changed, never what it says."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.listing, 1)

    def title(self) -> str:
        return self.tr("History")

    def load(self) -> None:
        store, pid = self.ctx.store, self.participant_id
        workers.run(
            self, lambda: history.participant_history(store, pid), on_done=self.listing.set_rows
        )

    def lines(self) -> list[str]:
        """What the coach reads, row by row (for tests and screen readers)."""
        return [describe(e) for e in self.listing.model.rows]
