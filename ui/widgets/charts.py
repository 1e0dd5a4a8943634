"""The Reports page's charts (QtCharts): enrollment against goal over time, support spend by
funding source, and referral status by program. Each is a chart view with ``show(...)``."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from coachapp.services.reports import EnrollmentProgress, ReferralTimeliness, SupportSpending
from ui.report_numbers import month_name
from ui.widgets import casework_words as words

BLUE, LIGHT_BLUE, ORANGE, RED, GREEN, GREY = (
    QColor("#2f5d8f"),
    QColor("#9cb9d9"),
    QColor("#e0a030"),
    QColor("#c0392b"),
    QColor("#3f8f5a"),
    QColor("#9aa3ad"),
)


class _ChartView(QChartView):
    def __init__(self, title: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible_name)
        self.setMinimumSize(360, 260)
        self.title = title
        self._fresh_chart()

    def _fresh_chart(self) -> QChart:
        chart = QChart()
        chart.setTitle(self.title)
        font = QFont()
        font.setPointSizeF(10.5)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _value_axis(self, chart: QChart, top: float, alignment: Qt.AlignmentFlag) -> QValueAxis:
        """A count axis from 0: whole numbers only (no "0.5 referrals")."""
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        highest = max(math.ceil(top), 1)
        if highest <= 8:
            axis.setRange(0, highest)
            axis.setTickCount(highest + 1)
        else:
            axis.setRange(0, highest)
            axis.applyNiceNumbers()
        chart.addAxis(axis, alignment)
        return axis


class EnrollmentChart(_ChartView):
    """Enrollments each month (bars), the running total and the straight line to the goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ReportCharts", "Enrollment against goal over time"),
            QCoreApplication.translate(
                "ReportCharts", "Chart of enrollments by month against the goal"
            ),
            parent,
        )

    def show_progress(self, progress: EnrollmentProgress) -> None:
        chart = self._fresh_chart()
        months = progress.by_month
        monthly = QBarSet(QCoreApplication.translate("ReportCharts", "Enrolled that month"))
        monthly.setColor(LIGHT_BLUE)
        monthly.setBorderColor(LIGHT_BLUE)
        running = QLineSeries()
        running.setName(QCoreApplication.translate("ReportCharts", "Enrolled so far"))
        running.setPen(QPen(BLUE, 3))
        goal = QLineSeries()
        goal.setName(QCoreApplication.translate("ReportCharts", "Goal line"))
        goal.setPen(QPen(ORANGE, 2, Qt.PenStyle.DashLine))
        labels = []
        for i, m in enumerate(months):
            monthly.append(m.enrolled)
            running.append(i, m.cumulative)
            goal.append(i, m.goal_line)
            labels.append(month_name(m.month, short=True, year=len(months) > 12))
        bars = QBarSeries()
        bars.append(monthly)
        chart.addSeries(bars)
        chart.addSeries(running)
        if progress.target is not None:
            chart.addSeries(goal)
        categories = QBarCategoryAxis()
        categories.append(labels or [""])
        small = QFont()
        small.setPointSizeF(8)
        categories.setLabelsFont(small)
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        top = max([m.cumulative for m in months] + [m.goal_line for m in months] + [1])
        values = self._value_axis(chart, top, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(categories)
            series.attachAxis(values)


class SpendChart(_ChartView):
    """Spend by funding source: paid and approved-not-yet-paid, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ReportCharts", "Support spend by funding source"),
            QCoreApplication.translate(
                "ReportCharts", "Chart of support services spend by funding source"
            ),
            parent,
        )

    def show_spending(self, spending: SupportSpending) -> None:
        chart = self._fresh_chart()
        lines = list(reversed(spending.by_funding_source))  # biggest at the top
        paid = QBarSet(QCoreApplication.translate("ReportCharts", "Paid"))
        paid.setColor(BLUE)
        approved = QBarSet(QCoreApplication.translate("ReportCharts", "Approved, not yet paid"))
        approved.setColor(LIGHT_BLUE)
        top = max([line.spend.all.total_cents / 100 for line in lines] + [1.0])
        # Thousands of dollars once the sums are large ("$400k", not "$400000").
        scale, label = (1000.0, "$%.0fk") if top >= 10_000 else (1.0, "$%.0f")
        for line in lines:
            paid.append(line.spend.all.paid_cents / 100 / scale)
            approved.append(line.spend.all.approved_cents / 100 / scale)
        series = QHorizontalStackedBarSeries()
        series.append(paid)
        series.append(approved)
        series.setLabelsVisible(False)
        chart.addSeries(series)
        sources = QBarCategoryAxis()
        sources.append(
            [line.name for line in lines]
            or [QCoreApplication.translate("ReportCharts", "No spend")]
        )
        sources.setTruncateLabels(False)
        chart.addAxis(sources, Qt.AlignmentFlag.AlignLeft)
        dollars = self._value_axis(chart, top / scale, Qt.AlignmentFlag.AlignBottom)
        dollars.setLabelFormat(label)
        series.attachAxis(sources)
        series.attachAxis(dollars)


class ReferralChart(_ChartView):
    """Referral status by program: open (not yet due, due this week, overdue) and closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ReportCharts", "Referral status by program"),
            QCoreApplication.translate(
                "ReportCharts", "Chart of referral status by program referred to"
            ),
            parent,
        )

    def show_referrals(self, referrals: ReferralTimeliness) -> None:
        chart = self._fresh_chart()
        lines = list(reversed(referrals.by_program))
        sets = [
            (QBarSet(QCoreApplication.translate("ReportCharts", "Open, not yet due")), GREY),
            (QBarSet(QCoreApplication.translate("ReportCharts", "Due this week")), ORANGE),
            (QBarSet(QCoreApplication.translate("ReportCharts", "Overdue")), RED),
            (QBarSet(QCoreApplication.translate("ReportCharts", "Closed on time")), GREEN),
            (QBarSet(QCoreApplication.translate("ReportCharts", "Closed late")), LIGHT_BLUE),
        ]
        series = QHorizontalStackedBarSeries()
        for bar_set, color in sets:
            bar_set.setColor(color)
        top = 1
        for line in lines:
            c = line.counts.all
            closed = c.closed_on_time
            values = (
                c.open - c.due_this_week - c.overdue,
                c.due_this_week,
                c.overdue,
                closed.count,
                closed.denominator - closed.count,
            )
            for (bar_set, _color), value in zip(sets, values, strict=True):
                bar_set.append(value)
            top = max(top, sum(values))
        for bar_set, _color in sets:
            series.append(bar_set)
        chart.addSeries(series)
        programs = QBarCategoryAxis()
        programs.append(
            [words.program(line.key) for line in lines]
            or [QCoreApplication.translate("ReportCharts", "No referrals")]
        )
        programs.setTruncateLabels(False)
        chart.addAxis(programs, Qt.AlignmentFlag.AlignLeft)
        counts = self._value_axis(chart, top, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(programs)
        series.attachAxis(counts)
