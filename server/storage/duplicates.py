"""The same person recorded twice: flagged after a push; merged records redirected.

Detection runs at the end of every push batch on the batch's final values, while the push
holds a lock per identity key (``revisions.lock``): two laptops pushing the same
person at the same moment take turns there, and the second finds the first. A merge
(``server.storage.merge``) leaves a redirect; pushes aimed at the merged id follow it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, tuple_
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models import (
    DuplicateReason,
    DuplicateStatus,
    Participant,
    PossibleDuplicate,
)
from server.storage import bulk
from server.storage.tables import ParticipantRedirect

#: A change to one of these can make (or unmake) a match.
MATCH_FIELDS = frozenset(
    {"first_name", "last_name", "name_key", "date_of_birth", "tanf_case_number", "ivd_case_number"}
)
_MAX_MATCHES = 50
#: The columns detection reads of a stored participant (with who sees them, for the pair's
#: index entry).
MATCH_COLUMNS = (
    "id",
    "org_id",
    "deleted",
    "assigned_coach_id",
    "team_id",
    "shared_with_team",
    *sorted(MATCH_FIELDS),
)
Person = Mapping[str, Any]


# --- detection ---------------------------------------------------------------------------------


def identity_keys(person: Person) -> list[str]:
    """What two records of the same person share at least one of (see ``_same``)."""
    org = person["org_id"]
    keys = []
    if person.get("tanf_case_number"):
        keys.append(f"tanf {org} {person['tanf_case_number']}")
    if person.get("ivd_case_number"):
        keys.append(f"ivd {org} {person['ivd_case_number']}")
    if person.get("name_key") and person.get("date_of_birth") is not None:
        keys.append(f"name {org} {person['name_key']} {person['date_of_birth']}")
    return keys


def detect(
    session: Session,
    people: Sequence[Person],
    batch: Sequence[Person],
    now: datetime,
    *,
    stored: Sequence[Person] | None = None,
) -> list[dict[str, Any]]:
    """New possible-duplicate pairs (every column, to be inserted and stamped) for ``people``
    against every other live participant of the org, unless the pair is already known (a
    "not the same person" stays decided). ``batch``: participants as this push leaves them
    (its own values win over what the database still holds). ``stored``: what
    ``stored_matches`` (or ``matches_statement``) found, if already read."""
    people = [p for p in people if not p["deleted"] and identity_keys(p)]
    if not people:
        return []
    mine = {p["id"]: p for p in batch}
    if stored is None:
        stored = stored_matches(session, people)
    found = [p for p in stored if p["id"] not in mine]
    # Every live candidate under each of its keys (in id order): a match shares a key.
    by_key: dict[str, list[Person]] = {}
    for other in sorted([*found, *mine.values()], key=lambda p: p["id"]):
        if not other["deleted"]:
            for key in identity_keys(other):
                by_key.setdefault(key, []).append(other)
    proposed: dict[tuple[str, str], tuple[Person, Person]] = {}
    for person in people:
        matches: dict[str, Person] = {}
        for key in identity_keys(person):
            for other in by_key.get(key, ()):
                if other["id"] != person["id"]:
                    matches.setdefault(other["id"], other)
        for other_id in sorted(matches)[:_MAX_MATCHES]:
            a, b = sorted((person["id"], other_id))
            proposed.setdefault((a, b), (person, matches[other_id]))
    if not proposed:
        return []
    org_id = people[0]["org_id"]
    t = PossibleDuplicate.__table__
    found_pairs = session.execute(
        select(t.c.participant_a_id, t.c.participant_b_id).where(
            t.c.org_id == org_id,
            tuple_(t.c.participant_a_id, t.c.participant_b_id).in_(list(proposed)),
        )
    )
    known = {(a, b) for a, b in found_pairs}
    return [
        {
            **{c.key: None for c in t.columns},
            "id": uuid7(),
            "org_id": org_id,
            "participant_a_id": a,
            "participant_b_id": b,
            "reason": _reason(person, other),
            "status": DuplicateStatus.OPEN,
            "rev": 0,
            "deleted": False,
            "created_at": now,
            "updated_at": now,
        }
        for (a, b), (person, other) in proposed.items()
        if (a, b) not in known
    ]


def stored_matches(session: Session, people: Sequence[Person]) -> list[dict[str, Any]]:
    """Live participants in the database that may match any of ``people`` (one query)."""
    people = [p for p in people if not p["deleted"] and identity_keys(p)]
    if not people:
        return []
    t = Participant.__table__
    tanf, ivd, names = _wanted(people)
    conditions = []
    if tanf:
        conditions.append(t.c.tanf_case_number.in_(tanf))
    if ivd:
        conditions.append(t.c.ivd_case_number.in_(ivd))
    if names:
        conditions.append(tuple_(t.c.name_key, t.c.date_of_birth).in_(names))
    stmt = (
        select(*(t.c[name] for name in MATCH_COLUMNS))
        .where(and_(t.c.org_id == people[0]["org_id"], t.c.deleted.is_(False), or_(*conditions)))
        .order_by(t.c.id)
        .limit(_MAX_MATCHES * (len(people) + 1))
    )
    return [dict(row) for row in session.execute(stmt).mappings()]


def matches_statement(people: Sequence[Person]) -> tuple[str, dict[str, Any]]:
    """PostgreSQL: ``stored_matches`` as one statement to send with others (its rows are in
    ``MATCH_COLUMNS`` order).

    One branch per kind of key, each read through that key's index; the organisation and
    the deleted flag are tested on what they found, behind ``OFFSET 0`` so the planner
    cannot move the organisation into the branches. With the keys ORed in one condition no
    index could serve it, and each push of a new person read all the organisation's
    participants; with the organisation in each branch, on a table just filled (no
    statistics yet) the planner read them all through the organisation's index instead."""
    tanf, ivd, names = _wanted(people)
    columns = ", ".join(f"p.{name}" for name in MATCH_COLUMNS)
    return (
        f"SELECT {', '.join(MATCH_COLUMNS)} FROM ("  # noqa: S608 - constant names
        f" SELECT {columns} FROM participants AS p"
        " WHERE p.tanf_case_number = ANY(%(tanf)s::text[])"
        f" UNION SELECT {columns} FROM participants AS p"
        " WHERE p.ivd_case_number = ANY(%(ivd)s::text[])"
        f" UNION SELECT {columns}"
        " FROM unnest(%(keys)s::text[], %(births)s::date[]) AS k (name_key, date_of_birth)"
        " JOIN participants AS p"
        " ON p.name_key = k.name_key AND p.date_of_birth = k.date_of_birth"
        " OFFSET 0"
        ") AS m WHERE m.org_id = %(org)s AND NOT m.deleted ORDER BY id LIMIT %(limit)s",
        {
            "org": people[0]["org_id"],
            "tanf": tanf,
            "ivd": ivd,
            "keys": [k for k, _ in names],
            "births": [b for _, b in names],
            "limit": _MAX_MATCHES * (len(people) + 1),
        },
    )


