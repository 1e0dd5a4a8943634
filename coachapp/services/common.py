"""Small pieces every service module uses: loading a live record, today's date."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from coachapp.errors import NotFound, ValidationError
from coachapp.ids import is_uuid
from coachapp.models import SyncedMixin

M = TypeVar("M", bound=SyncedMixin)


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
    return value if value is not None else date.today()
