"""``/healthz``: the load balancer's check that this app server can reach its database."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from server.db import Database
from sync.protocol import PROTOCOL_VERSION, ErrorBody, ErrorCode, Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, responses={503: {"model": ErrorBody}})
def healthz(request: Request) -> Health | JSONResponse:
    db: Database = request.app.state.db
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        body = ErrorBody(code=ErrorCode.INVALID_REQUEST.value, message="database unreachable")
        return JSONResponse(body.model_dump(exclude_none=True), status_code=503)
    return Health(status="ok", protocol=PROTOCOL_VERSION, database=db.engine.dialect.name)
