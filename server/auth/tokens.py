"""Access tokens (signed, short-lived, checked without the database) and refresh tokens
(random, stored only as a hash, rotated on every use and bound to one device)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, NoReturn

from sqlalchemy import Select, delete, select, update
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models.base import utcnow
from server.settings import Settings
from server.storage import bulk
from server.storage.tables import Device, RefreshToken

logger = logging.getLogger(__name__)

TOKEN_VERSION = 1
#: How a token's session began: a password sign-in, or a refresh of one.
Via = Literal["password", "refresh"]

_MAX_TOKEN_CHARS = 4096
# App servers' clocks may disagree a little; a token "issued" further ahead is refused.
_CLOCK_SKEW = timedelta(minutes=5)
_SEGMENT = re.compile(r"^[A-Za-z0-9_-]+$")
# A key of its own for access tokens, so the shared secret could sign something else one day
# without a signature of one kind ever passing for the other.
_KEY_LABEL = b"coachapp/access-token/v1"
#: How long after spending a refresh token its laptop may present it again and be answered
#: (the answer was lost on the way), provided the token it was given has not been used.
REFRESH_RETRY_GRACE = timedelta(seconds=60)


class TokenError(Exception):
    """A token was refused. The message is for logs and never quotes the token."""


class TokenInvalid(TokenError):
    """Missing, malformed, forged, or of an unknown version."""


class TokenExpired(TokenError):
    """Well-formed and genuine, but past its expiry: refresh and try again."""


class RefreshTokenInvalid(TokenError):
    """Unknown, expired, revoked, or not this device's: sign in again with the password."""


class RefreshTokenReused(RefreshTokenInvalid):
    """A refresh token was presented a second time: all of the device's tokens are revoked."""


@dataclass(frozen=True)
class AccessClaims:
    account_id: str
    coach_id: str
    device_id: str
    org_id: str
    role: str
    issued_at: datetime
    expires_at: datetime
    via: Via


# --- access tokens ------------------------------------------------------------------------------


