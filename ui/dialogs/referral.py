"""Referrals out: a new referral with a named follow-up owner and due date; changing its
status; handing the follow-up to someone else.

An agency that needs consent refuses a referral until the participant's signed release is on
file. The dialog says so plainly and, when the participant has signed, records the consent
right there and sends the referral.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import CoachAppError, ValidationError
from coachapp.models.enums import ConsentScope, FollowUpRole, ReferralProgram, ReferralStatus
from coachapp.services import consents, reference, referrals
from coachapp.services.reference import Choice, PartnerChoice
from ui import workers
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.errors import show_error
from ui.widgets import casework_words as words
from ui.widgets.field_form import (
    FieldForm,
    OptionalDate,
    choose,
    chosen,
    date_edit,
    fill_choices,
    set_hint,
    to_date,
)

#: How long a follow-up is given by default.
DEFAULT_FOLLOW_UP_DAYS = 14


def owner_box(ctx: AppContext, current: str | None = None) -> QComboBox:
    """An editable list of coaches; any other name (a DHS family coach, an agency contact)
    can be typed."""
    box = QComboBox()
    box.setEditable(True)
    tip = QCoreApplication.translate(
        "Referrals", "Pick a coach, or type the name of a DHS family coach or agency contact."
    )
    box.setToolTip(tip)
    box.setAccessibleDescription(tip)
    line = box.lineEdit()
    if line is not None:
        line.setPlaceholderText(tip)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem(ctx.identity.display_name)
    if current:
        box.setEditText(current)
    return box


def fill_owners(box: QComboBox, me: str, coaches: Sequence[Choice]) -> None:
    typed = box.currentText()
    box.blockSignals(True)
    box.clear()
    box.addItem(me)
    for coach in coaches:
        if coach.label != me:
            box.addItem(coach.label)
    box.setEditText(typed)
    box.blockSignals(False)


def role_box() -> QComboBox:
    box = QComboBox()
    fill_choices(box, [(r, words.follow_up_role(r)) for r in FollowUpRole])
    return box


class ReferralDialog(FormDialog):
    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=self.tr("New referral"),
            intro=self.tr(
                "Refer the participant to a partner agency. Name who owes the follow-up and by "
                "when; it shows on the referral tracker and on Today until it is closed."
            ),
            save_text=self.tr("&Send referral"),
            parent=parent,
        )
        self.participant_id = participant_id
        self.partners: list[PartnerChoice] = []
        today = ctx.today()

        self.program = QComboBox()
        fill_choices(
            self.program, [(p, words.program(p)) for p in ReferralProgram], blank=self.tr("Choose…")
        )
        self.partner = QComboBox()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(52)
        self.reason.setPlaceholderText(self.tr("What the participant needs from the agency"))
        self.owner = owner_box(ctx)
        self.role = role_box()
        self.due = date_edit(today + timedelta(days=DEFAULT_FOLLOW_UP_DAYS))
        self.referred = date_edit(today)
        self.referred.setMaximumDate(self.referred.date())
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("If the agency has one (e.g. the IV-D case)"))

        f = self.form
        f.add("program", self.tr("&Program"), self.program)
        f.add("partner_id", self.tr("A&gency"), self.partner)
        f.add("reason", self.tr("&Reason"), self.reason)
        f.add("follow_up_owner", self.tr("Follow-up &owner"), self.owner)
        f.add("follow_up_role", self.tr("Owner's ro&le"), self.role)
        f.add("due_on", self.tr("Follow-up &due"), self.due)
        f.add("referred_on", self.tr("Referral da&te"), self.referred)
        f.add("partner_case_number", self.tr("Agency &case number"), self.case_number)

        self.consent_panel = self._consent_panel()
        self.insert_widget(self.consent_panel)
        self.consent_panel.hide()

        self.program.currentIndexChanged.connect(self._program_changed)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.save_button.setEnabled(False)
        store = ctx.store
        workers.run(
            self,
            lambda: (reference.partners(store), reference.coaches(store)),
            on_done=self._choices_loaded,
        )

    def _consent_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("consentPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 6, 0, 0)
        self.consent_explanation = QLabel()
        self.consent_explanation.setObjectName("warningBanner")
        self.consent_explanation.setWordWrap(True)
        self.consent_explanation.setAccessibleName(self.tr("Why the referral was not sent"))
        self.consent_form = FieldForm()
        self.consent_signed = date_edit(self.ctx.today())
        self.consent_signed.setMaximumDate(self.consent_signed.date())
        self.consent_scope = QComboBox()
        fill_choices(
            self.consent_scope,
            [
                (s, words.consent_scope(s))
                for s in (ConsentScope.SHARE_AND_REFER, ConsentScope.MAKE_REFERRAL)
            ],
        )
        self.consent_expires = OptionalDate(self.tr("Has an end date"), self.ctx.today())
        self.consent_form.add("signed_on", self.tr("Consent signed o&n"), self.consent_signed)
        self.consent_form.add("scope", self.tr("What it &allows"), self.consent_scope)
        self.consent_form.add("expires_on", self.tr("E&xpires"), self.consent_expires)
        self.consent_button = QPushButton(self.tr("Record the signed consent and re&fer"))
        self.consent_button.setToolTip(
            self.tr("Only if the participant has signed the release for this agency (Alt+F)")
        )
        self.consent_button.clicked.connect(self.record_consent_and_refer)
        column.addWidget(self.consent_explanation)
        column.addWidget(self.consent_form)
        column.addWidget(self.consent_button)
        return panel

    def _choices_loaded(self, loaded: tuple[list[PartnerChoice], list[Choice]]) -> None:
        self.partners, coaches = loaded
        fill_owners(self.owner, self.ctx.identity.display_name, coaches)
        self._program_changed()
        self.save_button.setEnabled(True)
        self.program.setFocus()

    def _program_changed(self, _index: int = 0) -> None:
        wanted = chosen(self.program)
        fitting = [p for p in self.partners if wanted is None or p.program == wanted]
        fill_choices(
            self.partner,
            [(p.id, p.label) for p in fitting],
            blank=self.tr("Choose…") if len(fitting) != 1 else None,
        )
        self._partner_changed()

    def _partner_changed(self, _index: int = 0) -> None:
        self.consent_panel.hide()
        partner = self.chosen_partner()
        if partner is None:
            set_hint(self.form, "partner_id", "")
            return
        if partner.program != chosen(self.program):
            choose(self.program, partner.program)
        set_hint(
            self.form,
            "partner_id",
            self.tr("Needs the participant's signed consent for this agency.")
            if partner.requires_consent
            else self.tr("No consent form is needed for this agency."),
        )

    def chosen_partner(self) -> PartnerChoice | None:
        pid = chosen(self.partner)
        return next((p for p in self.partners if p.id == pid), None)

    # --- saving ---

    def entry(self) -> referrals.ReferralInput:
        return referrals.ReferralInput(
            participant_id=self.participant_id,
            partner_id=chosen(self.partner) or "",
            reason=self.reason.toPlainText(),
            follow_up_owner=self.owner.currentText(),
            follow_up_role=chosen(self.role),
            due_on=to_date(self.due.date()),
            referred_on=to_date(self.referred.date()),
            partner_case_number=self.case_number.text(),
        )

    def work(self) -> Callable[[], Any]:
        store, entry, today = self.ctx.store, self.entry(), self.ctx.today()
        return lambda: referrals.create_referral(store, entry, today=today)

    def handle_failure(self, exc: BaseException) -> bool:
        if isinstance(exc, referrals.ConsentRequired):
            self.explain_consent()
            return True
        return False

    def explain_consent(self) -> None:
        partner = self.chosen_partner()
        program = words.program(partner.program).lower() if partner else self.tr("this agency")
        name = partner.label if partner else ""
        self.consent_explanation.setText(
            self.tr(
                "Not sent yet: a referral to {program} needs the participant's signed consent "
                "for that agency ({agency}), and none is on file. If the participant has signed "
                "the release, record it below and the referral is sent. If not, have them sign "
                "it first (or record it on the participant's Profile/Household tab), then try "
                "again."
            ).format(program=program, agency=name)
        )
        self.consent_panel.show()
        self.intro.hide()
        self.refit()
        self.scroll_to(self.consent_button)
        self.consent_button.setDefault(True)
        self.consent_signed.setFocus()

    def record_consent_and_refer(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        self.consent_form.clear_errors()
        self.say("")
        store, entry, today = self.ctx.store, self.entry(), self.ctx.today()
        signed = to_date(self.consent_signed.date())
        scope = chosen(self.consent_scope)
        expires = self.consent_expires.value()

        def consent_then_refer() -> tuple[Any, referrals.ReferralView | BaseException]:
            consent = consents.add_consent(
                store,
                participant_id=entry.participant_id,
                partner_id=entry.partner_id,
                scope=scope,
                signed_on=signed,
                expires_on=expires,
                today=today,
            )
            try:
                return consent, referrals.create_referral(store, entry, today=today)
            except CoachAppError as exc:  # the consent stands; the referral form needs fixing
                return consent, exc

        self.busy = True
        self.save_button.setEnabled(False)
        self.consent_button.setEnabled(False)
        workers.run(
            self, consent_then_refer, on_done=self._consent_done, on_failed=self._consent_failed
        )

    def _consent_done(self, result: tuple[Any, referrals.ReferralView | BaseException]) -> None:
        consent, outcome = result
        self.busy = False
        self.save_button.setEnabled(True)
        self.consent_button.setEnabled(True)
        self.ctx.bus.announce(
            changes("consent", ids=[consent.id], participant_ids=[self.participant_id])
        )
        if isinstance(outcome, referrals.ConsentRequired):
            # Recorded, yet still not in force on the referral date (dated before signing).
            self.consent_panel.hide()
            self.save_button.setDefault(True)
            self.form.show_errors(
                {
                    "referred_on": self.tr(
                        "The consent is recorded, but it was signed after this date. Use a "
                        "referral date on or after the day it was signed, then send."
                    )
                }
            )
            self.refit()
            return
        if isinstance(outcome, BaseException):
            self.consent_panel.hide()
            self.save_button.setDefault(True)
            self._failed(outcome)
            if not isinstance(outcome, referrals.ConsentRequired):
                said = self.problem.text() if not self.problem.isHidden() else ""
                note = self.tr("The consent is recorded; correct what is marked, then send.")
                self.say(f"{said}\n{note}" if said else note)
            return
        self._done(outcome)

    def _consent_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.consent_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            unplaced = self.form.show_errors(self.consent_form.show_errors(exc.fields))
            self.refit()
            if unplaced:
                self.say("\n".join(unplaced.values()))
        elif isinstance(exc, CoachAppError):
            self.say(str(exc))
        else:
            show_error(self, exc)

    def announce(self, result: Any) -> None:
        self.ctx.bus.announce(
            changes("referral", ids=[result.id], participant_ids=[self.participant_id])
        )


class ReferralStatusDialog(FormDialog):
    """Move a referral along: in progress, or closed as completed, declined or cancelled."""

    def __init__(
        self, ctx: AppContext, referral: referrals.ReferralView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Change the referral's status"),
            intro=self.tr("{program} referral to {agency}, follow-up due {due} ({owner}).").format(
                program=words.program(referral.program),
                agency=referral.partner,
                due=words.day(referral.due_on),
                owner=referral.follow_up_owner,
            ),
            parent=parent,
        )
        self.referral = referral
        self.status = QComboBox()
        fill_choices(
            self.status,
            [
                (s, words.referral_status(s))
                for s in referrals.next_referral_statuses(referral.status)
            ],
        )
        self.on = date_edit(ctx.today())
        self.on.setMaximumDate(self.on.date())
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(70)
        self.outcome.setPlaceholderText(self.tr("What came of it (needed when completed)"))
        self.form.add("status", self.tr("New s&tatus"), self.status)
        self.form.add("on", self.tr("&Date"), self.on)
        self.form.add("outcome", self.tr("&Outcome"), self.outcome)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self, _index: int = 0) -> None:
        closing = chosen(self.status) not in referrals.OPEN_STATUSES
        self.form.set_row_visible("on", closing)
        self.form.set_row_visible("outcome", closing)
        self.refit()

    def work(self) -> Callable[[], Any]:
        store, today = self.ctx.store, self.ctx.today()
        rid, status = self.referral.id, chosen(self.status) or ""
        on, outcome = to_date(self.on.date()), self.outcome.toPlainText()
        return lambda: referrals.set_referral_status(
            store, rid, status=status, on=on, outcome=outcome, today=today
        )

    def announce(self, result: Any) -> None:
        self.ctx.bus.announce(
            changes("referral", ids=[result.id], participant_ids=[result.participant_id])
        )


class FollowUpDialog(FormDialog):
    """Hand the follow-up to someone else (the DHS family coach, say), maybe with a new date."""

    def __init__(
        self, ctx: AppContext, referral: referrals.ReferralView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Hand over the follow-up"),
            intro=self.tr(
                "{program} referral to {agency}. Who follows up now, and by when?"
            ).format(program=words.program(referral.program), agency=referral.partner),
            parent=parent,
        )
        self.referral = referral
        self.owner = owner_box(ctx, referral.follow_up_owner)
        self.role = role_box()
        choose(self.role, referral.follow_up_role)
        self.due = date_edit(referral.due_on)
        self.form.add(
            "follow_up_owner",
            self.tr("Follow-up &owner"),
            self.owner,
            hint=self.tr("Pick a coach, or type the name of a DHS family coach or agency contact."),
        )
        self.form.add("follow_up_role", self.tr("Owner's ro&le"), self.role)
        self.form.add("due_on", self.tr("Follow-up &due"), self.due)
        store = ctx.store
        workers.run(
            self,
            lambda: reference.coaches(store),
            on_done=lambda coaches: fill_owners(self.owner, ctx.identity.display_name, coaches),
        )

    def work(self) -> Callable[[], Any]:
        store, today, rid = self.ctx.store, self.ctx.today(), self.referral.id
        owner, role, due = self.owner.currentText(), chosen(self.role), to_date(self.due.date())
        return lambda: referrals.reassign_follow_up(
            store, rid, owner=owner, role=role, due_on=due, today=today
        )

    def announce(self, result: Any) -> None:
        self.ctx.bus.announce(
            changes("referral", ids=[result.id], participant_ids=[result.participant_id])
        )


def can_change_status(referral: referrals.ReferralView) -> bool:
    return bool(referrals.next_referral_statuses(referral.status))


def is_open(referral: referrals.ReferralView) -> bool:
    return referral.status in (ReferralStatus.OPEN, ReferralStatus.IN_PROGRESS)
