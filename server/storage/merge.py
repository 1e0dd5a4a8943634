"""Deciding a possible duplicate: merge the two records into one, or set them apart.

A merge moves every record of the merged participant to the survivor in one transaction,
tombstones the merged one, leaves a redirect that later pushes follow, and stamps all of it
so every laptop in scope pulls the result. Both decisions need a caller who sees both people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import inspect, or_, select, update
from sqlalchemy.orm import Session

from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    SYNC_COLUMNS,
    Conflict,
    DuplicateStatus,
    Lead,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    Task,
    utcnow,
)
from server.storage import revisions
from server.storage.scope import Viewer, can_see
from server.storage.tables import ParticipantRedirect, ScopeEvent, ServerAuditEvent

#: Every table whose rows belong to a participant and move with them in a merge. Not the
#: audit trail: it is append-only (laptops enforce it with a trigger) and says what happened
#: to which record; the redirect and the merge's own audit entry link the two ids.
CHILD_MODELS: tuple[type[SyncedMixin], ...] = (*PARTICIPANT_OWNED_MODELS, Task, Lead, Conflict)
#: Survivor fields never filled from the merged record: identity, scope and workflow stay
#: the survivor's own.
_NOT_FILLED = SYNC_COLUMNS | {
    "first_name",
    "last_name",
    "name_key",
    "status",
    "assigned_coach_id",
    "team_id",
    "shared_with_team",
}


class Decider(Viewer, Protocol):
    @property
    def account_id(self) -> str: ...  # pragma: no cover - a protocol
    @property
    def device_id(self) -> str: ...  # pragma: no cover - a protocol


class DecisionRefused(Exception):
    """A merge or rejection that cannot be made; ``status`` is the HTTP answer."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Decision:
    pair: PossibleDuplicate
    #: How many records moved to the survivor (0 for a rejection or a repeated merge).
    moved: int = 0


