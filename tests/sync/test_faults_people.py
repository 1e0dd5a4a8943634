"""Faults that come from people rather than the network: a participant handed to another
coach while a laptop is offline, a record deleted on one laptop and edited on another, a
laptop whose clock is days off, a laptop revoked with work still queued, and a push held
back by "update CoachApp" that must go out once the update is installed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    AuditEvent,
    CaseNote,
    Participant,
    Task,
)
from coachapp.models.enums import BarrierCategory, HouseholdRole
from coachapp.services import conflicts, intake, notes, participants, tasks
from coachapp.store.profile import DataFolder
from server.admin.devices import revoke_device
from sync import provision
from sync.errors import DeviceRevoked, UpgradeRequired
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer
from tests.sync.casework import (
    add_note,
    answered_mutations,
    assert_matches_server,
    enroll,
    server_participants_named,
)
from tests.sync.fleet import coach_id, laptop_via, sync_until_quiet
from tests.sync.laptops import Laptop
from tests.sync.snapshots import laptop_rows, outbox_size, sync_problems


@pytest.fixture
def fleet(live: LiveServer, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    machines = {
        name: laptop_via(live.url, username, tmp_path)
        for name, username in (("dana", "demo.coach"), ("sam", "sam.supervisor"))
    }
    yield machines
    for machine in machines.values():
        machine.close()


def rows_of(machine: Laptop, participant_id: str) -> set[tuple[str, str]]:
    """The participant's own row and every record of theirs on this laptop."""
    owned = {m.__tablename__ for m in (*PARTICIPANT_OWNED_MODELS, Task)}  # type: ignore[attr-defined]
    return {
        key
        for key, row in laptop_rows(machine.store).items()
        if (key[0] == "participants" and key[1] == participant_id)
        or (key[0] in owned and row.get("participant_id") == participant_id)
    }


# --- a participant changes hands ------------------------------------------------------------------


def test_a_participant_handed_to_lee_leaves_danas_laptop_whole_and_arrives_on_lees_with_everything(
    live: LiveServer, fleet: dict[str, Laptop], tmp_path: Path
) -> None:
    dana, sam = fleet["dana"], fleet["sam"]
    lee = laptop_via(live.url, "lee.coach", tmp_path)
    try:
        moving = intake.create_participant(
            dana.store,
            intake.IntakeInput(
                person={"first_name": "Amara", "last_name": "Moves", "city": "Marion"},
                household=[
                    intake.HouseholdMemberInput(
                        role=HouseholdRole.CHILD, first_name="Tobi", last_name="Moves"
                    )
                ],
                barriers=[intake.BarrierInput(category=BarrierCategory.TRANSPORTATION)],
                consents=[intake.ConsentInput(partner_id=live.program.partners[0].id)],
                shared_with_team=True,
            ),
            today=TODAY,
        ).id
        add_note(dana, moving, "Talked about the bus pass")
        add_note(dana, moving, "Private: housing worry", restricted=True)
        tasks.add_task(dana.store, title="Call back", due_on=TODAY, participant_id=moving)
        staying = enroll(dana, "Chinwe", last="Stays")
        for machine in (dana, sam, lee):
            machine.sync()
        theirs = rows_of(dana, moving)
        assert len(theirs) >= 8 and rows_of(lee, moving) == set()

        # Dana, offline, still edits; meanwhile Sam hands the participant to Lee (South team).
        participants.update_participant(dana.store, moving, changes={"phone": "614-555-0177"})
        participants.assign(sam.store, moving, coach_id=live.accounts["lee.coach"])
        sam.sync()
        dana_report = dana.sync()
        lee.sync()

        assert rows_of(dana, moving) == set()
        assert rows_of(sam, moving) == set()  # North's supervisor no longer sees them either
        assert participants.get_participant(dana.store, staying).summary.first_name == "Chinwe"
        assert dana_report.removed == 1
        # Her late edit is not silently dropped: it is refused and listed for her.
        refused = sync_problems(dana.store)
        assert ("participants", moving, "forbidden") in refused
        assert rows_of(lee, moving) == theirs
        assert participants.get_participant(lee.store, moving).city == "Marion"

        assert_matches_server(live, lee)
        assert_matches_server(live, dana, history_of=[moving], refused=refused)
        # Sam's own audit record of the hand-over goes through (see the next test).
        hand_over_audit = [p for p in sync_problems(sam.store) if p[0] == "audit_events"]
        assert_matches_server(live, sam, history_of=[moving], refused=hand_over_audit)
    finally:
        lee.close()


