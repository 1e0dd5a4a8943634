"""Activity hours: a week's hours in TANF work activities against the family's weekly
requirement, said in words ("24 of 30 hours — 6 short")."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coachapp.errors import CoachAppError
from coachapp.services import activity
from coachapp.services.activity import HoursView, WeekSummary, monday_of
from ui import workers
from ui.context import AppContext
from ui.errors import show_error
from ui.models.record_table import Column, RecordTableModel, record_table
from ui.pages.participant_tabs.base import ParticipantTab
from ui.widgets import casework_words as words
from ui.widgets.field_form import date_edit, to_date, to_qdate

RECORD_SHORTCUT = "Ctrl+Shift+H"


def counted(summary: WeekSummary) -> str:
    """What counted this week and what is missing, in words (the core's own sentence is
    English only)."""
    said = QCoreApplication.translate(
        "ActivityTab", "{total} of {required} hours counted, {core} of them core."
    ).format(
        total=words.hours(summary.total_hours),
        required=summary.required,
        core=words.hours(summary.core_hours),
    )
    if summary.meets:
        return said
    core_gap = max(Decimal(summary.core_required) - summary.core_hours, Decimal(0))
    if core_gap > 0:
        more = QCoreApplication.translate(
            "ActivityTab", "{gap} more needed, at least {core} of them core."
        ).format(gap=words.hours(summary.shortfall), core=words.hours(core_gap))
    else:
        more = QCoreApplication.translate("ActivityTab", "{gap} more needed.").format(
            gap=words.hours(summary.shortfall)
        )
    return f"{said} {more}"


def headline(summary: WeekSummary) -> str:
    """The week against the requirement, in a few words."""
    said = QCoreApplication.translate("ActivityTab", "{total} of {required} hours").format(
        total=words.hours(summary.total_hours), required=summary.required
    )
    if summary.meets:
        return QCoreApplication.translate("ActivityTab", "{said} — requirement met").format(
            said=said
        )
    total_gap = max(Decimal(summary.required) - summary.total_hours, Decimal(0))
    core_gap = max(Decimal(summary.core_required) - summary.core_hours, Decimal(0))
    if core_gap > total_gap:
        return QCoreApplication.translate("ActivityTab", "{said} — {gap} core hours short").format(
            said=said, gap=words.hours(core_gap)
        )
    return QCoreApplication.translate("ActivityTab", "{said} — {gap} short").format(
        said=said, gap=words.hours(summary.shortfall)
    )


class ActivityTab(ParticipantTab):
    key = "activity"
    kinds = ("activity", "household")

    def __init__(self, ctx: AppContext, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, participant_id, parent)
        self.dialog: QWidget | None = None
        self.week: date = monday_of(ctx.today())
        self.summary: WeekSummary | None = None

        heading = QLabel(self.tr("Activity hours"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(
            self.tr(
                "Hours each week in TANF work activities, checked against the family's weekly "
                "work requirement. Job search limits and monthly averaging are left to you."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.previous_button.setToolTip(self.tr("Show the week before (Alt+P)"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.week - timedelta(days=7)))
        self.week_edit = date_edit(self.week, accessible_name=self.tr("Week of"))
        self.week_edit.dateChanged.connect(lambda d: self.show_week(to_date(d)))
        week_label = QLabel(self.tr("&Week of"))
        week_label.setBuddy(self.week_edit)
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"))
        self.next_button.setToolTip(self.tr("Show the week after (Alt+X)"))
        self.next_button.clicked.connect(lambda: self.show_week(self.week + timedelta(days=7)))
        self.this_week_button = QPushButton(self.tr("This wee&k"))
        self.this_week_button.setToolTip(self.tr("Back to the current week (Alt+K)"))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.ctx.today()))
        self.record_button = QPushButton(
            self.tr("Record &hours…  ({keys})").format(keys=RECORD_SHORTCUT)
        )
        self.record_button.setToolTip(
            self.tr("Record hours for this week ({keys})").format(keys=RECORD_SHORTCUT)
        )
        self.record_button.clicked.connect(self.record_hours)
        QShortcut(QKeySequence(RECORD_SHORTCUT), self, activated=self.record_hours)
        week_row = QHBoxLayout()
        week_row.addWidget(self.previous_button)
        week_row.addWidget(week_label)
        week_row.addWidget(self.week_edit)
        week_row.addWidget(self.next_button)
        week_row.addWidget(self.this_week_button)
        week_row.addStretch(1)
        week_row.addWidget(self.record_button)

        self.headline = QLabel()
        self.headline.setObjectName("weekHeadline")
        self.headline.setAccessibleName(self.tr("Week against the requirement"))
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)

        self.model: RecordTableModel[HoursView] = RecordTableModel(
            [
                Column(self.tr("Activity"), lambda h: words.activity(h.activity), chars=36),
                Column(self.tr("Counts as"), lambda h: words.activity_kind(h.activity), chars=14),
                Column(
                    self.tr("Hours"),
                    lambda h: words.hours(h.hours),
                    sort_key=lambda h: h.hours,
                    chars=8,
                    right=True,
                ),
                Column(
                    self.tr("Verified"),
                    lambda h: self.tr("Yes") if h.verified else self.tr("Not yet"),
                    chars=None,
                ),
            ],
            parent=self,
        )
        self.table, _ = record_table(
            self.model, accessible_name=self.tr("Hours this week"), parent=self
        )
        self.empty = QLabel(
            self.tr(
                "No hours recorded for this week. Press “Record hours” ({keys}) to add them."
            ).format(keys=RECORD_SHORTCUT)
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(week_row)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden (empty state)

    def title(self) -> str:
        return self.tr("Activity hours")

    def show_week(self, day: date) -> None:
        monday = monday_of(day)
        if monday == self.week and self._loaded:
            if to_date(self.week_edit.date()) != monday:
                self._set_edit(monday)
            return
        self.week = monday
        self._set_edit(monday)
        if self._loaded:
            self.load()

    def _set_edit(self, monday: date) -> None:
        self.week_edit.blockSignals(True)
        self.week_edit.setDate(to_qdate(monday))
        self.week_edit.blockSignals(False)

    # --- loading ---

    def load(self) -> None:
        store, pid, week = self.ctx.store, self.participant_id, self.week
        workers.run(
            self,
            lambda: activity.week_summary(store, pid, week_start=week),
            on_done=lambda s: self._show(week, s),
            on_failed=lambda exc: self._failed(week, exc),
        )

    def _show(self, week: date, summary: WeekSummary) -> None:
        if week != self.week:
            return  # the coach moved to another week meanwhile
        self.summary = summary
        self.headline.setText(headline(summary))
        self.headline.setObjectName("okBanner" if summary.meets else "warningBanner")
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)
        proof = (
            self.tr("All hours verified.")
            if summary.all_verified
            else self.tr("Some hours are not verified yet.")
            if summary.entries
            else ""
        )
        self.detail.setText(
            self.tr(
                "{family}: {required} hours a week, {core} of them in core activities. "
                "{reason} {proof}"
            )
            .format(
                family=words.family_type(summary.family_type),
                required=summary.required,
                core=summary.core_required,
                reason=counted(summary),
                proof=proof,
            )
            .strip()
        )
        self.model.set_rows(list(summary.entries))
        self.empty.setVisible(not summary.entries)
        self.table.setVisible(bool(summary.entries))

    def _failed(self, week: date, exc: BaseException) -> None:
        if week != self.week:
            return
        if not isinstance(exc, CoachAppError):
            show_error(self, exc)
            return
        self.summary = None
        self.headline.setText(str(exc))
        self.headline.setObjectName("warningBanner")
        self.detail.setText("")
        self.model.clear()

    # --- actions ---

    def record_hours(self) -> None:
        from ui.dialogs.hours import HoursDialog

        self.dialog = HoursDialog(self.ctx, self.participant_id, self.week, parent=self)
        self.dialog.saved.connect(lambda view: self.show_week(view.week_start))
        self.dialog.open()
