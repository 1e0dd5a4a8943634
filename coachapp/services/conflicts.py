"""Conflicts: the same field changed differently on two laptops, both values kept.

A person picks one — the server's, the other laptop's, or a new value — and the choice goes
out as an ordinary change, with the conflict marked resolved, so every laptop converges.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Boolean, Date, Float, Integer, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from coachapp.errors import Conflict as ConflictError
from coachapp.errors import NotFound, ValidationError
from coachapp.ids import is_uuid
from coachapp.models import SYNCED_MODELS, Conflict, Participant, utcnow
from coachapp.models.base import UTCDateTime
from coachapp.models.enums import ConflictResolution, ConflictStatus
from coachapp.models.wire import JSONValue, from_wire, to_wire
from coachapp.rules.person_fields import PERSON_FIELDS, check_person_fields, name_key
from coachapp.services.common import expect_all, id_filter, live, today_or
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

Choice = Literal["server", "client", "value"]
#: How a field's value is shown and typed: plain text, whole number, number, dollars (kept in
#: cents), date, date and time, yes/no, or one of a list of choices.
FieldKind = Literal["text", "whole", "number", "money", "date", "timestamp", "yes_no", "choice"]


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
    #: The laptop whose change arrived second (and met the other one on the server).
    client_device_id: str | None = None
    kind: FieldKind = "text"
    #: The allowed values when ``kind`` is "choice".
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConflictedRecord:
    """One record with its open conflicts (one per field), as the "settle" dialog shows it."""

    table_name: str
    row_id: str
    participant_id: str | None
    #: The participant's display name, when the record belongs to one this laptop holds.
    participant_name: str | None
    fields: tuple[ConflictView, ...]

    @property
    def last_changed_at(self) -> datetime | None:
        times = [f.client_changed_at for f in self.fields if f.client_changed_at is not None]
        return max(times) if times else None


@dataclass(frozen=True)
class Resolution:
    """A person's choice for one conflict: keep one side, or a new value typed as text."""

    conflict_id: str
    keep: Choice
    #: With ``keep="value"``: what the person typed (for a "choice" field, the value chosen).
    text: str = ""


def list_conflicts(
    store: LocalStore, *, participant_id: str | None = None, open_only: bool = True
) -> list[ConflictView]:
    participant_id = id_filter(participant_id, field="participant_id", what="participant")
    with store.read() as session:
        return _views(session, participant_id=participant_id, open_only=open_only)


def list_conflicted_records(store: LocalStore) -> list[ConflictedRecord]:
    """Open conflicts grouped by record, oldest first, with the participant's name."""
    with store.read() as session:
        views = _views(session, participant_id=None, open_only=True)
        groups: dict[tuple[str, str], list[ConflictView]] = {}
        for view in views:
            groups.setdefault((view.table_name, view.row_id), []).append(view)
        owners = {v.participant_id for v in views if v.participant_id}
        names = {
            p.id: f"{p.preferred_name or p.first_name} {p.last_name}"
            for p in session.scalars(select(Participant).where(Participant.id.in_(owners)))
        }
        return [
            ConflictedRecord(
                table_name=table,
                row_id=row_id,
                participant_id=fields[0].participant_id,
                participant_name=names.get(fields[0].participant_id or ""),
                fields=tuple(fields),
            )
            for (table, row_id), fields in groups.items()
        ]


def resolve_conflict(
    store: LocalStore, conflict_id: str, *, keep: Choice, value: Any = None
) -> ConflictView:
    """Settle a conflict with the server's value, the other side's, or a new ``value``."""
    if keep not in ("server", "client", "value"):
        raise ValidationError({"keep": "Choose which value to keep."})
    with store.write() as session:
        conflict, target, column = _open(session, conflict_id)
        chosen_wire = {
            "server": json.loads(conflict.server_value),
            "client": json.loads(conflict.client_value),
            "value": value,
        }[keep]
        try:
            chosen = from_wire(column, chosen_wire)
        except ValueError as exc:
            raise ValidationError({"value": f"That value cannot be saved: it {exc}."}) from None
        _settle(store, conflict, target, chosen, keep)
    [view] = [v for v in list_conflicts(store, open_only=False) if v.id == conflict_id]
    return view


