"""The reports on the laptop: each opens a read session on the unlocked store and runs the
same function the server runs on PostgreSQL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.orm import Session

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

log = logging.getLogger(__name__)

#: The page cache a report's connection may use while the report runs, in KiB. The reports
#: read more pages (index pages, mostly: about 85 MiB at 100,000 participants) than the
#: store's own 64 MiB cache holds, and SQLCipher decrypts every page that has fallen out of
#: the cache again. Memory is taken only as pages are read, so a run takes what it reads,
#: never more than this; afterwards the store's own size is set again and the pages above
#: it are freed.
REPORT_CACHE_KIB = 256 * 1024


@contextmanager
def _reading(store: LocalStore) -> Iterator[Session]:
    """``store.read()`` with the larger page cache for the report (see REPORT_CACHE_KIB)."""
    with store.read() as session:
        conn = session.connection()
        before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        # Negative sizes are KiB, positive ones pages (4 KiB each under SQLCipher).
        if (-before if before < 0 else before * 4) >= REPORT_CACHE_KIB:
            yield session
            return
        conn.exec_driver_sql(f"PRAGMA cache_size = -{REPORT_CACHE_KIB}")
        try:
            yield session
        finally:
            try:
                conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
            except Exception:
                # The connection is unusable; dropping it from the pool frees its pages.
                log.warning("could not restore the page cache after a report", exc_info=False)
                conn.invalidate()


def performance_report(store: LocalStore, f: ReportFilter) -> Split[HpogIndicators]:
    with _reading(store) as session:
        return performance_indicators(session, f)


def enrollment_report(store: LocalStore, f: ReportFilter) -> EnrollmentProgress:
    with _reading(store) as session:
        return enrollment_progress(session, f)


def spending_report(store: LocalStore, f: ReportFilter) -> SupportSpending:
    with _reading(store) as session:
        return support_spending(session, f)


def referral_report(store: LocalStore, f: ReportFilter) -> ReferralTimeliness:
    with _reading(store) as session:
        return referral_timeliness(session, f)


def work_participation_report(store: LocalStore, f: ReportFilter) -> WorkParticipation:
    with _reading(store) as session:
        return work_participation(session, f)


def caseload_report(store: LocalStore, f: ReportFilter) -> Caseload:
    with _reading(store) as session:
        return caseload_summary(session, f)


def reports(store: LocalStore, f: ReportFilter, progress: Progress | None = None) -> Reports:
    """Every report in one read transaction, so they all see the same moment; ``progress``
    hears of each group as it is done (see ``all_reports``)."""
    with _reading(store) as session:
        return all_reports(session, f, progress)


def program_year(store: LocalStore, today: date) -> tuple[date, date]:
    """The program year ``today`` is in (see ``calendar.program_year_of``)."""
    with store.read() as session:
        return program_year_of(session, today)
