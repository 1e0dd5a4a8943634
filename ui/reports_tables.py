"""Turns the core's report figures into the tables the Reports page, the CSV and the PDF show:
counts with their denominators and percents, all participants and TANF recipients side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from coachapp.services.reports import (
    HpogIndicators,
    JobOutcome,
    Rate,
    Reports,
)
from ui.report_definitions import ReportDefinitions
from ui.report_document import Headline, Line, ReportDocument, Section, Table
from ui.report_numbers import (
    count,
    month_name,
    percent,
    rate_cells,
    side_by_side,
    wage,
    weekly_hours,
)
from ui.reports_casework_tables import CaseworkTables
from ui.widgets import casework_words as words


class ReportTables(QObject):
    """Builds a ``ReportDocument``; every word on it goes through ``tr()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.defs = ReportDefinitions(self)
        self.casework = CaseworkTables(self)

    def build(
        self, r: Reports, *, program: str, filters: str, computed_at: datetime
    ) -> ReportDocument:
        f = r.filter
        return ReportDocument(
            program=program,
            period=f"{words.day(f.period_start)} – {words.day(f.period_end)}",
            filters=filters,
            as_of=self._as_of(r),
            computed_at=computed_at,
            headlines=self.headlines(r),
            sections=(
                Section("performance", self.tr("HPOG performance indicators"), (self.hpog(r),)),
                Section("enrollment", self.tr("Enrollment against goal"), self.enrollment(r)),
                Section("spending", self.tr("Support services spend"), self.casework.spending(r)),
                Section("referrals", self.tr("Referral timeliness"), self.casework.referrals(r)),
                Section(
                    "participation",
                    self.tr("TANF work participation"),
                    (self.casework.participation(r),),
                ),
                Section("caseload", self.tr("Caseload"), self.casework.caseload(r)),
            ),
        )

    def _as_of(self, r: Reports) -> str:
        f = r.filter
        if f.snapshot_day == f.today:
            return self.tr(
                "Open and overdue referrals, six-month results and the pace to the goal as of {day}"
            ).format(day=words.day(f.today))
        return self.tr(
            "Open and overdue referrals as they stood on {end}; six-month results and the pace "
            "to the goal as of {day}"
        ).format(end=words.day(f.snapshot_day), day=words.day(f.today))

    # --- headline figures -------------------------------------------------------------------

    def headlines(self, r: Reports) -> tuple[Headline, ...]:
        p, goal, d = r.performance, r.enrollment, self.defs.performance()
        at_exit = p.all.employed_at_exit
        overdue = r.referrals.total.all
        if goal.target is None:
            goal_value = count(goal.enrolled.all)
            goal_detail = self.tr("enrolled · no goal set")
        else:
            goal_value = percent(goal.percent_of_goal)
            goal_detail = self.tr("{n} of a goal of {goal}").format(
                n=count(goal.enrolled.all), goal=count(goal.target)
            )
        return (
            Headline(
                "enrollees",
                self.tr("Enrollees"),
                count(p.all.enrollees),
                self.tr("{n} TANF recipients").format(n=count(p.tanf.enrollees)),
                d["enrollees"],
            ),
            Headline(
                "goal",
                self.tr("Enrollment goal"),
                goal_value,
                goal_detail,
                self.defs.enrollment()["enrolled"],
            ),
            Headline(
                "completed",
                self.tr("Completed training"),
                percent(p.all.completed_training.percent),
                self.tr("{n} of {of} served").format(
                    n=count(p.all.completed_training.count), of=count(p.all.served)
                ),
                d["completed"],
            ),
            Headline(
                "employed",
                self.tr("Employed at exit"),
                percent(at_exit.employed.percent),
                self.tr("{n} of {of} exiters · {wage} an hour").format(
                    n=count(at_exit.employed.count),
                    of=count(at_exit.employed.denominator),
                    wage=wage(at_exit.average_hourly_wage_cents),
                ),
                d["employed_exit"],
            ),
            Headline(
                "spend",
                self.tr("Support spend"),
                words.money(r.spending.total.all.total_cents),
                self.tr("{n} services paid or approved").format(
                    n=count(r.spending.total.all.services)
                ),
                self.defs.spending()["line"],
            ),
            Headline(
                "overdue",
                self.tr("Overdue referrals"),
                count(overdue.overdue),
                self.tr("of {n} open").format(n=count(overdue.open)),
                self.defs.referrals()["overdue"],
            ),
        )

    # --- HPOG indicators --------------------------------------------------------------------

    def hpog(self, r: Reports) -> Table:
        d = self.defs.performance()
        a, t = r.performance.all, r.performance.tanf

        def plain(label: str, key: str, pick: Callable[[HpogIndicators], int]) -> Line:
            return Line((label, count(pick(a)), "", "", count(pick(t)), "", ""), d[key])

        def rated(label: str, key: str, pick: Callable[[HpogIndicators], Rate]) -> Line:
            return Line((label, *rate_cells(pick(a)), *rate_cells(pick(t))), d[key])

        def job(label: str, key: str, pick: Callable[[HpogIndicators], JobOutcome]) -> list[Line]:
            ja, jt = pick(a), pick(t)
            return [
                Line((label, *rate_cells(ja.employed), *rate_cells(jt.employed)), d[key]),
                Line(
                    (
                        self.tr("average hourly wage"),
                        wage(ja.average_hourly_wage_cents),
                        "",
                        "",
                        wage(jt.average_hourly_wage_cents),
                        "",
                        "",
                    ),
                    d["wage"],
                    level=1,
                ),
                Line(
                    (
                        self.tr("average weekly hours"),
                        weekly_hours(ja.average_weekly_hours),
                        "",
                        "",
                        weekly_hours(jt.average_weekly_hours),
                        "",
                        "",
                    ),
                    d["hours"],
                    level=1,
                ),
            ]

        lines = [
            plain(self.tr("(1) Enrollees"), "enrollees", lambda g: g.enrollees),
            plain(self.tr("Participants served"), "served", lambda g: g.served),
            rated(self.tr("(2) Completed training"), "completed", lambda g: g.completed_training),
            rated(self.tr("(3) Earned a credential"), "credential", lambda g: g.earned_credential),
            plain(self.tr("Exiters"), "exiters", lambda g: g.exiters),
            *job(self.tr("(4) Employed at exit"), "employed_exit", lambda g: g.employed_at_exit),
            *job(
                self.tr("(5) Employed at exit in a health occupation"),
                "health_exit",
                lambda g: g.healthcare_at_exit,
            ),
            plain(
                self.tr("Exiters followed up six months"), "followed_up", lambda g: g.followed_up
            ),
            *job(
                self.tr("(6) Employed six months after exit"),
                "employed_six",
                lambda g: g.employed_six_months,
            ),
            *job(
                self.tr("(7) Employed six months after exit in a health occupation"),
                "health_six",
                lambda g: g.healthcare_six_months,
            ),
            rated(
                self.tr("(8) Wage rose or advanced in position by six months"),
                "wage_gain",
                lambda g: g.healthcare_wage_gain,
            ),
        ]
        columns, headers = self._side_by_side(
            (self.tr("Indicator"),), (self.tr("Number"), self.tr("Out of"), self.tr("Percent"))
        )
        return Table(
            key="hpog",
            title=self.tr("HPOG performance indicators (1)–(8)"),
            columns=columns,
            headers=headers,
            lines=tuple(lines),
            tanf_from=4,
            note=self.tr("“Out of” is the denominator of each percent."),
        )

    def _side_by_side(
        self, leading: tuple[str, ...], measures: tuple[str, ...]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        groups = (
            self.tr("All participants"),
            self.tr("TANF recipients"),
            self.tr("All"),
            self.tr("TANF"),
        )
        return side_by_side(leading, measures, groups=groups)

    # --- enrollment against goal ------------------------------------------------------------

    def enrollment(self, r: Reports) -> tuple[Table, ...]:
        g, d = r.enrollment, self.defs.enrollment()

        def pace(value: float | None) -> str:
            return "—" if value is None else f"{value:.1f}"

        on_track = "" if g.on_track is None else (self.tr("Yes") if g.on_track else self.tr("No"))
        goal_dates = f"{words.day(g.counted_from)} – {words.day(g.goal_end)}" if g.goal_end else ""
        rows = [
            Line(
                (self.tr("Enrollment goal"), count(g.target) or self.tr("No goal set"), ""),
                d["target"],
            ),
            Line((self.tr("Goal dates"), goal_dates, ""), d["dates"]),
            Line(
                (self.tr("Enrolled so far"), count(g.enrolled.all), count(g.enrolled.tanf)),
                d["enrolled"],
            ),
            Line((self.tr("Percent of goal"), percent(g.percent_of_goal), ""), d["percent"]),
            Line((self.tr("Expected by now"), count(g.expected_by_now), ""), d["expected"]),
            Line((self.tr("On track"), on_track, ""), d["on_track"], attention=g.on_track is False),
            Line((self.tr("Still needed"), count(g.remaining), ""), d["remaining"]),
            Line((self.tr("Days left"), count(g.days_left), ""), d["days_left"]),
            Line(
                (self.tr("Needed per week"), pace(g.needed_per_week) if g.target else "", ""),
                d["per_week"],
            ),
            Line(
                (self.tr("Needed per month"), pace(g.needed_per_month) if g.target else "", ""),
                d["per_month"],
            ),
        ]
        goal = Table(
            key="goal",
            title=self.tr("Progress toward the goal"),
            columns=(self.tr("Measure"), self.tr("All participants"), self.tr("TANF recipients")),
            lines=tuple(rows),
            tanf_from=2,
        )
        months = Table(
            key="goal_months",
            title=self.tr("Enrollment by month"),
            columns=(
                self.tr("Month"),
                self.tr("Enrolled"),
                self.tr("Running total"),
                self.tr("Goal line"),
            ),
            lines=tuple(
                Line(
                    (
                        month_name(m.month),
                        count(m.enrolled),
                        count(m.cumulative),
                        f"{m.goal_line:.1f}" if g.target else "",
                    ),
                    d["month"],
                )
                for m in g.by_month
            ),
            empty=self.tr("No months to show for this period."),
        )
        return goal, months

    # --- support services -------------------------------------------------------------------
