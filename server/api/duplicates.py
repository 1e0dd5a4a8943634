"""Possible-duplicate routes: merge a pair into one participant, or set it apart for good.

Both answer the pair as the server now holds it (a ``Change`` of ``possible_duplicates``),
so the laptop can take it as-is; the moved records arrive with the next pull.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

from coachapp.models import PossibleDuplicate
from server.api.errors import error_response, error_responses
from server.auth.deps import Caller, current_device
from server.db import Database
from server.storage import merge as decisions
from server.storage.push import row_values
from sync.protocol import Change, Uuid

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/duplicates", tags=["duplicates"])
CallerDep = Annotated[Caller, Depends(current_device)]
PairId = Annotated[
    str, Path(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
]
_ANSWERS = error_responses(401, 403, 404, 409, 422)


class MergeRequest(BaseModel):
    """Which of the two records to keep; the other is merged into it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    survivor_id: Uuid


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


@router.post("/{pair_id}/merge", response_model=Change, responses=_ANSWERS)
def merge(
    pair_id: PairId, body: MergeRequest, caller: CallerDep, request: Request
) -> Change | JSONResponse:
    """Merge the pair, keeping ``survivor_id``: every record of the other person moves to it.

    Needs a caller who can see both people. Repeating the same merge answers the same pair.
    """
    try:
        with _db(request).session() as session:
            decision = decisions.merge(session, caller, pair_id, body.survivor_id)
            answer = _change(decision.pair)
    except decisions.DecisionRefused as refused:
        return _refusal(refused)
    log.info("merge pair=%s moved=%d", pair_id, decision.moved)
    return answer


@router.post("/{pair_id}/reject", response_model=Change, responses=_ANSWERS)
def reject(pair_id: PairId, caller: CallerDep, request: Request) -> Change | JSONResponse:
    """Record that the two are different people; the pair is never flagged again."""
    try:
        with _db(request).session() as session:
            answer = _change(decisions.reject(session, caller, pair_id).pair)
    except decisions.DecisionRefused as refused:
        return _refusal(refused)
    log.info("reject pair=%s", pair_id)
    return answer


def _change(pair: PossibleDuplicate) -> Change:
    return Change(
        table="possible_duplicates",
        row_id=pair.id,
        rev=pair.rev,
        deleted=pair.deleted,
        row=row_values(pair),
    )


def _refusal(refused: decisions.DecisionRefused) -> JSONResponse:
    return error_response(refused.status, refused.code, refused.message, field=refused.field)
