"""The reports on the laptop: each opens a read session on the unlocked store and runs the
same function the server runs on PostgreSQL.
"""

from __future__ import annotations

from datetime import date

from coachapp.services.reports.bundle import Progress, Reports, all_reports
from coachapp.services.reports.calendar import program_year_of
from coachapp.services.reports.caseload import Caseload, caseload_summary
from coachapp.services.reports.figures import Split
from coachapp.services.reports.goals import EnrollmentProgress, enrollment_progress
from coachapp.services.reports.participation import WorkParticipation, work_participation
from coachapp.services.reports.performance import HpogIndicators, performance_indicators
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.referrals import ReferralTimeliness, referral_timeliness
from coachapp.services.reports.spending import SupportSpending, support_spending
from coachapp.store.local import LocalStore


def performance_report(store: LocalStore, f: ReportFilter) -> Split[HpogIndicators]:
    with store.read() as session:
        return performance_indicators(session, f)


def enrollment_report(store: LocalStore, f: ReportFilter) -> EnrollmentProgress:
    with store.read() as session:
        return enrollment_progress(session, f)


def spending_report(store: LocalStore, f: ReportFilter) -> SupportSpending:
    with store.read() as session:
        return support_spending(session, f)


def referral_report(store: LocalStore, f: ReportFilter) -> ReferralTimeliness:
    with store.read() as session:
        return referral_timeliness(session, f)


def work_participation_report(store: LocalStore, f: ReportFilter) -> WorkParticipation:
    with store.read() as session:
        return work_participation(session, f)


def caseload_report(store: LocalStore, f: ReportFilter) -> Caseload:
    with store.read() as session:
        return caseload_summary(session, f)


def reports(store: LocalStore, f: ReportFilter, progress: Progress | None = None) -> Reports:
    """Every report in one read transaction, so they all see the same moment; ``progress``
    hears of each group as it is done (see ``all_reports``)."""
    with store.read() as session:
        return all_reports(session, f, progress)


def program_year(store: LocalStore, today: date) -> tuple[date, date]:
    """The program year ``today`` is in (see ``calendar.program_year_of``)."""
    with store.read() as session:
        return program_year_of(session, today)
