"""Coaches' sign-ins: adding a coach, resetting a password, disabling and enabling.

A coach is two rows: the synced ``coaches`` row laptops pull (who the person is) and the
server-only ``accounts`` row (how they sign in). Both change in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coachapp.errors import WeakPassphrase
from coachapp.models import Coach, Team, utcnow
from coachapp.models.enums import CoachRole
from coachapp.store.passphrase import check_passphrase
from server.admin.audit import execute_update, record_admin_action
from server.admin.errors import AdminError
from server.admin.orgs import clean_text, find_org, find_team
from server.auth.passwords import hash_password
from server.storage.revisions import stamp
from server.storage.tables import Account, Device, Organization, RefreshToken

_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]*$")
ROLES = tuple(r.value for r in CoachRole)


@dataclass(frozen=True)
class CoachSummary:
    coach_id: str
    account_id: str
    username: str
    role: str
    team_code: str | None
    active: bool


@dataclass(frozen=True)
class PasswordReset:
    username: str
    #: Refresh tokens ended, so every laptop asks for the new password at its next sign-in.
    sessions_ended: int


def check_new_password(password: str, *, username: str) -> None:
    """The laptop's passphrase policy: the server password unlocks the laptop too."""
    try:
        check_passphrase(password, username=username)
    except WeakPassphrase as exc:
        raise AdminError(f"password refused: {exc}") from None


def find_account(session: Session, org: Organization, username: str) -> Account:
    account = session.scalars(
        select(Account).where(
            Account.org_id == org.id, func.lower(Account.username) == username.strip().lower()
        )
    ).first()
    if account is None:
        raise AdminError(f"organisation {org.code} has no coach with username {username.strip()!r}")
    return account


def add_coach(
    session: Session,
    *,
    org_code: str,
    username: str,
    display_name: str,
    role: str,
    team_code: str | None,
    password: str,
) -> CoachSummary:
    org = find_org(session, org_code)
    username = clean_text(username, label="username", max_len=80)
    if not _USERNAME.match(username):
        raise AdminError(
            f"username {username!r} may hold only letters, digits and . _ @ + - "
            "and must start with a letter or digit"
        )
    display_name = clean_text(display_name, label="display name", max_len=120)
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    # Letter case is ignored so two coaches can never differ only by it.
    if session.scalars(
        select(Account.id).where(
            Account.org_id == org.id, func.lower(Account.username) == username.lower()
        )
    ).first():
        raise AdminError(f"organisation {org.code} already has a coach with username {username!r}")
    team = find_team(session, org, team_code) if team_code else None
    check_new_password(password, username=username)

    coach = Coach(
        org_id=org.id,
        username=username,
        display_name=display_name,
        role=CoachRole(role),
        team_id=team.id if team else None,
        active=True,
    )
    account = Account(
        org_id=org.id,
        coach_id=coach.id,
        username=username,
        password_hash=hash_password(password),
        role=role,
        active=True,
    )
    session.add_all([coach, account])
    stamp(session, [coach])
    record_admin_action(
        session,
        action="add_coach",
        org_id=org.id,
        account_id=account.id,
        counts={"role": role, "coaches": 1},
    )
    return CoachSummary(
        coach_id=coach.id,
        account_id=account.id,
        username=username,
        role=role,
        team_code=team.code if team else None,
        active=True,
    )


def reset_password(
    session: Session, *, org_code: str, username: str, password: str
) -> PasswordReset:
    org = find_org(session, org_code)
    account = find_account(session, org, username)
    check_new_password(password, username=account.username)
    now = utcnow()
    account.password_hash = hash_password(password)
    account.password_changed_at = now
    # Whoever knew the old password must not stay signed in through a refresh token. The
    # laptop itself keeps its device and its escrowed key: the coach signs in again online
    # and the laptop re-wraps its data key, so unsynced work survives.
    device_ids = select(Device.id).where(Device.account_id == account.id)
    ended = execute_update(
        session,
        update(RefreshToken)
        .where(RefreshToken.device_id.in_(device_ids), RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session=False),
    )
    record_admin_action(
        session,
        action="reset_password",
        org_id=org.id,
        account_id=account.id,
        counts={"sessions_ended": ended},
    )
    return PasswordReset(username=account.username, sessions_ended=ended)


def set_coach_active(
    session: Session, *, org_code: str, username: str, active: bool
) -> tuple[CoachSummary, bool]:
    """Disable or enable a coach's sign-in and their ``coaches`` row; (summary, changed)."""
    org = find_org(session, org_code)
    account = find_account(session, org, username)
    coach = session.get(Coach, account.coach_id)
    changed = account.active != active or (coach is not None and coach.active != active)
    if changed:
        account.active = active
        if coach is not None:
            coach.active = active
            coach.updated_at = utcnow()
            coach.updated_by = None
            stamp(session, [coach])
    record_admin_action(
        session,
        action="enable_coach" if active else "disable_coach",
        org_id=org.id,
        account_id=account.id,
        counts={"changed": int(changed)},
    )
    team = session.get(Team, coach.team_id) if coach is not None and coach.team_id else None
    return (
        CoachSummary(
            coach_id=account.coach_id,
            account_id=account.id,
            username=account.username,
            role=account.role,
            team_code=team.code if team else None,
            active=active,
        ),
        changed,
    )
