"""Per-row fingerprints of what a laptop holds and what the server holds for that laptop's coach.

Both sides are reduced to ``{(table, row id): hash}`` over every column of every synced
table, in wire form (``coachapp.models.wire.to_wire`` on the laptop, the server's own
``row_values``), so "the laptop equals the server" is one dictionary comparison. The
server side is the coach's scope as the server itself defines it (``server.storage.pull``
from cursor 0), plus the organisation's reference data. Local-only bookkeeping (outbox,
settings, sync problems) lives in other tables and is never part of a snapshot.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.models import SYNCED_MODELS, Coach
from coachapp.models.wire import to_wire
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry, SyncProblem
from server.storage.pull import pull, pull_reference

Key = tuple[str, str]
Snapshot = dict[Key, str]


@dataclass(frozen=True)
class Viewer:
    """A coach as the server's scope rules see them."""

    coach_id: str
    org_id: str
    role: str
    team_id: str | None


def row_hash(values: Mapping[str, Any]) -> str:
    """A stable fingerprint of one row in wire form (key order does not matter)."""
    body = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def snapshot(source: LocalStore | Session, *, coach_id: str | None = None) -> Snapshot:
    """A laptop's store, or the server's view of ``coach_id``'s scope (given a server session)."""
    if isinstance(source, LocalStore):
        return laptop_snapshot(source)
    if coach_id is None:
        raise ValueError("the server side needs the coach whose scope to take")
    return server_snapshot(source, coach_id=coach_id)


def laptop_rows(store: LocalStore) -> dict[Key, dict[str, Any]]:
    """Every synced row on the laptop, in wire form."""
    rows: dict[Key, dict[str, Any]] = {}
    with store.read() as session:
        for table, model in SYNCED_MODELS.items():
            columns = model.__table__.columns  # type: ignore[attr-defined]
            for row in session.execute(select(*columns)).mappings():
                rows[(table, row["id"])] = {name: to_wire(value) for name, value in row.items()}
    return rows


def laptop_snapshot(store: LocalStore) -> Snapshot:
    return {key: row_hash(values) for key, values in laptop_rows(store).items()}


def server_rows(session: Session, *, coach_id: str) -> dict[Key, dict[str, Any]]:
    """Every row the server would send ``coach_id``'s laptop from scratch, in wire form."""
    coach = session.get(Coach, coach_id)
    assert coach is not None, "no such coach on the server"
    viewer = Viewer(coach.id, coach.org_id, str(coach.role), coach.team_id)
    rows: dict[Key, dict[str, Any]] = {}
    cursor, more = 0, True
    while more:
        page = pull(session, viewer, cursor=cursor, limit=5000).model()
        for change in page.changes:
            rows[(change.table, change.row_id)] = dict(change.row)
        cursor, more = page.next_cursor, page.has_more
    since, more = 0, True
    while more:
        ref = pull_reference(session, coach.org_id, since=since, limit=5000).model()
        for change in ref.changes:
            rows[(change.table, change.row_id)] = dict(change.row)
        since, more = ref.next_since, ref.has_more
    return rows


def server_snapshot(session: Session, *, coach_id: str) -> Snapshot:
    return {
        key: row_hash(values) for key, values in server_rows(session, coach_id=coach_id).items()
    }


def differences(laptop: Snapshot, server: Snapshot, *, limit: int = 8) -> str:
    """What differs, readably, for an assertion message ("" when equal)."""
    only_laptop = sorted(set(laptop) - set(server))
    only_server = sorted(set(server) - set(laptop))
    changed = sorted(k for k in set(laptop) & set(server) if laptop[k] != server[k])
    if not (only_laptop or only_server or changed):
        return ""
    return (
        f"{len(laptop)} rows on the laptop, {len(server)} on the server; "
        f"only on the laptop: {only_laptop[:limit]}; only on the server: {only_server[:limit]}; "
        f"different: {changed[:limit]}"
    )


def counts_by_table(snap: Snapshot) -> dict[str, int]:
    out: dict[str, int] = {}
    for table, _row_id in snap:
        out[table] = out.get(table, 0) + 1
    return out


def outbox_size(store: LocalStore) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def sync_problems(store: LocalStore) -> list[tuple[str, str, str]]:
    """Refused changes the laptop is showing the coach: (table, row id, code)."""
    with store.read() as session:
        return [
            (p.table_name, p.row_id, p.code)
            for p in session.scalars(select(SyncProblem).order_by(SyncProblem.seq))
        ]
