"""Record a week's hours in one TANF work activity (recording it again corrects it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from coachapp.rules.work_participation import TanfActivity
from coachapp.services import activity
from ui.changes import changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets import casework_words as words
from ui.widgets.field_form import chosen, date_edit, fill_choices, to_date


class HoursDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, participant_id: str, week: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            title=self.tr("Record activity hours"),
            intro=self.tr(
                "Hours for one week in one work activity. Recording the same activity and week "
                "again replaces the figure."
            ),
            parent=parent,
        )
        self.participant_id = participant_id
        self.week = date_edit(week)
        self.activity = QComboBox()
        fill_choices(
            self.activity,
            [(a, f"{words.activity(a)} ({words.activity_kind(a).lower()})") for a in TanfActivity],
            blank=self.tr("Choose…"),
        )
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("Hours that week, like 12.5"))
        self.verified = QCheckBox(self.tr("Verified (time sheet, pay stub or attendance record)"))
        self.form.add(
            "week_start",
            self.tr("&Week of"),
            self.week,
            hint=self.tr("Any day of the week; it is filed under that week's Monday."),
        )
        self.form.add("activity", self.tr("&Activity"), self.activity)
        self.form.add("hours", self.tr("&Hours"), self.hours)
        self.form.add("verified", self.tr("&Proof"), self.verified)
        self.activity.setFocus()

    def work(self) -> Callable[[], Any]:
        store, pid = self.ctx.store, self.participant_id
        week, kind = to_date(self.week.date()), chosen(self.activity) or ""
        amount, verified = self.hours.text(), self.verified.isChecked()
        return lambda: activity.record_hours(
            store,
            participant_id=pid,
            week_start=week,
            activity=kind,
            hours=amount,
            verified=verified,
        )

    def announce(self, result: Any) -> None:
        self.ctx.bus.announce(
            changes("activity", ids=[result.id], participant_ids=[self.participant_id])
        )
