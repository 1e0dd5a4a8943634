"""Pulling: every change after a cursor inside the caller's scope, in revision order.

Pages are cut by revision; a page only ever reaches up to the highest committed revision
read at its start (revisions are taken at commit, see ``revisions``), so nothing committed
later with a smaller number can be skipped. Participants that left the caller's scope come
back as ``removed`` entries so the laptop deletes them and everything of theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.models import SYNCED_MODELS, Participant
from server.storage import revisions
from server.storage.push import row_values
from server.storage.scope import Viewer, could_see, index_visible, participant_visible
from server.storage.tables import ScopeEvent, SyncIndex
from sync.protocol import Change, PullResponse, ReferenceResponse, Removal


def pull(session: Session, viewer: Viewer, *, cursor: int, limit: int) -> PullResponse:
    top = revisions.current(session)
    entries = session.execute(
        select(SyncIndex.seq, SyncIndex.table_name, SyncIndex.row_id)
        .select_from(SyncIndex)
        .outerjoin(Participant, Participant.id == SyncIndex.participant_id)
        .where(
            SyncIndex.org_id == viewer.org_id,
            SyncIndex.seq > cursor,
            SyncIndex.seq <= top,
            SyncIndex.table_name.not_in(revisions.REFERENCE_TABLES),
            index_visible(viewer),
        )
        .order_by(SyncIndex.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    next_cursor = entries[-1][0] if has_more else max(top, cursor)
    changes = _load(session, entries)
    removed = _removals(session, viewer, after=cursor, upto=next_cursor)
    return PullResponse(
        changes=changes, removed=removed, next_cursor=next_cursor, has_more=has_more
    )


def pull_reference(session: Session, org_id: str, *, since: int, limit: int) -> ReferenceResponse:
    top = revisions.current(session)
    entries = session.execute(
        select(SyncIndex.seq, SyncIndex.table_name, SyncIndex.row_id)
        .where(
            SyncIndex.org_id == org_id,
            SyncIndex.seq > since,
            SyncIndex.seq <= top,
            SyncIndex.table_name.in_(revisions.REFERENCE_TABLES),
        )
        .order_by(SyncIndex.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    next_since = entries[-1][0] if has_more else max(top, since)
    return ReferenceResponse(
        changes=_load(session, entries), next_since=next_since, has_more=has_more
    )


def _load(session: Session, entries: Sequence[Any]) -> list[Change]:
    """The rows behind index entries, fetched a table at a time, returned in revision order."""
    wanted: dict[str, list[str]] = {}
    for _seq, table, row_id in entries:
        wanted.setdefault(table, []).append(row_id)
    rows: dict[tuple[str, str], Any] = {}
    for table, ids in wanted.items():
        model = SYNCED_MODELS[table]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for loaded in session.scalars(select(model).where(model.id.in_(chunk))):
                rows[(table, loaded.id)] = loaded
    changes: list[Change] = []
    for seq, table, row_id in entries:
        found = rows.get((table, row_id))
        if found is None:  # pragma: no cover - the index and the row move together
            continue
        row = found
        changes.append(
            Change(table=table, row_id=row_id, rev=seq, deleted=row.deleted, row=row_values(row))
        )
    return changes


def _removals(session: Session, viewer: Viewer, *, after: int, upto: int) -> list[Removal]:
    events = session.scalars(
        select(ScopeEvent)
        .where(ScopeEvent.org_id == viewer.org_id, ScopeEvent.seq > after, ScopeEvent.seq <= upto)
        .order_by(ScopeEvent.seq)
    ).all()
    if not events:
        return []
    # Only those who could see the participant before may need to be told it is gone.
    candidates = {
        e.participant_id: e
        for e in events
        if could_see(
            viewer,
            org_id=e.org_id,
            assigned_coach_id=e.old_coach_id,
            team_id=e.old_team_id,
            shared_with_team=e.old_shared_with_team,
        )
    }
    if not candidates:
        return []
    still = set(
        session.scalars(
            select(Participant.id).where(
                Participant.id.in_(list(candidates)), participant_visible(viewer)
            )
        )
    )
    return [
        Removal(row_id=pid, rev=event.seq) for pid, event in candidates.items() if pid not in still
    ]
