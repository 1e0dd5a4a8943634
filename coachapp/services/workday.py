"""The coach's working day on this laptop: the branch they work at today and the
participants they opened recently. Kept in the encrypted store, never synced."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy.orm import Session

from coachapp.errors import NotFound
from coachapp.ids import is_uuid
from coachapp.models.reference import Site
from coachapp.services.common import today_or
from coachapp.store.local import LocalStore
from coachapp.store.outbox import LocalSetting

TODAYS_SITE = "workday.site"
RECENT = "workday.recent_participants"
RECENT_LIMIT = 12


def todays_site(store: LocalStore, *, today: date | None = None) -> str | None:
    """The branch the coach chose today, or None when they have not chosen yet today."""
    day = today_or(today).isoformat()
    with store.read() as session:
        raw = _get(session, TODAYS_SITE)
    if not raw:
        return None
    chosen_on, _, site_id = raw.partition("|")
    return site_id or None if chosen_on == day else None


def set_todays_site(store: LocalStore, site_id: str | None, *, today: date | None = None) -> None:
    day = today_or(today).isoformat()
    with store.write(remote=True) as session:
        if site_id is not None and (not is_uuid(site_id) or session.get(Site, site_id) is None):
            raise NotFound("That branch is not in this laptop's list of sites.")
        _put(session, TODAYS_SITE, f"{day}|{site_id}" if site_id else None)


def recent_participants(store: LocalStore) -> list[str]:
    """Ids of participants opened recently, most recent first."""
    with store.read() as session:
        raw = _get(session, RECENT)
    try:
        ids = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)][:RECENT_LIMIT]


def note_opened(store: LocalStore, participant_id: str) -> None:
    if not is_uuid(participant_id):
        raise NotFound("That participant could not be found.")
    with store.write(remote=True) as session:
        raw = _get(session, RECENT)
        try:
            ids = [i for i in json.loads(raw) if isinstance(i, str)] if raw else []
        except ValueError:
            ids = []
        ids = [participant_id, *[i for i in ids if i != participant_id]][:RECENT_LIMIT]
        _put(session, RECENT, json.dumps(ids))


def forget_recent(store: LocalStore) -> None:
    with store.write(remote=True) as session:
        _put(session, RECENT, None)


def _get(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str | None) -> None:
    row = session.get(LocalSetting, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value
