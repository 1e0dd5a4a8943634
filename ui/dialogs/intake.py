"""The intake wizard: a new participant and their family in one go.

Pages: the person, the family, case numbers, income and eligibility (the percent of the
poverty guideline shown live), consents, barriers, enrollment. Leaving a page checks its
fields with the core's own (pure) checks; creating runs ``intake.create_participant`` in a
worker, after the duplicate-person check. What was typed can be kept as a draft in the
encrypted store, and is kept automatically when the app locks with the wizard open.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from coachapp.errors import ValidationError
from coachapp.rules import poverty
from coachapp.services import drafts, eligibility, reference, sessions, workday
from coachapp.services import intake as intake_service
from coachapp.services.intake import IntakeInput, PossibleDuplicate
from coachapp.services.participants import ParticipantSummary
from coachapp.services.reference import Choice, PartnerChoice, SiteChoice
from ui import workers
from ui.changes import DRAFTS, changes
from ui.context import AppContext
from ui.dialogs.intake_consents import BarriersPage, ConsentsPage
from ui.dialogs.intake_enrollment import EligibilityPage, EnrollmentPage
from ui.dialogs.intake_family import HouseholdPage
from ui.dialogs.intake_fields import ErrorMap, IntakePage
from ui.dialogs.intake_pages import IdentifiersPage, PersonPage
from ui.dialogs.possible_duplicate import PossibleDuplicateDialog
from ui.errors import show_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntakeChoices:
    """The pick lists the wizard needs, read once when it opens."""

    sites: list[SiteChoice]
    partners: list[PartnerChoice]
    coaches: list[Choice]
    todays_site: str | None
    guidelines: poverty.GuidelineTable


class IntakeWizard(QWizard):
    #: The new participant's id, once created.
    created = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        start_from: IntakeInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("intakeWizard")
        self.setWindowTitle(self.tr("New participant"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create participant"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save draft (Ctrl+S)"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Keep what you typed on this laptop and finish later (Ctrl+S)")
        )
        self.button(QWizard.WizardButton.NextButton).setToolTip(self.tr("Next page (Alt+N)"))
        self.button(QWizard.WizardButton.BackButton).setToolTip(self.tr("Previous page (Alt+B)"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(self.tr("Close (Esc)"))
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.customButtonClicked.connect(lambda _which: self.save_draft())
        # Closed is gone: no hidden wizard keeps a family's details until the next lock.
        self.finished.connect(self.deleteLater)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_draft)
        self.resize(980, 720)

        self.start_from = start_from
        extra = dict(start_from.extra) if start_from is not None else {}
        self.draft_id: str | None = extra.pop(drafts.DRAFT_ID, None)
        self.lead_id: str | None = extra.get("lead_id")
        self._extra = extra
        today = ctx.today()

        self.person = PersonPage()
        self.household = HouseholdPage()
        self.identifiers = IdentifiersPage()
        self.eligibility = EligibilityPage(
            today,
            default_size=lambda: 1 + self.household.living_together(),
            default_state=lambda: self.person.values()["state"],
        )
        self.consents = ConsentsPage(today)
        self.barriers = BarriersPage()
        self.enrollment = EnrollmentPage()
        self.intake_pages: list[IntakePage] = [
            self.person,
            self.household,
            self.identifiers,
            self.eligibility,
            self.consents,
            self.barriers,
            self.enrollment,
        ]
        for page in self.intake_pages:
            self.addPage(page)
        self.errors = ErrorMap(self.intake_pages)

        self.ready = False
        self.busy = False
        self._finished = False
        self._baseline: IntakeInput | None = None
        self.guidelines: poverty.GuidelineTable | None = None
        self.duplicate_dialog: PossibleDuplicateDialog | None = None
        for page in self.intake_pages:
            page.setEnabled(False)
        self._load()

    # --- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        store, today = self.ctx.store, self.ctx.today()

        def work() -> IntakeChoices:
            return IntakeChoices(
                sites=reference.sites(store),
                partners=reference.partners(store),
                coaches=reference.coaches(store),
                todays_site=workday.todays_site(store, today=today),
                guidelines=eligibility.guidelines(store),
            )

        workers.run(self, work, on_done=self._loaded)

    def _loaded(self, choices: IntakeChoices) -> None:
        self.guidelines = choices.guidelines
        self.eligibility.guidelines = choices.guidelines
        self.enrollment.set_choices(choices.sites, choices.coaches)
        self.consents.set_partners(choices.partners)
        self._apply(self.start_from, todays_site=choices.todays_site)
        for page in self.intake_pages:
            page.setEnabled(True)
        self.eligibility.refresh()
        self._baseline = self.collect()
        self.ready = True
        self.person.first_name.setFocus()

    def _apply(self, start: IntakeInput | None, *, todays_site: str | None) -> None:
        me = self.ctx.identity.coach_id
        if start is None:
            self.enrollment.set_values(
                status="applicant", study_group=None, site_id=todays_site, coach_id=me, shared=False
            )
            return
        self.person.set_values(start.person)
        self.identifiers.set_values(start.person)
        self.household.set_members(start.household)
        self.household.parents_in_unit.setValue(int(start.parents_in_unit))
        self.household.federal_childcare.setChecked(bool(start.federal_childcare))
        self.eligibility.set_entry(start.eligibility)
        self.consents.set_values(start.consents)
        self.barriers.set_values(start.barriers)
        self.enrollment.set_values(
            status=start.status,
            study_group=start.study_group,
            site_id=start.person.get("recruitment_site_id") or todays_site,
            coach_id=start.assigned_coach_id or me,
            shared=bool(start.shared_with_team),
        )

    # --- what was typed -----------------------------------------------------------------------

    def collect(self) -> IntakeInput:
        enrollment = self.enrollment.values()
        person = {
            **self.person.values(),
            **self.identifiers.values(),
            "recruitment_site_id": enrollment["recruitment_site_id"],
        }
        return IntakeInput(
            person=person,
            household=self.household.values(),
            parents_in_unit=self.household.parents_in_unit.value(),
            federal_childcare=self.household.federal_childcare.isChecked(),
            eligibility=self.eligibility.entry(),
            consents=self.consents.values(),
            barriers=self.barriers.values(),
            status=enrollment["status"],
            study_group=enrollment["study_group"],
            assigned_coach_id=enrollment["assigned_coach_id"],
            shared_with_team=enrollment["shared_with_team"],
            extra=dict(self._extra),
        )

    def has_typing(self) -> bool:
        """Anything typed since the wizard opened (or since the draft was last saved)."""
        return self.ready and not self._finished and self.collect() != self._baseline

    def problems(self) -> dict[str, str]:
        """Every field problem the core's pure checks (and the date fields) find."""
        found = intake_service.field_errors(
            self.collect(), today=self.ctx.today(), guidelines=self.guidelines
        )
        for page in self.intake_pages:
            found.update(page.date_problems())
        return found

    # --- errors next to their fields ----------------------------------------------------------

    def error_for(self, key: str) -> str:
        """The message shown under the field ``key`` ("" when none): what a coach reads."""
        return self.errors.message(key)

    def show_errors(self, errors: dict[str, str], *, only: IntakePage | None = None) -> int | None:
        current = self.currentPage()
        fallback = current if isinstance(current, IntakePage) else self.enrollment
        return self.errors.show(errors, fallback=fallback, only=only)

    def _go_to(self, number: int) -> None:
        while self.currentId() > number:
            self.back()
        while self.currentId() < number:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break
        page = self.intake_pages[number]
        for slot in page.all_slots():
            if slot.error.isVisible():
                slot.widget.setFocus()
                break

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if not isinstance(page, IntakePage) or not self.ready:
            return False
        mine = {k: v for k, v in self.problems().items() if self.errors.owner(k) is page}
        self.show_errors(mine, only=page)
        if mine:
            self._go_to(self.intake_pages.index(page))
            return False
        return super().validateCurrentPage()

    # --- creating -----------------------------------------------------------------------------

    def accept(self) -> None:
        if self.busy or not self.ready:
            return
        errors = self.problems()
        if errors:
            self._refused(errors)
            return
        self._create(confirmed=False)

    def _create(self, *, confirmed: bool) -> None:
        typed = self.collect()
        store, today = self.ctx.store, self.ctx.today()
        lead_id, draft_id = self.lead_id, self.draft_id

        def work() -> str:
            if lead_id:
                detail = sessions.convert_lead(
                    store, lead_id, typed, confirmed_new_person=confirmed, today=today
                )
            else:
                detail = intake_service.create_participant(
                    store, typed, confirmed_new_person=confirmed, today=today
                )
            if draft_id:
                drafts.discard_draft(store, draft_id)
            return detail.id

        self._set_busy(True)
        workers.run(self, work, on_done=self._created, on_failed=self._create_failed)

    def _created(self, participant_id: str) -> None:
        self._set_busy(False)
        self._finished = True
        kinds = ["participant", "household", "eligibility", "consent", "barrier"]
        if self.lead_id:
            kinds.append("info_session")
        if self.draft_id:
            kinds.append("draft")  # finishing a draft forgets it
        self.ctx.bus.announce(
            changes(*kinds, ids=[participant_id], participant_ids=[participant_id])
        )
        log.info("intake created participant=%s", participant_id)
        self.created.emit(participant_id)
        super().accept()
        self.ctx.nav.open_participant(participant_id)

    def _create_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, PossibleDuplicate):
            self._offer_existing(exc.matches)
        elif isinstance(exc, ValidationError):
            self._refused(exc.fields, exc.message)
        else:
            show_error(self, exc)

    def _refused(self, errors: dict[str, str], message: str | None = None) -> None:
        first = self.show_errors(errors)
        if first is None:
            if message:
                self.enrollment.message.setText(message)
                self.enrollment.message.setVisible(True)
            return
        self._go_to(first)

    def _offer_existing(self, matches: tuple[ParticipantSummary, ...]) -> None:
        dialog = PossibleDuplicateDialog(matches, self)
        dialog.open_existing.connect(self._open_existing)
        dialog.create_anyway.connect(lambda: self._create(confirmed=True))
        self.duplicate_dialog = dialog
        dialog.open()

    def _open_existing(self, participant_id: str) -> None:
        """The person is already known: no second record; the typing is not kept."""
        self._finished = True
        if self.lead_id:
            store, lead_id = self.ctx.store, self.lead_id
            ctx = self.ctx
            workers.run(
                ctx.nav,
                lambda: sessions.link_lead(store, lead_id, participant_id=participant_id),
                on_done=lambda _lead: ctx.bus.announce(changes("info_session")),
            )
        super().reject()
        self.ctx.nav.open_participant(participant_id)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CustomButton1,
        ):
            self.button(which).setEnabled(not busy)

    # --- drafts -------------------------------------------------------------------------------

    def save_draft(self) -> None:
        if not self.ready or self.busy:
            return
        typed = self.collect()
        store, draft_id = self.ctx.store, self.draft_id

        def saved(summary: drafts.DraftSummary) -> None:
            self.draft_id = summary.id
            self._baseline = typed
            self.ctx.bus.announce(DRAFTS)
            self._say_everywhere(
                self.tr(
                    "Draft saved at {time}. Finish it later from the Participants page."
                ).format(time=QTime.currentTime().toString("hh:mm"))
            )

        workers.run(self, lambda: drafts.save_draft(store, typed, draft_id=draft_id), on_done=saved)

    def _say_everywhere(self, text: str) -> None:
        for page in self.intake_pages:
            page.notice.setText(text)
            page.notice.setVisible(True)

    def save_draft_now(self) -> None:
        """Keep the typing before the window goes (the app is locking): one small write."""
        if not self.has_typing():
            return
        try:
            summary = drafts.save_draft(self.ctx.store, self.collect(), draft_id=self.draft_id)
        except Exception:
            log.exception("intake draft could not be kept at close")
            return
        self.draft_id = summary.id
        self._baseline = self.collect()

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel or Esc: ask before dropping what was typed."""
        if self.busy:
            return
        if not self.has_typing():
            self._finished = True
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("keepDraftQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the intake?"))
        box.setText(self.tr("Keep what you typed as a draft to finish later?"))
        keep = box.addButton(self.tr("&Save draft and close"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(
            self.tr("Close &without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is keep:
                self.save_draft_now()
                # (Not from closeEvent: at a lock the pages listening are going away.)
                self.ctx.bus.announce(DRAFTS)
            elif clicked is not drop:
                return
            self._finished = True
            QWizard.reject(self)

        box.finished.connect(answered)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The app locking (or the window closed): no question can be asked, so keep a draft.
        if not self._finished:
            self.save_draft_now()
            self._finished = True
        event.accept()
        QWizard.done(self, QDialog.DialogCode.Rejected.value)


def resume_draft(ctx: AppContext, draft_id: str) -> None:
    """Open the intake wizard on a saved draft (for a "Resume" action in a list of drafts)."""
    store = ctx.store
    workers.run(ctx.nav, lambda: drafts.load_draft(store, draft_id), on_done=ctx.nav.start_intake)
