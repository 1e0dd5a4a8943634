"""The casework typed on each laptop between sync cycles of the network-fault storm, and the
ledger of it that the verdict is checked against.

Every row made is recorded by id and by a natural key the coach would recognise (a TANF case
number, a tag at the start of a note or task), so a row the server lost, or one it saved
twice under a new id, is found either way. Every value typed is recorded with the value it
replaced on that laptop (its base), so each can later be traced: still the current value,
replaced by someone who saw it, or kept in a conflict.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from coachapp.models import CaseNote, Participant
from coachapp.models.enums import ContactMode
from coachapp.models.wire import to_wire
from coachapp.services import intake, notes, participants, tasks
from tests.conftest import TODAY
from tests.sync.laptops import Laptop

#: Participant fields the coaches edit during the storm: free text, so every value typed is
#: unique and can be traced; not names, so no edit makes a possible duplicate.
EDITED_FIELDS = ("city", "address_line1", "address_line2", "preferred_language")
#: The first participants made are edited most, so two laptops often edit the same row.
HOT = 6


@dataclass(frozen=True)
class Edit:
    """One value typed on one laptop: ``value`` replaced ``base`` there."""

    table: str
    row_id: str
    field: str
    base: Any
    value: Any
    laptop: str
    cycle: int


@dataclass
class Ledger:
    """What the coaches did during the storm, as the test saw them do it."""

    #: (table, row id) → natural key ("NF-00012", "[N17]", "[T3]").
    created: dict[tuple[str, str], str] = field(default_factory=dict)
    made_by: dict[tuple[str, str], str] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    deletes: list[Edit] = field(default_factory=list)
    actions: Counter[str] = field(default_factory=Counter)
    serial: int = 0

    def next(self) -> int:
        self.serial += 1
        return self.serial

    def made(self, table: str, row_id: str, key: str, laptop: str) -> None:
        self.created[(table, row_id)] = key
        self.made_by[(table, row_id)] = laptop

    def rows_of(self, table: str) -> dict[str, str]:
        return {row_id: key for (t, row_id), key in self.created.items() if t == table}


def note_tag(body: str) -> str | None:
    """The ``[N12]`` a storm note starts with (kept through every edit of its body)."""
    return body.split("]", 1)[0] + "]" if body.startswith("[N") and "]" in body else None


def task_tag(title: str) -> str | None:
    return title.split("]", 1)[0] + "]" if title.startswith("[T") and "]" in title else None


@dataclass(frozen=True)
class _Local:
    """What one laptop holds now (live rows only), to choose the next piece of work."""

    participants: list[tuple[str, str | None]]  # id, assigned coach
    notes: list[tuple[str, str | None, str]]  # id, author, body


def _local(machine: Laptop) -> _Local:
    with machine.store.read() as s:
        people = s.execute(
            select(Participant.id, Participant.assigned_coach_id)
            .where(Participant.deleted.is_(False), Participant.last_name == "Storm")
            .order_by(Participant.tanf_case_number)
        ).all()
        written = s.execute(
            select(CaseNote.id, CaseNote.author_id, CaseNote.body)
            .where(CaseNote.deleted.is_(False), CaseNote.body.like("[N%"))
            .order_by(CaseNote.id)
        ).all()
    return _Local([(p, c) for p, c in people], [(n, a, b) for n, a, b in written])


def _current(machine: Laptop, model: type[Any], row_id: str, name: str) -> Any:
    with machine.store.read() as s:
        row = s.get(model, row_id)
        assert row is not None
        return to_wire(getattr(row, name))


class Casework:
    """Seeded random work on a laptop: new participants, notes, edits (often of the same
    shared rows another laptop is editing), note corrections and deletions, tasks."""

    def __init__(self, seed: int, ledger: Ledger, coach_ids: dict[str, str]) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - a seeded test schedule
        self.ledger = ledger
        self.coach_ids = coach_ids  # laptop name → coach id

    def day(self, machine: Laptop, name: str, cycle: int) -> None:
        """One stretch of work on ``machine`` before it syncs."""
        rng = self.rng
        here = _local(machine)
        if len(here.participants) < 3 or rng.random() < 0.45:
            self.enroll(machine, name)
            here = _local(machine)
        for _ in range(rng.choice((1, 1, 2))):
            if rng.random() < 0.9:
                self.edit_participant(machine, name, cycle, here)
        if rng.random() < 0.7:
            self.note(machine, name, cycle, here)
        if here.notes and rng.random() < 0.35:
            self.edit_note(machine, name, cycle, here)
        if rng.random() < 0.15:
            self.delete_note(machine, name, cycle, here)
        if rng.random() < 0.25:
            self.task(machine, name, here)

    # --- the pieces of work -------------------------------------------------------------------

    def enroll(self, machine: Laptop, name: str) -> str:
        n = self.ledger.next()
        case = f"NF-{n:05d}"
        made = intake.create_participant(
            machine.store,
            intake.IntakeInput(
                person={
                    "first_name": f"Net{n:05d}",
                    "last_name": "Storm",
                    "tanf_recipient": True,
                    "tanf_case_number": case,
                    "city": f"Start {n}",
                },
                shared_with_team=True,
            ),
            today=TODAY,
        )
        self.ledger.made("participants", made.id, case, name)
        self.ledger.actions["participants enrolled"] += 1
        return made.id

    def edit_participant(self, machine: Laptop, name: str, cycle: int, here: _Local) -> None:
        pool = [pid for pid, _coach in here.participants]
        hot = pool[:HOT]
        pid = self.rng.choice(hot if self.rng.random() < 0.6 else pool)
        column = self.rng.choice(EDITED_FIELDS)
        value = f"{name[0].upper()}{cycle}-{self.ledger.next()}"
        base = _current(machine, Participant, pid, column)
        participants.update_participant(machine.store, pid, changes={column: value}, today=TODAY)
        self.ledger.edits.append(Edit("participants", pid, column, base, value, name, cycle))
        self.ledger.actions["participant fields edited"] += 1

    def note(self, machine: Laptop, name: str, cycle: int, here: _Local) -> None:
        pid, assigned = self.rng.choice(here.participants)
        n = self.ledger.next()
        tag = f"[N{n}]"
        # Confidential notes only on one's own participants (a teammate never sees them).
        restricted = assigned == self.coach_ids[name] and self.rng.random() < 0.2
        made = notes.add_note(
            machine.store,
            participant_id=pid,
            body=f"{tag} call by {name} in cycle {cycle}",
            mode=ContactMode.PHONE,
            restricted=restricted,
        )
        self.ledger.made("case_notes", made.id, tag, name)
        self.ledger.actions["notes written"] += 1

    def edit_note(self, machine: Laptop, name: str, cycle: int, here: _Local) -> None:
        note_id, _author, body = self.rng.choice(here.notes)
        tag = note_tag(body)
        assert tag is not None
        value = f"{tag} corrected by {name} in cycle {cycle} #{self.ledger.next()}"
        notes.edit_note(machine.store, note_id, body=value)
        self.ledger.edits.append(Edit("case_notes", note_id, "body", body, value, name, cycle))
        self.ledger.actions["notes corrected"] += 1

    def delete_note(self, machine: Laptop, name: str, cycle: int, here: _Local) -> None:
        mine = [n for n, author, _b in here.notes if author == self.coach_ids[name]]
        if not mine:
            return
        note_id = self.rng.choice(mine)
        notes.remove_note(machine.store, note_id)
        self.ledger.deletes.append(Edit("case_notes", note_id, "deleted", False, True, name, cycle))
        self.ledger.actions["notes deleted"] += 1

    def task(self, machine: Laptop, name: str, here: _Local) -> None:
        pid, _assigned = self.rng.choice(here.participants)
        n = self.ledger.next()
        tag = f"[T{n}]"
        made = tasks.add_task(
            machine.store,
            title=f"{tag} follow up ({name})",
            due_on=TODAY + timedelta(days=self.rng.randint(1, 30)),
            participant_id=pid,
        )
        self.ledger.made("tasks", made.id, tag, name)
        self.ledger.actions["tasks added"] += 1
