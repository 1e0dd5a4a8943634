"""Move a participant along lead → applicant → enrolled → exited, with the date (and, on
leaving, why; on enrolling, the study group if random assignment gave one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from coachapp.models.enums import ExitReason, ParticipantStatus, StudyGroup
from coachapp.services import participants
from coachapp.services.participant_header import ParticipantHeader
from coachapp.services.participants import ParticipantSummary
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import person_words
from ui.widgets.field_form import chosen, date_edit, fill_choices, to_date


class StatusDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, header: ParticipantHeader, *, parent: QWidget | None = None
    ) -> None:
        moves = participants.allowed_moves(header.status)
        super().__init__(
            ctx,
            title=self.tr("Change status"),
            intro=self.tr("{name} is now: {status}.").format(
                name=header.display_name, status=person_words.status(header.status)
            )
            + " "
            + (
                self.tr("Participants move forward only; anyone may leave (exit) at any stage.")
                if moves
                else self.tr("An exited participant's status no longer changes.")
            ),
            save_text=self.tr("&Change status"),
            parent=parent,
        )
        self.setObjectName("statusDialog")
        self.header = header
        self.target = QComboBox()
        fill_choices(self.target, [(s, person_words.status(s)) for s in moves])
        self.form.add("status", self.tr("&New status:"), self.target)
        self.day = date_edit(ctx.today())
        self.form.add("on", self.tr("&Date:"), self.day)
        self.reason = QComboBox()
        fill_choices(
            self.reason,
            [(r, person_words.exit_reason(r)) for r in ExitReason],
            blank=self.tr("— choose why —"),
        )
        self.form.add("exit_reason", self.tr("&Why they are leaving:"), self.reason)
        self.group = QComboBox()
        fill_choices(
            self.group,
            [(g, person_words.study_group(g)) for g in StudyGroup],
            blank=self.tr("Not in the study"),
        )
        self.form.add(
            "study_group",
            self.tr("Study &group:"),
            self.group,
            hint=self.tr("From random assignment; it cannot change after enrollment."),
        )
        self.target.currentIndexChanged.connect(self._fit)
        self.save_button.setEnabled(bool(moves))
        self._fit()

    def _fit(self) -> None:
        target = chosen(self.target)
        self.form.set_row_visible("exit_reason", target == ParticipantStatus.EXITED)
        self.form.set_row_visible(
            "study_group",
            target == ParticipantStatus.ENROLLED and self.header.study_group is None,
        )

    def work(self) -> Callable[[], ParticipantSummary] | None:
        target = chosen(self.target)
        if target is None:
            return None
        store, pid = self.ctx.store, self.header.id
        day = to_date(self.day.date())
        reason = chosen(self.reason) if target == ParticipantStatus.EXITED else None
        group = chosen(self.group) if target == ParticipantStatus.ENROLLED else None
        return lambda: participants.change_status(
            store, pid, to=target, on=day, exit_reason=reason, study_group=group
        )

    def announce(self, result: ParticipantSummary) -> None:
        self.ctx.bus.announce(changes("participant", ids=[result.id], participant_ids=[result.id]))
