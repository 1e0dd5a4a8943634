"""Small pieces every service module uses: loading a live record, today's date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from coachapp.errors import NotFound, ValidationError
from coachapp.ids import is_uuid
from coachapp.models import SyncedMixin

M = TypeVar("M", bound=SyncedMixin)
T = TypeVar("T")

#: The days a clock ("today") may say: beyond them date arithmetic (a week on, a year back)
#: leaves the calendar, so a clock this far off is refused rather than crashing later.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)
#: The most rows any list asks for at once.
MAX_ROWS = 100_000


def live(session: Session, model: type[M], record_id: object, *, what: str) -> M:
    """The record with that id, unless it is missing or deleted (``NotFound``)."""
    if not is_uuid(record_id):
        raise NotFound(f"That {what} could not be found.")
    obj = session.get(model, record_id)
    if obj is None or obj.deleted:
        raise NotFound(f"That {what} could not be found. It may have been removed.")
    return obj


def reference(session: Session, model: type[M], record_id: object, *, field: str, what: str) -> M:
    """A reference record chosen in a form; a bad choice is a field error, not a crash."""
    if record_id is None or record_id == "":
        raise ValidationError({field: f"Choose a {what}."})
    try:
        return live(session, model, record_id, what=what)
    except NotFound:
        raise ValidationError({field: f"That {what} is not in the list; choose another."}) from None


def today_or(value: date | None) -> date:
    """``value`` (the caller's "today"), or the real today when it is None."""
    if value is None:
        return date.today()
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date) or not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValidationError({"today": "The date on this computer is not one CoachApp can use."})
    return value


def now_or(value: datetime | None) -> datetime:
    """``value`` (the caller's "now") as an aware UTC time, or the real now when None."""
    if value is None:
        return datetime.now(UTC)
    try:
        moment = value.astimezone(UTC) if isinstance(value, datetime) else None
    except (OverflowError, ValueError):  # a naive time at the very edge of the calendar
        moment = None
    if moment is None or not EARLIEST_DAY <= moment.date() <= LATEST_DAY:
        raise ValidationError({"now": "The time on this computer is not one CoachApp can use."})
    return moment


def expect(value: object, kind: type[T], *, field: str, what: str) -> T:
    """``value`` when it is a ``kind``: what a form hands a service, checked at the door."""
    if not isinstance(value, kind):
        raise ValidationError({field: f"The {what} could not be read; please fill it in again."})
    return value


def expect_all(value: object, kind: type[T], *, field: str, what: str) -> list[T]:
    """A list, tuple or set of ``kind`` (a single text is not a list of them)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError({field: f"The {what} could not be read; please fill it in again."})
    items = list(value)
    for item in items:
        expect(item, kind, field=field, what=what)
    return items


def id_filter(value: object, *, field: str, what: str) -> str | None:
    """A record chosen to filter a list by: None (no filter) or a record id."""
    if value is None:
        return None
    if not is_uuid(value):
        raise ValidationError({field: f"That {what} is not in the list; choose another."})
    assert isinstance(value, str)
    return value


def ids_of(values: object, *, field: str, what: str) -> list[str]:
    """Record ids asked for together; any that is not an id is a field error."""
    items = expect_all(values, object, field=field, what=what)
    return [id_filter(v, field=field, what=what) or "" for v in items]


def flag(value: object, *, field: str, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError({field: f"{label} must be yes or no."})
    return value


def optional_flag(value: object, *, field: str, label: str) -> bool | None:
    return None if value is None else flag(value, field=field, label=label)


def row_count(value: object, *, field: str = "limit", minimum: int = 0) -> int:
    """How many rows a list asks for (or skips): a whole number within reason."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_ROWS:
        raise ValidationError(
            {field: f"Ask for between {minimum} and {MAX_ROWS:,} rows at a time."}
        )
    return value
