"""``coachapp --selftest``: prove an installed CoachApp works on this machine.

Creates an encrypted store in a temporary folder, records a small intake, finds it by
search, reopens the store with its passphrase, then deletes the folder. Touches no real
data folder and needs no network. Returns the list of failures (empty: all good).
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.services import intake
from coachapp.services.participants import find_participants
from coachapp.services.reference import save_pulled_reference
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.vault import KdfParams

#: Light enough to run in a second, strong enough to exercise the real KDF code path.
SELFTEST_KDF = KdfParams(memory_kib=16 * 1024, iterations=1, lanes=1)


def run_selftest(say: Callable[[str], None] = print) -> list[str]:
    failures: list[str] = []
    started = time.perf_counter()
    try:
        root = Path(tempfile.mkdtemp(prefix="coachapp-selftest-"))
    except OSError as exc:
        return [f"cannot make a temporary folder ({exc.strerror})"]
    try:
        program = demo_program(org_id=uuid7(), coach_id=uuid7())
        coach = program.coaches[0]
        identity = Identity(
            org_id=program.org_id,
            coach_id=coach.id,
            device_id=uuid7(),
            username=coach.username,
            display_name=coach.display_name,
        )
        passphrase = secrets.token_urlsafe(18)
        folder = DataFolder(root / "CoachApp")
        store, _key = folder.create(
            identity=identity, passphrase=passphrase, kdf=SELFTEST_KDF, check_policy=False
        )
        try:
            save_pulled_reference(store, program.rows())
            say("store: encrypted database created")
            person = {
                "first_name": "Selftest",
                "last_name": "Participant",
                "date_of_birth": "1990-01-01",
                "state": "OH",
                "tanf_recipient": True,
                "tanf_case_number": "ST-0000-0001",
                "recruitment_site_id": program.sites[0].id,
            }
            made = intake.create_participant(
                store, intake.IntakeInput(person=person), confirmed_new_person=True
            )
            say("intake: participant recorded")
            hits = find_participants(store, "selft")
            if [h.participant_id for h in hits] != [made.id]:
                failures.append("search did not find the participant just recorded")
            by_case = find_participants(store, "0000-0001")
            if [h.participant_id for h in by_case] != [made.id]:
                failures.append("search by case number did not find the participant")
            if not store.integrity_ok():
                failures.append("database integrity check failed")
        finally:
            store.close()
        reopened = folder.unlock(passphrase)
        try:
            if not find_participants(reopened, "selft"):
                failures.append("the participant was not there after reopening the store")
        finally:
            reopened.close()
        say("unlock: store reopened with its passphrase")
    except Exception as exc:  # the selftest reports every failure as a line, never a traceback
        failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if root.exists():
        failures.append(f"the temporary folder {root} could not be removed")
    say(f"selftest took {time.perf_counter() - started:.2f} s")
    return failures
