"""The shapes ``/v1/reports/{name}`` answers in, for the OpenAPI document and its tests.

The answer itself is written by ``server.report_formats.report_document`` from the core's
dataclasses; these models only describe it (``tests/server/test_reports_api.py`` holds the
two together by validating real answers against them).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from coachapp.models.enums import StudyGroup
from coachapp.services.reports import (
    Caseload,
    EnrollmentProgress,
    HpogIndicators,
    ReferralTimeliness,
    Split,
    SupportSpending,
    WorkParticipation,
)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReportFilterEcho(_Answer):
    """What the report was computed for; ``as_of`` is the "today" used (given, or the real one)."""

    period_start: date
    period_end: date
    as_of: date
    coach_id: str | None
    team_id: str | None
    site_id: str | None
    study_group: StudyGroup | None


class _Report(_Answer):
    format_version: Literal[1]
    filter: ReportFilterEcho


class PerformanceReport(_Report):
    report: Literal["performance"]
    result: Split[HpogIndicators]


class GoalsReport(_Report):
    report: Literal["goals"]
    result: EnrollmentProgress


class SpendingReport(_Report):
    report: Literal["spending"]
    result: SupportSpending


class ReferralsReport(_Report):
    report: Literal["referrals"]
    result: ReferralTimeliness


class ParticipationReport(_Report):
    report: Literal["participation"]
    result: WorkParticipation


class CaseloadReport(_Report):
    report: Literal["caseload"]
    result: Caseload


class AllResults(_Answer):
    performance: Split[HpogIndicators]
    goals: EnrollmentProgress
    spending: SupportSpending
    referrals: ReferralTimeliness
    participation: WorkParticipation
    caseload: Caseload


class AllReports(_Report):
    report: Literal["all"]
    result: AllResults


ANSWERS: dict[str, type[_Report]] = {
    "performance": PerformanceReport,
    "goals": GoalsReport,
    "spending": SpendingReport,
    "referrals": ReferralsReport,
    "participation": ParticipationReport,
    "caseload": CaseloadReport,
    "all": AllReports,
}
