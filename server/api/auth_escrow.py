"""``PUT`` / ``GET /v1/auth/escrow``: a laptop's data key, kept sealed under the server's
master key and given back only to that laptop after a password sign-in."""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Annotated

from fastapi import APIRouter, Query, Response

from server.api.auth_common import SIGN_IN_AGAIN, audit
from server.api.errors import ApiError, error_responses
from server.auth.deps import CurrentCaller, DatabaseDep, SettingsDep
from server.auth.escrow import DATA_KEY_BYTES, EscrowError, open_data_key, seal_data_key
from server.storage.tables import Account, Device
from sync.protocol import ErrorCode, EscrowDeposit, EscrowReturn, Uuid

logger = logging.getLogger(__name__)

router = APIRouter()


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
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, SIGN_IN_AGAIN)
        previous = device.escrowed_key
        if previous is not None and _opens_to(previous, device.id, master_key) == data_key:
            return Response(status_code=204)  # a retried deposit: nothing to change
        device.escrowed_key = seal_data_key(data_key, device_id=device.id, master_key=master_key)
        audit(
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
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, SIGN_IN_AGAIN)
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
        audit(
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
