"""What the Reports page shows once the figures are in: the headline figures in a row of cards,
and one tab per group of indicators, each with its tables and, where it helps, a chart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachapp.services.reports import Reports
from ui.models.report_table import ReportTableModel, report_view
from ui.report_document import Headline, ReportDocument
from ui.widgets.charts import EnrollmentChart, ReferralChart, SpendChart

#: Tables that can run long (a week a line) scroll after this many rows.
LONG_TABLE_ROWS = 16

_CARD_STYLE = """
QFrame#headline { background: white; border: 1px solid #d5d9e0; border-radius: 8px; }
QLabel#headlineLabel { color: #3c4a5c; font-weight: 600; }
QLabel#headlineValue { color: #1f3a5f; font-size: 19pt; font-weight: 700; }
QLabel#headlineDetail { color: #555; }
"""


class HeadlineCards(QWidget):
    """The six figures a supervisor looks at first; each card's tooltip says what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_CARD_STYLE)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, tuple[QFrame, QLabel, QLabel, QLabel]] = {}

    def show_headlines(self, headlines: tuple[Headline, ...]) -> None:
        for h in headlines:
            if h.key not in self.cards:
                card = QFrame()
                card.setObjectName("headline")
                label, value, detail = QLabel(), QLabel(), QLabel()
                label.setObjectName("headlineLabel")
                value.setObjectName("headlineValue")
                detail.setObjectName("headlineDetail")
                detail.setWordWrap(True)
                inner = QVBoxLayout(card)
                inner.setContentsMargins(10, 8, 10, 8)
                inner.setSpacing(2)
                for widget in (label, value, detail):
                    inner.addWidget(widget)
                inner.addStretch(1)
                self.row.addWidget(card, 1)
                self.cards[h.key] = (card, label, value, detail)
            card, label, value, detail = self.cards[h.key]
            label.setText(h.label)
            value.setText(h.value)
            detail.setText(h.detail)
            card.setToolTip(h.definition)
            card.setAccessibleName(f"{h.label}: {h.value}, {h.detail}")

    def value(self, key: str) -> str:
        return self.cards[key][2].text()


class _Tab(QScrollArea):
    """A scrolling column of tables and charts."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(4, 4, 12, 4)
        self.setWidget(body)

    def finish(self) -> None:
        self.column.addStretch(1)


class ReportSections(QTabWidget):
    """One tab per section of the report; ``models[table key]`` holds each table's figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.models: dict[str, ReportTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self.titles: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self.enrollment_chart = EnrollmentChart()
        self.spend_chart = SpendChart()
        self.referral_chart = ReferralChart()

        hpog = self._tab(self.tr("HPOG &indicators"))
        self._table(hpog, "hpog", rows=None)
        hpog.finish()

        goal = self._tab(self.tr("E&nrollment goal"))
        side = QHBoxLayout()
        left = QVBoxLayout()
        self._table(goal, "goal", rows=None, into=left)
        left.addStretch(1)
        side.addLayout(left)
        self.enrollment_chart.setMinimumSize(420, 300)
        side.addWidget(self.enrollment_chart, 1)
        goal.column.addLayout(side)
        self._table(goal, "goal_months", rows=LONG_TABLE_ROWS)
        goal.finish()

        spend = self._tab(self.tr("S&upport spend"))
        self._table(spend, "spend_funding", rows=None)
        self.spend_chart.setMinimumHeight(240)
        spend.column.addWidget(self.spend_chart)
        self._table(spend, "spend_type", rows=None)
        self._table(spend, "duplicates", rows=None)
        spend.finish()

        referrals = self._tab(self.tr("Referra&ls"))
        self._table(referrals, "referrals_program", rows=None)
        self.referral_chart.setMinimumHeight(280)
        referrals.column.addWidget(self.referral_chart)
        self._table(referrals, "referrals_owner", rows=2 * LONG_TABLE_ROWS)
        referrals.finish()

        participation = self._tab(self.tr("&Work participation"))
        self._table(participation, "participation", rows=LONG_TABLE_ROWS + 6)
        participation.finish()

        caseload = self._tab(self.tr("Cas&eload"))
        self._table(caseload, "caseload_status", rows=None)
        self._table(caseload, "caseload_site", rows=LONG_TABLE_ROWS)
        caseload.finish()

    def _tab(self, title: str) -> _Tab:
        tab = _Tab()
        self.addTab(tab, title)
        return tab

    def _table(
        self, tab: _Tab, key: str, *, rows: int | None, into: QVBoxLayout | None = None
    ) -> None:
        layout = into if into is not None else tab.column
        title = QLabel()
        title.setObjectName("sectionTitle")
        model = ReportTableModel(self)
        view = report_view(model, accessible_name=key, max_rows=rows, parent=tab)
        note = QLabel()
        note.setObjectName("hint")
        note.setWordWrap(True)
        note.hide()
        layout.addWidget(title)
        layout.addWidget(view)
        layout.addWidget(note)
        self.models[key], self.views[key] = model, view
        self.titles[key], self.notes[key] = title, note

    def show_document(self, doc: ReportDocument, reports: Reports) -> None:
        for table in doc.tables():
            model, view = self.models[table.key], self.views[table.key]
            model.set_table(table)
            self.titles[table.key].setText(table.title)
            view.setAccessibleName(table.title)
            view.setVisible(bool(table.lines))
            note = table.note if table.lines else table.empty
            self.notes[table.key].setText(note)
            self.notes[table.key].setVisible(bool(note))
        self.enrollment_chart.show_progress(reports.enrollment)
        self.spend_chart.show_spending(reports.spending)
        self.referral_chart.show_referrals(reports.referrals)
        self.spend_chart.setVisible(bool(reports.spending.by_funding_source))
        self.referral_chart.setVisible(bool(reports.referrals.by_program))

    def clear(self) -> None:
        for model in self.models.values():
            model.set_table(None)
