"""The Reports page's filter bar: the reporting period (this month, last month, this quarter,
the program year, or dates of one's own) and whose numbers — coach, team, DHS branch, study
group. It turns what is chosen into the core's ``ReportFilter``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coachapp.models.enums import StudyGroup
from coachapp.services.reference import Choice, SiteChoice
from coachapp.services.reports import ReportFilter, last_month, this_month, this_quarter
from ui.widgets import person_words
from ui.widgets.field_form import choose, chosen, date_edit, fill_choices, to_date, to_qdate

CUSTOM = "custom"
PROGRAM_YEAR = "program_year"


@dataclass(frozen=True)
class FilterChoices:
    """What the filters offer, read from the laptop's reference data."""

    coaches: list[Choice]
    teams: list[Choice]
    sites: list[SiteChoice]
    program_year: tuple[date, date]


class ReportFiltersBar(QWidget):
    """Emits ``changed`` whenever what the report is for changes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.program_year = (date(today.year, 1, 1), date(today.year, 12, 31))
        #: Choices asked for (after a lock) before the lists they are in had arrived.
        self._wanted: dict[str, Any] = {}
        self.period = QComboBox()
        fill_choices(
            self.period,
            [
                ("this_month", self.tr("This month")),
                ("last_month", self.tr("Last month")),
                ("this_quarter", self.tr("This quarter")),
                (PROGRAM_YEAR, self.tr("Program year")),
                (CUSTOM, self.tr("Dates I choose")),
            ],
        )
        choose(self.period, PROGRAM_YEAR)
        start, end = self.program_year
        self.start = date_edit(start, accessible_name=self.tr("First day of the period"))
        self.end = date_edit(end, accessible_name=self.tr("Last day of the period"))
        self.coach = QComboBox()
        self.team = QComboBox()
        self.site = QComboBox()
        self.study_group = QComboBox()
        fill_choices(self.coach, [], blank=self.tr("All coaches"))
        fill_choices(self.team, [], blank=self.tr("All teams"))
        fill_choices(self.site, [], blank=self.tr("All branches and offices"))
        fill_choices(
            self.study_group,
            [(g.value, person_words.study_group(g)) for g in StudyGroup],
            blank=self.tr("All study groups"),
        )
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()

        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        row_one = (
            (self.tr("&Period"), self.period, self.tr("Reporting period")),
            (self.tr("&From"), self.start, self.tr("First day of the period")),
            (self.tr("&To"), self.end, self.tr("Last day of the period")),
        )
        row_two = (
            (self.tr("&Coach"), self.coach, self.tr("Assigned coach")),
            (self.tr("Te&am"), self.team, self.tr("Team")),
            (self.tr("DHS &branch"), self.site, self.tr("DHS branch or office recruited at")),
            (self.tr("Stud&y group"), self.study_group, self.tr("Study group")),
        )
        for fields in (row_one, row_two):
            line = QHBoxLayout()
            line.setSpacing(6)
            for text, widget, name in fields:
                label = QLabel(text)
                label.setBuddy(widget)
                # A few pixels over the hint: kerned pairs ("To") were clipped at the edge.
                label.setMinimumWidth(label.sizeHint().width() + 4)
                widget.setAccessibleName(name)
                line.addWidget(label)
                line.addWidget(widget)
                line.addSpacing(10)
            if fields is row_one:
                line.addWidget(self.error)
            line.addStretch(1)
            rows.addLayout(line)
        for box in (self.coach, self.team, self.site, self.study_group, self.period):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site.setMinimumContentsLength(18)
        self.coach.setMinimumContentsLength(14)

        self.period.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._date_typed)
        for box in (self.coach, self.team, self.site, self.study_group):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # --- choices ----------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices) -> None:
        self.program_year = choices.program_year
        wanted, self._wanted = self._wanted, {}
        fill_choices(
            self.coach,
            [(c.id, c.label) for c in choices.coaches],
            blank=self.tr("All coaches"),
            keep=wanted.get("coach") or chosen(self.coach),
        )
        fill_choices(
            self.team,
            [(t.id, t.label) for t in choices.teams],
            blank=self.tr("All teams"),
            keep=wanted.get("team") or chosen(self.team),
        )
        fill_choices(
            self.site,
            [(s.id, s.label) for s in choices.sites],
            blank=self.tr("All branches and offices"),
            keep=wanted.get("site") or chosen(self.site),
        )
        if chosen(self.period) == PROGRAM_YEAR:
            self._set_dates(*self.program_year)

    # --- the period -------------------------------------------------------------------------

    def dates_for(self, key: str) -> tuple[date, date] | None:
        return {
            "this_month": this_month(self.today),
            "last_month": last_month(self.today),
            "this_quarter": this_quarter(self.today),
            PROGRAM_YEAR: self.program_year,
        }.get(key)

    def _period_chosen(self, _index: int) -> None:
        dates = self.dates_for(chosen(self.period))
        if dates is not None:
            self._set_dates(*dates)
        self.changed.emit()

    def _set_dates(self, start: date, end: date) -> None:
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def _date_typed(self) -> None:
        # Typing a date makes the period the coach's own.
        if chosen(self.period) != CUSTOM:
            self.period.blockSignals(True)
            choose(self.period, CUSTOM)
            self.period.blockSignals(False)
        self.changed.emit()

    def set_period(self, start: date, end: date) -> None:
        """Choose "Dates I choose" with these dates (one change, not three)."""
        self.period.blockSignals(True)
        choose(self.period, CUSTOM)
        self.period.blockSignals(False)
        self._set_dates(start, end)
        self.changed.emit()

    # --- what the report is for -------------------------------------------------------------

    def report_filter(self) -> ReportFilter:
        """The core's filter for what is chosen (``ValidationError`` if the dates are wrong)."""
        return ReportFilter(
            period_start=to_date(self.start.date()),
            period_end=to_date(self.end.date()),
            coach_id=chosen(self.coach),
            team_id=chosen(self.team),
            site_id=chosen(self.site),
            study_group=chosen(self.study_group),
            as_of=self.today,
        )

    def describe(self) -> str:
        """Who is counted, in words: "All coaches · North Team · East Branch · All study groups"."""
        return " · ".join(
            box.currentText() for box in (self.coach, self.team, self.site, self.study_group)
        )

    def show_errors(self, fields: dict[str, str]) -> None:
        message = " ".join(fields.values())
        self.error.setText(message)
        self.error.setVisible(bool(message))
        for name, edit in (("period_start", self.start), ("period_end", self.end)):
            edit.setProperty("invalid", name in fields)

    def date_edits(self) -> tuple[QDateEdit, QDateEdit]:
        return self.start, self.end

    # --- returning after a lock -------------------------------------------------------------

    def place(self) -> dict[str, Any]:
        return {
            "period": chosen(self.period),
            "start": to_date(self.start.date()).isoformat(),
            "end": to_date(self.end.date()).isoformat(),
            "coach": chosen(self.coach),
            "team": chosen(self.team),
            "site": chosen(self.site),
            "study_group": chosen(self.study_group),
        }

    def restore(self, place: dict[str, Any]) -> None:
        self._wanted = {k: place.get(k) for k in ("coach", "team", "site") if place.get(k)}
        for box, key in (
            (self.coach, "coach"),
            (self.team, "team"),
            (self.site, "site"),
            (self.study_group, "study_group"),
        ):
            if place.get(key) is not None:
                box.blockSignals(True)
                choose(box, place[key])
                box.blockSignals(False)
        if place.get("period") == CUSTOM and place.get("start") and place.get("end"):
            self.set_period(date.fromisoformat(place["start"]), date.fromisoformat(place["end"]))
        elif place.get("period"):
            choose(self.period, place["period"])
