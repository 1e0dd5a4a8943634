"""What the ``/v1/auth/…`` routes share: may this account use the server from this laptop,
a token pair, the audit record, and the answers every route may give."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from coachapp.models import Coach
from coachapp.models.enums import CoachRole
from server.api.errors import ApiError
from server.auth.deps import account_disabled, refusal
from server.auth.tokens import (
    Via,
    access_token_seconds,
    issue_access_token,
    issue_refresh_token,
    refresh_token_seconds,
)
from server.settings import Settings
from server.storage.tables import Account, Device, ServerAuditEvent
from sync.protocol import ErrorCode, TokenPair

logger = logging.getLogger(__name__)

#: The one answer for an unknown organisation, an unknown username and a wrong password.
BAD_CREDENTIALS_MESSAGE = "Username or password is not correct."
SIGN_IN_AGAIN = "Sign in again with your password."


def sign_in_again() -> ApiError:
    return ApiError(401, ErrorCode.UNAUTHENTICATED, SIGN_IN_AGAIN)


def standing(account: Account, coach: Coach | None, device: Device | None) -> CoachRole | ApiError:
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


def access_token(
    account: Account, device: Device, *, role: str, via: Via, settings: Settings, now: datetime
) -> str:
    return issue_access_token(
        account_id=account.id,
        coach_id=account.coach_id,
        device_id=device.id,
        org_id=account.org_id,
        role=role,
        via=via,
        settings=settings,
        now=now,
    )


def token_pair(
    session: Session,
    account: Account,
    device: Device,
    *,
    role: str,
    via: Via,
    settings: Settings,
    now: datetime,
) -> TokenPair:
    """A new access token and a new refresh token (a fresh chain) for this laptop."""
    access = access_token(account, device, role=role, via=via, settings=settings, now=now)
    refresh = issue_refresh_token(session, device_id=device.id, settings=settings, now=now)
    return pair(access, refresh, settings)


def pair(access: str, refresh: str, settings: Settings) -> TokenPair:
    return TokenPair(
        access_token=access,
        access_expires_in=access_token_seconds(settings),
        refresh_token=refresh,
        refresh_expires_in=refresh_token_seconds(settings),
    )


def audit(
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
