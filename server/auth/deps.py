"""FastAPI dependencies: the database and settings of the app, and the signed-in caller."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, NamedTuple, cast

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect
from sqlalchemy.orm import Session

from coachapp.models import Coach
from coachapp.models.base import utcnow
from server.api.errors import ApiError
from server.auth.tokens import AccessClaims, TokenExpired, TokenInvalid, verify_access_token
from server.db import Database
from server.settings import Settings
from server.storage.tables import Account, Device
from sync.protocol import ErrorCode

logger = logging.getLogger(__name__)

# Declared for the OpenAPI document (clients and Schemathesis see the scheme); the errors
# are ours, so it never answers by itself.
_bearer = HTTPBearer(auto_error=False, description="An access token from /v1/auth/login.")

# ``last_seen_at`` is for administrators ("which laptops are still in use"); a minute is
# precise enough and spares a write on every request of a sync.
_LAST_SEEN_EVERY = timedelta(minutes=1)

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True)
class Caller:
    """Who is calling: the account, the person, and the laptop, as of this request."""

    account_id: str
    coach_id: str
    org_id: str
    device_id: str
    role: str
    team_id: str | None
    issued_at: datetime
    #: True when the access token came from a password sign-in rather than a refresh.
    signed_in_with_password: bool


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def bearer_claims(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AccessClaims:
    """The claims of a Bearer request's access token: its signature and age only, no database.

    401 ``unauthenticated`` (missing, malformed or forged token), 401 ``token_expired``
    (refresh and retry). Checked on the event loop (a few microseconds of hashing), so a
    route that checks the caller in its own transaction (``SignIn``) costs one hand-off
    to a worker thread, not two.
    """
    if credentials is None:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "Sign in first.", headers=_CHALLENGE)
    try:
        return verify_access_token(credentials.credentials, get_settings(request))
    except TokenExpired:
        raise ApiError(
            401,
            ErrorCode.TOKEN_EXPIRED,
            "Your session has expired; refresh it and try again.",
            headers=_CHALLENGE,
        ) from None
    except TokenInvalid:
        raise ApiError(
            401, ErrorCode.UNAUTHENTICATED, "Sign in first.", headers=_CHALLENGE
        ) from None


BearerClaims = Annotated[AccessClaims, Depends(bearer_claims)]


def current_device(request: Request, claims: BearerClaims) -> Caller:
    """The caller of a Bearer request, after checking the account and laptop are still allowed
    (a statement of its own, before the route's work).

    401 as ``bearer_claims``; 403 ``account_disabled`` or ``device_revoked`` (the laptop wipes).
    """
    with get_database(request).glance() as session:
        return _caller(session, claims, now=utcnow())


CurrentCaller = Annotated[Caller, Depends(current_device)]
DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def refusal(account: Account | None, coach: Coach | None, device: Device | None) -> ApiError | None:
    """Why this account on this laptop may not use the server now, or None.

    A revoked laptop is answered first: it must wipe itself whatever the account's state.
    The account counts as disabled when either its login or the person is switched off.
    """
    return _refusal(
        revoked=device is not None and device.revoked_at is not None,
        allowed=account is not None
        and account.active
        and coach is not None
        and coach.active
        and not coach.deleted,
    )


def _refusal(*, revoked: bool, allowed: bool) -> ApiError | None:
    if revoked:
        return device_revoked()
    if not allowed:
        return account_disabled()
    return None


def device_revoked() -> ApiError:
    return ApiError(
        403,
        ErrorCode.DEVICE_REVOKED,
        "This laptop's access was withdrawn; its local data will be removed.",
    )


def account_disabled() -> ApiError:
    return ApiError(
        403,
        ErrorCode.ACCOUNT_DISABLED,
        "This account is disabled. Ask your program administrator.",
    )


#: The laptop, its account and the person, in one query (a bearer request's first work, so
#: built once: SQLAlchemy then reuses its compiled form). No row: the token names a laptop
#: and account that do not belong together (or no longer exist).
_DEVICES, _ACCOUNTS, _PEOPLE = (cast(Table, m.__table__) for m in (Device, Account, Coach))
_STANDING = (
    select(
        _DEVICES.c.revoked_at,
        _DEVICES.c.last_seen_at,
        _ACCOUNTS.c.active.label("account_active"),
        _ACCOUNTS.c.role,
        _ACCOUNTS.c.coach_id,
        _ACCOUNTS.c.org_id,
        _PEOPLE.c.active.label("coach_active"),
        _PEOPLE.c.deleted.label("coach_deleted"),
        _PEOPLE.c.team_id,
    )
    .select_from(_DEVICES)
    .join(_ACCOUNTS, _ACCOUNTS.c.id == _DEVICES.c.account_id)
    .outerjoin(_PEOPLE, _PEOPLE.c.id == _ACCOUNTS.c.coach_id)
    .where(_DEVICES.c.id == bindparam("device_id"), _ACCOUNTS.c.id == bindparam("account_id"))
)
_SEEN = (
    update(_DEVICES)
    .where(_DEVICES.c.id == bindparam("device_id"))
    .values(last_seen_at=bindparam("now"))
)


#: ``_STANDING`` as psycopg runs it, for a round trip of several statements (``SignIn``).
_STANDING_SQL = str(_STANDING.compile(dialect=psycopg_dialect()))  # type: ignore[no-untyped-call]


class _Standing(NamedTuple):
    """One row of ``_STANDING``, in its order."""

    revoked_at: datetime | None
    last_seen_at: datetime | None
    account_active: bool
    role: str
    coach_id: str
    org_id: str
    coach_active: bool | None
    coach_deleted: bool | None
    team_id: str | None


@dataclass(frozen=True)
class SignIn:
    """A Bearer caller still to be checked, in the route's own transaction: on PostgreSQL the
    check goes out with the route's first statements (``statement``; ``caller`` then reads its
    rows), which spares it a round trip of its own. ``server.storage.push`` takes one."""

    claims: AccessClaims

    @property
    def device_id(self) -> str:
        return self.claims.device_id

    @property
    def coach_id(self) -> str:
        return self.claims.coach_id

    def statement(self) -> tuple[str, dict[str, Any]]:
        return _STANDING_SQL, {
            "device_id": self.claims.device_id,
            "account_id": self.claims.account_id,
        }

    def caller(self, session: Session, rows: Sequence[Sequence[Any]] | None = None) -> Caller:
        """The caller as of now, from ``statement``'s ``rows`` (None: read them now). Raises
        as ``current_device``."""
        if rows is None:
            return _caller(session, self.claims, now=utcnow())
        found = _Standing(*rows[0]) if rows else None
        return _checked(session, self.claims, found, now=utcnow())


def _caller(session: Session, claims: AccessClaims, *, now: datetime) -> Caller:
    found = session.execute(
        _STANDING, {"device_id": claims.device_id, "account_id": claims.account_id}
    ).one_or_none()
    return _checked(session, claims, found, now=now)


def _checked(session: Session, claims: AccessClaims, found: Any, *, now: datetime) -> Caller:
    if found is None:
        # A genuine signature over ids that no longer exist (database restored from a
        # backup?): not a revocation, so the laptop is told to sign in, not to wipe.
        logger.warning("token for unknown account or device dev=%s", claims.device_id)
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "Sign in again.", headers=_CHALLENGE)
    refused = _refusal(
        revoked=found.revoked_at is not None,
        allowed=bool(found.account_active and found.coach_active and not found.coach_deleted),
    )
    if refused is not None:
        raise refused
    if found.last_seen_at is None or now - found.last_seen_at >= _LAST_SEEN_EVERY:
        session.execute(_SEEN, {"device_id": claims.device_id, "now": now})
    return Caller(
        account_id=claims.account_id,
        coach_id=found.coach_id,
        org_id=found.org_id,
        device_id=claims.device_id,
        # Role and team as of now, not as of sign-in: a supervisor demoted a minute ago
        # loses their team's records at once.
        role=found.role,
        team_id=found.team_id,
        issued_at=claims.issued_at,
        signed_in_with_password=claims.via == "password",
    )
