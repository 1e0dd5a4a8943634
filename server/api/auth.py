"""Sign-in, token refresh and data-key escrow: ``/v1/auth/…``.

Routes are thin: the checks live in ``server.auth``. Each route keeps the transaction
that records a failure (throttle count, revoked tokens, audit) apart from the error it
answers with, so a refusal is committed rather than rolled back with the request.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models import Coach
from coachapp.models.base import utcnow
from coachapp.models.enums import CoachRole
from server.api.errors import ApiError, error_responses
from server.auth import throttle
from server.auth.deps import CurrentCaller, DatabaseDep, SettingsDep, account_disabled, refusal
from server.auth.escrow import DATA_KEY_BYTES, EscrowError, open_data_key, seal_data_key
from server.auth.passwords import hash_password, needs_rehash, verify_dummy, verify_password
from server.auth.tokens import (
    RefreshTokenInvalid,
    RefreshTokenReused,
    Via,
    access_token_seconds,
    issue_access_token,
    issue_refresh_token,
    refresh_token_device,
    refresh_token_seconds,
    revoke_device_tokens,
    rotate_refresh_token,
)
from server.settings import Settings
from server.storage.tables import Account, Device, Organization, ServerAuditEvent
from sync.protocol import (
    MIN_APP_VERSION,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    CoachInfo,
    ErrorCode,
    EscrowDeposit,
    EscrowReturn,
    LoginRequest,
    LoginResponse,
    RefreshRequest,
    TokenPair,
    Uuid,
)

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/v1/auth", tags=["auth"])

#: The one answer for an unknown organisation, an unknown username and a wrong password.
BAD_CREDENTIALS_MESSAGE = "Username or password is not correct."
_SIGN_IN_AGAIN = "Sign in again with your password."


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
    _audit(
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
        _audit(
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
    standing = _standing(account, coach, device)
    if isinstance(standing, ApiError):
        if device is not None:
            revoke_device_tokens(session, device_id=device.id, now=now)
        _audit(
            session,
            "login_refused",
            **audit_ids,
            device_id=device.id if device else None,
            detail={"reason": standing.code.value, "address": address},
        )
        return standing
    role = standing
    assert coach is not None  # _standing() refused a missing coach
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
    tokens = _token_pair(
        session, account, device, role=role.value, via="password", settings=settings, now=now
    )
    _audit(
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


def _standing(account: Account, coach: Coach | None, device: Device | None) -> CoachRole | ApiError:
    """The account's role when it may use the server from this laptop, else the refusal."""
    refused = refusal(account, coach, device)
    if refused is not None:
        return refused
    try:
        return CoachRole(account.role)
    except ValueError:
        # Fail closed: an account whose role we do not know gets no access at all.
        logger.error("account has an unknown role acct=%s", account.id)
        return account_disabled()


def _token_pair(
    session: Session,
    account: Account,
    device: Device,
    *,
    role: str,
    via: Via,
    settings: Settings,
    now: datetime,
) -> TokenPair:
    access = issue_access_token(
        account_id=account.id,
        coach_id=account.coach_id,
        device_id=device.id,
        org_id=account.org_id,
        role=role,
        via=via,
        settings=settings,
        now=now,
    )
    refresh = issue_refresh_token(session, device_id=device.id, settings=settings, now=now)
    return _pair(access, refresh, settings)


def _pair(access: str, refresh: str, settings: Settings) -> TokenPair:
    return TokenPair(
        access_token=access,
        access_expires_in=access_token_seconds(settings),
        refresh_token=refresh,
        refresh_expires_in=refresh_token_seconds(settings),
    )


# --- refresh ------------------------------------------------------------------------------------


@router.post("/refresh", response_model=TokenPair, responses=error_responses(401, 403))
def refresh(body: RefreshRequest, db: DatabaseDep, settings: SettingsDep) -> TokenPair:
    with db.session() as session:
        outcome = _refresh(session, body, settings=settings, now=utcnow())
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def _refresh(
    session: Session, body: RefreshRequest, *, settings: Settings, now: datetime
) -> TokenPair | ApiError:
    sign_in_again = ApiError(401, ErrorCode.UNAUTHENTICATED, _SIGN_IN_AGAIN)
    # Revocation is told only to a caller holding a token once issued to that laptop.
    if refresh_token_device(session, body.refresh_token) != body.device_id:
        return sign_in_again
    device = session.get(Device, body.device_id)
    account = session.get(Account, device.account_id) if device else None
    if device is None or account is None:
        return sign_in_again
    standing = _standing(account, session.get(Coach, account.coach_id), device)
    if isinstance(standing, ApiError):
        revoke_device_tokens(session, device_id=device.id, now=now)
        return standing
    try:
        next_refresh = rotate_refresh_token(
            session, device_id=device.id, presented=body.refresh_token, settings=settings, now=now
        )
    except RefreshTokenReused:
        _audit(
            session,
            "refresh_token_reused",
            org_id=account.org_id,
            account_id=account.id,
            device_id=device.id,
            detail={"revoked": "all refresh tokens of the device"},
        )
        logger.warning("refresh token reused; device tokens revoked dev=%s", device.id)
        return sign_in_again
    except RefreshTokenInvalid:
        return sign_in_again
    device.last_seen_at = now
    access = issue_access_token(
        account_id=account.id,
        coach_id=account.coach_id,
        device_id=device.id,
        org_id=account.org_id,
        role=standing.value,
        via="refresh",
        settings=settings,
        now=now,
    )
    return _pair(access, next_refresh, settings)


