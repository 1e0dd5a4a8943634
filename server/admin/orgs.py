"""Organisations and teams: creating them and finding them by the codes administrators type."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.models import Team
from server.admin.audit import record_admin_action
from server.admin.errors import AdminError
from server.storage.revisions import stamp
from server.storage.tables import Organization

# Codes travel in sign-in requests, file names and command lines: keep them plain.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
CODE_MAX = 40


@dataclass(frozen=True)
class OrgSummary:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class TeamSummary:
    id: str
    code: str
    name: str


def clean_text(value: str, *, label: str, max_len: int) -> str:
    """``value`` stripped, or an :class:`AdminError` saying why it cannot be stored."""
    cleaned = value.strip()
    if not cleaned:
        raise AdminError(f"{label} must not be empty")
    if _CONTROL.search(cleaned):
        raise AdminError(f"{label} contains control characters")
    if len(cleaned) > max_len:
        raise AdminError(f"{label} must be at most {max_len} characters")
    return cleaned


def clean_code(value: str, *, label: str) -> str:
    code = clean_text(value, label=label, max_len=CODE_MAX)
    if not _CODE.match(code):
        raise AdminError(
            f"{label} {code!r} may hold only letters, digits, '.', '_' and '-' "
            "and must start with a letter or digit"
        )
    return code


def find_org(session: Session, code: str) -> Organization:
    """The organisation with ``code`` (any letter case) or an error naming it."""
    org = session.scalars(
        select(Organization).where(func.lower(Organization.code) == code.strip().lower())
    ).first()
    if org is None:
        raise AdminError(f"no organisation with code {code.strip()!r} (create it with: create-org)")
    return org


def find_team(session: Session, org: Organization, code: str) -> Team:
    """The live team with ``code`` in ``org`` (any letter case) or an error naming it."""
    team = session.scalars(
        select(Team).where(
            Team.org_id == org.id,
            Team.deleted.is_(False),
            func.lower(Team.code) == code.strip().lower(),
        )
    ).first()
    if team is None:
        raise AdminError(f"organisation {org.code} has no team with code {code.strip()!r}")
    return team


def create_org(session: Session, *, code: str, name: str) -> OrgSummary:
    code = clean_code(code, label="organisation code")
    name = clean_text(name, label="organisation name", max_len=160)
    # Compared without letter case: "demo" and "DEMO" signing in to different programs
    # would be a trap for coaches.
    taken = session.scalar(
        select(func.count())
        .select_from(Organization)
        .where(func.lower(Organization.code) == code.lower())
    )
    if taken:
        raise AdminError(f"an organisation with code {code!r} already exists")
    org = Organization(code=code, name=name)
    session.add(org)
    session.flush()
    record_admin_action(session, action="create_org", org_id=org.id)
    return OrgSummary(id=org.id, code=org.code, name=org.name)


def add_team(session: Session, *, org_code: str, code: str, name: str) -> TeamSummary:
    org = find_org(session, org_code)
    code = clean_code(code, label="team code")
    name = clean_text(name, label="team name", max_len=120)
    existing = session.scalar(
        select(func.count())
        .select_from(Team)
        .where(
            Team.org_id == org.id, Team.deleted.is_(False), func.lower(Team.code) == code.lower()
        )
    )
    if existing:
        raise AdminError(f"organisation {org.code} already has a team with code {code!r}")
    team = Team(org_id=org.id, code=code, name=name)
    session.add(team)
    stamp(session, [team])
    record_admin_action(session, action="add_team", org_id=org.id, counts={"teams": 1})
    return TeamSummary(id=team.id, code=team.code, name=team.name)