def resolve_conflicts(
    store: LocalStore, resolutions: Sequence[Resolution], *, today: date | None = None
) -> list[ConflictView]:
    """Settle several conflicts together (a record's fields): all of them, or none.

    A new value is typed as text and checked like the form would check it; problems come
    back as one ``ValidationError`` whose ``fields`` are keyed by conflict id.
    """
    resolutions = expect_all(resolutions, Resolution, field="keep", what="choice of values")
    if not resolutions:
        raise ValidationError({"keep": "Choose which value to keep for each detail."})
    problems: dict[str, str] = {}
    with store.write() as session:
        settled: list[tuple[Conflict, Any, Any, Choice]] = []
        for choice in resolutions:
            if not is_uuid(choice.conflict_id):
                raise NotFound("That conflict could not be found.")
            if choice.keep not in ("server", "client", "value"):
                problems[choice.conflict_id] = "Choose which value to keep."
                continue
            conflict, target, column = _open(session, choice.conflict_id)
            if choice.keep == "value":
                chosen, problem = _typed_value(conflict, column, choice.text, today_or(today))
                if problem is not None:
                    problems[choice.conflict_id] = problem
                    continue
            else:
                raw = conflict.server_value if choice.keep == "server" else conflict.client_value
                chosen = from_wire(column, json.loads(raw))
            settled.append((conflict, target, chosen, choice.keep))
        if problems:
            raise ValidationError(problems, "Please correct the new values marked below.")
        for conflict, target, chosen, keep in settled:
            _settle(store, conflict, target, chosen, keep)
    wanted = {r.conflict_id for r in resolutions}
    return [v for v in list_conflicts(store, open_only=False) if v.id in wanted]


def field_kind(table_name: str, field_name: str) -> tuple[FieldKind, tuple[str, ...]]:
    """How a field in conflict is shown and typed, and its allowed values for a choice."""
    model = SYNCED_MODELS.get(table_name)
    column = model.__table__.columns.get(field_name) if model is not None else None  # type: ignore[attr-defined]
    if column is None:
        return "text", ()
    return _kind_of(column)


# --- inside ------------------------------------------------------------------------------------


def _views(session: Session, *, participant_id: str | None, open_only: bool) -> list[ConflictView]:
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
        kind, choices = field_kind(c.table_name, c.field_name)
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
                client_device_id=c.client_device_id,
                kind=kind,
                choices=choices,
            )
        )
    return views


def _open(session: Session, conflict_id: str) -> tuple[Conflict, Any, Any]:
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
    return conflict, target, column


def _settle(store: LocalStore, conflict: Conflict, target: Any, chosen: Any, keep: Choice) -> None:
    if to_wire(getattr(target, conflict.field_name)) != to_wire(chosen):
        setattr(target, conflict.field_name, chosen)
        if isinstance(target, Participant) and conflict.field_name in ("first_name", "last_name"):
            target.name_key = name_key(target.first_name, target.last_name)
    conflict.status = ConflictStatus.RESOLVED
    conflict.resolution = {
        "server": ConflictResolution.KEPT_SERVER,
        "client": ConflictResolution.KEPT_CLIENT,
        "value": ConflictResolution.NEW_VALUE,
    }[keep]
    conflict.resolved_by = store.actor.coach_id if store.actor else None
    conflict.resolved_at = utcnow()


def _kind_of(column: Any) -> tuple[FieldKind, tuple[str, ...]]:
    col_type = column.type
    if isinstance(col_type, UTCDateTime):
        return "timestamp", ()
    if isinstance(col_type, Date):
        return "date", ()
    if isinstance(col_type, Boolean):
        return "yes_no", ()
    if isinstance(col_type, SAEnum):
        return "choice", tuple(str(v) for v in col_type.enums)
    if isinstance(col_type, Integer):
        return ("money" if column.name.endswith("_cents") else "whole"), ()
    if isinstance(col_type, Float):
        return "number", ()
    return "text", ()


def _typed_value(conflict: Conflict, column: Any, text: str, today: date) -> tuple[Any, str | None]:
    """The value a person typed, checked as the form would; (value, problem)."""
    kind, _choices = _kind_of(column)
    label = conflict.field_name.removesuffix("_cents").replace("_", " ").capitalize()
    fc = FieldCheck()
    raw: JSONValue = text.strip() or None
    if kind == "yes_no":
        return None, "Keep one of the two answers for a yes/no question."
    if kind == "timestamp":
        return None, "Keep one of the two times; a new one cannot be typed here."
    if conflict.table_name == Participant.__tablename__ and conflict.field_name in PERSON_FIELDS:
        cleaned = check_person_fields(fc, {conflict.field_name: raw}, today=today, partial=True)
        raw_value: Any = cleaned.get(conflict.field_name, raw)
    elif kind == "money":
        raw_value = fc.money_cents(conflict.field_name, raw, label=label, allow_zero=True)
    elif kind == "whole":
        raw_value = fc.whole(conflict.field_name, raw, label=label, minimum=0, maximum=10**9)
    elif kind == "number":
        raw_value = fc.number(conflict.field_name, raw, label=label, minimum=0, maximum=10**9)
    elif kind == "date":
        raw_value = fc.date(conflict.field_name, raw, label=label)
    else:
        raw_value = raw
    if fc.errors:
        return None, next(iter(fc.errors.values()))
    try:
        return from_wire(column, to_wire(raw_value)), None
    except ValueError as exc:
        return None, f"That value cannot be saved: it {exc}."
