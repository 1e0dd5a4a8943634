"""A laptop's data folder for the checkpoint and passphrase crash checks: a real encrypted
store (vault, profile, database) with the demo program's reference data and one family,
made once and copied for each trial so every trial starts from the same files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select, text

from coachapp.demo.reference import DemoProgram
from coachapp.models import CaseNote, Participant
from coachapp.services import intake
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from coachapp.store.profile import DataFolder, Identity
from tests.conftest import FAST_KDF, PASSPHRASE


def make_template(
    path: Path, identity: Identity, program: DemoProgram, *, passphrase: str = PASSPHRASE
) -> DataFolder:
    """A data folder for ``identity`` (the ``identity`` and ``program`` fixtures of
    ``tests/conftest.py``) holding ``program``'s reference data and one family."""
    folder = DataFolder(path)
    store, _key = folder.create(identity=identity, passphrase=passphrase, kdf=FAST_KDF)
    try:
        save_pulled_reference(store, program.rows())
        intake.create_participant(
            store,
            intake.IntakeInput(
                person={"first_name": "Ana", "last_name": "Crashtest", "city": "Columbus"},
                household=[
                    intake.HouseholdMemberInput(
                        role="child", first_name="Bo", last_name="Crashtest"
                    )
                ],
            ),
        )
    finally:
        store.close()  # checkpointed: the copies start with an empty WAL
    return folder


def fresh_copy(template: DataFolder, path: Path) -> DataFolder:
    shutil.copytree(template.path, path)
    return DataFolder(path)


def integrity_ok(store: LocalStore) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def counts(store: LocalStore) -> dict[str, int]:
    """How many participants and outbox entries the store holds."""
    with store.read() as s:
        return {
            "participants": int(s.scalar(select(func.count()).select_from(Participant)) or 0),
            "outbox": int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0),
        }


def notes_per_batch(store: LocalStore, prefix: str) -> dict[int, int]:
    """Case notes per batch number, for bodies ``f"{prefix}{batch} #{n}. …"``."""
    out: dict[int, int] = {}
    with store.read() as s:
        for body in s.scalars(select(CaseNote.body).where(CaseNote.body.like(f"{prefix}%"))):
            batch = int(body[len(prefix) :].split(" ", 1)[0])
            out[batch] = out.get(batch, 0) + 1
    return out
