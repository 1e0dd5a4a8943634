"""Sign-in (``POST /v1/auth/login``), the protocol check every route makes, and the
``/v1/auth`` router, which also carries token refresh (``server.api.auth_refresh``) and
data-key escrow (``server.api.auth_escrow``).

Routes are thin: the checks live in ``server.auth``. Each route keeps the transaction
that records a failure (throttle count, revoked tokens, audit) apart from the error it
answers with, so a refusal is committed rather than rolled back with the request.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models import Coach
from coachapp.models.base import utcnow
from server.api import auth_escrow, auth_refresh
from server.api.auth_common import BAD_CREDENTIALS_MESSAGE, audit, standing, token_pair
from server.api.errors import ApiError, error_responses
from server.auth import throttle
from server.auth.deps import DatabaseDep, SettingsDep
from server.auth.passwords import hash_password, needs_rehash, verify_dummy, verify_password
from server.auth.tokens import revoke_device_tokens
from server.settings import Settings
from server.storage.tables import Account, Device, Organization
from sync.protocol import (
    MIN_APP_VERSION,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    CoachInfo,
    ErrorCode,
    LoginRequest,
    LoginResponse,
)

__all__ = ["BAD_CREDENTIALS_MESSAGE", "require_protocol", "router"]

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/v1/auth", tags=["auth"])


def require_protocol(version: int) -> None:
    """426 for a client older than the server still speaks; 400 for one from the future."""
    if version < MIN_PROTOCOL_VERSION:
        raise ApiError(
            426,
            ErrorCode.UPGRADE_REQUIRED,
            f"This version of CoachApp is too old for the program's server. "
            f"Install version {MIN_APP_VERSION} or later.",
            field="protocol",
        )
    if version > PROTOCOL_VERSION:
        raise ApiError(
            400,
            ErrorCode.INVALID_REQUEST,
            "This version of CoachApp is newer than the program's server. "
            "Ask your administrator to update the server.",
            field="protocol",
        )


# --- sign-in ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    """What a sign-in looked up before checking the password (outside any transaction)."""

    org_id: str | None
    account_id: str | None
    password_hash: str | None


@router.post(
    "/login", response_model=LoginResponse, responses=error_responses(400, 401, 403, 426, 429)
)
def login(
    body: LoginRequest, request: Request, db: DatabaseDep, settings: SettingsDep
) -> LoginResponse:
    require_protocol(body.protocol)
    org_code, username = body.org.strip(), body.username.strip()
    address = throttle.client_address(request, settings)
    keys = [throttle.account_key(org_code, username), throttle.address_key(address)]
    now = utcnow()
    with db.session() as session:
        retry_after = throttle.check(session, keys, now=now)
        candidate = None if retry_after else _find_account(session, org_code, username)
    if candidate is None:
        # Refused before any hashing: a blocked key costs the server almost nothing.
        logger.info("sign-in refused while throttled retry_after=%s", retry_after)
        raise _too_many_attempts(retry_after or 1)
    # The password is checked outside a transaction: the hash takes tens of milliseconds
    # and a database connection should not wait on it. Unknown names cost the same time.
    if candidate.password_hash is None:
        verify_dummy(body.password)
        password_ok = False
    else:
        password_ok = verify_password(body.password, candidate.password_hash)
    with db.session() as session:
        outcome = (
            _complete_sign_in(
                session, body, candidate, keys=keys, address=address, settings=settings, now=now
            )
            if password_ok
            else _fail_sign_in(
                session, candidate, keys=keys, address=address, settings=settings, now=now
            )
        )
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def _find_account(session: Session, org_code: str, username: str) -> _Candidate:
    org_id = session.scalar(
        select(Organization.id).where(func.lower(Organization.code) == org_code.lower())
    )
    if org_id is None:
        return _Candidate(org_id=None, account_id=None, password_hash=None)
    # Usernames are matched without regard to case (people type them as they like); an
    # exact match wins if an organisation ever holds two names differing only in case.
    matches = session.execute(
        select(Account.id, Account.username, Account.password_hash)
        .where(Account.org_id == org_id, func.lower(Account.username) == username.lower())
        .limit(2)
    ).all()
    if not matches:
        return _Candidate(org_id=org_id, account_id=None, password_hash=None)
    best = next((m for m in matches if m.username == username), matches[0])
    return _Candidate(org_id=org_id, account_id=best.id, password_hash=best.password_hash)


def _fail_sign_in(
    session: Session,
    candidate: _Candidate,
    *,
    keys: list[str],
    address: str,
    settings: Settings,
    now: datetime,
) -> ApiError:
    throttle.record_failure(session, keys, settings=settings, now=now)
    reason = (
        "unknown_org"
        if candidate.org_id is None
        else "unknown_account"
        if candidate.account_id is None
        else "bad_password"
    )
    audit(
        session,
        "login_failed",
        org_id=candidate.org_id,
        account_id=candidate.account_id,
        detail={"reason": reason, "address": address},
    )
    logger.info("sign-in failed reason=%s acct=%s", reason, candidate.account_id)
    return _bad_credentials()


def _bad_credentials() -> ApiError:
    return ApiError(401, ErrorCode.BAD_CREDENTIALS, BAD_CREDENTIALS_MESSAGE)


def _too_many_attempts(retry_after: int) -> ApiError:
    minutes = -(-retry_after // 60)
    return ApiError(
        429,
        ErrorCode.TOO_MANY_ATTEMPTS,
        f"Too many sign-in attempts. Try again in {minutes} minute(s).",
        headers={"Retry-After": str(retry_after)},
    )


def _complete_sign_in(
    session: Session,
    body: LoginRequest,
    candidate: _Candidate,
    *,
    keys: list[str],
    address: str,
    settings: Settings,
    now: datetime,
) -> LoginResponse | ApiError:
    account = session.get(Account, candidate.account_id) if candidate.account_id else None
    if account is None or account.password_hash != candidate.password_hash:
        # Deleted or given a new password while this request was hashing the old one.
        return _bad_credentials()
    throttle.record_success(session, keys[0])
    coach = session.get(Coach, account.coach_id)
    device = session.get(Device, body.device_id) if body.device_id else None
    audit_ids: dict[str, Any] = {"org_id": account.org_id, "account_id": account.id}
    if device is not None and device.account_id != account.id:
        audit(
            session,
            "login_failed",
            **audit_ids,
            device_id=device.id,
            detail={"reason": "device_of_another_account", "address": address},
        )
        return ApiError(
            401,
            ErrorCode.UNAUTHENTICATED,
            "This laptop is set up for another account. Sign in as that account, "
            "or ask your administrator to set the laptop up again.",
            field="device_id",
        )
    role = standing(account, coach, device)
    if isinstance(role, ApiError):
        if device is not None:
            revoke_device_tokens(session, device_id=device.id, now=now)
        audit(
            session,
            "login_refused",
            **audit_ids,
            device_id=device.id if device else None,
            detail={"reason": role.code.value, "address": address},
        )
        return role
    assert coach is not None  # standing() refused a missing coach
    new_device = device is None
    if device is None:
        # A laptop the server does not know (first sign-in, or a server restored from an
        # older backup) is registered; it keeps the id it already has, to which its vault
        # is bound, and a first sign-in gets a new one.
        device = Device(
            id=body.device_id or uuid7(),
            org_id=account.org_id,
            account_id=account.id,
            name=body.device_name,
            registered_at=now,
            last_seen_at=now,
        )
        session.add(device)
    else:
        device.name = body.device_name
        device.last_seen_at = now
    if needs_rehash(account.password_hash):
        # Our parameters changed since this hash was made; the password is at hand only now.
        account.password_hash = hash_password(body.password)
    tokens = token_pair(
        session, account, device, role=role.value, via="password", settings=settings, now=now
    )
    audit(
        session,
        "login",
        **audit_ids,
        device_id=device.id,
        detail={"new_device": new_device, "address": address},
    )
    logger.info("sign-in ok acct=%s dev=%s new_device=%s", account.id, device.id, new_device)
    return LoginResponse(
        device_id=device.id,
        coach=CoachInfo(
            coach_id=coach.id,
            org_id=account.org_id,
            username=account.username,
            display_name=coach.display_name,
            role=role.value,
            team_id=coach.team_id,
        ),
        tokens=tokens,
        key_escrowed=device.escrowed_key is not None,
    )


# The other /v1/auth routes, after sign-in (the order of the OpenAPI document).
router.include_router(auth_refresh.router)
router.include_router(auth_escrow.router)
