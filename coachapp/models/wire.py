"""Column values to and from JSON-safe form, the one encoding the outbox and the wire share."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.sql.schema import Column, Table

from coachapp.models.base import UTCDateTime

JSONValue = str | int | float | bool | None


def to_wire(value: Any) -> JSONValue:
    """A column value as JSON: dates and times as ISO 8601 (times with a zone in UTC), enums
    by value."""
    if isinstance(value, enum.Enum):  # before str: a StrEnum is a str too
        return str(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() != timedelta(0):
            value = value.astimezone(UTC)  # one form for one instant, as the store keeps it
        text: str = value.isoformat()
        return text
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__} for sync")


def row_to_wire(table: Table, values: Mapping[str, Any]) -> dict[str, JSONValue]:
    """Every column of a row in wire form (what a push answer and a pull carry), from its
    values as held in Python. Flags and numbers take their column's type, as a row read back
    from the table would (code may have set ``1`` for true; the laptop refuses that)."""
    row: dict[str, JSONValue] = {}
    for name, kind in _wire_plan(table):
        value = values.get(name)
        if value is None:
            row[name] = None
        elif kind is None:
            row[name] = value  # text and whole numbers are their own wire form
        elif kind is to_wire:
            row[name] = to_wire(value)
        else:
            row[name] = kind(value)
    return row


@functools.cache
def _wire_plan(table: Table) -> tuple[tuple[str, Callable[[Any], JSONValue] | None], ...]:
    """Each column of ``table`` and how its value becomes wire form (None: as it is)."""
    plan: list[tuple[str, Callable[[Any], JSONValue] | None]] = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, SAEnum) or not isinstance(kind, String | Integer | Boolean | Float):
            plan.append((column.key, to_wire))  # times, dates, enums
        elif isinstance(kind, Boolean):
            plan.append((column.key, bool))
        elif isinstance(kind, Float):
            plan.append((column.key, float))
        else:
            plan.append((column.key, None))
    return tuple(plan)


def from_wire(column: Column[Any], value: JSONValue) -> Any:
    """Decode ``value`` for ``column``; raises ``ValueError`` with a plain reason."""
    if value is None:
        if not column.nullable and not column.primary_key:
            raise ValueError("must not be empty")
        return None
    col_type = column.type
    if isinstance(col_type, UTCDateTime):
        if not isinstance(value, str):
            raise ValueError("must be a timestamp")
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("timestamp must carry a time zone")
        return parsed
    if isinstance(col_type, Date):
        if not isinstance(value, str):
            raise ValueError("must be a date (YYYY-MM-DD)")
        return date.fromisoformat(value)
    if isinstance(col_type, Boolean):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if isinstance(col_type, SAEnum):
        allowed = list(col_type.enums)
        if value not in allowed:
            raise ValueError("must be one of " + ", ".join(allowed))
        enum_cls = col_type.enum_class
        return enum_cls(value) if enum_cls is not None else value
    if isinstance(col_type, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("must be a whole number")
        return value
    if isinstance(col_type, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        return float(value)
    if not isinstance(value, str):
        raise ValueError("must be text")
    length = getattr(col_type, "length", None)
    if length is not None and len(value) > length:
        raise ValueError(f"must be at most {length} characters")
    return value