def test_the_supervisors_hand_over_is_in_the_audit_trail_and_nothing_is_refused(
    live: LiveServer, fleet: dict[str, Laptop]
) -> None:
    dana, sam = fleet["dana"], fleet["sam"]
    pid = enroll(dana, "Femi", last="Handover")
    dana.sync()
    sam.sync()
    participants.assign(sam.store, pid, coach_id=live.accounts["lee.coach"])
    report = sam.sync()

    assert (report.rejected, sync_problems(sam.store)) == (0, [])
    with live.db.session() as s:
        hand_over = s.scalars(
            select(AuditEvent).where(
                AuditEvent.record_id == pid, AuditEvent.actor_id == live.accounts["sam.supervisor"]
            )
        ).all()
    assert [e.detail for e in hand_over] == ["assigned_coach_id,team_id"]


# --- delete here, edit there ----------------------------------------------------------------------


def _delete_here_edit_there(dana: Laptop, sam: Laptop, *, first: str) -> tuple[str, str]:
    """Dana deletes a note while Sam, offline, edits it; ``first`` says whose push lands first."""
    pid = enroll(dana, "Kelechi", last="Twice")
    note_id = add_note(dana, pid, "Needs a ride on Tuesday")
    dana.sync()
    sam.sync()
    notes.remove_note(dana.store, note_id)
    notes.edit_note(sam.store, note_id, body="Needs a ride on Tuesday and Thursday")
    for machine in [dana, sam] if first == "delete" else [sam, dana]:
        machine.sync()
    sync_until_quiet([dana, sam])
    return pid, note_id


@pytest.mark.parametrize("first", ["delete", "edit"])
def test_a_note_deleted_on_one_laptop_and_edited_on_the_other_is_a_conflict_and_nothing_is_lost(
    live: LiveServer, fleet: dict[str, Laptop], first: str
) -> None:
    dana, sam = fleet["dana"], fleet["sam"]
    pid, note_id = _delete_here_edit_there(dana, sam, first=first)

    for machine in (dana, sam):
        [conflict] = conflicts.list_conflicts(machine.store, participant_id=pid)
        assert (conflict.table_name, conflict.field_name) == ("case_notes", "deleted")
        with machine.store.read() as s:
            kept = s.get(CaseNote, note_id)
            assert kept is not None and kept.body == "Needs a ride on Tuesday and Thursday"
            assert kept.deleted is (first == "delete")  # the later push never wins silently

    # Dana settles it by keeping what the server holds; everyone ends up the same.
    [conflict] = conflicts.list_conflicts(dana.store, participant_id=pid)
    conflicts.resolve_conflict(dana.store, conflict.id, keep="server")
    sync_until_quiet([dana, sam])
    for machine in (dana, sam):
        assert conflicts.list_conflicts(machine.store, participant_id=pid) == []
        assert_matches_server(live, machine)


def test_a_coach_who_brings_back_a_deleted_note_from_the_conflict_sees_it_back_everywhere(
    live: LiveServer, fleet: dict[str, Laptop]
) -> None:
    dana, sam = fleet["dana"], fleet["sam"]
    pid, _note_id = _delete_here_edit_there(dana, sam, first="delete")
    [conflict] = conflicts.list_conflicts(dana.store, participant_id=pid)
    assert (conflict.server_value, conflict.client_value) == (True, False)

    conflicts.resolve_conflict(dana.store, conflict.id, keep="client")  # "keep the note"
    sync_until_quiet([dana, sam])

    for machine in (dana, sam):
        shown = notes.list_notes(machine.store, pid, include_restricted=False)
        assert [n.body for n in shown] == ["Needs a ride on Tuesday and Thursday"]
        assert_matches_server(live, machine)


