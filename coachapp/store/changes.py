"""One place where every local change is stamped, audited and queued for sync.

Listeners on the store's sessions do, inside the same flush (so the same transaction):
timestamps and author; an ``AuditEvent`` naming the fields changed (never values);
an outbox entry per mutation with new values, base values and base revision; and the
participant search index kept in step. Rows applied from the server (sync) are marked
``remote`` and skip the outbox and audit but still update the search index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction, attributes, sessionmaker

from coachapp.errors import StoreError
from coachapp.ids import uuid7
from coachapp.models import SYNC_COLUMNS, SYNCED_MODELS, AuditEvent, Participant, SyncedMixin
from coachapp.models.base import utcnow
from coachapp.models.enums import AuditAction
from coachapp.models.wire import to_wire
from coachapp.store import search
from coachapp.store.outbox import OutboxEntry

ACTOR_KEY = "coachapp.actor"
REMOTE_KEY = "coachapp.applying_remote"

_TABLE_ORDER = {name: i for i, name in enumerate(SYNCED_MODELS)}
_NOT_MUTABLE = SYNC_COLUMNS  # managed here or by the server, never part of a field diff


@dataclass(frozen=True)
class Actor:
    """Who is making changes on this laptop."""

    org_id: str
    coach_id: str
    device_id: str


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    if session.info.get(REMOTE_KEY):
        return
    actor: Actor | None = session.info.get(ACTOR_KEY)
    if actor is None:
        raise StoreError("Changes need a signed-in coach; this store was opened read-only.")
    now = utcnow()
    audits: list[AuditEvent] = []
    outbox: list[OutboxEntry] = []

    for obj in sorted(_synced(session.new), key=_order):
        if isinstance(obj, AuditEvent):
            continue
        _fill_defaults(obj)
        if not obj.org_id:
            obj.org_id = actor.org_id
        obj.created_at = now
        obj.updated_at = now
        obj.updated_by = actor.coach_id
        outbox.append(_insert_entry(obj))
        audits.append(_audit(obj, actor, AuditAction.CREATE, None))

    for obj in sorted(_synced(session.dirty), key=_order):
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, AuditEvent):
            raise StoreError("The audit trail is append-only; an audit event cannot be changed.")
        fields, base = _diff(obj)
        if not fields:
            continue
        obj.updated_at = now
        obj.updated_by = actor.coach_id
        deleted = fields.pop("deleted", None)
        if deleted is True:
            outbox.append(_entry(obj, "delete", {}, {}))
            audits.append(_audit(obj, actor, AuditAction.DELETE, None))
        else:
            if deleted is False:
                # Brought back (a person kept a deleted record): an ordinary field change,
                # with its base, so the server can tell it from an edit that missed a delete.
                fields["deleted"] = False
            else:
                base.pop("deleted", None)
            outbox.append(_entry(obj, "upsert", fields, base))
            audits.append(_audit(obj, actor, AuditAction.UPDATE, sorted(fields)))

    for obj in _synced(session.deleted):
        raise StoreError(
            f"Records are never erased on the laptop; mark the {obj.__tablename__} row deleted."  # type: ignore[attr-defined]
        )

    for audit in audits:
        _fill_defaults(audit)
        audit.org_id = actor.org_id
        audit.created_at = audit.updated_at = audit.occurred_at = now
        audit.updated_by = actor.coach_id
        session.add(audit)
        outbox.append(_insert_entry(audit))
    # Audit events added explicitly by services (views of restricted records, exports).
    for obj in _synced(session.new):
        if isinstance(obj, AuditEvent) and obj not in audits:
            _fill_defaults(obj)
            obj.org_id = obj.org_id or actor.org_id
            obj.actor_id = obj.actor_id or actor.coach_id
            obj.device_id = obj.device_id or actor.device_id
            obj.created_at = obj.updated_at = now
            obj.occurred_at = obj.occurred_at or now
            obj.updated_by = actor.coach_id
            outbox.append(_insert_entry(obj))
    session.add_all(outbox)


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    changed: list[Participant] = [
        obj
        for obj in (*session.new, *session.dirty, *session.deleted)
        if isinstance(obj, Participant)
    ]
    if not changed:
        return
    conn = session.connection()
    for participant in changed:
        if participant in session.deleted or participant.deleted:
            search.remove(conn, participant.id)
        else:
            search.index(conn, participant)


def record_audit(
    session: Session,
    *,
    action: AuditAction,
    table_name: str,
    record_id: str,
    participant_id: str | None,
    detail: str | None = None,
) -> None:
    """Append an audit event for something that is not a data change (a view, an export)."""
    session.add(
        AuditEvent(
            action=action,
            table_name=table_name,
            record_id=record_id,
            participant_id=participant_id,
            detail=detail,
        )
    )


# --- helpers -----------------------------------------------------------------------------------


def _synced(objs: Any) -> list[SyncedMixin]:
    return [o for o in objs if isinstance(o, SyncedMixin)]


def _order(obj: SyncedMixin) -> int:
    return _TABLE_ORDER.get(obj.__tablename__, len(_TABLE_ORDER))  # type: ignore[attr-defined]


def _fill_defaults(obj: SyncedMixin) -> None:
    """Apply Python-side column defaults now, so the outbox sees the values the row will have."""
    mapper = inspect(obj).mapper
    for column_attr in mapper.column_attrs:
        column = column_attr.columns[0]
        if getattr(obj, column_attr.key) is not None or column.default is None:
            continue
        default = column.default
        if default.is_scalar:
            setattr(obj, column_attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, column_attr.key, default.arg(None))
    if not obj.id:
        obj.id = uuid7()


def _insert_entry(obj: SyncedMixin) -> OutboxEntry:
    mapper = inspect(obj).mapper
    fields = {
        attr.key: to_wire(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in ("id", "rev")
    }
    return _entry(obj, "upsert", fields, {})


def _diff(obj: SyncedMixin) -> tuple[dict[str, Any], dict[str, Any]]:
    fields: dict[str, Any] = {}
    base: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        key = attr.key
        if key in _NOT_MUTABLE and key != "deleted":
            continue
        hist = attributes.get_history(obj, key)
        if not hist.has_changes():
            continue
        new = hist.added[0] if hist.added else None
        old = hist.deleted[0] if hist.deleted else None
        if to_wire(new) == to_wire(old):
            continue
        fields[key] = to_wire(new)
        base[key] = to_wire(old)
    return fields, base


def _entry(obj: SyncedMixin, op: str, fields: dict[str, Any], base: dict[str, Any]) -> OutboxEntry:
    return OutboxEntry(
        mutation_id=uuid7(),
        table_name=obj.__tablename__,  # type: ignore[attr-defined]
        row_id=obj.id,
        op=op,
        fields=fields,
        base=base,
        base_rev=obj.rev or 0,
    )


def _audit(
    obj: SyncedMixin, actor: Actor, action: AuditAction, changed: list[str] | None
) -> AuditEvent:
    participant_id = (
        obj.id if isinstance(obj, Participant) else getattr(obj, "participant_id", None)
    )
    return AuditEvent(
        actor_id=actor.coach_id,
        device_id=actor.device_id,
        action=action,
        table_name=obj.__tablename__,  # type: ignore[attr-defined]
        record_id=obj.id,
        participant_id=participant_id,
        detail=",".join(changed) if changed else None,
    )
