"""The laptops of the sync crash trials and the work queued on them: a day of casework made
with the demo generator (new families, edits, a deleted note, a new note) waiting in the
outbox, and what the server must hold once it has been pushed (``tests/sync/crash_trials.py``).
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coachapp.demo.people import generate
from coachapp.demo.reference import DemoProgram
from coachapp.models import SYNC_COLUMNS, SYNCED_MODELS, CaseNote, Coach, Participant
from coachapp.models.enums import CoachRole, ContactMode
from coachapp.services import notes
from coachapp.store.outbox import OutboxEntry
from coachapp.store.profile import DataFolder
from server.storage.push import row_values
from sync import provision
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer

SEED = 20260316

Queued = dict[tuple[str, str], tuple[str, dict[str, Any]]]


@dataclass
class Machine:
    """A provisioned data folder for one coach (the process under test opens it itself)."""

    username: str
    folder: DataFolder
    program: DemoProgram  # the demo generator's view: this coach only
    device_id: str


def queued_work(machine: Machine) -> Queued:
    """What waits in the outbox, folded per row: (op, field values) as the server must end."""
    store = machine.folder.unlock(PASSWORD)
    try:
        with store.read() as s:
            entries = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        folded: Queued = {}
        for entry in entries:
            op, fields = folded.get((entry.table_name, entry.row_id), ("upsert", {}))
            fields = {**fields, **(entry.fields or {})}
            folded[(entry.table_name, entry.row_id)] = (
                "delete" if entry.op == "delete" or op == "delete" else "upsert",
                fields,
            )
        return folded
    finally:
        store.close()


def not_on_server_as_queued(live: LiveServer, queued: Queued) -> list[str]:
    """Queued changes the server does not hold as queued (none, when nothing was lost)."""
    lost: list[str] = []
    with live.db.session() as s:
        for (table, row_id), (op, fields) in queued.items():
            row = s.get(SYNCED_MODELS[table], row_id)
            if row is None:
                lost.append(f"{table} {row_id} never reached the server")
                continue
            values = row_values(row)
            if op == "delete" and values["deleted"] is not True:
                lost.append(f"the delete of {table} {row_id} was lost")
            lost.extend(
                f"{table}.{name} of {row_id} was lost"
                for name, value in fields.items()
                if name not in SYNC_COLUMNS and values[name] != value
            )
    return lost


def queue_work(machine: Machine, *, trial: int, rng: random.Random, people: int) -> None:
    """A day of work on this laptop, queued for sync (nothing is sent here)."""
    store = machine.folder.unlock(PASSWORD)
    try:
        generate(
            store,
            machine.program,
            participants=people,
            seed=SEED + trial,
            today=TODAY,
            unsynced=True,
        )
        actor = store.actor
        assert actor is not None
        with store.write() as s:
            own = s.scalars(
                select(Participant)
                .where(Participant.assigned_coach_id == actor.coach_id)
                .order_by(Participant.id)
            ).all()
            for person in rng.sample(own, k=min(2, len(own))):
                person.city = f"Trial {trial} city"
                person.phone = f"614-555-{rng.randrange(100, 200):04d}"
            pids = [p.id for p in own]
            old_note = s.scalar(
                select(CaseNote)
                .where(
                    CaseNote.participant_id.in_(pids),
                    CaseNote.deleted.is_(False),
                    CaseNote.rev > 0,  # already on the server (see the xfail in test_faults_people)
                )
                .order_by(CaseNote.id)
            )
            if old_note is not None:
                old_note.deleted = True
        notes.add_note(
            store,
            participant_id=rng.choice(pids),
            body=f"Trial {trial}: called about the bus pass",
            mode=ContactMode.PHONE,
        )
    finally:
        store.close()


# --- set-up ---------------------------------------------------------------------------------------


def provision_machine(
    live: LiveServer, root: Path, username: str, *, add_account: bool = False
) -> Machine:
    if add_account:
        live.add_account(username, role=CoachRole.COACH, team_id=live.program.teams[-1].id)
    connection = provision.provision(
        DataFolder(root / username),
        server_url=live.url,
        org=ORG_CODE,
        username=username,
        password=PASSWORD,
        kdf=FAST_KDF,
    )
    device_id = connection.identity.device_id
    coach_id = connection.identity.coach_id
    connection.close()
    with live.db.session() as s:
        coach = s.get(Coach, coach_id)
        assert coach is not None
        s.expunge(coach)
    program = dataclasses.replace(live.program, coaches=[coach])
    return Machine(username, DataFolder(root / username), program, device_id)
