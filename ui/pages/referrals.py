"""The referral tracker across the caseload: who owes each follow-up and by when; overdue
ones highlighted and said in words; status changed and follow-ups handed over from the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachapp.services import referrals
from coachapp.services.referrals import TrackedReferral, TrackerShow
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.models.record_table import (
    Column,
    RecordTableModel,
    record_at,
    record_table,
    selected_record,
)
from ui.pages.base import Page
from ui.widgets import casework_words as words
from ui.widgets.field_form import chosen, fill_choices

MINE = "mine"
EVERYONE = "everyone"


#: A coach reads the most urgent referrals first; thousands of rows would only slow the page.
TRACKER_LIMIT = 500


class ReferralsPage(Page):
    key = "referrals"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._asked = 0
        self.dialog: QWidget | None = None

        title = QLabel(self.tr("Referral tracker"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Referrals across your caseload, soonest follow-up first. Overdue ones are "
                "highlighted and say how late they are. Enter opens the participant."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.owner = QComboBox()
        fill_choices(
            self.owner,
            [(EVERYONE, self.tr("Everyone's follow-ups")), (MINE, self.tr("Follow-ups I own"))],
        )
        self.show_which = QComboBox()
        fill_choices(
            self.show_which,
            [
                (TrackerShow.OPEN, self.tr("Open")),
                (TrackerShow.OVERDUE, self.tr("Overdue")),
                (TrackerShow.DUE_THIS_WEEK, self.tr("Due this week")),
                (TrackerShow.CLOSED, self.tr("Closed")),
                (TrackerShow.ALL, self.tr("All")),
            ],
        )
        filters = QHBoxLayout()
        for text, box in ((self.tr("&Whose"), self.owner), (self.tr("&Show"), self.show_which)):
            label = QLabel(text)
            label.setBuddy(box)
            box.setAccessibleName(text.replace("&", ""))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.load())
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)

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
        self.open_button = QPushButton(self.tr("&Open participant"))
        self.open_button.setToolTip(self.tr("Open the participant's Referrals tab (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        for button in (self.status_button, self.handover_button, self.open_button):
            filters.addWidget(button)

        self.model: RecordTableModel[TrackedReferral] = RecordTableModel(
            [
                Column(self.tr("Participant"), lambda t: t.participant_name, chars=18),
                Column(self.tr("Program"), lambda t: words.program(t.referral.program), chars=18),
                Column(self.tr("Agency"), lambda t: t.referral.partner, chars=26),
                Column(self.tr("Follow-up owner"), self._owner, chars=30),
                Column(
                    self.tr("Due"),
                    lambda t: words.day(t.referral.due_on),
                    sort_key=lambda t: t.referral.due_on.isoformat(),
                    chars=11,
                ),
                Column(self.tr("Status"), self._status, chars=None),
            ],
            attention=lambda t: t.referral.overdue,
            parent=self,
        )
        self.table, self.proxy = record_table(
            self.model, accessible_name=self.tr("Referrals in your caseload"), parent=self
        )
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.summary = QLabel()
        self.summary.setObjectName("trackerSummary")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addStretch(0)  # takes the room when the table is hidden (empty state)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Referral tracker")

    def _owner(self, t: TrackedReferral) -> str:
        r = t.referral
        return f"{r.follow_up_owner} ({words.follow_up_role_short(r.follow_up_role)})"

    def _status(self, t: TrackedReferral) -> str:
        r = t.referral
        status = words.referral_status(r.status)
        if r.overdue:
            return f"{status} — {words.overdue_words(r.due_on, self.ctx.today())}"
        if r.closed_on is not None:
            return self.tr("{status} on {day}").format(status=status, day=words.day(r.closed_on))
        return status

    # --- loading ---

    def activate(self) -> None:
        if self.stale:
            self.load()

    def on_changed(self, what: Changes) -> None:
        if what.touches("referral", "participant", "reference"):
            self.reload_when_seen(self.load)

    def load(self) -> None:
        self.stale = False
        self._asked += 1
        ticket = self._asked
        store, today = self.ctx.store, self.ctx.today()
        show = chosen(self.show_which)
        owner = self.ctx.identity.display_name if chosen(self.owner) == MINE else None
        workers.run(
            self,
            lambda: referrals.list_referral_tracker(
                store, show=show, follow_up_owner=owner, today=today, limit=TRACKER_LIMIT
            ),
            on_done=lambda rows: self._show(ticket, rows),
        )

    def _show(self, ticket: int, rows: list[TrackedReferral]) -> None:
        if ticket != self._asked:
            return
        self.model.set_rows(rows)
        # The core already orders them (overdue first, then soonest due; closed: most recent
        # first): sorting thousands of rows again here would stall the window.
        self.proxy.sort(-1)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        mine = chosen(self.owner) == MINE
        self.empty.setText(
            self.tr(
                "No referrals here. “Follow-ups I own” lists referrals where you are the "
                "follow-up owner; choose “Everyone's follow-ups” to see the rest. To make a "
                "referral, find the participant (Ctrl+K), open their Referrals tab and press "
                "Ctrl+Shift+R."
            )
            if mine
            else self.tr(
                "No referrals here. To make a referral, find the participant (Ctrl+K), open "
                "their Referrals tab and press Ctrl+Shift+R."
            )
        )
        late = sum(1 for t in rows if t.referral.overdue)
        self.summary.setText(
            self.tr("%n referral(s) shown", "", len(rows)) + self.tr(", %n overdue", "", late)
            if rows
            else ""
        )
        if len(rows) >= TRACKER_LIMIT:
            self.summary.setText(
                self.summary.text()
                + self.tr(" — the most urgent first; choose a narrower list above to see others")
            )
        self._selection_changed()

    # --- actions ---

    def selected(self) -> TrackedReferral | None:
        return selected_record(self.table, self.model)

    def _selection_changed(self, *_args: object) -> None:
        t = self.selected()
        self.status_button.setEnabled(
            t is not None and bool(referrals.next_referral_statuses(t.referral.status))
        )
        self.handover_button.setEnabled(
            t is not None and t.referral.status in referrals.OPEN_STATUSES
        )
        self.open_button.setEnabled(t is not None)

    def _activated(self, index: QModelIndex) -> None:
        t = record_at(self.table, self.model, index)
        if t is not None:
            self.ctx.nav.open_participant(t.referral.participant_id, "referrals")

    def open_selected(self) -> None:
        t = self.selected()
        if t is not None:
            self.ctx.nav.open_participant(t.referral.participant_id, "referrals")

    def change_status(self) -> None:
        from ui.dialogs.referral import ReferralStatusDialog

        t = self.selected()
        if t is None or not referrals.next_referral_statuses(t.referral.status):
            return
        self.dialog = ReferralStatusDialog(self.ctx, t.referral, parent=self)
        self.dialog.open()

    def hand_over(self) -> None:
        from ui.dialogs.referral import FollowUpDialog

        t = self.selected()
        if t is None or t.referral.status not in referrals.OPEN_STATUSES:
            return
        self.dialog = FollowUpDialog(self.ctx, t.referral, parent=self)
        self.dialog.open()

    def place(self) -> dict[str, Any]:
        return {"owner": chosen(self.owner), "show": chosen(self.show_which)}

    def restore(self, place: dict[str, Any]) -> None:
        for box, value in ((self.owner, place.get("owner")), (self.show_which, place.get("show"))):
            if value is not None:
                at = box.findData(value)
                if at >= 0:
                    box.setCurrentIndex(at)
