"""The casework tables of the Reports page: support services spend, referral timeliness,
TANF work participation by week and caseload — all participants and TANF recipients side by
side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from coachapp.models.enums import FollowUpRole
from coachapp.services.reports import (
    Rate,
    ReferralCounts,
    ReferralLine,
    Reports,
    Spend,
    SpendLine,
    Split,
)
from ui.report_definitions import ReportDefinitions
from ui.report_document import Line, Table
from ui.report_numbers import count, percent, side_by_side
from ui.widgets import casework_words as words
from ui.widgets import person_words


class CaseworkTables(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.defs = ReportDefinitions(self)

    def _grouped(
        self,
        leading: tuple[str, ...],
        measures: tuple[str, ...],
        tanf_measures: tuple[str, ...] | None = None,
    ) -> dict[str, Any]:
        """``columns`` (one line each, for the CSV) and ``headers`` (group over measure)."""
        groups = (
            self.tr("All participants"),
            self.tr("TANF recipients"),
            self.tr("All"),
            self.tr("TANF"),
        )
        columns, headers = side_by_side(
            leading, measures, groups=groups, tanf_measures=tanf_measures
        )
        return {"columns": tuple(c.replace("\n", " ") for c in columns), "headers": headers}

    def spending(self, r: Reports) -> tuple[Table, ...]:
        s, d = r.spending, self.defs.spending()
        measures = (
            self.tr("Services"),
            self.tr("Paid"),
            self.tr("Approved,\nnot yet paid"),
            self.tr("Total"),
        )

        def cells(label: str, spend: Split[Spend]) -> tuple[str, ...]:
            a, t = spend.all, spend.tanf
            return (
                label,
                count(a.services),
                words.money(a.paid_cents),
                words.money(a.approved_cents),
                words.money(a.total_cents),
                count(t.services),
                words.money(t.total_cents),
            )

        def table(key: str, title: str, first: str, lines: tuple[SpendLine, ...]) -> Table:
            body = [Line(cells(line.name, line.spend), d["line"]) for line in lines]
            if body:
                body.append(Line(cells(self.tr("Total"), s.total), d["line"], total=True))
            return Table(
                key=key,
                title=title,
                **self._grouped((first,), measures, (self.tr("Services"), self.tr("Total"))),
                lines=tuple(body),
                tanf_from=5,
                empty=self.tr("No support services paid or approved in this period."),
            )

        duplicates = Table(
            key="duplicates",
            title=self.tr("Duplicate-with-DHS warnings overridden"),
            columns=(
                self.tr("Services recorded despite a warning"),
                self.tr("All participants"),
                self.tr("TANF recipients"),
            ),
            lines=(
                Line(
                    (
                        self.tr("Another funder already paid"),
                        count(s.duplicates_overridden.all),
                        count(s.duplicates_overridden.tanf),
                    ),
                    d["duplicates"],
                ),
                Line(
                    (
                        self.tr("… of them, DHS / TANF pays one of the two"),
                        count(s.duplicates_overridden_with_dhs.all),
                        count(s.duplicates_overridden_with_dhs.tanf),
                    ),
                    d["with_dhs"],
                    level=1,
                    attention=s.duplicates_overridden_with_dhs.all > 0,
                ),
            ),
            tanf_from=2,
        )
        return (
            table(
                "spend_funding",
                self.tr("Spend by funding source"),
                self.tr("Paid by"),
                s.by_funding_source,
            ),
            table(
                "spend_type",
                self.tr("Spend by type of support"),
                self.tr("Type of support"),
                s.by_service_type,
            ),
            duplicates,
        )

    # --- referrals --------------------------------------------------------------------------

    def referrals(self, r: Reports) -> tuple[Table, ...]:
        """Each program (and owner) on a line, with its TANF recipients' line right under it:
        ten figures side by side would not fit a laptop's screen."""
        ref, d = r.referrals, self.defs.referrals()
        headers = (
            self.tr("Made"),
            self.tr("Open"),
            self.tr("Due this\nweek"),
            self.tr("Overdue"),
            self.tr("Closed\non time"),
        )
        help_ = {1: d["made"], 2: d["open"], 3: d["due"], 4: d["overdue"], 5: d["on_time"]}
        tanf_label = self.tr("TANF recipients")

        def cells(c: ReferralCounts) -> tuple[str, ...]:
            closed = c.closed_on_time
            on_time = (
                self.tr("{n} of {of} ({p})").format(
                    n=count(closed.count), of=count(closed.denominator), p=percent(closed.percent)
                )
                if closed.denominator
                else "—"
            )
            return count(c.made), count(c.open), count(c.due_this_week), count(c.overdue), on_time

        def pair(
            label: str, c: Split[ReferralCounts], definition: str, *, total: bool = False
        ) -> list[Line]:
            overdue = frozenset({4})
            return [
                Line(
                    (label, *cells(c.all)),
                    definition,
                    total=total,
                    alert_cells=overdue if c.all.overdue else frozenset(),
                ),
                Line(
                    (tanf_label, *cells(c.tanf)),
                    definition,
                    level=1,
                    tanf=True,
                    alert_cells=overdue if c.tanf.overdue else frozenset(),
                ),
            ]

        by_program = [
            line for x in ref.by_program for line in pair(words.program(x.key), x.counts, d["open"])
        ]
        if by_program:
            by_program += pair(self.tr("All referrals"), ref.total, d["open"], total=True)
        by_owner = [
            line
            for label, c in self._owners(ref.by_follow_up_owner)
            for line in pair(label, c, d["owner"])
        ]

        def table(key: str, title: str, first: str, lines: list[Line]) -> Table:
            return Table(
                key=key,
                title=title,
                columns=(first, *(h.replace("\n", " ") for h in headers)),
                headers=(first, *headers),
                lines=tuple(lines),
                column_help=help_,
                note=self.tr(
                    "Under each line, the same figures for TANF recipients alone (shaded). "
                    "Overdue referrals are marked in red."
                ),
                empty=self.tr("No referrals made, open or closed in this period."),
            )

        return (
            table(
                "referrals_program",
                self.tr("Referrals by program referred to"),
                self.tr("Referred to"),
                by_program,
            ),
            table(
                "referrals_owner",
                self.tr("Referrals by follow-up owner"),
                self.tr("Follow-up owner"),
                by_owner,
            ),
        )

    def _owners(self, lines: tuple[ReferralLine, ...]) -> list[tuple[str, Split[ReferralCounts]]]:
        """Owners with their role; participants who follow up themselves go on one line, so
        no participant is named in a report."""
        out: list[tuple[str, Split[ReferralCounts]]] = []
        themselves: list[Split[ReferralCounts]] = []
        for x in lines:
            if x.role == FollowUpRole.PARTICIPANT:
                themselves.append(x.counts)
            else:
                role = words.follow_up_role_short(x.role) if x.role else ""
                out.append((f"{x.key} ({role})" if role else x.key, x.counts))
        if themselves:
            out.append((self.tr("Participants themselves"), _sum_splits(themselves)))
        return out

    # --- TANF work participation ------------------------------------------------------------

    def participation(self, r: Reports) -> Table:
        wp, d = r.work_participation, self.defs.participation()
        lines: list[Line] = []
        if wp.weeks:
            everyone, tanf = wp.overall.all, wp.overall.tanf
            lines.append(
                Line(
                    (
                        self.tr("All weeks"),
                        count(everyone.denominator),
                        "",
                        count(everyone.count),
                        percent(everyone.percent),
                        count(tanf.denominator),
                        "",
                        count(tanf.count),
                        percent(tanf.percent),
                    ),
                    d["overall"],
                    total=True,
                )
            )
        for w in wp.weeks:
            lines.append(
                Line(
                    (
                        words.day(w.week_start),
                        count(w.enrolled.all),
                        count(w.with_hours.all),
                        count(w.meeting.all.count),
                        percent(w.meeting.all.percent),
                        count(w.enrolled.tanf),
                        count(w.with_hours.tanf),
                        count(w.meeting.tanf.count),
                        percent(w.meeting.tanf.percent),
                    ),
                    d["week"],
                )
            )
        return Table(
            key="participation",
            title=self.tr("TANF work participation by week"),
            **self._grouped(
                (self.tr("Week of (Monday)"),),
                (
                    self.tr("Enrolled"),
                    self.tr("With hours"),
                    self.tr("Meeting"),
                    self.tr("Percent"),
                ),
            ),
            lines=tuple(lines),
            column_help={
                1: d["enrolled"],
                2: d["with_hours"],
                3: d["meeting"],
                5: d["enrolled"],
                6: d["with_hours"],
                7: d["meeting"],
            },
            tanf_from=5,
            note=self.tr("“All weeks” adds up the participant-weeks: meeting over enrolled."),
            empty=self.tr(
                "No whole week of this period has ended yet: hours are counted once a week is over."
            ),
        )

    # --- caseload ---------------------------------------------------------------------------

    def caseload(self, r: Reports) -> tuple[Table, ...]:
        c, d = r.caseload, self.defs.caseload()
        statuses = [
            Line((person_words.status(status), count(n.all), count(n.tanf)), d["status"])
            for status, n in c.by_status
        ]
        statuses.append(
            Line(
                (self.tr("Total"), count(c.total.all), count(c.total.tanf)), d["status"], total=True
            )
        )
        sites = [
            Line(
                (
                    s.site_name if s.site_id is not None else self.tr("No site recorded"),
                    s.adopted_by_team or "",
                    count(s.recruited.all),
                    count(s.enrolled.all),
                    count(s.recruited.tanf),
                    count(s.enrolled.tanf),
                ),
                d["site"],
                attention=s.adopted_by_team is not None and s.recruited.all == 0,
            )
            for s in c.by_site
        ]
        return (
            Table(
                key="caseload_status",
                title=self.tr("Caseload by status"),
                columns=(
                    self.tr("Status today"),
                    self.tr("All participants"),
                    self.tr("TANF recipients"),
                ),
                lines=tuple(statuses),
                tanf_from=2,
            ),
            Table(
                key="caseload_site",
                title=self.tr("Recruits by DHS branch (adopted offices)"),
                **self._grouped(
                    (self.tr("DHS branch or office"), self.tr("Adopted by")),
                    (self.tr("Recruited"), self.tr("Enrolled")),
                ),
                text_columns=2,
                lines=tuple(sites),
                column_help={
                    2: d["recruited"],
                    3: d["enrolled"],
                    4: d["recruited"],
                    5: d["enrolled"],
                },
                tanf_from=4,
                note=self.tr(
                    "Adopted branches with nobody recruited in the period are highlighted."
                ),
                empty=self.tr("Nobody was recruited in this period."),
            ),
        )


def _sum_splits(splits: list[Split[ReferralCounts]]) -> Split[ReferralCounts]:
    def add(cs: list[ReferralCounts]) -> ReferralCounts:
        return ReferralCounts(
            made=sum(x.made for x in cs),
            open=sum(x.open for x in cs),
            due_this_week=sum(x.due_this_week for x in cs),
            overdue=sum(x.overdue for x in cs),
            closed_on_time=Rate.of(
                sum(x.closed_on_time.count for x in cs),
                sum(x.closed_on_time.denominator for x in cs),
            ),
        )

    return Split(all=add([s.all for s in splits]), tanf=add([s.tanf for s in splits]))
