"""Every report for one period and set of filters, from one session (laptop or server)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coachapp.services.reports.caseload import Caseload, caseload_summary
from coachapp.services.reports.figures import Split
from coachapp.services.reports.goals import EnrollmentProgress, enrollment_progress
from coachapp.services.reports.participation import WorkParticipation, work_participation
from coachapp.services.reports.performance import HpogIndicators, performance_indicators
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.referrals import ReferralTimeliness, referral_timeliness
from coachapp.services.reports.spending import SupportSpending, support_spending

#: The report groups, in the order ``all_reports`` works them out (the names of its fields).
GROUPS = (
    "performance",
    "enrollment",
    "spending",
    "referrals",
    "work_participation",
    "caseload",
)

#: Told ``(group, done, total)`` after each group is worked out; it may raise to stop.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Reports:
    filter: ReportFilter
    performance: Split[HpogIndicators]
    enrollment: EnrollmentProgress
    spending: SupportSpending
    referrals: ReferralTimeliness
    work_participation: WorkParticipation
    caseload: Caseload


def all_reports(session: Session, f: ReportFilter, progress: Progress | None = None) -> Reports:
    """All six reports, each computed in SQL (a few GROUP BY queries apiece).

    ``progress`` hears of each group as it is done, so a screen can show how far along the
    work is; an exception it raises (the coach cancelled) ends the work there.
    """
    f = ReportFilter.given(f)
    total = len(GROUPS)

    def done(group: str) -> None:
        if progress is not None:
            progress(group, GROUPS.index(group) + 1, total)

    performance = performance_indicators(session, f)
    done("performance")
    enrollment = enrollment_progress(session, f)
    done("enrollment")
    spending = support_spending(session, f)
    done("spending")
    referrals = referral_timeliness(session, f)
    done("referrals")
    participation = work_participation(session, f)
    done("work_participation")
    caseload = caseload_summary(session, f)
    done("caseload")
    return Reports(
        filter=f,
        performance=performance,
        enrollment=enrollment,
        spending=spending,
        referrals=referrals,
        work_participation=participation,
        caseload=caseload,
    )
