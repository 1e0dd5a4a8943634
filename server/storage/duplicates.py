"""The same person recorded twice: flagged after a push; merged records redirected.

Detection runs at the end of every push batch, under the revision counter's lock, so two
laptops pushing the same person at the same moment still find each other. A merge
(``server.storage.merge``) leaves a redirect; pushes aimed at the merged id follow it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from coachapp.models import (
    AuditEvent,
    DuplicateReason,
    DuplicateStatus,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    utcnow,
)
from server.storage.tables import ParticipantRedirect

#: A change to one of these can make (or unmake) a match.
MATCH_FIELDS = frozenset(
    {"first_name", "last_name", "name_key", "date_of_birth", "tanf_case_number", "ivd_case_number"}
)
_MAX_MATCHES = 50


# --- detection ---------------------------------------------------------------------------------


def detect(session: Session, participants: Iterable[Participant]) -> list[PossibleDuplicate]:
    """Open a pair for every other live participant of the org that looks like the same
    person, unless the pair is already known (a "not the same person" stays decided)."""
    now = utcnow()
    made: list[PossibleDuplicate] = []
    considered: set[tuple[str, str]] = set()
    for person in participants:
        if person.deleted:
            continue
        matches = _matches(person)
        if not matches:
            continue
        others = session.scalars(
            select(Participant)
            .where(
                Participant.org_id == person.org_id,
                Participant.deleted.is_(False),
                Participant.id != person.id,
                or_(*matches),
            )
            .order_by(Participant.id)
            .limit(_MAX_MATCHES)
        ).all()
        for other in others:
            a, b = sorted((person.id, other.id))
            if (a, b) in considered:
                continue
            considered.add((a, b))
            known = session.scalar(
                select(PossibleDuplicate.id).where(
                    PossibleDuplicate.org_id == person.org_id,
                    PossibleDuplicate.participant_a_id == a,
                    PossibleDuplicate.participant_b_id == b,
                )
            )
            if known is not None:
                continue
            pair = PossibleDuplicate(
                org_id=person.org_id,
                participant_a_id=a,
                participant_b_id=b,
                reason=_reason(person, other),
                status=DuplicateStatus.OPEN,
                rev=0,
                deleted=False,
                created_at=now,
                updated_at=now,
                updated_by=None,
            )
            session.add(pair)
            made.append(pair)
    return made


def _matches(person: Participant) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if person.tanf_case_number:
        found.append(Participant.tanf_case_number == person.tanf_case_number)
    if person.ivd_case_number:
        found.append(Participant.ivd_case_number == person.ivd_case_number)
    if person.name_key and person.date_of_birth is not None:
        found.append(
            and_(
                Participant.name_key == person.name_key,
                Participant.date_of_birth == person.date_of_birth,
            )
        )
    return found


def _reason(person: Participant, other: Participant) -> DuplicateReason:
    if person.tanf_case_number and person.tanf_case_number == other.tanf_case_number:
        return DuplicateReason.SAME_TANF_CASE
    if person.ivd_case_number and person.ivd_case_number == other.ivd_case_number:
        return DuplicateReason.SAME_IVD_CASE
    return DuplicateReason.SAME_NAME_AND_BIRTH_DATE


# --- redirects ---------------------------------------------------------------------------------


def survivors(session: Session, participant_ids: Iterable[str | None]) -> dict[str, str]:
    """Merged id → survivor id, for those of ``participant_ids`` that were merged."""
    wanted = sorted({pid for pid in participant_ids if pid})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(ParticipantRedirect.merged_id, ParticipantRedirect.survivor_id).where(
                ParticipantRedirect.merged_id.in_(chunk)
            )
        ).all()
        found.update({merged: survivor for merged, survivor in rows})
    return found


def follow_late_merges(session: Session, rows: Sequence[SyncedMixin]) -> dict[int, str]:
    """Rows of a push naming a participant merged while the push ran go to the survivor
    (the merge skipped rows the push held locked). Call under the revision counter's lock.

    Returns ``id(row)`` → survivor for the rows moved.
    """
    owned = [
        row
        for row in rows
        if not isinstance(row, Participant | AuditEvent)
        and isinstance(getattr(row, "participant_id", None), str)
    ]
    late = survivors(session, (getattr(row, "participant_id", None) for row in owned))
    moved: dict[int, str] = {}
    for row in owned if late else ():
        survivor = late.get(getattr(row, "participant_id", ""))
        if survivor is not None:
            row.participant_id = survivor  # type: ignore[attr-defined]
            moved[id(row)] = survivor
    return moved


def changed_identity(fields: Sequence[str]) -> bool:
    """Whether a pushed change touches what detection compares."""
    return not MATCH_FIELDS.isdisjoint(fields)