def issue_access_token(
    *,
    account_id: str,
    coach_id: str,
    device_id: str,
    org_id: str,
    role: str,
    via: Via,
    settings: Settings,
    now: datetime | None = None,
) -> str:
    """``base64url(json).base64url(HMAC-SHA256)``, valid ``settings.access_token_minutes``."""
    issued = int((now or utcnow()).timestamp())
    payload = {
        "sub": account_id,
        "cid": coach_id,
        "dev": device_id,
        "org": org_id,
        "role": role,
        "via": via,
        "iat": issued,
        "exp": issued + access_token_seconds(settings),
        "v": TOKEN_VERSION,
    }
    body = _b64encode(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    return f"{body}.{_sign(body, settings)}"


def access_token_seconds(settings: Settings) -> int:
    return settings.access_token_minutes * 60


def verify_access_token(
    token: str, settings: Settings, now: datetime | None = None
) -> AccessClaims:
    """The claims of a genuine, unexpired token; raises ``TokenInvalid`` or ``TokenExpired``."""
    if not isinstance(token, str) or len(token) > _MAX_TOKEN_CHARS:
        raise TokenInvalid("token missing or too long")
    parts = token.split(".")
    if len(parts) != 2 or not all(_SEGMENT.match(p) for p in parts):
        raise TokenInvalid("token malformed")
    body, signature = parts
    # The signature is checked before the payload is parsed, so nothing an attacker wrote
    # reaches the JSON parser.
    if not hmac.compare_digest(_sign(body, settings).encode(), signature.encode()):
        raise TokenInvalid("token signature does not match")
    claims = _claims(body)
    moment = now or utcnow()
    if claims.issued_at > moment + _CLOCK_SKEW:
        raise TokenInvalid("token issued in the future")
    if moment >= claims.expires_at:
        raise TokenExpired("token expired")
    return claims


def _claims(body: str) -> AccessClaims:
    try:
        payload: Any = json.loads(_b64decode(body))
    except (ValueError, UnicodeDecodeError):
        raise TokenInvalid("token payload unreadable") from None
    if not isinstance(payload, dict) or payload.get("v") != TOKEN_VERSION:
        raise TokenInvalid("token version unknown")
    text = {k: payload.get(k) for k in ("sub", "cid", "dev", "org", "role", "via")}
    stamps = {k: payload.get(k) for k in ("iat", "exp")}
    if not all(isinstance(v, str) and v for v in text.values()):
        raise TokenInvalid("token claims incomplete")
    if not all(type(v) is int for v in stamps.values()):
        raise TokenInvalid("token times malformed")
    via = text["via"]
    if via not in ("password", "refresh"):
        raise TokenInvalid("token origin unknown")
    try:
        issued_at = datetime.fromtimestamp(stamps["iat"], UTC)  # type: ignore[arg-type]
        expires_at = datetime.fromtimestamp(stamps["exp"], UTC)  # type: ignore[arg-type]
    except (OverflowError, OSError, ValueError):
        raise TokenInvalid("token times out of range") from None
    return AccessClaims(
        account_id=str(text["sub"]),
        coach_id=str(text["cid"]),
        device_id=str(text["dev"]),
        org_id=str(text["org"]),
        role=str(text["role"]),
        issued_at=issued_at,
        expires_at=expires_at,
        via="password" if via == "password" else "refresh",
    )


def _sign(body: str, settings: Settings) -> str:
    key = hmac.new(settings.token_secret.encode(), _KEY_LABEL, hashlib.sha256).digest()
    return _b64encode(hmac.new(key, body.encode("ascii"), hashlib.sha256).digest())


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None


# --- refresh tokens -----------------------------------------------------------------------------


def refresh_token_seconds(settings: Settings) -> int:
    return settings.refresh_token_days * 86400


def hash_refresh_token(token: str) -> str:
    """What the database keeps: SHA-256 is enough for 256 random bits (no guessing to slow)."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def issue_refresh_token(
    session: Session, *, device_id: str, settings: Settings, now: datetime | None = None
) -> str:
    """A new refresh token for ``device_id``; only its hash is stored."""
    moment = now or utcnow()
    token = secrets.token_urlsafe(32)
    session.add(RefreshToken(**_new_token(token, device_id, settings, moment)))
    # Used tokens are kept until they expire (reuse must stay detectable while a stolen
    # copy could still be tried); past that they are only clutter.
    session.execute(
        delete(RefreshToken)
        .where(RefreshToken.device_id == device_id, RefreshToken.expires_at < moment)
        .execution_options(synchronize_session=False)
    )
    return token


def _new_token(token: str, device_id: str, settings: Settings, moment: datetime) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "device_id": device_id,
        "token_hash": hash_refresh_token(token),
        "issued_at": moment,
        "expires_at": moment + timedelta(seconds=refresh_token_seconds(settings)),
    }


# A refresh's writes on PostgreSQL, sent together (``_rotate_in_one_round_trip``).
_SPEND_SQL = (
    "UPDATE refresh_tokens SET used_at = %(moment)s"
    " WHERE id = %(id)s AND used_at IS NULL AND revoked_at IS NULL RETURNING id"
)
_ISSUE_SQL = (
    "INSERT INTO refresh_tokens (id, device_id, token_hash, issued_at, expires_at)"
    " VALUES (%(id)s, %(device_id)s, %(token_hash)s, %(issued_at)s, %(expires_at)s)"
)
_CLEAR_SQL = (
    "DELETE FROM refresh_tokens WHERE device_id = %(device_id)s AND expires_at < %(moment)s"
)
_SEEN_SQL = "UPDATE devices SET last_seen_at = %(moment)s WHERE id = %(device_id)s"


def refresh_token_row(presented: str) -> Select[RefreshToken]:
    """A query for the row of ``presented`` (used, expired or not), locked: refreshes with one
    token take turns. Its first entity is the ``RefreshToken``; add joins and entities to read
    what else the refresh needs in the same round trip."""
    return (
        select(RefreshToken)
        .where(RefreshToken.token_hash == hash_refresh_token(presented))
        .with_for_update(of=RefreshToken)
    )


def rotate_refresh_token(
    session: Session,
    row: RefreshToken,
    *,
    settings: Settings,
    now: datetime | None = None,
) -> str:
    """Spend the presented token, whose ``row`` the caller read with ``refresh_token_row``
    (locked) and found to be the presenting device's; note the device seen; return its next
    refresh token.

    A token spent less than ``REFRESH_RETRY_GRACE`` ago whose successor has not been used is the
    same laptop asking again because the answer never reached it (a dropped connection, a read
    timeout): the unused successor is revoked and a new token answered, so exactly one of the
    device's tokens stays live. Any other reuse — after the successor was used, or past the
    grace — is someone else holding a copy: ``RefreshTokenReused`` is raised after revoking
    every token of the device (in this session: the caller must commit it).
    ``RefreshTokenInvalid`` when the token is revoked or expired.
    """
    moment = now or utcnow()
    device_id = row.device_id
    if row.revoked_at is not None:
        raise RefreshTokenInvalid("refresh token revoked")
    if row.used_at is None and moment >= row.expires_at:
        raise RefreshTokenInvalid("refresh token expired")
    if row.used_at is not None:
        token = _answer_again(session, row, settings=settings, moment=moment)
        _seen(session, device_id, moment)
        return token
    if bulk.is_postgres(session):
        return _rotate_in_one_round_trip(session, row, settings=settings, moment=moment)
    # A conditional UPDATE as well as the lock: of two requests with the same token, exactly
    # one spends it whatever the database's locking does.
    spent = session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.id == row.id,
            RefreshToken.used_at.is_(None),
            RefreshToken.revoked_at.is_(None),
        )
        .values(used_at=moment)
        .execution_options(synchronize_session=False)
    )
    if getattr(spent, "rowcount", 0) != 1:  # pragma: no cover - the row lock prevents it
        _theft(session, device_id=device_id, moment=moment)
    token = issue_refresh_token(session, device_id=device_id, settings=settings, now=moment)
    _seen(session, device_id, moment)
    return token


def _rotate_in_one_round_trip(
    session: Session, row: RefreshToken, *, settings: Settings, moment: datetime
) -> str:
    """PostgreSQL: spend, issue, clear out and note the device seen in one round trip, as
    ``rotate_refresh_token`` does it elsewhere in four (every laptop's sync starts here)."""
    token = secrets.token_urlsafe(32)
    device = {"device_id": row.device_id, "moment": moment}
    [spent, *_] = bulk.round_trip(
        session,
        [
            (_SPEND_SQL, {"id": row.id, "moment": moment}),
            (_ISSUE_SQL, _new_token(token, row.device_id, settings, moment)),
            (_CLEAR_SQL, device),
            (_SEEN_SQL, device),
        ],
    )
    if len(spent) != 1:  # pragma: no cover - the row lock prevents it
        _theft(session, device_id=row.device_id, moment=moment)  # the new token too
    return token


def _seen(session: Session, device_id: str, moment: datetime) -> None:
    session.execute(
        update(Device)
        .where(Device.id == device_id)
        .values(last_seen_at=moment)
        .execution_options(synchronize_session=False)
    )


def _answer_again(
    session: Session, row: RefreshToken, *, settings: Settings, moment: datetime
) -> str:
    """A spent token presented again: a retry of a lost answer, or theft (see above)."""
    assert row.used_at is not None
    if moment - row.used_at > REFRESH_RETRY_GRACE:
        _theft(session, device_id=row.device_id, moment=moment)
    # Its successor was issued at the moment it was spent; anything later came after that.
    successors = session.execute(
        select(RefreshToken.id, RefreshToken.used_at, RefreshToken.revoked_at)
        .where(
            RefreshToken.device_id == row.device_id,
            RefreshToken.issued_at >= row.used_at,
            RefreshToken.id != row.id,
        )
        .with_for_update()
    ).all()
    if any(s.used_at is not None for s in successors):
        _theft(session, device_id=row.device_id, moment=moment)
    unused = [s.id for s in successors if s.revoked_at is None]
    if unused:
        superseded = session.execute(
            update(RefreshToken)
            .where(
                RefreshToken.id.in_(unused),
                RefreshToken.used_at.is_(None),
                RefreshToken.revoked_at.is_(None),
            )
            .values(revoked_at=moment)
            .execution_options(synchronize_session=False)
        )
        if getattr(superseded, "rowcount", 0) != len(unused):  # pragma: no cover - locked
            _theft(session, device_id=row.device_id, moment=moment)
    logger.info("refresh answered again within the grace period dev=%s", row.device_id)
    # Issued no earlier than the spend, whatever this request's clock said when it began (it
    # may have waited for the lock, or run on an app server whose clock is behind), so the
    # next retry finds this token among the successors too.
    issued = max(moment, row.used_at)
    return issue_refresh_token(session, device_id=row.device_id, settings=settings, now=issued)


def _theft(session: Session, *, device_id: str, moment: datetime) -> NoReturn:
    revoke_device_tokens(session, device_id=device_id, now=moment)
    raise RefreshTokenReused("refresh token presented twice")


def revoke_device_tokens(session: Session, *, device_id: str, now: datetime | None = None) -> int:
    """Revoke every live refresh token of ``device_id`` (reuse, revoke-device, reset-password).

    Access tokens already handed out stay valid until they expire (at most
    ``access_token_minutes``) unless the device or account itself is revoked or disabled,
    which every authenticated request checks.
    """
    result = session.execute(
        update(RefreshToken)
        .where(RefreshToken.device_id == device_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now or utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
