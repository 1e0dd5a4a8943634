"""Changes queued on a laptop while an earlier change of the same record was still on its way.

Two defects the proof suite's network storm (prove/test_network.py) found:
- a note corrected and then removed before the laptop synced lost its correction: the
  queued edit and delete were folded into one delete, so the server's tombstone kept the old
  text, and a teammate's edit made meanwhile overwrote the correction without a conflict;
- a record removed while its own push was out (the answer lost, or the coach working during
  a sync) became a conflict with the coach's own change and stayed undeleted, because the
  delete still named the revision from before that push.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from coachapp.models import CaseNote, Conflict
from coachapp.models.enums import ContactMode
from coachapp.services import notes, participants
from tests.server.live import LiveServer
from tests.sync.casework import add_note, assert_matches_server, enroll, lose_every_push_answer
from tests.sync.fault_proxy import FaultProxy
from tests.sync.fleet import laptop_via
from tests.sync.laptops import Laptop


def server_note(live: LiveServer, note_id: str) -> tuple[str, bool]:
    with live.db.session() as s:
        note = s.get(CaseNote, note_id)
        assert note is not None
        return note.body, note.deleted


def server_conflicts(live: LiveServer) -> set[tuple[str, object]]:
    with live.db.session() as s:
        return {(c.field_name, json.loads(c.client_value)) for c in s.scalars(select(Conflict))}


# --- an edit and a delete queued together -----------------------------------------------------


def test_a_note_corrected_then_removed_keeps_its_correction_on_the_servers_tombstone(
    live: LiveServer, dana: Laptop
) -> None:
    pid = enroll(dana, "Ifeoma", last="Corrected")
    note_id = add_note(dana, pid, "Called about the bus pass")
    dana.sync()
    notes.edit_note(dana.store, note_id, body="Called about the bus pass and childcare")
    notes.remove_note(dana.store, note_id)

    report = dana.sync()

    assert (report.rejected, report.conflicts) == (0, 0)
    assert server_note(live, note_id) == ("Called about the bus pass and childcare", True)
    assert server_conflicts(live) == set()
    assert_matches_server(live, dana)


def test_a_correction_removed_while_a_teammate_edited_the_note_is_kept_in_a_conflict(
    live: LiveServer, dana: Laptop, sam: Laptop
) -> None:
    pid = enroll(dana, "Obinna", last="Corrected")
    note_id = add_note(dana, pid, "Met at the Madison branch")
    dana.sync()
    sam.sync()
    notes.edit_note(sam.store, note_id, body="Met at the Madison branch (Sam's wording)")
    notes.edit_note(dana.store, note_id, body="Met at the Madison branch on Tuesday")
    notes.remove_note(dana.store, note_id)
    sam.sync()

    dana.sync()

    # Both of Dana's intentions are on the server, and neither overwrote Sam's edit.
    assert server_conflicts(live) == {
        ("body", "Met at the Madison branch on Tuesday"),
        ("deleted", True),
    }
    assert server_note(live, note_id) == ("Met at the Madison branch (Sam's wording)", False)
    sam.sync()
    assert_matches_server(live, dana)
    assert_matches_server(live, sam)


# --- a delete queued while the record's own push was out --------------------------------------


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[FaultProxy]:
    port = urlsplit(live.url).port
    assert port is not None
    with FaultProxy(port) as running:
        yield running


@pytest.fixture
def dana_via_proxy(proxy: FaultProxy, tmp_path: Path) -> Iterator[Laptop]:
    machine = laptop_via(proxy.url, "demo.coach", tmp_path)
    yield machine
    machine.close()


@pytest.mark.parametrize("made", ["written in this batch", "edited in this batch"])
def test_a_note_removed_while_its_push_was_unanswered_is_deleted_without_a_conflict(
    live: LiveServer, proxy: FaultProxy, dana_via_proxy: Laptop, made: str
) -> None:
    dana = dana_via_proxy
    pid = enroll(dana, "Adaeze", last="Unanswered")
    if made == "edited in this batch":
        note_id = add_note(dana, pid, "Asked about the CNA course")
        dana.sync()
        notes.edit_note(dana.store, note_id, body="Asked about the CNA course start dates")
    else:
        dana.sync()
        note_id = add_note(dana, pid, "Asked about the CNA course start dates")
    lose_every_push_answer(proxy, dana)
    notes.remove_note(dana.store, note_id)  # still offline as far as she knows

    report = dana.sync()

    assert (report.rejected, report.conflicts) == (0, 0)
    assert server_conflicts(live) == set()
    assert server_note(live, note_id) == ("Asked about the CNA course start dates", True)
    assert_matches_server(live, dana)


def test_a_removal_that_had_not_seen_a_teammates_edit_still_makes_a_conflict(
    live: LiveServer, proxy: FaultProxy, dana_via_proxy: Laptop, sam: Laptop
) -> None:
    dana = dana_via_proxy
    pid = enroll(dana, "Chinwe", last="Unanswered")
    note_id = add_note(dana, pid, "Talked about transport")
    dana.sync()
    sam.sync()
    notes.edit_note(sam.store, note_id, body="Talked about transport and the bus pass")
    sam.sync()
    # Dana changes another field; the answer (which carries Sam's text) never reaches her.
    notes.edit_note(dana.store, note_id, mode=ContactMode.IN_PERSON)
    lose_every_push_answer(proxy, dana)
    notes.remove_note(dana.store, note_id)  # she never saw Sam's text

    dana.sync()

    assert server_conflicts(live) == {("deleted", True)}
    assert server_note(live, note_id) == ("Talked about transport and the bus pass", False)
    sam.sync()
    assert_matches_server(live, dana)
    assert_matches_server(live, sam)


def test_an_edit_queued_while_its_push_was_unanswered_still_conflicts_with_a_teammates_edit(
    live: LiveServer, proxy: FaultProxy, dana_via_proxy: Laptop, sam: Laptop
) -> None:
    """Dana's second edit was made on her first; Sam's edit of the same field, made on her
    first too, reached the server before her second: a conflict, not a silent overwrite."""
    dana = dana_via_proxy
    pid = enroll(dana, "Emeka", last="Unanswered", city="Columbus")
    dana.sync()
    participants.update_participant(dana.store, pid, changes={"city": "Dayton"})
    lose_every_push_answer(proxy, dana)  # saved: Dayton is on the server
    participants.update_participant(dana.store, pid, changes={"city": "Dayton East"})
    sam.sync()
    participants.update_participant(sam.store, pid, changes={"city": "Akron"})
    sam.sync()

    report = dana.sync()

    assert report.conflicts == 1
    assert server_conflicts(live) == {("city", "Dayton East")}
    with live.db.session() as s:
        [conflict] = s.scalars(select(Conflict))
        assert json.loads(conflict.server_value) == "Akron"
    sam.sync()
    for machine in (dana, sam):
        assert participants.get_participant(machine.store, pid).city == "Akron"
    assert_matches_server(live, dana)
    assert_matches_server(live, sam)
