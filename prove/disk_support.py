"""Disk-full trials, run in a child process (``python -m prove.disk_support PLAN``).

The child sets up a coach's data folder on the small disk the parent mounted, fills the disk
(a filler file leaving ``--room`` bytes, or, with no mount, ``RLIMIT_FSIZE`` set that far above
the biggest file) and saves participants until a save fails. Then, with the disk still full,
it checks every confirmed save is there and locks (closes the store); frees the space
(deletes the filler, lifts the limit); unlocks again; checks the saves and the integrity of
every page; saves once more. It prints one JSON line of what it saw.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from coachapp.demo.reference import demo_program
from coachapp.errors import CoachAppError
from coachapp.ids import uuid7
from coachapp.models import Participant
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.people import add_person

#: More saves than any trial's room can hold: reaching it means the disk never filled.
MAX_SAVES = 20_000


def ids(store: LocalStore) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Participant.id)))


def pages_ok(store: LocalStore) -> bool:
    with store.engine.connect() as conn:
        quick = conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
        hmac = not conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
    return quick and hmac


def fill(folder: DataFolder, filler: Path | None, room: int) -> None:
    """Leave about ``room`` bytes free: a filler file on the disk, or a file-size limit."""
    if filler is None:
        biggest = max(p.stat().st_size for p in folder.path.iterdir() if p.is_file())
        resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + room, resource.RLIM_INFINITY))
        return
    stats = os.statvfs(filler.parent)
    target = stats.f_bavail * stats.f_frsize - room
    chunk = b"\0" * (1 << 20)
    with filler.open("wb") as fh:
        written = 0
        while written < target:
            try:
                written += fh.write(chunk[: min(len(chunk), target - written)])
            except OSError:
                break


def free(filler: Path | None) -> None:
    if filler is None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
    else:
        filler.unlink()


def trial(folder: DataFolder, filler: Path | None, room: int) -> dict[str, Any]:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    identity = Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
    store, _key = folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    save_pulled_reference(store, program.rows())
    store.checkpoint()
    fill(folder, filler, room)
    confirmed: list[str] = []
    result: dict[str, Any] = {"room": room}
    try:
        while len(confirmed) < MAX_SAVES:
            confirmed.append(add_person(store, "Full", f"Disk{len(confirmed)}"))
    except CoachAppError as exc:
        result["error"] = type(exc).__name__
        result["message"] = str(exc)
    except Exception as exc:  # reported to the parent, which fails the check
        result["error"] = f"unexpected {type(exc).__name__}"
        result["message"] = traceback.format_exc(limit=3)[-600:]
    result["confirmed"] = len(confirmed)
    result["found_while_full"] = len(ids(store) & set(confirmed))
    result["pages_ok_while_full"] = pages_ok(store)
    store.close()  # the coach locks (or the app quits) with the disk still full
    free(filler)
    reopened = folder.unlock(PASSPHRASE)
    try:
        result["found_after"] = len(ids(reopened) & set(confirmed))
        result["pages_ok_after"] = pages_ok(reopened)
        after = add_person(reopened, "After", "Freeing")
        result["saved_after_freeing"] = after in ids(reopened)
    finally:
        reopened.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prove.disk_support")
    parser.add_argument(
        "plan",
        help='JSON list of trials: [{"folder": …, "room": bytes, "filler": path or null}]',
    )
    args = parser.parse_args(argv)
    results = []
    for step in json.loads(args.plan):
        filler = Path(step["filler"]) if step.get("filler") else None
        try:
            results.append(trial(DataFolder(Path(step["folder"])), filler, int(step["room"])))
        except Exception as exc:  # whatever went wrong is the parent's finding
            results.append({"crashed": f"{type(exc).__name__}: {exc}"[:600]})
    print(json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