def test_a_note_written_and_removed_while_offline_syncs_without_a_refusal(
    live: LiveServer, fleet: dict[str, Laptop]
) -> None:
    dana = fleet["dana"]
    pid = enroll(dana, "Ifeoma", last="Offline")
    dana.sync()
    mistake = add_note(dana, pid, "Written on the wrong participant")
    notes.remove_note(dana.store, mistake)

    report = dana.sync()

    assert (report.rejected, sync_problems(dana.store)) == (0, [])
    assert notes.list_notes(dana.store, pid, include_restricted=False) == []
    assert_matches_server(live, dana)


# --- a laptop whose clock is wrong ----------------------------------------------------------------

_RealDatetime = datetime
_skew = timedelta(0)
_laptop_thread = threading.main_thread()


class _LaptopDatetime(datetime):
    """``datetime`` for ``coachapp.models.base``: shifted on the laptop's thread only, so the
    in-process server (its own threads) keeps true time."""

    @classmethod
    def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
        real = _RealDatetime.now(tz)
        return real + _skew if threading.current_thread() is _laptop_thread else real


@contextmanager
def laptop_clock(skew: timedelta) -> Iterator[None]:
    """Everything the laptop stamps (rows, audit, outbox, notes, conflicts) is off by ``skew``."""
    global _skew
    _skew = skew
    try:
        yield
    finally:
        _skew = timedelta(0)


def _play(
    live: LiveServer, dana: Laptop, sam: Laptop, name: str, skew: timedelta
) -> dict[str, Any]:
    """One afternoon of concurrent work; Sam's laptop clock is off by ``skew``."""
    pid = enroll(dana, name, last="Clock", city="Columbus", phone="614-555-0100")
    note_id = add_note(dana, pid, "Intake call")
    sync_until_quiet([dana, sam])
    with laptop_clock(skew):
        participants.update_participant(
            sam.store, pid, changes={"city": "Akron", "email": "a@example.com"}, today=TODAY
        )
        notes.edit_note(sam.store, note_id, body="Intake call, rescheduled")
        add_note(sam, pid, "Sam's follow-up")
        with sam.store.read() as s:
            stamped = s.scalar(  # Sam's record of his edit to the note
                select(AuditEvent.occurred_at).where(
                    AuditEvent.record_id == note_id, AuditEvent.actor_id == coach_id(sam)
                )
            )
        assert stamped is not None and abs(stamped - (_RealDatetime.now(UTC) + skew)) < timedelta(
            minutes=5
        ), "the laptop's clock was not moved"
    participants.update_participant(
        dana.store, pid, changes={"city": "Dayton", "phone": "614-555-0199"}, today=TODAY
    )
    notes.remove_note(dana.store, note_id)

    reports = []
    for machine in (sam, dana, sam, dana):
        with laptop_clock(skew if machine is sam else timedelta(0)):
            reports.append(machine.sync())
    with laptop_clock(skew):
        [city] = [c for c in conflicts.list_conflicts(sam.store) if c.field_name == "city"]
        conflicts.resolve_conflict(sam.store, city.id, keep="client")
        reports.append(sam.sync())
    reports.append(dana.sync())

    outcome: dict[str, Any] = {
        "reports": [
            (r.pushed, r.applied, r.merged, r.conflicts, r.rejected, r.pulled, r.removed)
            for r in reports
        ]
    }
    for label, machine in (("dana", dana), ("sam", sam)):
        detail = participants.get_participant(machine.store, pid)
        outcome[label] = {
            "person": (detail.city, detail.phone, detail.email),
            "notes": sorted(
                (n.body, n.mode)
                for n in notes.list_notes(machine.store, pid, include_restricted=False)
            ),
            "conflicts": sorted(
                _conflict_outcome(c)
                for c in conflicts.list_conflicts(
                    machine.store, participant_id=pid, open_only=False
                )
            ),
        }
    with live.db.session() as s:
        row = s.get(Participant, pid)
        assert row is not None
        # The server stamps its own time, whatever the laptop's clock said.
        assert abs(row.updated_at - _RealDatetime.now(UTC)) < timedelta(minutes=5)
    return outcome


