"""Revisions: every accepted change takes the next number of one server-wide sequence.

Numbers are taken at the end of the transaction from a single counter row, whose row lock
is held until commit. So revisions are handed out in commit order and a laptop pulling
"everything after N" can never miss a change that committed late with a smaller number.
The lock is held only for the last few statements of a push, not the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from coachapp.models import (
    REFERENCE_MODELS,
    AuditEvent,
    Barrier,
    CaseNote,
    Coach,
    Conflict,
    InfoSession,
    Lead,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    Task,
)
from server.storage.tables import RevCounter, SyncIndex

REFERENCE_TABLES = frozenset(m.__tablename__ for m in REFERENCE_MODELS)  # type: ignore[attr-defined]


def take(session: Session, count: int) -> range:
    """Reserve ``count`` consecutive revisions (locks the counter until commit)."""
    if count <= 0:
        return range(0)
    end = session.execute(
        update(RevCounter)
        .where(RevCounter.id == 1)
        .values(value=RevCounter.value + count)
        .returning(RevCounter.value)
    ).scalar_one()
    return range(end - count + 1, end + 1)


def lock(session: Session) -> None:
    """Take the counter's lock now (held until commit) without using a number.

    What runs after this in a transaction sees every change committed before it and runs
    while no other push or merge can commit: duplicate detection and merge redirects use it.
    """
    session.execute(update(RevCounter).where(RevCounter.id == 1).values(value=RevCounter.value))


def current(session: Session) -> int:
    """The highest revision committed so far."""
    return int(session.scalar(select(RevCounter.value).where(RevCounter.id == 1)) or 0)


def stamp(session: Session, rows: Sequence[SyncedMixin]) -> None:
    """Give each row its next revision and record who may see it. Call last, then commit."""
    unique: list[SyncedMixin] = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        key = (row.__tablename__, row.id)  # type: ignore[attr-defined]
        if key not in seen:
            seen.add(key)
            unique.append(row)
    if not unique:
        return
    session.flush()
    revs = take(session, len(unique))
    # Replace each row's index entry: one entry per row, at its latest revision.
    by_table: dict[str, list[str]] = {}
    for row in unique:
        by_table.setdefault(row.__tablename__, []).append(row.id)  # type: ignore[attr-defined]
    for table, ids in by_table.items():
        for chunk in _chunks(ids, 500):
            session.execute(
                delete(SyncIndex).where(SyncIndex.table_name == table, SyncIndex.row_id.in_(chunk))
            )
    coach_teams: dict[str, str | None] = {}
    for row, rev in zip(unique, revs, strict=True):
        row.rev = rev
        participant_id, owner, team, restricted = _scope_of(session, row, coach_teams)
        session.add(
            SyncIndex(
                seq=rev,
                org_id=row.org_id,
                table_name=row.__tablename__,  # type: ignore[attr-defined]
                row_id=row.id,
                participant_id=participant_id,
                other_participant_id=(
                    row.participant_b_id if isinstance(row, PossibleDuplicate) else None
                ),
                owner_coach_id=owner,
                team_id=team,
                restricted=restricted,
            )
        )
    session.flush()


def _scope_of(
    session: Session, row: SyncedMixin, coach_teams: dict[str, str | None]
) -> tuple[str | None, str | None, str | None, bool]:
    """(participant, owner coach, team, restricted) that decide who may pull ``row``."""
    if isinstance(row, Participant):
        return row.id, row.assigned_coach_id, row.team_id, False
    if isinstance(row, PossibleDuplicate):
        # Seen by whoever sees either person; the second is ``other_participant_id``.
        return row.participant_a_id, None, None, False
    if isinstance(row, Barrier | CaseNote):
        return row.participant_id, None, None, bool(row.restricted)
    if isinstance(row, Task):
        return (
            row.participant_id,
            row.assigned_to_id,
            _team(session, row.assigned_to_id, coach_teams),
            False,
        )
    if isinstance(row, InfoSession):
        return None, row.facilitator_id, row.team_id, False
    if isinstance(row, Lead):
        return (
            row.participant_id,
            row.assigned_coach_id,
            _team(session, row.assigned_coach_id, coach_teams),
            False,
        )
    if isinstance(row, AuditEvent | Conflict):
        return row.participant_id, getattr(row, "actor_id", None), None, False
    participant_id = getattr(row, "participant_id", None)
    return participant_id, None, None, False


def _team(session: Session, coach_id: str | None, cache: dict[str, str | None]) -> str | None:
    if coach_id is None:
        return None
    if coach_id not in cache:
        cache[coach_id] = session.scalar(select(Coach.team_id).where(Coach.id == coach_id))
    return cache[coach_id]


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