def _wanted(people: Sequence[Person]) -> tuple[list[str], list[str], list[tuple[str, Any]]]:
    live = [p for p in people if not p["deleted"]]
    tanf = sorted({p["tanf_case_number"] for p in live if p.get("tanf_case_number")})
    ivd = sorted({p["ivd_case_number"] for p in live if p.get("ivd_case_number")})
    names = sorted(
        {
            (p["name_key"], p["date_of_birth"])
            for p in live
            if p.get("name_key") and p.get("date_of_birth") is not None
        }
    )
    return tanf, ivd, names


def _reason(person: Person, other: Person) -> DuplicateReason:
    tanf = person.get("tanf_case_number")
    if tanf and tanf == other.get("tanf_case_number"):
        return DuplicateReason.SAME_TANF_CASE
    ivd = person.get("ivd_case_number")
    if ivd and ivd == other.get("ivd_case_number"):
        return DuplicateReason.SAME_IVD_CASE
    return DuplicateReason.SAME_NAME_AND_BIRTH_DATE


# --- redirects ---------------------------------------------------------------------------------


def survivors(session: Session, participant_ids: Iterable[str | None]) -> dict[str, str]:
    """Merged id → survivor id, for those of ``participant_ids`` that were merged."""
    wanted = sorted({pid for pid in participant_ids if pid})
    found: dict[str, str] = {}
    postgres = bulk.is_postgres(session)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(ParticipantRedirect.merged_id, ParticipantRedirect.survivor_id).where(
                bulk.among(ParticipantRedirect.merged_id, chunk, postgres=postgres)
            )
        ).all()
        found.update({merged: survivor for merged, survivor in rows})
    return found


def changed_identity(fields: Sequence[str]) -> bool:
    """Whether a pushed change touches what detection compares."""
    return not MATCH_FIELDS.isdisjoint(fields)
