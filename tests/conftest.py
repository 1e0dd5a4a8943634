"""Shared fixtures: a real SQLCipher store in a temporary data folder, with demo reference data.

The Argon2id cost is lowered for speed in tests only (one test checks the real defaults).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.vault import KdfParams

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
#: A fixed "today" so overdue lists and eligibility years do not drift with the calendar.
TODAY = date(2026, 3, 16)


@pytest.fixture
def data_folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "CoachApp")


@pytest.fixture
def program() -> DemoProgram:
    return demo_program(org_id=uuid7(), coach_id=uuid7())


@pytest.fixture
def identity(program: DemoProgram) -> Identity:
    coach = program.coaches[0]
    return Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )


@pytest.fixture
def store(
    data_folder: DataFolder, identity: Identity, program: DemoProgram
) -> Iterator[LocalStore]:
    """An unlocked store for the demo coach, with the program's reference data pulled."""
    opened, _key = data_folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    save_pulled_reference(opened, program.rows())
    try:
        yield opened
    finally:
        opened.close()
