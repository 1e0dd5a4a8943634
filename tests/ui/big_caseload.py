"""A very large caseload, fast: participant rows only, bulk-inserted as already synced.

``coachapp.demo.people.generate`` makes whole families with their casework, which takes
minutes for 100,000 people; the list only needs the people, so this writes just them (and
their search entries), from the same kind of made-up names, in a few seconds.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from coachapp.demo.reference import DemoProgram
from coachapp.ids import uuid7
from coachapp.models import Participant
from coachapp.models.enums import ParticipantStatus, StudyGroup
from coachapp.rules.person_fields import name_key
from coachapp.store import search
from coachapp.store.local import LocalStore

FIRST = (
    "Keisha Aaliyah Imani Jasmine Tamika Latoya Ashley Amanda Sarah Brittany Heather Megan "
    "María Guadalupe Ana Lucía Sofía Hodan Fadumo Amina Jamal Marcus Tyler Cody DeShawn"
).split()
LAST = (
    "Johnson Williams Brown Jones Davis Jackson Washington Smith Miller Wilson Anderson "
    "Taylor Moore García Rodríguez Martínez Hernández López Ali Hassan Mohamed Nguyen "
    "O'Brien Kowalski Yoder"
).split()
STATUSES = list(ParticipantStatus)


def fill(
    store: LocalStore,
    program: DemoProgram,
    *,
    count: int,
    coach_id: str,
    seed: int = 7,
    batch: int = 5000,
    searchable: bool = True,
) -> None:
    """Add ``count`` made-up participants, about half of them assigned to ``coach_id``.

    ``searchable=False`` leaves them out of the search index (a third of the time here), for
    tests that only list them.
    """
    rng = random.Random(seed)
    sites = [s.id for s in program.sites]
    coaches = [c.id for c in program.coaches]
    now = datetime.now(UTC)
    done = 0
    while done < count:
        rows: list[dict[str, Any]] = []
        for index in range(done, min(count, done + batch)):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            status = rng.choice(STATUSES)
            tanf = rng.random() < 0.6
            enrolled = status in (ParticipantStatus.ENROLLED, ParticipantStatus.EXITED)
            rows.append(
                {
                    "id": uuid7(),
                    "org_id": program.org_id,
                    "rev": index + 1,
                    "deleted": False,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": coach_id,
                    "first_name": first,
                    "last_name": last,
                    "name_key": name_key(first, last),
                    "date_of_birth": date(1966, 1, 1) + timedelta(days=rng.randrange(14_000)),
                    "tanf_recipient": tanf,
                    "tanf_case_number": f"OH-{index // 10000:04d}-{index % 10000:04d}"
                    if tanf
                    else None,
                    "ivd_case_number": f"70{index:08d}" if rng.random() < 0.3 else None,
                    "status": status,
                    "recruitment_site_id": rng.choice(sites),
                    "study_group": rng.choice(list(StudyGroup)) if enrolled else None,
                    "assigned_coach_id": coach_id if rng.random() < 0.5 else rng.choice(coaches),
                    "shared_with_team": False,
                }
            )
        with store.write(remote=True) as session:
            conn = session.connection()
            conn.execute(insert(Participant.__table__), rows)
            if searchable:
                search.insert_new(conn, [search.entry(_Row(r)) for r in rows])
        done += len(rows)


class _Row:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
        self.__dict__.setdefault("middle_name", None)
        self.__dict__.setdefault("preferred_name", None)
        self.__dict__.setdefault("phone", None)
