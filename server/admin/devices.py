"""Laptops registered by coaches' sign-ins: listing them and revoking a lost one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coachapp.models import utcnow
from server.admin.accounts import find_account
from server.admin.audit import execute_update, record_admin_action
from server.admin.errors import AdminError
from server.admin.orgs import find_org
from server.storage.tables import Account, Device, RefreshToken


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    username: str
    name: str
    registered_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class Revocation:
    device: DeviceRow
    already_revoked: bool
    tokens_revoked: int


def list_devices(session: Session, *, org_code: str, username: str | None) -> list[DeviceRow]:
    org = find_org(session, org_code)
    query = (
        select(Device, Account.username)
        .join(Account, Account.id == Device.account_id)
        .where(Device.org_id == org.id)
        .order_by(Account.username, Device.registered_at)
    )
    if username is not None:
        query = query.where(Account.id == find_account(session, org, username).id)
    rows = [_row(device, name) for device, name in session.execute(query)]
    record_admin_action(
        session, action="list_devices", org_id=org.id, counts={"devices": len(rows)}
    )
    return rows


def revoke_device(session: Session, *, org_code: str, device_id: str) -> Revocation:
    org = find_org(session, org_code)
    found = session.execute(
        select(Device, Account.username)
        .join(Account, Account.id == Device.account_id)
        .where(Device.org_id == org.id, Device.id == device_id.strip())
    ).first()
    if found is None:
        raise AdminError(
            f"organisation {org.code} has no device {device_id.strip()!r} (see: list-devices)"
        )
    device, username = found
    now = utcnow()
    already = device.revoked_at is not None
    if not already:
        device.revoked_at = now
    # A lost laptop's data key must never leave the server again, whoever signs in with it.
    device.escrowed_key = None
    tokens = execute_update(
        session,
        update(RefreshToken)
        .where(RefreshToken.device_id == device.id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session=False),
    )
    record_admin_action(
        session,
        action="revoke_device",
        org_id=org.id,
        account_id=device.account_id,
        device_id=device.id,
        counts={"tokens_revoked": tokens},
    )
    return Revocation(device=_row(device, username), already_revoked=already, tokens_revoked=tokens)


def _row(device: Device, username: str) -> DeviceRow:
    return DeviceRow(
        device_id=device.id,
        username=username,
        name=device.name,
        registered_at=device.registered_at,
        last_seen_at=device.last_seen_at,
        revoked_at=device.revoked_at,
    )
