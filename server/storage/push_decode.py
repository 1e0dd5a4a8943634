"""Reading a pushed mutation: which table, which fields, which values — no database needed.

Everything here is checked before a row is loaded, so a malformed mutation costs nothing but
its own refusal.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import Any

from sqlalchemy import Column

from coachapp.models import (
    SYNC_COLUMNS,
    SYNCED_MODELS,
    AuditEvent,
    Conflict,
    Participant,
    PossibleDuplicate,
    SyncedMixin,
    utcnow,
)
from coachapp.models.wire import from_wire, row_to_wire
from coachapp.rules.person_fields import PERSON_FIELDS, check_person_fields
from coachapp.validation import FieldCheck
from server.storage.revisions import REFERENCE_TABLES

#: What a coach may change on a conflict: its resolution, nothing else.
CONFLICT_FIELDS = frozenset({"status", "resolution", "resolved_by", "resolved_at"})
#: The one sync column a coach may set: ``deleted`` back to false brings a record back.
UNDELETE = "deleted"


class Rejected(Exception):
    """A mutation refused on its own (``rejected`` with a code); the batch goes on."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def model_for(table: str) -> type[SyncedMixin]:
    model = SYNCED_MODELS.get(table)
    if model is None:
        raise Rejected("unknown_table", f"There is no table called {table}.")
    if table in REFERENCE_TABLES:
        raise Rejected("forbidden", "Reference data is changed on the server by an administrator.")
    if model is PossibleDuplicate:
        raise Rejected("forbidden", "Possible duplicates are merged or set apart on the server.")
    return model


def columns_of(model: type[SyncedMixin]) -> dict[str, Column[Any]]:
    return _columns(model.__tablename__)  # type: ignore[attr-defined]


def links_of(model: type[SyncedMixin]) -> tuple[tuple[str, str], ...]:
    """(column, table it points at) for every link to another synced table."""
    return _links(model.__tablename__)  # type: ignore[attr-defined]


@cache
def _columns(table: str) -> dict[str, Column[Any]]:
    return {c.key: c for c in SYNCED_MODELS[table].__table__.columns}  # type: ignore[attr-defined]


@cache
def _links(table: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (c.key, fk.column.table.name)
        for c in SYNCED_MODELS[table].__table__.columns  # type: ignore[attr-defined]
        for fk in c.foreign_keys
        if fk.column.table.name in SYNCED_MODELS
    )


def decode(model: type[SyncedMixin], fields: dict[str, Any], *, what: str) -> dict[str, Any]:
    """Wire values → column values. The server decides ids, revisions, authors and times;
    ``deleted`` is kept only as ``false`` (bringing a deleted record back)."""
    columns = columns_of(model)
    values: dict[str, Any] = {}
    for name, raw in fields.items():
        column = columns.get(name)
        if column is None:
            raise Rejected("unknown_field", f"{model.__tablename__} has no {what} {name}.")  # type: ignore[attr-defined]
        if name in SYNC_COLUMNS:
            if name == UNDELETE and raw is False:
                values[name] = False
            continue
        try:
            values[name] = from_wire(column, raw)
        except ValueError as exc:
            raise Rejected("invalid_field", f"{name} {exc}.") from None
        if _has_nul(values[name]):
            # PostgreSQL stores no NUL character in text: refused here, not by the database.
            raise Rejected("invalid_field", f"{name} contains a NUL character, which is not text.")
    return values


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def check_domain_rules(model: type[SyncedMixin], values: dict[str, Any]) -> None:
    """The checks the laptop's forms run, run again here: the server trusts no client."""
    if model is not Participant:
        return
    person = {k: v for k, v in values.items() if k in PERSON_FIELDS}
    if not person:
        return
    fc = FieldCheck()
    # The server keeps its own clock; a birth date is only checked against "not in the future".
    check_person_fields(fc, person, today=utcnow().date() + timedelta(days=1), partial=True)
    if fc.errors:
        name, problem = next(iter(fc.errors.items()))
        raise Rejected("invalid_field", f"{name}: {problem}")


def complete(model: type[SyncedMixin], values: dict[str, Any]) -> dict[str, Any]:
    """A new row's every column: the values given, defaults for required columns left out."""
    row: dict[str, Any] = {}
    for name, column in columns_of(model).items():
        value = values.get(name)
        if value is None and not (column.nullable or column.primary_key or name in SYNC_COLUMNS):
            default = column.default
            if default is None or not default.is_scalar:
                raise Rejected("missing_field", f"{name} is required for a new record.")
            value = default.arg  # type: ignore[attr-defined]
        row[name] = value
    return row


def forbidden_change(model: type[SyncedMixin], values: dict[str, Any]) -> str | None:
    """Why this change of an existing row is never allowed, or None."""
    if model is AuditEvent:
        return "The audit trail is append-only."
    if model is Conflict and set(values) - CONFLICT_FIELDS:
        return "Only a conflict's resolution can be changed."
    return None


def wire_row(model: type[SyncedMixin], values: dict[str, Any]) -> dict[str, Any]:
    """Every column of a row in wire form (what a push answer and a pull carry)."""
    return row_to_wire(model.__table__, values)  # type: ignore[attr-defined]
