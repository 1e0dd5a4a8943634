"""Conflicts: the same field changed differently on two laptops, both values kept.

A person picks one — the server's, the other laptop's, or a new value — and the choice goes
out as an ordinary change, with the conflict marked resolved, so every laptop converges.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select

from coachapp.errors import Conflict as ConflictError
from coachapp.errors import NotFound, ValidationError
from coachapp.models import SYNCED_MODELS, Conflict, utcnow
from coachapp.models.enums import ConflictResolution, ConflictStatus
from coachapp.models.wire import from_wire, to_wire
from coachapp.services.common import live
from coachapp.store.local import LocalStore

Choice = Literal["server", "client", "value"]


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    row_id: str
    field_name: str
    participant_id: str | None
    base_value: Any
    server_value: Any
    client_value: Any
    current_value: Any
    server_author_id: str | None
    server_changed_at: datetime | None
    client_author_id: str | None
    client_changed_at: datetime | None
    status: ConflictStatus


def list_conflicts(
    store: LocalStore, *, participant_id: str | None = None, open_only: bool = True
) -> list[ConflictView]:
    with store.read() as session:
        stmt = select(Conflict).where(Conflict.deleted.is_(False))
        if open_only:
            stmt = stmt.where(Conflict.status == ConflictStatus.OPEN)
        if participant_id is not None:
            stmt = stmt.where(Conflict.participant_id == participant_id)
        rows = session.scalars(stmt.order_by(Conflict.created_at, Conflict.id)).all()
        views = []
        for c in rows:
            model = SYNCED_MODELS.get(c.table_name)
            target = session.get(model, c.row_id) if model is not None else None
            current = to_wire(getattr(target, c.field_name, None)) if target is not None else None
            views.append(
                ConflictView(
                    id=c.id,
                    table_name=c.table_name,
                    row_id=c.row_id,
                    field_name=c.field_name,
                    participant_id=c.participant_id,
                    base_value=json.loads(c.base_value),
                    server_value=json.loads(c.server_value),
                    client_value=json.loads(c.client_value),
                    current_value=current,
                    server_author_id=c.server_author_id,
                    server_changed_at=c.server_changed_at,
                    client_author_id=c.client_author_id,
                    client_changed_at=c.client_changed_at,
                    status=ConflictStatus(c.status),
                )
            )
        return views


def resolve_conflict(
    store: LocalStore, conflict_id: str, *, keep: Choice, value: Any = None
) -> ConflictView:
    """Settle a conflict with the server's value, the other side's, or a new ``value``."""
    if keep not in ("server", "client", "value"):
        raise ValidationError({"keep": "Choose which value to keep."})
    with store.write() as session:
        conflict = live(session, Conflict, conflict_id, what="conflict")
        if conflict.status == ConflictStatus.RESOLVED:
            raise ConflictError("This conflict was already resolved.")
        model = SYNCED_MODELS.get(conflict.table_name)
        target = session.get(model, conflict.row_id) if model is not None else None
        if model is None or target is None:
            raise NotFound("The record in this conflict is no longer on this laptop.")
        column = model.__table__.columns.get(conflict.field_name)  # type: ignore[attr-defined]
        if column is None:
            raise NotFound("The field in this conflict no longer exists.")
        chosen_wire = {
            "server": json.loads(conflict.server_value),
            "client": json.loads(conflict.client_value),
            "value": value,
        }[keep]
        try:
            chosen = from_wire(column, chosen_wire)
        except ValueError as exc:
            raise ValidationError({"value": f"That value cannot be saved: it {exc}."}) from None
        if to_wire(getattr(target, conflict.field_name)) != to_wire(chosen):
            setattr(target, conflict.field_name, chosen)
        conflict.status = ConflictStatus.RESOLVED
        conflict.resolution = {
            "server": ConflictResolution.KEPT_SERVER,
            "client": ConflictResolution.KEPT_CLIENT,
            "value": ConflictResolution.NEW_VALUE,
        }[keep]
        conflict.resolved_by = store.actor.coach_id if store.actor else None
        conflict.resolved_at = utcnow()
    [view] = [v for v in list_conflicts(store, open_only=False) if v.id == conflict_id]
    return view
