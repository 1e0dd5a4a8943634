"""Reports on the server: who may ask for which numbers, and running the core's reports.

The figures are the core's own (``coachapp.services.reports``) run on the server's session,
so a report reads the same here as on a laptop holding the same rows. This module decides
the filter: always the caller's organisation; a supervisor's own team; an administrator's
whole organisation; coaches none (their laptop has their own caseload's reports).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from coachapp.errors import ValidationError
from coachapp.models import Coach, Site, Team
from coachapp.models.enums import StudyGroup
from coachapp.services.reports import (
    ReportFilter,
    caseload_summary,
    enrollment_progress,
    performance_indicators,
    referral_timeliness,
    support_spending,
    work_participation,
)
from sync.protocol import ErrorCode

#: Each report by the name it has in ``/v1/reports/{name}`` and ``python -m server report``.
REPORTS: dict[str, Callable[[Session, ReportFilter], Any]] = {
    "performance": performance_indicators,
    "goals": enrollment_progress,
    "spending": support_spending,
    "referrals": referral_timeliness,
    "participation": work_participation,
    "caseload": caseload_summary,
}
#: The name asking for every report above at once.
ALL = "all"
NAMES = (*REPORTS, ALL)

#: Days a report may span: ten years, enough for a whole five-year grant and the one before.
MAX_PERIOD_DAYS = 3653
#: Dates outside these are typing mistakes, and some would overflow date arithmetic.
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)

ROLES_ALLOWED = ("supervisor", "admin")

#: PostgreSQL's memory for each sort or hash of a report (its default, 4MB, spills to disk at
#: 100,000 participants). Only for the report's own transaction.
REPORT_WORK_MEM = "64MB"


class Viewer(Protocol):
    @property
    def org_id(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def team_id(self) -> str | None: ...


class ReportRefused(Exception):
    """Why a report cannot be given: an HTTP status, a code, a sentence and maybe a field."""

    def __init__(self, status: int, code: ErrorCode, message: str, field: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


@dataclass(frozen=True)
class ReportAsk:
    """What was asked for, before scope is applied. Ids are of the caller's organisation."""

    period_start: date
    period_end: date
    as_of: date | None = None
    coach_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    study_group: StudyGroup | None = None


@dataclass(frozen=True)
class ReportScope:
    """Whose numbers a report may hold: one organisation, and within it perhaps one team."""

    org_id: str
    team_id: str | None = None  # set for a supervisor: only this team's participants

    @classmethod
    def of(cls, viewer: Viewer) -> ReportScope:
        """The scope of a signed-in caller; a coach (or a supervisor with no team) is refused."""
        if viewer.role not in ROLES_ALLOWED:
            raise ReportRefused(
                403,
                ErrorCode.FORBIDDEN,
                "Program reports are for supervisors and administrators; your own caseload's "
                "reports are on the Reports page of your laptop.",
            )
        if viewer.role == "admin":
            return cls(org_id=viewer.org_id)
        if viewer.team_id is None:
            raise ReportRefused(
                403,
                ErrorCode.FORBIDDEN,
                "You are not on a team, so there is no team to report on. "
                "Ask your program administrator.",
            )
        return cls(org_id=viewer.org_id, team_id=viewer.team_id)


def report_filter(session: Session, scope: ReportScope, ask: ReportAsk) -> ReportFilter:
    """The core's filter for ``ask`` inside ``scope``, or :class:`ReportRefused` saying why not.

    Every id asked for must name a team, site or coach of the organisation: another
    organisation's id is answered exactly as one that does not exist.
    """
    _check_dates(ask)
    team_id = ask.team_id
    if scope.team_id is not None:
        if team_id is not None and team_id != scope.team_id:
            raise ReportRefused(
                403,
                ErrorCode.FORBIDDEN,
                "Supervisors see reports for their own team only.",
                field="team",
            )
        team_id = scope.team_id
    _check_exists(session, Team, ask.team_id, scope.org_id, field="team", what="team")
    _check_exists(session, Site, ask.site_id, scope.org_id, field="site", what="site")
    _check_exists(session, Coach, ask.coach_id, scope.org_id, field="coach", what="coach")
    try:
        return ReportFilter(
            period_start=ask.period_start,
            period_end=ask.period_end,
            coach_id=ask.coach_id,
            team_id=team_id,
            site_id=ask.site_id,
            study_group=ask.study_group,
            as_of=ask.as_of,
            org_id=scope.org_id,
        )
    except ValidationError as problem:
        field, message = next(iter(problem.fields.items()))
        raise ReportRefused(422, ErrorCode.INVALID_REQUEST, message, field=field) from None


def one_snapshot(session: Session) -> None:
    """Set the transaction up for reports; call before its first statement.

    On PostgreSQL: every statement reads the same moment (REPEATABLE READ), so the reports
    of ``all`` agree with each other while laptops keep syncing (SQLite's transaction is one
    moment already). JIT compilation is off: on these short GROUP BY queries its default
    cost threshold misfires and compiling took longer than running (bench.reports). And the
    sorts and hash tables of a report get memory enough to stay off the disk.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    session.execute(text("SET LOCAL jit = off"))
    session.execute(text(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'"))


def run_report(session: Session, name: str, f: ReportFilter) -> Any:
    """The named report's result (a frozen dataclass), or for ``all`` every report by name."""
    if name not in NAMES:
        raise ReportRefused(
            404,
            ErrorCode.NOT_FOUND,
            f"There is no report of that name; choose one of: {', '.join(NAMES)}.",
        )
    if name == ALL:
        return {key: report(session, f) for key, report in REPORTS.items()}
    return REPORTS[name](session, f)


def _check_dates(ask: ReportAsk) -> None:
    for field, day in (
        ("period_start", ask.period_start),
        ("period_end", ask.period_end),
        ("as_of", ask.as_of),
    ):
        if day is not None and not EARLIEST <= day <= LATEST:
            raise ReportRefused(
                422,
                ErrorCode.INVALID_REQUEST,
                f"Choose a day from {EARLIEST.year} to {LATEST.year}.",
                field=field,
            )
    if (ask.period_end - ask.period_start).days + 1 > MAX_PERIOD_DAYS:
        raise ReportRefused(
            422,
            ErrorCode.INVALID_REQUEST,
            "A report covers at most ten years; choose a shorter period.",
            field="period_end",
        )


def _check_exists(
    session: Session, model: Any, row_id: str | None, org_id: str, *, field: str, what: str
) -> None:
    if row_id is None:
        return
    found = session.scalar(
        select(model.id).where(model.id == row_id, model.org_id == org_id, model.deleted.is_(False))
    )
    if found is None:
        raise ReportRefused(
            422,
            ErrorCode.INVALID_REQUEST,
            f"There is no {what} with this id in your organisation.",
            field=field,
        )
