"""The participant's family after intake: adding, correcting and removing household members,
and the facts about the family as a unit (parents in the TANF unit, federal childcare)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.models import Household, HouseholdMember, Participant
from coachapp.models.enums import HouseholdRole
from coachapp.services.common import expect, live, today_or
from coachapp.services.intake import HouseholdMemberInput
from coachapp.services.participants import HouseholdMemberView, member_view
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

__all__ = [
    "HouseholdMemberInput",
    "HouseholdView",
    "add_member",
    "edit_member",
    "household_of",
    "remove_member",
    "set_household",
]


@dataclass(frozen=True)
class HouseholdView:
    participant_id: str
    household_id: str | None
    parents_in_unit: int | None
    federal_childcare: bool
    members: tuple[HouseholdMemberView, ...]


def household_of(store: LocalStore, participant_id: str) -> HouseholdView:
    """The family as recorded: the unit's facts and every member, in the order added."""
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        household = _household(session, participant.id)
        members = session.scalars(
            select(HouseholdMember)
            .where(
                HouseholdMember.participant_id == participant.id,
                HouseholdMember.deleted.is_(False),
            )
            .order_by(HouseholdMember.created_at, HouseholdMember.id)
        ).all()
        return HouseholdView(
            participant_id=participant.id,
            household_id=household.id if household else None,
            parents_in_unit=household.parents_in_unit if household else None,
            federal_childcare=household.federal_childcare if household else False,
            members=tuple(member_view(m) for m in members),
        )


def add_member(
    store: LocalStore,
    participant_id: str,
    member: HouseholdMemberInput,
    *,
    today: date | None = None,
) -> HouseholdMemberView:
    """Add someone to the participant's family (a household is started if none exists)."""
    fc = FieldCheck()
    values = check_member(fc, member, today=today_or(today))
    fc.done()
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        household = _household(session, participant.id)
        if household is None:
            household = Household(participant_id=participant.id, parents_in_unit=1)
            session.add(household)
        row = HouseholdMember(participant_id=participant.id, household_id=household.id, **values)
        session.add(row)
        session.flush()
        return member_view(row)


def edit_member(
    store: LocalStore,
    member_id: str,
    member: HouseholdMemberInput,
    *,
    today: date | None = None,
) -> HouseholdMemberView:
    """Correct a household member: every field is taken from ``member``."""
    fc = FieldCheck()
    values = check_member(fc, member, today=today_or(today))
    fc.done()
    with store.write() as session:
        row = live(session, HouseholdMember, member_id, what="household member")
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        return member_view(row)


def remove_member(store: LocalStore, member_id: str) -> None:
    """Take someone out of the family list (kept as a tombstone, for audit and sync)."""
    with store.write() as session:
        live(session, HouseholdMember, member_id, what="household member").deleted = True


def set_household(
    store: LocalStore,
    participant_id: str,
    *,
    parents_in_unit: int | str,
    federal_childcare: bool,
) -> HouseholdView:
    """Record how many parents are in the TANF unit and whether childcare is federally paid."""
    fc = FieldCheck()
    parents = fc.whole(
        "parents_in_unit", parents_in_unit, label="Parents in the household", minimum=0, maximum=4
    )
    fc.done()
    assert parents is not None
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        household = _household(session, participant.id)
        if household is None:
            household = Household(participant_id=participant.id)
            session.add(household)
        household.parents_in_unit = parents
        household.federal_childcare = bool(federal_childcare)
    return household_of(store, participant_id)


def check_member(fc: FieldCheck, m: HouseholdMemberInput, *, today: date) -> dict[str, Any]:
    """The same checks as at intake, with plain field names (the form has one member)."""
    m = expect(m, HouseholdMemberInput, field="member", what="family member form")
    return {
        "role": fc.choice("role", m.role, HouseholdRole, label="Role in the family"),
        "first_name": fc.required_text("first_name", m.first_name, label="First name"),
        "last_name": fc.required_text("last_name", m.last_name, label="Last name"),
        "date_of_birth": fc.birth_date(
            "date_of_birth", m.date_of_birth, today=today, required=False
        ),
        "relationship": fc.text("relationship", m.relationship, label="Relationship", max_len=60),
        "lives_in_household": bool(m.lives_in_household),
        "ivd_case_number": fc.case_number(
            "ivd_case_number", m.ivd_case_number, label="Child support (IV-D) case number"
        ),
    }


def _household(session: Session, participant_id: str) -> Household | None:
    return session.scalars(
        select(Household)
        .where(Household.participant_id == participant_id, Household.deleted.is_(False))
        .order_by(Household.created_at, Household.id)
    ).first()
