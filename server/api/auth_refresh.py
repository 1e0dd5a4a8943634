"""``POST /v1/auth/refresh``: trade a refresh token for a new pair (the rules live in
``server.auth.tokens.rotate_refresh_token``).

A refusal is returned, not raised, inside the transaction, so what it records (revoked
tokens, the audit event) is committed rather than rolled back with the request.
"""

from __future__ import annotations

import logging
from datetime import datetime

from fastapi import APIRouter
from sqlalchemy.orm import Session

from coachapp.models import Coach
from coachapp.models.base import utcnow
from server.api.auth_common import access_token, audit, pair, sign_in_again, standing
from server.api.errors import ApiError, error_responses
from server.auth.deps import DatabaseDep, SettingsDep
from server.auth.tokens import (
    RefreshTokenInvalid,
    RefreshTokenReused,
    refresh_token_row,
    revoke_device_tokens,
    rotate_refresh_token,
)
from server.settings import Settings
from server.storage.tables import Account, Device, RefreshToken
from sync.protocol import RefreshRequest, TokenPair

logger = logging.getLogger(__name__)

router = APIRouter()


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
    # The token (locked), its laptop, account and coach in one round trip.
    found = session.execute(
        refresh_token_row(body.refresh_token)
        .add_columns(Device, Account, Coach)
        .outerjoin(Device, Device.id == RefreshToken.device_id)
        .outerjoin(Account, Account.id == Device.account_id)
        .outerjoin(Coach, Coach.id == Account.coach_id)
    ).one_or_none()
    # Revocation is told only to a caller holding a token once issued to that laptop.
    if found is None or found[0].device_id != body.device_id:
        return sign_in_again()
    token, device, account, coach = found
    if device is None or account is None:
        return sign_in_again()
    role = standing(account, coach, device)
    if isinstance(role, ApiError):
        revoke_device_tokens(session, device_id=device.id, now=now)
        return role
    try:
        next_refresh = rotate_refresh_token(session, token, settings=settings, now=now)
    except RefreshTokenReused:
        audit(
            session,
            "refresh_token_reused",
            org_id=account.org_id,
            account_id=account.id,
            device_id=device.id,
            detail={"revoked": "all refresh tokens of the device"},
        )
        logger.warning("refresh token reused; device tokens revoked dev=%s", device.id)
        return sign_in_again()
    except RefreshTokenInvalid:
        return sign_in_again()
    access = access_token(
        account, device, role=role.value, via="refresh", settings=settings, now=now
    )
    return pair(access, next_refresh, settings)