# --- key escrow ---------------------------------------------------------------------------------


@router.put(
    "/escrow",
    status_code=204,
    response_class=Response,
    responses=error_responses(401, 403),
)
def deposit_data_key(
    body: EscrowDeposit, caller: CurrentCaller, db: DatabaseDep, settings: SettingsDep
) -> Response:
    """Keep this laptop's data key. A laptop may replace its own key (it was set up again);
    no other laptop can touch it, since the key is stored on the caller's device row."""
    data_key = _decode_data_key(body.data_key)
    master_key = settings.master_key_bytes()
    with db.session() as session:
        device = session.get(Device, caller.device_id)
        if device is None:
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, _SIGN_IN_AGAIN)
        previous = device.escrowed_key
        if previous is not None and _opens_to(previous, device.id, master_key) == data_key:
            return Response(status_code=204)  # a retried deposit: nothing to change
        device.escrowed_key = seal_data_key(data_key, device_id=device.id, master_key=master_key)
        _audit(
            session,
            "escrow_deposit",
            org_id=caller.org_id,
            account_id=caller.account_id,
            device_id=device.id,
            detail={"replaced": previous is not None},
        )
    return Response(status_code=204)


@router.get("/escrow", response_model=EscrowReturn, responses=error_responses(401, 403, 404))
def return_data_key(
    caller: CurrentCaller,
    db: DatabaseDep,
    settings: SettingsDep,
    device_id: Annotated[Uuid | None, Query(description="This laptop's id (optional).")] = None,
) -> EscrowReturn:
    """Give a laptop back its own data key, to re-wrap it under a new password.

    Only with an access token from a password sign-in made after the password's last
    change: a refreshed session, or one begun before an administrator's reset, is not
    proof that the person at the laptop knows the current password.
    """
    if device_id is not None and device_id != caller.device_id:
        raise ApiError(403, ErrorCode.FORBIDDEN, "A laptop can only recover its own key.")
    if not caller.signed_in_with_password:
        raise ApiError(
            403, ErrorCode.FORBIDDEN, "Sign in with your password to recover this laptop's key."
        )
    with db.session() as session:
        device = session.get(Device, caller.device_id)
        account = session.get(Account, caller.account_id)
        if device is None or account is None:
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, _SIGN_IN_AGAIN)
        # Token times are whole seconds; compare at that precision.
        if account.password_changed_at.replace(microsecond=0) > caller.issued_at:
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "Your password was changed. Sign in with the new password first.",
            )
        if device.escrowed_key is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No key was kept for this laptop.")
        data_key = _opens_to(device.escrowed_key, device.id, settings.master_key_bytes())
        if data_key is None:
            logger.error("escrowed key does not open with the master key dev=%s", device.id)
            raise ApiError(
                500,
                ErrorCode.INTERNAL_ERROR,
                "The server cannot open this laptop's kept key. Ask your administrator.",
            )
        _audit(
            session,
            "escrow_return",
            org_id=caller.org_id,
            account_id=caller.account_id,
            device_id=device.id,
        )
    return EscrowReturn(data_key=base64.b64encode(data_key).decode("ascii"))


def _decode_data_key(text: str) -> bytes:
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != DATA_KEY_BYTES:
        raise ApiError(
            422,
            ErrorCode.INVALID_REQUEST,
            "data_key must be 32 bytes in base64.",
            field="data_key",
        )
    return key


def _opens_to(sealed: bytes, device_id: str, master_key: bytes) -> bytes | None:
    try:
        return open_data_key(sealed, device_id=device_id, master_key=master_key)
    except EscrowError:
        return None


# --- audit --------------------------------------------------------------------------------------


def _audit(
    session: Session,
    action: str,
    *,
    org_id: str | None,
    account_id: str | None,
    device_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """A server audit event: ids and reasons only — never a username, password or token."""
    session.add(
        ServerAuditEvent(
            org_id=org_id,
            account_id=account_id,
            device_id=device_id,
            action=action,
            detail=json.dumps(detail, sort_keys=True) if detail else None,
        )
    )