def _conflict_outcome(c: conflicts.ConflictView) -> tuple[str, ...]:
    values = (c.base_value, c.server_value, c.client_value, c.current_value, c.status)
    return (c.table_name, c.field_name, *(str(v) for v in values))


def test_a_laptop_clock_two_days_off_either_way_changes_no_outcome(
    live: LiveServer, fleet: dict[str, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coachapp.models.base.datetime", _LaptopDatetime)
    dana, sam = fleet["dana"], fleet["sam"]
    on_time = _play(live, dana, sam, "Ada", timedelta(0))
    ahead = _play(live, dana, sam, "Bisi", timedelta(days=2))
    behind = _play(live, dana, sam, "Chike", timedelta(days=-2))
    assert ahead == on_time
    assert behind == on_time
    assert on_time["dana"]["person"] == ("Dayton", "614-555-0199", "a@example.com")
    for machine in (dana, sam):
        assert_matches_server(live, machine)


# --- revoked with work queued ---------------------------------------------------------------------


def test_a_laptop_revoked_while_edits_wait_sends_none_of_them_and_wipes_itself(
    live: LiveServer, tmp_path: Path
) -> None:
    folder = DataFolder(tmp_path / "revoked")
    laptop = provision.provision(
        folder,
        server_url=live.url,
        org=ORG_CODE,
        username="demo.coach",
        password=PASSWORD,
        kdf=FAST_KDF,
    )
    laptop.sync()  # a fresh access token is still in memory when the revocation lands
    pid = intake.create_participant(
        laptop.store,
        intake.IntakeInput(person={"first_name": "Uche", "last_name": "Revoked"}),
        today=TODAY,
    ).id
    notes.add_note(laptop.store, participant_id=pid, body="Queued", mode="phone")
    assert outbox_size(laptop.store) > 0
    device = laptop.identity.device_id
    sent_before = answered_mutations(live, device)
    with live.db.session() as s:
        revoke_device(s, org_code=ORG_CODE, device_id=device)

    with pytest.raises(DeviceRevoked) as caught:
        laptop.sync()

    assert "disconnected by your administrator" in str(caught.value)
    assert server_participants_named(live, "Revoked") == []
    assert answered_mutations(live, device) == sent_before
    assert [p for p in folder.path.rglob("*") if p.is_file()] == []
    assert not folder.is_provisioned()


# --- "update CoachApp" and then the update --------------------------------------------------------


def test_a_push_refused_as_too_old_goes_out_once_the_update_is_installed(
    live: LiveServer, fleet: dict[str, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    dana = fleet["dana"]
    pid = enroll(dana, "Obi", last="Update")
    waiting = outbox_size(dana.store)
    monkeypatch.setattr("server.api.auth.MIN_PROTOCOL_VERSION", 2)
    monkeypatch.setattr("server.api.auth.PROTOCOL_VERSION", 2)
    monkeypatch.setattr("server.api.auth.MIN_APP_VERSION", "9.9.0")
    with pytest.raises(UpgradeRequired):
        dana.sync()
    assert outbox_size(dana.store) == waiting

    monkeypatch.setattr("sync.engine.PROTOCOL_VERSION", 2)  # CoachApp 9.9.0 is installed
    report = dana.sync()

    assert report.rejected == 0 and report.pushed > 0
    assert server_participants_named(live, "Update") == [pid]
    assert_matches_server(live, dana)
