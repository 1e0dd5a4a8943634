"""Every error the server answers is an ``ErrorBody``: a machine-readable code and a sentence.

``install_error_handlers(app)`` turns request-validation failures, HTTP errors (unknown
route, wrong method…), our own ``ApiError`` and anything unexpected into that shape.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import ErrorBody, ErrorCode

logger = logging.getLogger(__name__)

_CODE_FOR_STATUS = {
    400: ErrorCode.INVALID_REQUEST,
    401: ErrorCode.UNAUTHENTICATED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    422: ErrorCode.INVALID_REQUEST,
    426: ErrorCode.UPGRADE_REQUIRED,
    429: ErrorCode.TOO_MANY_ATTEMPTS,
}

_MESSAGE_FOR_STATUS = {
    401: "Sign in first.",
    403: "You are not allowed to do that.",
    404: "There is nothing here.",
    405: "This address does not accept that method.",
    413: "The request is too large.",
}


class ApiError(Exception):
    """An answer other than success, raised from routes and dependencies."""

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        *,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(code.value)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = dict(headers or {})

    def response(self) -> JSONResponse:
        return error_response(
            self.status, self.code, self.message, field=self.field, headers=self.headers
        )


def error_response(
    status: int,
    code: str,
    message: str,
    *,
    field: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(code=str(code), message=message, field=field)
    return JSONResponse(
        body.model_dump(mode="json", exclude_none=True), status_code=status, headers=headers
    )


#: Statuses any request may get whatever its route: see ``error_responses``.
ANY_REQUEST_STATUSES = (400, 413, 415, 422)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for routes: these statuses answer with an ``ErrorBody``.

    Every route may also answer the statuses any request can earn before it reaches the
    route (found by the Schemathesis test, which holds the document to what is sent):
    400 for a body that is not JSON or a damaged gzip body, 413 and 415 from the body
    limit, and 422 from validation. Naming 422 also keeps FastAPI from documenting its own
    validation-error shape, which we never send.
    """
    return {status: {"model": ErrorBody} for status in sorted({*statuses, *ANY_REQUEST_STATUSES})}


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    # A middleware rather than an ``Exception`` handler: Starlette re-raises after calling
    # such a handler, and the ASGI server would then log the exception's message, which
    # may quote request data (a database error quotes its parameters).
    app.add_middleware(_UnexpectedErrorMiddleware)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    first: Mapping[str, Any] = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        return error_response(400, ErrorCode.INVALID_REQUEST, "The request body is not valid JSON.")
    field = _field_name(first.get("loc", ()))
    # pydantic's ``msg`` describes the rule, never the value; ``input`` (which may be a
    # password) is deliberately left out.
    reason = str(first.get("msg", "is not valid"))
    if field:
        message = f"{field}: {reason}."
    elif first.get("type") == "missing":
        message = "The request needs a JSON body."
    elif first.get("type") in ("model_attributes_type", "dict_type", "model_type"):
        message = "The request body must be a JSON object."
    else:
        message = f"The request is not valid: {reason}."
    if len(errors) > 1:
        message += f" ({len(errors) - 1} more problem(s) in the same request.)"
    return error_response(422, ErrorCode.INVALID_REQUEST, message, field=field)


def _field_name(loc: Any) -> str | None:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or None


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    code = _CODE_FOR_STATUS.get(status, ErrorCode.INVALID_REQUEST)
    detail = exc.detail if isinstance(exc.detail, str) else ""
    # Framework details ("Not Found", "Method Not Allowed") are replaced by our sentences.
    message = _MESSAGE_FOR_STATUS.get(status) or detail or "The request is not valid."
    return error_response(status, code, message, headers=exc.headers)


class _UnexpectedErrorMiddleware:
    """Answer any unexpected exception with a 500 ``ErrorBody`` carrying a reference id."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except (OperationalError, SQLAlchemyTimeoutError) as exc:
            # The database refused a connection (too many clients, restarting) or none was
            # free in time: a moment's overload, not a fault. The laptop retries a 503.
            logger.warning(
                "database unavailable route=%s %s type=%s",
                scope.get("method", "?"),
                getattr(scope.get("route"), "path", "?"),
                type(getattr(exc, "orig", None) or exc).__name__,
            )
            if started:
                return
            response = error_response(
                503,
                ErrorCode.SERVER_BUSY,
                "The server is busy; this laptop will try again in a moment.",
                headers={"Retry-After": "5"},
            )
            await response(scope, receive, send)
        except Exception as exc:
            reference = uuid.uuid4().hex[:12]
            route = scope.get("route")
            where = getattr(route, "path", "?")
            # The type and the frames only: the message may carry request data.
            frames = "".join(traceback.format_tb(exc.__traceback__))
            logger.error(
                "unexpected error ref=%s route=%s %s type=%s\n%s",
                reference,
                scope.get("method", "?"),
                where,
                type(exc).__name__,
                frames,
            )
            if started:
                return  # too late to answer; the client sees a cut connection
            response = error_response(
                500,
                ErrorCode.INTERNAL_ERROR,
                f"Something went wrong on the server. Reference: {reference}.",
            )
            await response(scope, receive, send)
