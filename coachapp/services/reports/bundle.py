"""Every report for one period and set of filters, from one session (laptop or server)."""

from __future__ import annotations

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


@dataclass(frozen=True)
class Reports:
    filter: ReportFilter
    performance: Split[HpogIndicators]
    enrollment: EnrollmentProgress
    spending: SupportSpending
    referrals: ReferralTimeliness
    work_participation: WorkParticipation
    caseload: Caseload


def all_reports(session: Session, f: ReportFilter) -> Reports:
    """All six reports, each computed in SQL (a few GROUP BY queries apiece)."""
    return Reports(
        filter=f,
        performance=performance_indicators(session, f),
        enrollment=enrollment_progress(session, f),
        spending=support_spending(session, f),
        referrals=referral_timeliness(session, f),
        work_participation=work_participation(session, f),
        caseload=caseload_summary(session, f),
    )
