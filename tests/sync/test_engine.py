"""Two laptops and the server: edits offline, sync in any order, everyone ends up the same."""

from __future__ import annotations

from sqlalchemy import func, select

from coachapp.models import Participant
from coachapp.services import conflicts, intake, participants
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY
from tests.sync.laptops import Laptop


def enroll(machine: Laptop, first: str, **person: object) -> str:
    return intake.create_participant(
        machine.store,
        intake.IntakeInput(
            person={"first_name": first, "last_name": "Okoro", **person}, shared_with_team=True
        ),
        today=TODAY,
    ).id


def test_first_sync_brings_the_programs_reference_data(dana: Laptop) -> None:
    from coachapp.services import reference

    assert {s.label for s in reference.sites(dana.store)} >= {"Madison County TANF Office"}
    assert len(reference.partners(dana.store)) == 6


def test_a_participant_enrolled_on_one_laptop_reaches_the_supervisors(
    dana: Laptop, sam: Laptop
) -> None:
    pid = enroll(dana, "Adaeze", city="Columbus")
    report = dana.sync()
    assert report.pushed > 0 and report.rejected == 0
    with dana.store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert (s.get(Participant, pid) or Participant()).rev > 0

    sam.sync()
    assert participants.get_participant(sam.store, pid).city == "Columbus"


def test_edits_to_different_fields_on_two_laptops_both_survive_in_any_order(
    dana: Laptop, sam: Laptop
) -> None:
    pid = enroll(dana, "Bola", city="Columbus")
    dana.sync()
    sam.sync()
    participants.update_participant(dana.store, pid, changes={"city": "Dayton"})
    participants.update_participant(sam.store, pid, changes={"phone": "614-555-0123"})
    sam.sync()
    dana.sync()
    sam.sync()
    for machine in (dana, sam):
        detail = participants.get_participant(machine.store, pid)
        assert (detail.city, detail.phone) == ("Dayton", "614-555-0123")
        assert not detail.has_unsynced_changes


def test_same_field_changed_on_both_is_a_conflict_everyone_sees_and_one_resolution_settles(
    dana: Laptop, sam: Laptop
) -> None:
    pid = enroll(dana, "Chidi", city="Columbus")
    dana.sync()
    sam.sync()
    participants.update_participant(dana.store, pid, changes={"city": "Dayton"})
    participants.update_participant(sam.store, pid, changes={"city": "Akron"})
    dana.sync()
    report = sam.sync()
    assert report.conflicts == 1
    dana.sync()

    for machine in (dana, sam):
        [open_one] = conflicts.list_conflicts(machine.store)
        assert (open_one.server_value, open_one.client_value) == ("Dayton", "Akron")
        assert participants.get_participant(machine.store, pid).city == "Dayton"

    [c] = conflicts.list_conflicts(sam.store)
    conflicts.resolve_conflict(sam.store, c.id, keep="client")
    sam.sync()
    dana.sync()
    for machine in (dana, sam):
        assert participants.get_participant(machine.store, pid).city == "Akron"
        assert conflicts.list_conflicts(machine.store) == []


def test_local_edit_waiting_to_go_is_not_overwritten_by_a_pull(dana: Laptop, sam: Laptop) -> None:
    pid = enroll(dana, "Dayo", city="Columbus", phone="614-555-0100")
    dana.sync()
    sam.sync()
    participants.update_participant(sam.store, pid, changes={"phone": "614-555-0199"})
    sam.sync()
    participants.update_participant(dana.store, pid, changes={"city": "Marion"})
    # Pull only (the push would send Marion first): the phone arrives, Marion stays.
    dana.engine.pull()
    detail = participants.get_participant(dana.store, pid)
    assert (detail.city, detail.phone, detail.has_unsynced_changes) == (
        "Marion",
        "614-555-0199",
        True,
    )
    dana.sync()
    sam.sync()
    assert participants.get_participant(sam.store, pid).city == "Marion"