def merge(session: Session, caller: Decider, pair_id: str, survivor_id: str) -> Decision:
    """Make the pair one person, keeping ``survivor_id``. Repeating a merge is harmless."""
    now = utcnow()
    pair = _decidable(session, caller, pair_id)
    if survivor_id not in (pair.participant_a_id, pair.participant_b_id):
        raise DecisionRefused(
            422,
            "invalid_request",
            "The record to keep must be one of the two in this pair.",
            field="survivor_id",
        )
    if pair.status == DuplicateStatus.MERGED:
        if pair.survivor_id == survivor_id:
            return Decision(pair)
        raise DecisionRefused(
            409, "already_decided", "These records were already merged, keeping the other one."
        )
    merged_id = (
        pair.participant_b_id if survivor_id == pair.participant_a_id else pair.participant_a_id
    )
    # Lock both people: a push changing either finishes first, and its values are read here.
    people = {
        p.id: p
        for p in session.scalars(
            select(Participant)
            .where(Participant.id.in_([survivor_id, merged_id]))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    }
    survivor, merged = people.get(survivor_id), people.get(merged_id)
    if survivor is None or merged is None or survivor.deleted or merged.deleted:
        raise DecisionRefused(
            409,
            "already_decided",
            "One of these records was deleted or merged into another; look at the pair again.",
        )
    moved = _move_children(session, caller, merged_id, survivor_id, now)
    filled = _fill_empty(survivor, merged)
    if filled:
        survivor.updated_at, survivor.updated_by = now, caller.coach_id
    old_scope = (merged.assigned_coach_id, merged.team_id, bool(merged.shared_with_team))
    # The tombstone lives where the survivor lives: whoever sees the survivor learns the
    # merged record is gone; whoever saw only the merged one gets it removed (a scope event).
    merged.deleted = True
    merged.assigned_coach_id = survivor.assigned_coach_id
    merged.team_id = survivor.team_id
    merged.shared_with_team = survivor.shared_with_team
    merged.updated_at, merged.updated_by = now, caller.coach_id
    session.execute(
        update(ParticipantRedirect)
        .where(ParticipantRedirect.survivor_id == merged_id)
        .values(survivor_id=survivor_id)
    )
    session.add(
        ParticipantRedirect(
            merged_id=merged_id,
            survivor_id=survivor_id,
            org_id=pair.org_id,
            merged_by=caller.coach_id,
            merged_at=now,
        )
    )
    pairs = _repoint_pairs(session, caller, pair, merged_id, survivor_id, now)
    _decide(pair, caller, DuplicateStatus.MERGED, now)
    pair.survivor_id = survivor_id
    session.flush()
    # From here no push writing records of either person commits until we do: pushes that
    # committed a record of the merged participant since the first pass are moved now; one
    # still running (its rows locked, skipped here) finds the redirect when it reaches the
    # same lock (``push_write.finish``).
    revisions.lock(session, participants=[survivor_id, merged_id], exclusive=True)
    moved += _move_children(session, caller, merged_id, survivor_id, now, skip_locked=True)
    if old_scope != (merged.assigned_coach_id, merged.team_id, bool(merged.shared_with_team)):
        session.add(
            ScopeEvent(
                seq=revisions.take(session, 1)[0],
                org_id=pair.org_id,
                participant_id=merged_id,
                old_coach_id=old_scope[0],
                old_team_id=old_scope[1],
                old_shared_with_team=old_scope[2],
            )
        )
    _audit(
        session,
        caller,
        "merge_participants",
        f"pair={pair.id} survivor={survivor_id} merged={merged_id} moved={len(moved)} "
        f"filled={','.join(filled) or '-'}",
    )
    revisions.stamp(session, [survivor, merged, pair, *pairs, *moved])
    return Decision(pair, moved=len(moved))


def reject(session: Session, caller: Decider, pair_id: str) -> Decision:
    """Record that the two are different people; detection never reopens the pair."""
    pair = _decidable(session, caller, pair_id)
    if pair.status == DuplicateStatus.NOT_SAME_PERSON:
        return Decision(pair)
    if pair.status == DuplicateStatus.MERGED:
        raise DecisionRefused(409, "already_decided", "These records were already merged.")
    _decide(pair, caller, DuplicateStatus.NOT_SAME_PERSON, utcnow())
    _audit(session, caller, "reject_duplicate", f"pair={pair.id}")
    revisions.stamp(session, [pair])
    return Decision(pair)


def _decidable(session: Session, caller: Decider, pair_id: str) -> PossibleDuplicate:
    """The pair, locked, if the caller may decide about it: they must see both people."""
    pair = session.scalar(
        select(PossibleDuplicate)
        .where(PossibleDuplicate.id == pair_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if pair is None or pair.org_id != caller.org_id or pair.deleted:
        raise DecisionRefused(404, "not_found", "That possible duplicate is not on the server.")
    if not (
        can_see(session, caller, pair.participant_a_id)
        and can_see(session, caller, pair.participant_b_id)
    ):
        raise DecisionRefused(
            403,
            "forbidden",
            "Only someone who can see both records can decide about them; ask a supervisor.",
        )
    return pair


def _decide(
    pair: PossibleDuplicate, caller: Decider, status: DuplicateStatus, now: datetime
) -> None:
    pair.status = status
    pair.decided_by = caller.coach_id
    pair.decided_at = now
    pair.updated_at, pair.updated_by = now, caller.coach_id


def _move_children(
    session: Session,
    caller: Decider,
    merged_id: str,
    survivor_id: str,
    now: datetime,
    *,
    skip_locked: bool = False,
) -> list[SyncedMixin]:
    rows: list[SyncedMixin] = []
    for model in CHILD_MODELS:
        owner = model.participant_id  # type: ignore[attr-defined]
        stmt = select(model).where(owner == merged_id)
        if skip_locked:
            stmt = stmt.with_for_update(skip_locked=True)
        for row in session.scalars(stmt):
            row.participant_id = survivor_id  # type: ignore[attr-defined]
            row.updated_at, row.updated_by = now, caller.coach_id
            rows.append(row)
    return rows


def _fill_empty(survivor: Participant, merged: Participant) -> list[str]:
    """The survivor keeps what it has and takes what only the merged record knew."""
    filled: list[str] = []
    for attr in inspect(Participant).column_attrs:
        name = attr.key
        if name in _NOT_FILLED:
            continue
        mine, theirs = getattr(survivor, name), getattr(merged, name)
        if mine in (None, "") and theirs not in (None, ""):
            setattr(survivor, name, theirs)
            filled.append(name)
    return filled


def _repoint_pairs(
    session: Session,
    caller: Decider,
    decided: PossibleDuplicate,
    merged_id: str,
    survivor_id: str,
    now: datetime,
) -> list[PossibleDuplicate]:
    """Other undecided or rejected pairs naming the merged record now name the survivor;
    where the survivor already has a pair with that person, the two become one."""
    changed: list[PossibleDuplicate] = []
    others = session.scalars(
        select(PossibleDuplicate).where(
            PossibleDuplicate.org_id == decided.org_id,
            or_(
                PossibleDuplicate.participant_a_id == merged_id,
                PossibleDuplicate.participant_b_id == merged_id,
            ),
            PossibleDuplicate.id != decided.id,
            PossibleDuplicate.deleted.is_(False),
            PossibleDuplicate.status != DuplicateStatus.MERGED,
        )
    ).all()
    for pair in others:
        third = (
            pair.participant_b_id if pair.participant_a_id == merged_id else pair.participant_a_id
        )
        a, b = sorted((survivor_id, third))
        existing = session.scalar(
            select(PossibleDuplicate).where(
                PossibleDuplicate.org_id == decided.org_id,
                PossibleDuplicate.participant_a_id == a,
                PossibleDuplicate.participant_b_id == b,
            )
        )
        pair.updated_at, pair.updated_by = now, caller.coach_id
        changed.append(pair)
        if existing is None:
            pair.participant_a_id, pair.participant_b_id = a, b
            continue
        pair.deleted = True
        if (
            pair.status == DuplicateStatus.NOT_SAME_PERSON
            and existing.status == DuplicateStatus.OPEN
        ):
            # Someone already said these are different people: that answer carries over.
            existing.status = pair.status
            existing.decided_by, existing.decided_at = pair.decided_by, pair.decided_at
            existing.updated_at, existing.updated_by = now, caller.coach_id
            changed.append(existing)
    return changed


def _audit(session: Session, caller: Decider, action: str, detail: str) -> None:
    session.add(
        ServerAuditEvent(
            org_id=caller.org_id,
            account_id=caller.account_id,
            device_id=caller.device_id,
            action=action,
            detail=detail,
        )
    )
