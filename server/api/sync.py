"""Sync routes: push a batch of mutations, pull changes in scope, pull reference data."""

from __future__ import annotations

import logging
from typing import Annotated, cast

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError, OperationalError

from server.api.auth import require_protocol
from server.api.bodies import OrjsonBodyRoute
from server.api.errors import ApiError, error_responses
from server.auth.deps import BearerClaims, Caller, SignIn, current_device
from server.auth.tokens import AccessClaims
from server.db import Database
from server.storage.bulk import CommitFailed
from server.storage.pull import pull_checked, pull_reference
from server.storage.push import PushAnswer, apply_push, forget_reference_rows
from server.storage.tables import ServerAuditEvent
from sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ErrorCode,
    PullResponse,
    PushRequest,
    PushResponse,
    ReferenceResponse,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["sync"], route_class=OrjsonBodyRoute)
CallerDep = Annotated[Caller, Depends(current_device)]


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


@router.post(
    "/sync/push",
    response_model=PushResponse,
    responses=error_responses(400, 401, 403, 413, 426, 503),
)
def push(body: PushRequest, claims: BearerClaims, request: Request) -> Response:
    """Apply a batch of up to 1,000 mutations, in order; each gets its own outcome."""
    require_protocol(body.protocol)
    answer, counts = _push_tried(request, claims, body)
    log.info(
        "push device=%s mutations=%d %s",
        claims.device_id,
        len(body.mutations),
        " ".join(f"{k}={v}" for k, v in counts.items()),
    )
    return Response(answer.json(), media_type="application/json")


_PUSH_ATTEMPTS = 3


def _push_tried(
    request: Request, claims: AccessClaims, body: PushRequest
) -> tuple[PushAnswer, dict[str, int]]:
    busy, forgotten = 0, False
    while True:
        try:
            return _push_once(request, claims, body)
        except (CommitFailed, IntegrityError):
            # The database refused the batch at its commit, over a link it checks there:
            # nothing was kept. The batch's own check passed, so it trusted a reference row
            # this process remembered and someone has since erased at the database's prompt.
            # Once more with every link looked up again: the mutation naming it is refused.
            # Twice is not that; it is left to the unexpected-error answer.
            if forgotten:
                raise
            log.warning("push retried device=%s cause=refused at commit", claims.device_id)
            forget_reference_rows()
            forgotten = True
        except OperationalError as exc:
            # Deadlock or lock timeout with another push: nothing of this batch was kept.
            # Try again; if it keeps happening, tell the laptop to come back shortly.
            busy += 1
            log.warning(
                "push retried device=%s attempt=%d cause=%s",
                claims.device_id,
                busy,
                _db_reason(exc),
            )
            if busy == _PUSH_ATTEMPTS:
                raise ApiError(
                    503,
                    ErrorCode.SERVER_BUSY,
                    "The server is busy; this laptop will try again in a moment.",
                    headers={"Retry-After": "2"},
                ) from None


_AUDIT = cast(Table, ServerAuditEvent.__table__)


def _db_reason(exc: OperationalError) -> str:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return str(code) if code else type(getattr(exc, "orig", exc)).__name__


def _push_once(
    request: Request, claims: AccessClaims, body: PushRequest
) -> tuple[PushAnswer, dict[str, int]]:
    with _db(request).session() as session:
        if body.device_id != claims.device_id:
            # A revoked laptop or a disabled account hears that first (it must act on it),
            # whatever batch it sent.
            SignIn(claims).caller(session)
            raise ApiError(403, ErrorCode.FORBIDDEN, "This batch names another device.")
        # The caller is checked in the push's first round trip; the audit entry ("push",
        # with the outcomes counted) is written with the batch, which commits.
        answer = apply_push(session, SignIn(claims), body, audit_as=claims.account_id, commit=True)
    return answer, answer.counts()


@router.get("/sync/pull", response_model=PullResponse, responses=error_responses(401, 403, 422))
def pull_changes(
    claims: BearerClaims,
    request: Request,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    own_from: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> Response:
    """Changes after ``cursor`` in the caller's scope, oldest first, a page at a time.

    ``own_from``: the lowest revision this device took from its push answers in this cycle;
    rows whose latest revision (from ``own_from`` on) this device's push answer carried are
    left out, as the laptop has them already."""
    with _db(request).session() as session:
        # The caller is checked in the pull's first round trip, with the watermark.
        caller, page = pull_checked(
            session,
            SignIn(claims),
            cursor=cursor,
            limit=limit,
            own_device_id=claims.device_id if own_from is not None else None,
            own_from=own_from,
        )
        action = "admin_read" if caller.role == "admin" and page.changes else "pull"
        # A Core insert into the table (not the mapped class, which takes the ORM's bulk
        # path): the unit of work's flush cost more than the statement.
        session.execute(
            insert(_AUDIT).values(
                org_id=caller.org_id,
                account_id=claims.account_id,
                device_id=claims.device_id,
                action=action,
                detail=f"changes={len(page.changes)} removed={len(page.removed)}",
            )
        )
    return Response(page.json(), media_type="application/json")


@router.get("/reference", response_model=ReferenceResponse, responses=error_responses(401, 403))
def reference(
    caller: CallerDep,
    request: Request,
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = MAX_PULL_LIMIT,
) -> Response:
    """Reference data (branches, partners, courses, funders, guidelines…) changed since."""
    with _db(request).session() as session:
        page = pull_reference(session, caller.org_id, since=since, limit=limit)
    return Response(page.json(), media_type="application/json")
