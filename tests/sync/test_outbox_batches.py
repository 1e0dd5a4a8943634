"""What a push batch says, read from a real outbox: the batch written as JSON text straight
from the stored values must say exactly what folding the decoded entries says."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from coachapp.models.enums import ContactMode
from coachapp.services import intake, notes, participants
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from sync.engine import _QUEUED, _QUEUED_TEXT, coalesce, coalesce_json
from sync.protocol import Mutation
from tests.conftest import TODAY


def busy_day(store: LocalStore) -> None:
    """New records, edits of them, an edit folded into a new record, a removal."""
    made = []
    for first in ("Amara", "Bisi", "Chidi"):
        person = intake.IntakeInput(person={"first_name": first, "last_name": "Okafor"})
        made.append(intake.create_participant(store, person, today=TODAY).id)
    note = notes.add_note(store, participant_id=made[0], body="Called", mode=ContactMode.PHONE)
    participants.update_participant(store, made[1], changes={"city": "Dayton"})
    notes.remove_note(store, note.id)
    kept = notes.add_note(store, participant_id=made[2], body="Met", mode=ContactMode.IN_PERSON)
    notes.edit_note(store, kept.id, body="Met at the DHS office")


def queued_both_ways(store: LocalStore) -> tuple[Sequence[Any], Sequence[Any]]:
    """The outbox in seq order: values decoded (``_QUEUED``), and as stored (``_QUEUED_TEXT``)."""
    with store.read() as session:
        decoded = session.execute(select(*_QUEUED).order_by(OutboxEntry.seq)).all()
        stored = session.connection().execute(select(*_QUEUED_TEXT).order_by(OutboxEntry.seq)).all()
    return decoded, stored


def test_a_batch_written_from_stored_json_says_what_the_folded_entries_say(
    store: LocalStore,
) -> None:
    busy_day(store)
    decoded, stored = queued_both_ways(store)

    expected, expected_seqs = coalesce(decoded, limit=500)
    texts, keys, seqs = coalesce_json(stored, limit=500)
    sent = [Mutation.model_validate_json(text) for text in texts]

    assert sent == expected
    assert sorted(seqs) == sorted(expected_seqs) == [e.seq for e in decoded]
    assert keys == {m.mutation_id: (m.table, m.row_id) for m in expected}
    # The point of the JSON path: new records go out with their stored values as they are.
    assert sum(1 for m in expected if m.base_rev == 0 and not m.base) > len(expected) // 2
    assert all(json.loads(t)["fields"] == m.fields for t, m in zip(texts, expected, strict=True))


def test_a_batch_stops_at_the_row_limit_the_same_way_both_ways(store: LocalStore) -> None:
    busy_day(store)
    decoded, stored = queued_both_ways(store)

    expected, expected_seqs = coalesce(decoded, limit=3)
    texts, _keys, seqs = coalesce_json(stored, limit=3)

    assert [Mutation.model_validate_json(t) for t in texts] == expected
    assert seqs == expected_seqs and len({(m.table, m.row_id) for m in expected}) == 3
