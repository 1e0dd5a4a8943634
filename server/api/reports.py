"""Report routes: ``GET /v1/reports/{name}`` for supervisors (their team) and admins (the org).

Thin: the scope and the filter are ``server.storage.reports``', the figures the core's, the
JSON ``server.report_formats``'. One route per report, so each has its own documented answer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from coachapp.models.enums import StudyGroup
from server.api.errors import ApiError, error_response, error_responses
from server.api.report_schemas import ANSWERS
from server.auth.deps import Caller, current_device
from server.db import Database
from server.report_formats import report_document
from server.storage import reports as storage
from server.storage.tables import ServerAuditEvent
from sync.protocol import ErrorCode

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/reports", tags=["reports"])

_ISO_DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_ANSWERS = error_responses(401, 403, 422)
#: Program figures: not for shared caches or the browser's back button.
_NO_STORE = {"Cache-Control": "no-store"}


def _scope(
    caller: Annotated[Caller, Depends(current_device)],
) -> tuple[Caller, storage.ReportScope]:
    """The caller and whose numbers they may see; a coach is refused before anything else."""
    try:
        return caller, storage.ReportScope.of(caller)
    except storage.ReportRefused as refused:
        raise _api_error(refused) from None


def _ask(
    period_start: Annotated[
        str, Query(pattern=_ISO_DAY, description="First day of the period (YYYY-MM-DD).")
    ],
    period_end: Annotated[
        str, Query(pattern=_ISO_DAY, description="Last day of the period, included.")
    ],
    as_of: Annotated[
        str | None,
        Query(
            pattern=_ISO_DAY,
            description="The day taken as today (open and overdue referrals, six-month "
            "follow-up, pace to goal); default: today.",
        ),
    ] = None,
    coach: Annotated[
        str | None, Query(pattern=_UUID, description="Only this coach's participants.")
    ] = None,
    team: Annotated[
        str | None,
        Query(pattern=_UUID, description="Only this team's (a supervisor: their own team)."),
    ] = None,
    site: Annotated[
        str | None, Query(pattern=_UUID, description="Only those recruited at this site.")
    ] = None,
    study_group: Annotated[StudyGroup | None, Query(description="Only this study group.")] = None,
) -> storage.ReportAsk:
    return storage.ReportAsk(
        period_start=_day(period_start, "period_start"),
        period_end=_day(period_end, "period_end"),
        as_of=_day(as_of, "as_of") if as_of is not None else None,
        coach_id=coach,
        team_id=team,
        site_id=site,
        study_group=study_group,
    )


ScopeDep = Annotated[tuple[Caller, storage.ReportScope], Depends(_scope)]
AskDep = Annotated[storage.ReportAsk, Depends(_ask)]


def _endpoint(name: str) -> Callable[..., JSONResponse]:
    def report(scoped: ScopeDep, ask: AskDep, request: Request) -> JSONResponse:
        return _answer(request, name, scoped, ask)

    report.__name__ = f"report_{name}"
    report.__doc__ = _SUMMARIES[name]
    return report


_SUMMARIES = {
    "performance": "HPOG performance indicators (1)–(8), everyone and TANF recipients.",
    "goals": "Enrollment against the enrollment goal, with the pace needed to reach it.",
    "spending": "Support services spend by funding source and type; duplicates overridden.",
    "referrals": "Referral timeliness by program and follow-up owner.",
    "participation": "TANF work participation by week (45 CFR 261).",
    "caseload": "Caseload by status, and recruits by DHS branch.",
    "all": "Every report above, from one snapshot of the database.",
}

for _name in storage.NAMES:
    router.add_api_route(
        f"/{_name}",
        _endpoint(_name),
        methods=["GET"],
        response_model=ANSWERS[_name],
        responses=_ANSWERS,
        summary=_SUMMARIES[_name],
        name=f"report_{_name}",
    )


@router.get("/{name}", responses=error_responses(401, 404))
def unknown_report(
    name: Annotated[str, Path(max_length=200)],
    _caller: Annotated[Caller, Depends(current_device)],
) -> JSONResponse:
    """Any other name: 404, naming the reports there are."""
    return error_response(
        404,
        ErrorCode.NOT_FOUND,
        f"There is no report of that name; choose one of: {', '.join(storage.NAMES)}.",
    )


def _answer(
    request: Request, name: str, scoped: tuple[Caller, storage.ReportScope], ask: storage.ReportAsk
) -> JSONResponse:
    caller, scope = scoped
    db: Database = request.app.state.db
    try:
        with db.session() as session:
            storage.one_snapshot(session)
            f = storage.report_filter(session, scope, ask)
            document = report_document(name, f, storage.run_report(session, name, f))
            session.add(
                ServerAuditEvent(
                    org_id=caller.org_id,
                    account_id=caller.account_id,
                    device_id=caller.device_id,
                    action="report",
                    # Ids and dates only: what was looked at, never whose data.
                    detail=json.dumps({"name": name, **document["filter"]}, sort_keys=True),
                )
            )
    except storage.ReportRefused as refused:
        return _api_error(refused).response()
    log.info("report name=%s role=%s device=%s", name, caller.role, caller.device_id)
    return JSONResponse(document, headers=_NO_STORE)


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ApiError(
            422,
            ErrorCode.INVALID_REQUEST,
            f"{field}: not a day of the calendar; write it as YYYY-MM-DD.",
            field=field,
        ) from None


def _api_error(refused: storage.ReportRefused) -> ApiError:
    # "field: sentence", as the server's other validation answers read.
    message = f"{refused.field}: {refused.message}" if refused.field else refused.message
    return ApiError(refused.status, refused.code, message, field=refused.field)
