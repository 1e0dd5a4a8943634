"""The app's side of the crash checks: a process that saves, checkpoints or changes the
passphrase through CoachApp's own code until the proof suite SIGKILLs it.

``python -m prove.crash_child MODE --data-dir DIR …`` with the passphrase(s) on standard
input, one a line. It reports how far it got on standard output, one line per marker, each
written with a single unbuffered ``write`` so a line the parent reads was written before the
kill, and a ``saved`` line only AFTER the service call returned:

- ``save``: real service calls in a loop (intake of a family, a support service, a case
  note): ``begin I KIND``, ``committing I`` (the COMMIT is being sent), ``saved {json}``;
- ``checkpoint``: big write transactions (``committing I``, ``committed I MS``), then, with
  ``--explicit``, ``PRAGMA wal_checkpoint(TRUNCATE)`` as at lock (``checkpoint``,
  ``checkpointed``); without it, SQLite's automatic checkpoint runs inside a commit;
- ``rekey``: ``Vault.change_passphrase`` (``--how change``) or the re-wrap a sign-in after a
  password change on the server does (``--how escrow``): ``begin``, ``done``.

What each save writes is decided by :func:`plan` from the seed and the save's number, so the
parent can tell which rows a save must have written all of.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

KINDS = ("intake", "service", "note")
TAG_PREFIX = "Crash save"
#: A child the parent forgot stops by itself.
MAX_SECONDS = 90.0


def mark(line: str) -> None:
    """One marker line on stdout, in one write: the parent may read it the moment it exists."""
    os.write(1, (line + "\n").encode("utf-8"))


@dataclass(frozen=True)
class Save:
    """What save number ``index`` of a run seeded ``seed`` writes."""

    index: int
    kind: str
    tag: str  # kept in the saved rows, so the parent finds each save's rows
    members: int = 0
    consents: int = 0
    barriers: int = 0


def tag_of(run: str, index: int) -> str:
    return f"{TAG_PREFIX} {run}-{index}"


def plan(run: str, seed: int, index: int) -> Save:
    rng = random.Random(f"{seed}:{index}")  # noqa: S311 - test data, not secrets
    kind = KINDS[(seed + index) % len(KINDS)]
    tag = tag_of(run, index)
    if kind != "intake":
        return Save(index, kind, tag)
    return Save(
        index,
        kind,
        tag,
        members=rng.randint(1, 4),
        consents=rng.randint(0, 2),
        barriers=rng.randint(0, 2),
    )


def _mark_commits(store: Any) -> list[int]:
    """``committing I`` each time the store sends COMMIT while ``current`` holds I."""
    from sqlalchemy import event

    current: list[int] = []

    def committing(_conn: Any) -> None:
        if current:
            mark(f"committing {current[0]}")

    event.listen(store.engine, "commit", committing)
    return current


# --- save ----------------------------------------------------------------------------------------


def run_saves(folder: Path, password: str, *, run: str, seed: int, saves: int | None) -> None:
    from sqlalchemy import select

    from coachapp.models import FundingSource, Participant, Partner, ServiceType
    from coachapp.store.profile import DataFolder

    store = DataFolder(folder).unlock(password)
    with store.read() as s:
        service_types = sorted(s.scalars(select(ServiceType.id)))
        funder = sorted(s.scalars(select(FundingSource.id)))[0]  # one funder: no duplicates
        partners = sorted(s.scalars(select(Partner.id)))
        people = list(
            s.scalars(
                select(Participant.id)
                .where(Participant.last_name == "Crashtest")
                .order_by(Participant.id)
            )
        )
    current = _mark_commits(store)
    mark("ready")
    started = time.monotonic()
    index = 0
    while (saves is None or index < saves) and time.monotonic() - started < MAX_SECONDS:
        save = plan(run, seed, index)
        rng = random.Random(f"{seed}:{index}:inputs")  # noqa: S311
        current[:] = [index]
        mark(f"begin {index} {save.kind}")
        if save.kind == "intake":
            ids = _intake(store, save, rng, partners)
            people.append(ids["participant"])
        elif save.kind == "service":
            ids = _service(store, save, rng, people[-1], service_types, funder)
        else:
            ids = _note(store, save, people[-1])
        current.clear()
        mark("saved " + json.dumps({"index": index, "kind": save.kind, "ids": ids}))
        index += 1
    store.close()
    mark("done")


def _intake(store: Any, save: Save, rng: random.Random, partners: list[str]) -> dict[str, Any]:
    from coachapp.models.enums import BarrierCategory, HouseholdRole
    from coachapp.services import intake

    first = rng.choice(["Ana", "Bea", "Cyd", "Dee", "Eli", "Fay", "Gus", "Hal"])
    members = [
        intake.HouseholdMemberInput(
            role=HouseholdRole.CHILD,
            first_name=f"{first}{n}",
            last_name="Crashtest",
            date_of_birth=date(2012 + n, 1 + rng.randrange(12), 1 + rng.randrange(28)),
            relationship="child",
        )
        for n in range(save.members)
    ]
    consents = [intake.ConsentInput(partner_id=p) for p in rng.sample(partners, save.consents)]
    barriers = [
        intake.BarrierInput(category=c, description=f"{save.tag} barrier")
        for c in rng.sample(list(BarrierCategory), save.barriers)
    ]
    detail = intake.create_participant(
        store,
        intake.IntakeInput(
            person={
                "first_name": first,
                "last_name": "Crashtest",
                "date_of_birth": date(1985 + rng.randrange(15), 1 + rng.randrange(12), 3),
                "phone": f"614-555-{rng.randrange(10000):04d}",
                "city": "Columbus",
                "address_line2": save.tag,
            },
            household=members,
            consents=consents,
            barriers=barriers,
            shared_with_team=True,
        ),
        confirmed_new_person=True,
    )
    return {
        "participant": detail.id,
        "household": detail.household_id,
        "members": [m.id for m in detail.household],
        "consents": [c.id for c in detail.consents],
    }


def _service(
    store: Any,
    save: Save,
    rng: random.Random,
    participant_id: str,
    service_types: list[str],
    funder: str,
) -> dict[str, Any]:
    from coachapp.services import support

    start = date(2026, 1 + rng.randrange(12), 1)
    view = support.record_support_service(
        store,
        support.ServiceInput(
            participant_id=participant_id,
            service_type_id=rng.choice(service_types),
            funding_source_id=funder,
            amount=f"{rng.randrange(20, 900)}.{rng.randrange(100):02d}",
            period_start=start,
            period_end=start.replace(day=28),
            vendor="Demo Transit",
            notes=save.tag,
        ),
    )
    return {"service": view.id}


def _note(store: Any, save: Save, participant_id: str) -> dict[str, Any]:
    from coachapp.models.enums import ContactMode
    from coachapp.services import notes

    view = notes.add_note(
        store,
        participant_id=participant_id,
        body=f"{save.tag}: called about the bus pass and the childcare form",
        mode=ContactMode.PHONE,
    )
    return {"note": view.id}


# --- checkpoint ----------------------------------------------------------------------------------


def run_checkpoint(
    folder: Path, password: str, *, run: str, commits: int, notes: int, explicit: bool
) -> None:
    from sqlalchemy import select

    from coachapp.models import CaseNote, Participant
    from coachapp.models.base import utcnow
    from coachapp.models.enums import ContactMode
    from coachapp.store.profile import DataFolder

    store = DataFolder(folder).unlock(password)
    with store.read() as s:
        participant_id = s.scalars(select(Participant.id).order_by(Participant.id)).first()
    current = _mark_commits(store)
    mark("ready")
    filler = "The coach and the participant went over the training plan. " * 30
    for batch in range(commits):
        began = time.monotonic()
        current[:] = [batch]
        with store.write() as s:
            s.add_all(
                CaseNote(
                    participant_id=participant_id,
                    contact_at=utcnow(),
                    mode=ContactMode.IN_PERSON,
                    body=f"{tag_of(run, batch)} #{n}. {filler}",
                )
                for n in range(notes)
            )
        current.clear()
        mark(f"committed {batch} {1000 * (time.monotonic() - began):.1f}")
    if explicit:
        mark("checkpoint")
        began = time.monotonic()
        store.checkpoint()
        mark(f"checkpointed {1000 * (time.monotonic() - began):.1f}")
    store.close()
    mark("done")


# --- rekey ---------------------------------------------------------------------------------------


def run_rekey(folder: Path, old: str, new: str, *, how: str) -> None:
    from coachapp.store.profile import DataFolder
    from coachapp.store.vault import Vault

    data = DataFolder(folder)
    identity = data.identity()
    vault = Vault.load(data.vault_path)
    mark("ready")
    mark("begin")
    if how == "change":
        vault.change_passphrase(old=old, new=new, username=identity.username)
    else:  # what sync.provision does after the password was changed on the server
        key = vault.unlock(old)
        Vault.rewrap_from_escrow(
            data.vault_path,
            data_key=key,
            new_passphrase=new,
            device_id=identity.device_id,
            kdf=vault.kdf,
            username=identity.username,
        )
    mark("done")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prove.crash_child")
    parser.add_argument("mode", choices=("save", "checkpoint", "rekey"))
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--run", default="0", help="names this run's rows")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--saves", type=int, help="stop after this many saves")
    parser.add_argument("--commits", type=int, default=6)
    parser.add_argument("--notes", type=int, default=100, help="notes per commit")
    parser.add_argument("--explicit", action="store_true", help="checkpoint(TRUNCATE) at the end")
    parser.add_argument("--how", choices=("change", "escrow"), default="change")
    args = parser.parse_args(argv)
    secrets = sys.stdin.read().splitlines()
    if args.mode == "save":
        run_saves(args.data_dir, secrets[0], run=args.run, seed=args.seed, saves=args.saves)
    elif args.mode == "checkpoint":
        run_checkpoint(
            args.data_dir,
            secrets[0],
            run=args.run,
            commits=args.commits,
            notes=args.notes,
            explicit=args.explicit,
        )
    else:
        run_rekey(args.data_dir, secrets[0], secrets[1], how=args.how)
    return 0


if __name__ == "__main__":
    sys.exit(main())
