"""The participant's referrals out: to which agency, who owes the follow-up and by when;
overdue ones are marked in words and colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachapp.services import referrals
from coachapp.services.referrals import ReferralView
from ui import workers
from ui.context import AppContext
from ui.models.record_table import Column, RecordTableModel, record_table, selected_record
from ui.pages.participant_tabs.base import ParticipantTab
from ui.widgets import casework_words as words

NEW_SHORTCUT = "Ctrl+Shift+R"


class ReferralsTab(ParticipantTab):
    key = "referrals"
    kinds = ("referral",)

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.dialog: QWidget | None = None

        heading = QLabel(self.tr("Referrals"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(
            self.tr(
                "Referrals to child support, child welfare prevention, employment, behavioral "
                "health, housing and DV services, each with the person who owes the follow-up."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New &referral…  ({keys})").format(keys=NEW_SHORTCUT))
        self.new_button.setToolTip(
            self.tr("Make a new referral ({keys})").format(keys=NEW_SHORTCUT)
        )
        self.new_button.clicked.connect(self.new_referral)
        QShortcut(QKeySequence(NEW_SHORTCUT), self, activated=self.new_referral)
        self.status_button = QPushButton(self.tr("&Update status…"))
        self.status_button.setToolTip(
            self.tr("Mark the selected referral in progress, completed, declined… (Alt+U)")
        )
        self.status_button.clicked.connect(self.change_status)
        self.handover_button = QPushButton(self.tr("&Hand over follow-up…"))
        self.handover_button.setToolTip(
            self.tr("Give the follow-up to another person or change its date (Alt+H)")
        )
        self.handover_button.clicked.connect(self.hand_over)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.status_button, self.handover_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model: RecordTableModel[ReferralView] = RecordTableModel(
            [
                Column(self.tr("Program"), lambda r: words.program(r.program), chars=18),
                Column(self.tr("Agency"), lambda r: r.partner, chars=24),
                Column(self.tr("Follow-up owner"), self._owner, chars=24),
                Column(
                    self.tr("Due"),
                    lambda r: words.day(r.due_on),
                    sort_key=lambda r: r.due_on.isoformat(),
                    chars=11,
                ),
                Column(self.tr("Status"), self._status, chars=20),
                Column(self.tr("Reason"), lambda r: r.reason.replace("\n", " "), chars=None),
            ],
            attention=lambda r: r.overdue,
            parent=self,
        )
        self.table, self.proxy = record_table(
            self.model, accessible_name=self.tr("Referrals"), parent=self
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.change_status())
        self.empty = QLabel(
            self.tr(
                "No referrals yet. Press “New referral” ({keys}) to refer the participant to "
                "a partner agency."
            ).format(keys=NEW_SHORTCUT)
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.summary = QLabel()
        self.summary.setObjectName("referralSummary")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addStretch(0)  # takes the room when the table is hidden (empty state)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Referrals")

    def _owner(self, r: ReferralView) -> str:
        return f"{r.follow_up_owner} ({words.follow_up_role_short(r.follow_up_role)})"

    def _status(self, r: ReferralView) -> str:
        status = words.referral_status(r.status)
        if r.overdue:
            return f"{status} — {words.overdue_words(r.due_on, self.ctx.today())}"
        if r.closed_on is not None:
            return self.tr("{status} on {day}").format(status=status, day=words.day(r.closed_on))
        return status

    # --- loading ---

    def load(self) -> None:
        store, pid, today = self.ctx.store, self.participant_id, self.ctx.today()
        workers.run(
            self,
            lambda: referrals.list_referrals(store, participant_id=pid, today=today),
            on_done=self._show,
        )

    def _show(self, rows: list[ReferralView]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        still_open = sum(1 for r in rows if r.status in referrals.OPEN_STATUSES)
        late = sum(1 for r in rows if r.overdue)
        self.summary.setText(
            self.tr("{open} open, {late} overdue, {all} in all").format(
                open=still_open, late=late, all=len(rows)
            )
            if rows
            else ""
        )
        self._selection_changed()

    # --- actions ---

    def selected(self) -> ReferralView | None:
        return selected_record(self.table, self.model)

    def _selection_changed(self, *_args: object) -> None:
        r = self.selected()
        self.status_button.setEnabled(
            r is not None and bool(referrals.next_referral_statuses(r.status))
        )
        self.handover_button.setEnabled(r is not None and r.status in referrals.OPEN_STATUSES)

    def new_referral(self) -> None:
        from ui.dialogs.referral import ReferralDialog

        self.dialog = ReferralDialog(self.ctx, self.participant_id, parent=self)
        self.dialog.open()

    def change_status(self) -> None:
        from ui.dialogs.referral import ReferralStatusDialog

        r = self.selected()
        if r is None or not referrals.next_referral_statuses(r.status):
            return
        self.dialog = ReferralStatusDialog(self.ctx, r, parent=self)
        self.dialog.open()

    def hand_over(self) -> None:
        from ui.dialogs.referral import FollowUpDialog

        r = self.selected()
        if r is None or r.status not in referrals.OPEN_STATUSES:
            return
        self.dialog = FollowUpDialog(self.ctx, r, parent=self)
        self.dialog.open()
