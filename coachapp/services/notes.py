"""Case notes: recording, correcting and reading contacts with a participant.

Restricted notes (for example about domestic violence) are read only on purpose: listing
them leaves a view in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from sqlalchemy import select

from coachapp.models import CaseNote, Participant, Site
from coachapp.models.enums import AuditAction, ContactMode
from coachapp.services.common import EARLIEST_DAY, LATEST_DAY, live, now_or, reference
from coachapp.store import changes
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

MAX_BODY = 20_000
#: Laptop clocks drift; a note "from the future" by a few minutes is still a real contact.
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class NoteView:
    id: str
    participant_id: str
    contact_at: datetime
    site_id: str | None
    mode: ContactMode
    body: str
    restricted: bool
    author_id: str | None
    updated_at: datetime


class _Keep(Enum):
    """Marks an argument of ``edit_note`` that was not given (None can mean "clear it")."""

    KEEP = 0


KEEP = _Keep.KEEP


def note_view(n: CaseNote) -> NoteView:
    return NoteView(
        id=n.id,
        participant_id=n.participant_id,
        contact_at=n.contact_at,
        site_id=n.site_id,
        mode=ContactMode(n.mode),
        body=n.body,
        restricted=n.restricted,
        author_id=n.author_id,
        updated_at=n.updated_at,
    )


def add_note(
    store: LocalStore,
    *,
    participant_id: str,
    body: str,
    mode: ContactMode | str,
    contact_at: datetime | str | None = None,
    site_id: str | None = None,
    restricted: bool = False,
    now: datetime | None = None,
) -> NoteView:
    """Record a contact: when (default now), where, how, and what was said."""
    clock = now_or(now)
    fc = FieldCheck()
    text = _body(fc, body)
    how = fc.choice("mode", mode, ContactMode, label="How you met")
    when = _contact_time(fc, contact_at if contact_at is not None else clock, now=clock)
    _flag(fc, restricted)
    fc.done()
    assert how is not None and when is not None
    with store.write() as session:
        participant = live(session, Participant, participant_id, what="participant")
        if site_id:
            reference(session, Site, site_id, field="site_id", what="site")
        note = CaseNote(
            participant_id=participant.id,
            contact_at=when,
            site_id=site_id or None,
            mode=how,
            body=text,
            restricted=restricted,
            author_id=store.actor.coach_id if store.actor else None,
        )
        session.add(note)
        session.flush()  # stamps updated_at, which the view carries
        return note_view(note)


def edit_note(
    store: LocalStore,
    note_id: str,
    *,
    body: str | _Keep = KEEP,
    mode: ContactMode | str | _Keep = KEEP,
    contact_at: datetime | str | _Keep = KEEP,
    site_id: str | _Keep | None = KEEP,
    restricted: bool | _Keep = KEEP,
    now: datetime | None = None,
) -> NoteView:
    """Correct a note. Only the fields given change; ``site_id=None`` clears the branch."""
    clock = now_or(now)
    fc = FieldCheck()
    new: dict[str, object] = {}
    if not isinstance(body, _Keep):
        new["body"] = _body(fc, body)
    if not isinstance(mode, _Keep):
        new["mode"] = fc.choice("mode", mode, ContactMode, label="How you met")
    if not isinstance(contact_at, _Keep):
        new["contact_at"] = _contact_time(fc, contact_at, now=clock)
    if not isinstance(restricted, _Keep):
        _flag(fc, restricted)
        new["restricted"] = restricted
    fc.done()
    with store.write() as session:
        note = live(session, CaseNote, note_id, what="case note")
        if not isinstance(site_id, _Keep):
            if site_id:
                reference(session, Site, site_id, field="site_id", what="site")
            new["site_id"] = site_id or None
        for name, value in new.items():
            setattr(note, name, value)
        session.flush()
        return note_view(note)


def remove_note(store: LocalStore, note_id: str) -> None:
    """Remove a note written in error. It stays in the database as a tombstone, for audit."""
    with store.write() as session:
        live(session, CaseNote, note_id, what="case note").deleted = True


def list_notes(
    store: LocalStore, participant_id: str, *, include_restricted: bool
) -> list[NoteView]:
    """The participant's notes, newest contact first.

    With ``include_restricted`` (for the assigned coach or a supervisor, as the UI decides),
    restricted notes come too, and that view is recorded in the audit trail.
    """
    with store.read() as session:
        participant = live(session, Participant, participant_id, what="participant")
        stmt = select(CaseNote).where(
            CaseNote.participant_id == participant.id, CaseNote.deleted.is_(False)
        )
        if not include_restricted:
            stmt = stmt.where(CaseNote.restricted.is_(False))
        rows = session.scalars(stmt.order_by(CaseNote.contact_at.desc(), CaseNote.id)).all()
        notes = [note_view(n) for n in rows]
    shown = sum(1 for n in notes if n.restricted)
    if shown:
        # Written before the notes are handed back: no audit, no restricted text.
        with store.write() as session:
            changes.record_audit(
                session,
                action=AuditAction.VIEW_RESTRICTED,
                table_name=CaseNote.__tablename__,
                record_id=participant_id,
                participant_id=participant_id,
                detail=f"{shown} restricted",
            )
    return notes


# --- checks -------------------------------------------------------------------------------------


def _body(fc: FieldCheck, body: object) -> str:
    return (
        fc.text("body", body, label="Note", required=True, max_len=MAX_BODY, multiline=True) or ""
    )


def _flag(fc: FieldCheck, restricted: object) -> None:
    if not isinstance(restricted, bool):
        fc.fail("restricted", "Restricted must be yes or no.")


def _contact_time(fc: FieldCheck, value: object, *, now: datetime) -> datetime | None:
    """An aware UTC time, not in the future. A time without a zone is the laptop's local time."""
    if value is None or value == "":
        fc.fail("contact_at", "When you met is required.")
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            fc.fail("contact_at", "When you met must be a date and time like 2026-03-16 14:30.")
            return None
    if not isinstance(value, datetime):
        fc.fail("contact_at", "When you met must be a date and time.")
        return None
    try:
        when = value.astimezone(UTC)  # a naive value is taken as local time
    except (OverflowError, ValueError):  # the first or last moment of the calendar
        when = None
    if when is None or not EARLIEST_DAY <= when.date() <= LATEST_DAY:
        fc.fail("contact_at", "When you met must be a date and time CoachApp can record.")
        return None
    if when > now.astimezone(UTC) + CLOCK_SKEW:
        fc.fail("contact_at", "When you met cannot be in the future.")
        return None
    return when
