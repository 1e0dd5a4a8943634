"""Reports: the HPOG performance indicators, enrollment against goal, support spend, referral
timeliness, TANF work participation and caseload for a period and filters — all participants
and TANF recipients side by side — with charts, and exports to CSV and PDF.

The figures are worked out by the core (``coachapp.services.reports``) in a worker, group by
group with a progress bar; the page only lays them out. It refreshes itself when records
change, but only while it is shown, and says when its figures predate the last sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from coachapp.errors import ValidationError
from coachapp.services import reference
from coachapp.services.reports import Reports, program_year, reports
from sync.engine import LAST_SUCCESS, read_setting
from ui import workers
from ui.changes import Changes
from ui.context import AppContext
from ui.errors import show_error
from ui.pages.base import Page
from ui.pages.reports_exporting import ReportExports, repolish
from ui.pages.reports_filters import FilterChoices, ReportFiltersBar
from ui.pages.reports_sections import HeadlineCards, ReportSections
from ui.report_document import ReportDocument
from ui.reports_tables import ReportTables
from ui.widgets.record_words import when_text

#: Record kinds whose change can move a figure on this page.
CONCERNS = (
    "participant",
    "household",
    "support_service",
    "referral",
    "training",
    "employment",
    "activity",
    "reference",
)
#: Filters are typed a key at a time; the figures are worked out once the coach pauses.
SETTLE_MS = 350
RECALCULATE_SHORTCUT = "Ctrl+R"
CSV_SHORTCUT = "Ctrl+E"
PDF_SHORTCUT = "Ctrl+P"


class _Superseded(Exception):
    """Newer filters were chosen while these figures were being worked out."""


@dataclass(frozen=True)
class _Answer:
    reports: Reports
    last_sync: datetime | None
    computed_at: datetime


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._op: workers.Op[Any] | None = None
        self._asked = 0
        self._stale = True
        self._choices_loaded = False
        self.answer: _Answer | None = None
        self.document: ReportDocument | None = None
        self.last_sync: datetime | None = None
        self.tables = ReportTables(self)
        self.exports = ReportExports(self)

        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Your program's figures for a period, for all participants and for TANF "
                "recipients side by side. Hover over a figure to read exactly what it counts."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.filters = ReportFiltersBar(ctx.today(), self)
        self.filters.changed.connect(self._filters_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.recalculate)

        self.recalculate_button = QPushButton(self.tr("&Recalculate"))
        self.recalculate_button.setToolTip(
            self.tr("Work the figures out again from this laptop's records ({keys})").format(
                keys=RECALCULATE_SHORTCUT
            )
        )
        self.recalculate_button.clicked.connect(self.recalculate)
        self.csv_button = QPushButton(self.tr("Export sprea&dsheet (CSV)…"))
        self.csv_button.setToolTip(
            self.tr("Save every table as a CSV file where you choose ({keys})").format(
                keys=CSV_SHORTCUT
            )
        )
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button = QPushButton(self.tr("E&xport PDF…"))
        self.pdf_button.setToolTip(
            self.tr("Save a PDF: a one-page summary, then the tables ({keys})").format(
                keys=PDF_SHORTCUT
            )
        )
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        for keys, slot in (
            (RECALCULATE_SHORTCUT, self.recalculate),
            (CSV_SHORTCUT, self.export_csv),
            (PDF_SHORTCUT, self.export_pdf),
        ):
            QShortcut(QKeySequence(keys), self, activated=lambda s=slot: s())

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the figures being worked out"))
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setAccessibleName(self.tr("What the page is doing"))
        actions = QHBoxLayout()
        for button in (self.recalculate_button, self.csv_button, self.pdf_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.progress)
        actions.addWidget(self.status, 1)

        self.freshness = QLabel()
        self.freshness.setObjectName("hint")
        self.freshness.setWordWrap(True)
        self.freshness.setAccessibleName(self.tr("How up to date the figures are"))
        self.export_message = QLabel()
        self.export_message.setObjectName("okBanner")
        self.export_message.setWordWrap(True)
        self.export_message.hide()

        self.cards = HeadlineCards(self)
        self.sections = ReportSections(self)
        self.empty = QLabel(
            self.tr("Working out your program's figures… They appear here in a moment.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.nothing = QLabel(
            self.tr(
                "Nobody on this laptop is counted for this period and these filters. Choose a "
                "longer period (Program year) or “All …” in the filters, or sync (F5) to bring "
                "in your program's records."
            )
        )
        self.nothing.setObjectName("warningBanner")
        self.nothing.setWordWrap(True)
        self.nothing.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.freshness)
        layout.addWidget(self.export_message)
        layout.addWidget(self.empty)
        layout.addWidget(self.nothing)
        layout.addWidget(self.cards)
        layout.addWidget(self.sections, 1)
        self._show_results(False)
        self._load_choices()

    def title(self) -> str:
        return self.tr("Reports")

    # --- filter choices ---------------------------------------------------------------------

    def _load_choices(self) -> None:
        store, today = self.ctx.store, self.ctx.today()

        def read() -> FilterChoices:
            return FilterChoices(
                coaches=reference.coaches(store),
                teams=reference.teams(store),
                sites=reference.sites(store),
                program_year=program_year(store, today),
            )

        workers.run(self, read, on_done=self._choices_arrived)

    def _choices_arrived(self, choices: FilterChoices) -> None:
        self._choices_loaded = True
        self.filters.set_choices(choices)
        if self._stale and (self.isVisible() or self.answer is None):
            self.recalculate()

    # --- working the figures out ------------------------------------------------------------

    def activate(self) -> None:
        if self._stale and self._choices_loaded:
            self.recalculate()

    def on_changed(self, what: Changes) -> None:
        if what.touches(*CONCERNS):
            self._stale = True
            if self._choices_loaded and what.touches("reference"):
                self._load_choices()
            if self.isVisible():
                self._settle.start()
            self._read_last_sync()

    def _filters_changed(self) -> None:
        self._stale = True
        self._settle.start()

    def recalculate(self) -> None:
        self._settle.stop()
        if not self._choices_loaded:
            # The coach, team and branch lists are still on their way (a place restored after
            # unlocking waits for them); the figures are worked out once they are in.
            self._stale = True
            return
        try:
            f = self.filters.report_filter()
        except ValidationError as exc:
            self.filters.show_errors(exc.fields)
            return
        self.filters.show_errors({})
        if self._op is not None:
            self._op.cancel()
        self._stale = False
        self._asked += 1
        ticket = self._asked
        store = self.ctx.store
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Working out the figures…"))

        def work(report: workers.Reporter) -> _Answer:
            def step(group: str, done: int, total: int) -> None:
                if report.cancelled():
                    raise _Superseded
                report(group, done, total)

            last_sync = _last_sync(store)
            figures = reports(store, f, step)
            return _Answer(figures, last_sync, datetime.now().astimezone())

        self._op = workers.run(
            self,
            work,
            on_done=lambda answer: self._arrived(ticket, answer),
            on_failed=lambda exc: self._failed(ticket, exc),
            on_progress=lambda step: self._progressed(ticket, step),
        )
        self._show_freshness()

    def _progressed(self, ticket: int, step: workers.Step) -> None:
        if ticket != self._asked:
            return
        self.progress.setRange(0, step.total or 0)
        self.progress.setValue(step.done)
        self.status.setText(
            self.tr("Worked out {group} ({done} of {total})…").format(
                group=self._group_words(step.phase), done=step.done, total=step.total
            )
        )

    def _group_words(self, group: str) -> str:
        return {
            "performance": self.tr("the HPOG indicators"),
            "enrollment": self.tr("enrollment against goal"),
            "spending": self.tr("support spend"),
            "referrals": self.tr("referral timeliness"),
            "work_participation": self.tr("TANF work participation"),
            "caseload": self.tr("the caseload"),
        }.get(group, group)

    def _arrived(self, ticket: int, answer: _Answer) -> None:
        if ticket != self._asked:
            return
        self._op = None
        self.answer = answer
        self.last_sync = answer.last_sync
        self.document = self.tables.build(
            answer.reports,
            program=self.program_name(),
            filters=self.filters.describe(),
            computed_at=answer.computed_at,
        )
        self.cards.show_headlines(self.document.headlines)
        self.sections.show_document(self.document, answer.reports)
        self._show_results(True)
        counted = answer.reports.caseload.total.all + answer.reports.performance.all.served
        self.nothing.setVisible(counted == 0)
        self.progress.hide()
        self.status.setText("")
        self._show_freshness()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._asked or isinstance(exc, _Superseded):
            return
        self._op = None
        self.progress.hide()
        if isinstance(exc, ValidationError):
            self.filters.show_errors(exc.fields)
            self.status.setText("")
            return
        self.status.setText(self.tr("The figures could not be worked out."))
        show_error(self, exc)

    def _show_results(self, shown: bool) -> None:
        self.cards.setVisible(shown)
        self.sections.setVisible(shown)
        self.empty.setVisible(not shown)
        self.csv_button.setEnabled(shown)
        self.pdf_button.setEnabled(shown)

    def program_name(self) -> str:
        identity = self.ctx.identity
        return identity.org_code or self.ctx.settings.org or self.tr("HPOG program")

    # --- how fresh the figures are ----------------------------------------------------------

    def _read_last_sync(self) -> None:
        store = self.ctx.store
        workers.run(self, lambda: _last_sync(store), on_done=self._last_sync_read)

    def _last_sync_read(self, when: datetime | None) -> None:
        self.last_sync = when
        self._show_freshness()

    def _show_freshness(self) -> None:
        answer = self.answer
        if answer is None:
            self.freshness.setText("")
            return
        working = self._op is not None
        worked = answer.computed_at.strftime("%H:%M")
        if self.last_sync is not None and answer.computed_at < self.last_sync:
            text = self.tr(
                "These figures were worked out at {worked}, before the last sync ({synced}): "
                "what it brought in is not counted yet."
            ).format(worked=worked, synced=when_text(self.last_sync))
            text += " " + (
                self.tr("Working them out again…")
                if working
                else self.tr("Press Recalculate ({keys}).").format(keys=RECALCULATE_SHORTCUT)
            )
            warning = True
        elif self.last_sync is None:
            text = self.tr(
                "Worked out at {worked} from the records on this laptop. This laptop has not "
                "synced yet, so only what was recorded on it is counted."
            ).format(worked=worked)
            warning = True
        else:
            text = self.tr(
                "Worked out at {worked} from the records on this laptop, as of its last sync "
                "({synced}). What other coaches recorded since then is not counted."
            ).format(worked=worked, synced=when_text(self.last_sync))
            warning = False
        if self.document is not None:
            text = f"{self.document.as_of}. {text}"
        self.freshness.setText(text)
        self.freshness.setObjectName("warningBanner" if warning else "hint")
        repolish(self.freshness)

    # --- exports ----------------------------------------------------------------------------

    def export_csv(self, path: Path | None = None) -> workers.Op[Path] | None:
        """Save the tables as CSV where the coach chooses (``path`` given: there, no dialog)."""
        return self.exports.export_csv(path)

    def export_pdf(self, path: Path | None = None) -> workers.Op[Path] | None:
        """Save the PDF summary and tables where the coach chooses."""
        return self.exports.export_pdf(path)

    # --- returning after a lock -------------------------------------------------------------

    def place(self) -> dict[str, Any]:
        return {"filters": self.filters.place(), "tab": self.sections.currentIndex()}

    def restore(self, place: dict[str, Any]) -> None:
        if place.get("filters"):
            self.filters.restore(place["filters"])
        if isinstance(place.get("tab"), int):
            self.sections.setCurrentIndex(place["tab"])


def _last_sync(store: Any) -> datetime | None:
    raw = read_setting(store, LAST_SUCCESS)
    try:
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None
