"""A coach's everyday work on a test laptop, and the checks every fault test ends with.

``assert_matches_server`` is the fault tests' verdict: the laptop holds exactly the rows
the server holds for its coach (same rows, same values, same revisions), nothing waits in
its outbox, and no change was refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from sqlalchemy import func, select

from coachapp.models import AuditEvent, CaseNote, Participant
from coachapp.models.enums import ContactMode
from coachapp.services import intake, notes
from coachapp.store.local import LocalStore
from server.storage.tables import AppliedMutation
from sync.errors import Offline
from tests.conftest import TODAY
from tests.server.live import LiveServer
from tests.sync.fault_plans import Fault, Rule, Scripted
from tests.sync.fault_proxy import FaultProxy
from tests.sync.fleet import coach_id
from tests.sync.laptops import Laptop
from tests.sync.snapshots import (
    Snapshot,
    counts_by_table,
    differences,
    outbox_size,
    snapshot,
    sync_problems,
)


def enroll(machine: Laptop, first: str, last: str = "Okoro", **person: Any) -> str:
    """A new participant on this laptop, shared with the coach's team."""
    return intake.create_participant(
        machine.store,
        intake.IntakeInput(
            person={"first_name": first, "last_name": last, **person}, shared_with_team=True
        ),
        today=TODAY,
    ).id


def add_note(machine: Laptop, participant_id: str, body: str, *, restricted: bool = False) -> str:
    return notes.add_note(
        machine.store,
        participant_id=participant_id,
        body=body,
        mode=ContactMode.PHONE,
        restricted=restricted,
    ).id


def server_snapshot_for(live: LiveServer, machine: Laptop) -> Snapshot:
    with live.db.session() as session:
        return snapshot(session, coach_id=coach_id(machine))


def local_history(store: LocalStore, participant_ids: Iterable[str]) -> set[tuple[str, str]]:
    """Audit events this laptop keeps about participants that left it (ids only, by design:
    ``sync.apply.remove_participants``); the server no longer sends them to this coach."""
    ids = list(participant_ids)
    with store.read() as session:
        found = session.scalars(select(AuditEvent.id).where(AuditEvent.participant_id.in_(ids)))
        return {("audit_events", row_id) for row_id in found}


def assert_matches_server(
    live: LiveServer,
    machine: Laptop,
    *,
    history_of: Iterable[str] = (),
    refused: Iterable[tuple[str, str, str]] = (),
) -> Snapshot:
    """The laptop equals the server's view of its coach, row for row and value for value.

    ``history_of``: participants that left this laptop, whose audit events it keeps;
    ``refused``: the (table, row id, code) of changes the server was expected to refuse.
    """
    laptop = snapshot(machine.store)
    for key in local_history(machine.store, history_of):
        laptop.pop(key, None)
    server = server_snapshot_for(live, machine)
    assert counts_by_table(laptop) == counts_by_table(server), differences(laptop, server)
    assert laptop == server, differences(laptop, server)
    assert outbox_size(machine.store) == 0, f"{machine.username} still has changes to send"
    problems = sync_problems(machine.store)
    assert sorted(problems) == sorted(refused), (
        f"{machine.username} had changes refused: {problems}"
    )
    return laptop


def server_participants_named(live: LiveServer, last_name: str) -> list[str]:
    with live.db.session() as s:
        return list(s.scalars(select(Participant.id).where(Participant.last_name == last_name)))


def server_notes_saying(live: LiveServer, body: str) -> int:
    with live.db.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(CaseNote).where(CaseNote.body == body)) or 0
        )


def answered_mutations(live: LiveServer, device_id: str) -> int:
    """How many distinct mutations the server has applied (and recorded) for a laptop."""
    with live.db.session() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AppliedMutation)
                .where(AppliedMutation.device_id == device_id)
            )
            or 0
        )


def lose_every_push_answer(proxy: FaultProxy, machine: Laptop) -> None:
    """The server saves the batch; the laptop never hears so and gives up (offline)."""
    proxy.schedule = Scripted(Rule(Fault.drop(), method="POST", path="/v1/sync/push", times=5))
    with pytest.raises(Offline):
        machine.sync()
