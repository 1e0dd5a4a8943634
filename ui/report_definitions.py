"""What each figure on the Reports page counts, in the words of docs/indicators.md: the
tooltips of the tables and headline figures (and the notes under them in the PDF)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ReportDefinitions(QObject):
    """One method per group of figures; each returns {figure key: definition}."""

    def performance(self) -> dict[str, str]:
        return {
            "enrollees": self.tr(
                "(1) Enrollees: participants whose enrollment date falls in the period."
            ),
            "served": self.tr(
                "Participants served: enrolled on or before the period's last day and not "
                "exited before its first day. The denominator of (2) and (3)."
            ),
            "completed": self.tr(
                "(2) Served participants with a training course completed whose end date (the "
                "expected end date if none was recorded) falls in the period. Percent of "
                "participants served."
            ),
            "credential": self.tr(
                "(3) Served participants who earned a credential on a day in the period. "
                "Percent of participants served."
            ),
            "exiters": self.tr(
                "Exiters: participants who were enrolled and whose exit date falls in the "
                "period. Someone who left as a lead or applicant is not an exiter. The "
                "denominator of (4) and (5)."
            ),
            "employed_exit": self.tr(
                "(4) Exiters holding a job on their exit date. One job each: a health-care job "
                "first, then the one with more weekly hours, then the higher wage. Percent of "
                "exiters."
            ),
            "health_exit": self.tr(
                "(5) Exiters whose job on their exit date is in a health occupation. Percent "
                "of exiters."
            ),
            "followed_up": self.tr(
                "Exiters followed up: their six-month window (152 to 212 days after exit) has "
                "closed by the as-of day. The denominator of (6) and (7); later exiters are "
                "counted once their window closes."
            ),
            "employed_six": self.tr(
                "(6) Followed-up exiters holding a job at any time from 152 to 212 days after "
                "exit (six months, give or take 30 days). Percent of exiters followed up."
            ),
            "health_six": self.tr(
                "(7) Followed-up exiters whose six-month job is in a health occupation. "
                "Percent of exiters followed up."
            ),
            "wage_gain": self.tr(
                "(8) Of those in (7): the six-month job is marked 'advanced in position', or "
                "its hourly wage is higher than the wage of the job held at exit. Percent of "
                "those in (7)."
            ),
            "wage": self.tr("Average hourly wage of the jobs counted above, one job per person."),
            "hours": self.tr("Average weekly hours of the jobs counted above, one job per person."),
        }

    def enrollment(self) -> dict[str, str]:
        return {
            "target": self.tr(
                "The enrollment goal for the chosen team and branch (none chosen: the "
                "program-wide goal, or the teams' goals added up) whose dates overlap the period."
            ),
            "dates": self.tr(
                "The goal's own first and last day: enrollments are counted over them."
            ),
            "enrolled": self.tr(
                "Enrollment dates from the goal's first day to the as-of day (or the goal's "
                "last day, if that came first), for the filters chosen."
            ),
            "percent": self.tr("Enrolled so far, as a percent of the goal."),
            "expected": self.tr(
                "Where a straight line from 0 on the goal's first day to the goal on its last "
                "day stands on the as-of day (rounded down)."
            ),
            "on_track": self.tr("On track when enrolled so far is at least the expected number."),
            "remaining": self.tr("Enrollments still needed to reach the goal."),
            "days_left": self.tr("Days after the as-of day up to the goal's last day."),
            "per_week": self.tr(
                "Enrollments still needed divided by the weeks left. Blank once the goal's end "
                "has passed."
            ),
            "per_month": self.tr(
                "Enrollments still needed divided by the months (30.44 days) left."
            ),
            "month": self.tr(
                "Enrollments each month, the running total, and where the straight line to the "
                "goal stands at the month's end."
            ),
        }

    def spending(self) -> dict[str, str]:
        return {
            "line": self.tr(
                "Support services whose own period starts in the reporting period. Spend is "
                "money on services paid, and apart, approved but not yet paid; requested, "
                "denied and cancelled services are not spend."
            ),
            "duplicates": self.tr(
                "Services recorded although the coach was warned that another funder already "
                "paid for the same support in the same period (the record keeps why)."
            ),
            "with_dhs": self.tr(
                "Of those, the ones where this service or the one it duplicates is paid by a "
                "DHS / TANF funding source."
            ),
        }

    def referrals(self) -> dict[str, str]:
        return {
            "made": self.tr("Referrals made on a day in the period."),
            "open": self.tr(
                "Made on or before the snapshot day and not closed by it (the as-of day, or the "
                "period's last day when the period is over)."
            ),
            "due": self.tr("Open, and due from the snapshot day to that week's Sunday."),
            "overdue": self.tr("Open, and due before the snapshot day."),
            "on_time": self.tr(
                "Closed (completed, declined or cancelled) on a day in the period on or before "
                "the due date, of all those closed in the period."
            ),
            "owner": self.tr(
                "The person who owes the follow-up. Referrals the participants follow up "
                "themselves are counted together, without names."
            ),
        }

    def participation(self) -> dict[str, str]:
        return {
            "week": self.tr(
                "Weeks (Monday to Sunday) that overlap the period and ended before the as-of "
                "day; the week in progress is left out."
            ),
            "enrolled": self.tr(
                "Participants enrolled on some day of the week whose TANF unit has a parent in "
                "it (a unit with no parent has no work requirement)."
            ),
            "with_hours": self.tr("Of them, with any activity hours recorded for the week."),
            "meeting": self.tr(
                "Of them, meeting their family's weekly requirement (45 CFR 261): single "
                "parent 30 hours (20 core); with a child under 6, 20 core; two parents 35 (30 "
                "core); two parents with federally funded childcare 55 (50 core). Someone "
                "with no hours recorded does not meet it."
            ),
            "overall": self.tr(
                "Participant-weeks meeting the requirement over participant-weeks enrolled, "
                "over all the weeks. The TANF column is the work participation figure."
            ),
        }

    def caseload(self) -> dict[str, str]:
        return {
            "status": self.tr(
                "Participants on the caseload in the period (first seen by its last day and not "
                "exited before its first day), by their status today."
            ),
            "recruited": self.tr(
                "People recruited at the branch in the period (applied in the period; a lead: "
                "record made in the period)."
            ),
            "enrolled": self.tr("People from the branch who enrolled in the period."),
            "site": self.tr(
                "The DHS branch or TANF office the participants were recruited at, and the "
                "team that adopted it. Every adopted branch is listed, even with nobody."
            ),
        }
