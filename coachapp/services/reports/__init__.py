"""Reports: HPOG performance indicators, enrollment against goal, support spend, referral
timeliness, TANF work participation and caseload — computed in SQL, no Qt.

Every report is a function of an SQLAlchemy ``Session`` and a :class:`ReportFilter`, so the
server runs the same code on PostgreSQL; ``laptop`` wraps each one for the unlocked store.
Definitions: ``docs/indicators.md``.
"""

from __future__ import annotations

from coachapp.services.reports.bundle import GROUPS, Progress, Reports, all_reports
from coachapp.services.reports.calendar import (
    last_month,
    month_of,
    program_year_of,
    this_month,
    this_quarter,
)
from coachapp.services.reports.caseload import Caseload, SiteRecruits, caseload_summary
from coachapp.services.reports.exports import ExportKind, export_detail, record_export
from coachapp.services.reports.figures import JobOutcome, Rate, Split
from coachapp.services.reports.goals import EnrollmentMonth, EnrollmentProgress, enrollment_progress
from coachapp.services.reports.laptop import (
    caseload_report,
    enrollment_report,
    performance_report,
    program_year,
    referral_report,
    reports,
    spending_report,
    work_participation_report,
)
from coachapp.services.reports.participation import (
    ParticipationWeek,
    WorkParticipation,
    work_participation,
)
from coachapp.services.reports.performance import (
    FOLLOW_UP_DAYS,
    FOLLOW_UP_WINDOW_DAYS,
    HpogIndicators,
    performance_indicators,
)
from coachapp.services.reports.period import ReportFilter
from coachapp.services.reports.referrals import (
    ReferralCounts,
    ReferralLine,
    ReferralTimeliness,
    referral_timeliness,
)
from coachapp.services.reports.spending import Spend, SpendLine, SupportSpending, support_spending

__all__ = [
    "FOLLOW_UP_DAYS",
    "FOLLOW_UP_WINDOW_DAYS",
    "GROUPS",
    "Caseload",
    "EnrollmentMonth",
    "EnrollmentProgress",
    "ExportKind",
    "HpogIndicators",
    "JobOutcome",
    "ParticipationWeek",
    "Progress",
    "Rate",
    "ReferralCounts",
    "ReferralLine",
    "ReferralTimeliness",
    "ReportFilter",
    "Reports",
    "SiteRecruits",
    "Spend",
    "SpendLine",
    "Split",
    "SupportSpending",
    "WorkParticipation",
    "all_reports",
    "caseload_report",
    "caseload_summary",
    "enrollment_progress",
    "enrollment_report",
    "export_detail",
    "last_month",
    "month_of",
    "performance_indicators",
    "performance_report",
    "program_year",
    "program_year_of",
    "record_export",
    "referral_report",
    "referral_timeliness",
    "reports",
    "spending_report",
    "support_spending",
    "this_month",
    "this_quarter",
    "work_participation",
    "work_participation_report",
]
