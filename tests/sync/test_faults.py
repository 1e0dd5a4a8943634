"""Syncing through a bad network: answers lost after the server saved the work, delays,
answers cut short, resets, refused connections and the server crashing mid-cycle.

Every test ends where a coach would look: the laptop holds exactly what the server holds
for them (row for row, value for value), nothing waits to go, nothing was refused, and
nothing they typed is on the server twice or missing.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from coachapp.errors import CoachAppError
from coachapp.models import CaseNote, Conflict
from coachapp.services import notes, participants
from server.storage.tables import AppliedMutation
from sync.engine import (
    BATCH_SLOTS,
    INFLIGHT_BATCH,
    NEXT_BATCH,
    OUT_SLOT,
    read_setting,
    recorded_batches,
    write_setting,
)
from sync.errors import Offline
from tests.server.live import LiveServer
from tests.sync.casework import (
    add_note,
    answered_mutations,
    assert_matches_server,
    enroll,
    lose_every_push_answer,
    server_notes_saying,
    server_participants_named,
)
from tests.sync.fault_plans import Action, Chaos, Exchange, Fault, Rule, Scripted, passthrough
from tests.sync.fault_proxy import FaultProxy
from tests.sync.fleet import laptop_via, restart_app, sync_until_quiet, try_sync
from tests.sync.laptops import Laptop
from tests.sync.server_process import ServerProcess
from tests.sync.snapshots import outbox_size

SEED = 20260316


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[FaultProxy]:
    port = urlsplit(live.url).port
    assert port is not None
    with FaultProxy(port) as running:
        yield running


@pytest.fixture
def dana(proxy: FaultProxy, tmp_path: Path) -> Iterator[Laptop]:
    machine = laptop_via(proxy.url, "demo.coach", tmp_path)
    yield machine
    machine.close()


def device_of(machine: Laptop) -> str:
    actor = machine.store.actor
    assert actor is not None
    return actor.device_id


def mutations_waiting(machine: Laptop) -> int:
    """Rows with changes in the outbox: one mutation each once coalesced."""
    return machine.engine.pending_rows()


def server_conflicts(live: LiveServer) -> list[Conflict]:
    with live.db.session() as s:
        return list(s.scalars(select(Conflict)))


def test_a_push_whose_answer_is_lost_after_the_server_saved_it_is_resent_and_saved_once(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    before = answered_mutations(live, device_of(dana))
    people = [enroll(dana, f"Lost{i}", last="Answer") for i in range(3)]
    for pid in people:
        add_note(dana, pid, f"Lost-answer call with {pid}")
    participants.update_participant(dana.store, people[0], changes={"city": "Dayton"})
    waiting = mutations_waiting(dana)

    proxy.schedule = Scripted(Rule(Fault.drop(), method="POST", path="/v1/sync/push"))
    report = dana.sync()

    [lost] = proxy.faults()
    assert (lost.fault.action, lost.status) == (Action.DROP, 200)  # saved, then lost
    assert [r.status for r in proxy.log if r.exchange.path == "/v1/sync/push"] == [200, 200]
    assert (report.rejected, report.conflicts) == (0, 0)
    assert sorted(server_participants_named(live, "Answer")) == sorted(people)
    for pid in people:
        assert server_notes_saying(live, f"Lost-answer call with {pid}") == 1
    assert answered_mutations(live, device_of(dana)) - before == waiting
    assert server_conflicts(live) == []
    assert participants.get_participant(dana.store, people[0]).city == "Dayton"
    assert_matches_server(live, dana)


def test_when_every_answer_is_lost_the_coach_keeps_working_and_the_next_cycle_doubles_nothing(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    pid = enroll(dana, "Ngozi", last="Retry", city="Columbus")
    add_note(dana, pid, "First call, answer lost five times")
    waiting = mutations_waiting(dana)
    before = answered_mutations(live, device_of(dana))
    lose_every_push_answer(proxy, dana)

    recorded = recorded_batches(dana.store)[0]
    assert recorded is not None, "the batch sent must be written down until answered"
    sent = [m["mutation_id"] for m in json.loads(recorded)["request"]["mutations"]]
    with live.db.session() as s:
        saved = s.scalar(
            select(func.count())
            .select_from(AppliedMutation)
            .where(AppliedMutation.mutation_id.in_(sent))
        )
    assert saved == len(sent) == waiting  # saved once although sent five times
    assert [r.status for r in proxy.log if r.exchange.path == "/v1/sync/push"] == [200] * 5

    # Still offline as far as she knows, Dana goes on working on the same person.
    participants.update_participant(dana.store, pid, changes={"phone": "614-555-0142"})
    report = dana.sync()

    assert recorded_batches(dana.store)[0] is None
    assert (report.rejected, report.conflicts) == (0, 0)
    assert server_participants_named(live, "Retry") == [pid]
    assert server_notes_saying(live, "First call, answer lost five times") == 1
    # The batch once, then the phone edit and its audit event.
    assert answered_mutations(live, device_of(dana)) - before == waiting + 2
    detail = participants.get_participant(dana.store, pid)
    assert (detail.city, detail.phone, detail.has_unsynced_changes) == (
        "Columbus",
        "614-555-0142",
        False,
    )
    assert server_conflicts(live) == []
    assert_matches_server(live, dana)


def test_batches_an_older_release_wrote_down_still_go_out_once_after_the_update(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    pid = enroll(dana, "Olu", last="Upgrade")
    add_note(dana, pid, "Written before the update")
    waiting = mutations_waiting(dana)
    before = answered_mutations(live, device_of(dana))
    lose_every_push_answer(proxy, dana)
    out, following = recorded_batches(dana.store)
    assert out is not None
    # Kept as the release before the slots kept them.
    with dana.store.write(remote=True) as session:
        for slot in (*BATCH_SLOTS.values(), OUT_SLOT):
            write_setting(session, slot, None)
        write_setting(session, INFLIGHT_BATCH, out)
        write_setting(session, NEXT_BATCH, following)

    report = dana.sync()

    assert recorded_batches(dana.store) == (None, None)
    assert read_setting(dana.store, INFLIGHT_BATCH) is None
    assert (report.rejected, report.conflicts) == (0, 0)
    assert answered_mutations(live, device_of(dana)) - before == waiting
    assert server_notes_saying(live, "Written before the update") == 1
    assert_matches_server(live, dana)


def test_when_answers_are_lost_mid_push_both_batches_written_down_go_out_again_and_count_once(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    dana.engine.batch_size = 4  # a few people make several batches
    people = [enroll(dana, f"Batch{i}", last="Twice") for i in range(4)]
    for pid in people:
        add_note(dana, pid, f"Two batches out for {pid}")
    waiting = mutations_waiting(dana)
    before = answered_mutations(live, device_of(dana))
    # The first batch is answered; every answer to the second is lost.
    rule = Rule(Fault.drop(), method="POST", path="/v1/sync/push", skip=1, times=5)
    proxy.schedule = Scripted(rule)

    with pytest.raises(Offline):
        dana.sync()

    out, following = recorded_batches(dana.store)
    assert out is not None and following is not None, "the batch out and the next are kept"
    ids = {m["mutation_id"] for m in json.loads(out)["request"]["mutations"]}
    later = {m["mutation_id"] for m in json.loads(following)["request"]["mutations"]}
    with live.db.session() as s:
        saved = set(
            s.scalars(
                select(AppliedMutation.mutation_id).where(
                    AppliedMutation.mutation_id.in_(ids | later)
                )
            )
        )
    assert saved == ids, "the batch out was saved; the next one waits for its answer"

    report = dana.sync()

    assert recorded_batches(dana.store) == (None, None)
    assert (report.rejected, report.conflicts, outbox_size(dana.store)) == (0, 0, 0)
    assert answered_mutations(live, device_of(dana)) - before == waiting
    assert sorted(server_participants_named(live, "Twice")) == sorted(people)
    for pid in people:
        assert server_notes_saying(live, f"Two batches out for {pid}") == 1
    assert_matches_server(live, dana)


def test_a_record_removed_while_the_batch_that_made_it_is_unanswered_is_removed_on_the_server(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    pid = enroll(dana, "Ines", last="Mistake")
    note_id = add_note(dana, pid, "Written on the wrong person")
    lose_every_push_answer(proxy, dana)
    assert recorded_batches(dana.store)[0] is not None

    # Offline as far as she knows, the coach removes the note; the batch that made it goes
    # out again first, and the removal after its answer, based on the revision it made.
    notes.remove_note(dana.store, note_id)
    report = dana.sync()

    assert (report.rejected, report.conflicts) == (0, 0)
    assert server_conflicts(live) == []
    with live.db.session() as s:
        note = s.get(CaseNote, note_id)
        assert note is not None and note.deleted, "removed on the server, not kept"
    assert_matches_server(live, dana)


def test_a_lost_answer_to_a_token_refresh_does_not_sign_the_coach_out(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    pid = enroll(dana, "Emeka", last="Refresh")
    restart_app(dana)  # the access token lived in memory: the first call refreshes
    proxy.schedule = Scripted(Rule(Fault.drop(), method="POST", path="/v1/auth/refresh"))

    report = dana.sync()

    assert report.pushed > 0 and server_participants_named(live, "Refresh") == [pid]


def test_an_answer_cut_inside_its_headers_is_retried_like_any_other_cut_answer(
    live: LiveServer, proxy: FaultProxy, dana: Laptop
) -> None:
    pid = enroll(dana, "Chioma", last="Headers")
    proxy.schedule = Scripted(Rule(Fault.truncate(40), method="POST", path="/v1/sync/push"))

    report = dana.sync()

    assert report.pushed > 0 and server_participants_named(live, "Headers") == [pid]
    assert_matches_server(live, dana)


# --- the storm ------------------------------------------------------------------------------------

ROUNDS = 5
#: Random harm on top of the scripted harm; the long delay outlasts the laptops' 2 s patience.
CHAOS_MENU = (
    Fault.delay(40),
    Fault.delay(40, before_server=True),
    Fault.delay(2300),
    Fault.drop(),
    Fault.truncate(60),
    Fault.truncate(900),
    Fault.reset(),
    Fault.reset(before_server=True),
    Fault.refuse(200),
)


def test_delays_cut_answers_resets_and_a_server_crash_mid_cycle_still_converge_with_nothing_lost(
    live: LiveServer, tmp_path: Path
) -> None:
    backend = ServerProcess(live.app.state.settings, log=tmp_path / "server.log")
    backend.start()
    rng = random.Random(SEED)
    restarts: list[threading.Thread] = []

    def crash_the_server() -> None:
        # The push has reached the server; kill it somewhere inside its handling.
        time.sleep(rng.uniform(0, 0.03))
        backend.kill()
        restart = threading.Thread(target=backend.start, daemon=True)
        restart.start()
        restarts.append(restart)

    essentials = Scripted(
        Rule(Fault.drop(), method="POST", path="/v1/sync/push"),
        Rule(Fault.truncate(120), path="/v1/sync/pull"),
        Rule(Fault.reset(), path="/v1/reference"),
        Rule(Fault.refuse(300), method="POST", path="/v1/sync/push", skip=1),
        Rule(Fault.delay(2300), path="/v1/sync/pull", skip=2),
        Rule(Fault(hook=crash_the_server), method="POST", path="/v1/sync/push", skip=3),
    )
    # Sync traffic: access tokens outlive the storm, so it would meet no refresh anyway
    # (a lost refresh answer has a test of its own above).
    chaos = Chaos(SEED, rate=0.3, menu=CHAOS_MENU, paths=("/v1/sync", "/v1/reference"))

    def storm(exchange: Exchange) -> Fault:
        scripted = essentials(exchange)
        if scripted.action is not Action.PASS or scripted.hook is not None:
            return scripted
        return chaos(exchange)

    proxy = FaultProxy(backend.port)
    machines: list[Laptop] = []
    try:
        dana = laptop_via(proxy.url, "demo.coach", tmp_path, read_timeout=2)
        sam = laptop_via(proxy.url, "sam.supervisor", tmp_path, read_timeout=2)
        machines = [dana, sam]
        people = [enroll(dana, f"Storm{i}", last="Weather") for i in range(ROUNDS + 1)]
        doomed = add_note(dana, people[0], "A note Dana deletes while Sam edits it")
        dana.sync()
        sam.sync()

        proxy.schedule = storm
        failures: list[CoachAppError] = []
        for r in range(ROUNDS):
            person = people[r]
            participants.update_participant(dana.store, person, changes={"city": f"Dana {r}"})
            participants.update_participant(
                sam.store, person, changes={"phone": f"614-555-01{r:02d}"}
            )
            if r % 2 == 0:  # the same field on both laptops: a conflict, both values kept
                participants.update_participant(sam.store, person, changes={"city": f"Sam {r}"})
            add_note(dana, people[r + 1], f"Storm note from Dana, round {r}")
            add_note(sam, person, f"Storm note from Sam, round {r}")
            if r == 1:
                notes.remove_note(dana.store, doomed)
                notes.edit_note(sam.store, doomed, body="Sam kept this note")
            for machine in machines:
                outcome = try_sync(machine)
                if isinstance(outcome, CoachAppError):
                    failures.append(outcome)
            for restart in restarts:
                restart.join(timeout=60)

        # The weather clears.
        proxy.schedule = passthrough
        chaos.enabled = False
        rounds = sync_until_quiet(machines)

        harm = proxy.faults()
        print(
            f"storm: {len(proxy.log)} requests, {len(harm)} faults "
            f"({', '.join(sorted(str(r.fault.action) for r in harm))}), "
            f"{len(failures)} failed cycles, quiet after {rounds} round(s)"
        )
        kinds = {r.fault.action for r in harm}
        assert kinds >= {Action.DROP, Action.TRUNCATE, Action.RESET, Action.REFUSE, Action.DELAY}
        assert len(restarts) == 1, "the server was to crash once, mid-push"
        assert any(isinstance(f, Offline) for f in failures), "the crash went unnoticed"
        assert rounds <= 3

        for machine in machines:
            assert_matches_server(live, machine)
        _assert_every_edit_is_kept(live, machines, people, doomed)
    finally:
        for machine in machines:
            machine.close()
        proxy.stop()
        for restart in restarts:
            restart.join(timeout=60)
        backend.stop()


def _assert_every_edit_is_kept(
    live: LiveServer, machines: list[Laptop], people: list[str], doomed: str
) -> None:
    """Each value typed during the storm is the current value, or kept in exactly one conflict."""
    conflicts = server_conflicts(live)
    by_field = {(c.row_id, c.field_name): c for c in conflicts}
    assert len(by_field) == len(conflicts), "a retried push made a second copy of a conflict"
    assert len(conflicts) == len(range(0, ROUNDS, 2)) + 1
    for machine in machines:
        for r in range(ROUNDS):
            detail = participants.get_participant(machine.store, people[r])
            assert detail.phone == f"614-555-01{r:02d}"
            if r % 2:
                assert detail.city == f"Dana {r}"
                continue
            conflict = by_field[(people[r], "city")]
            both = {json.loads(conflict.server_value), json.loads(conflict.client_value)}
            assert both == {f"Dana {r}", f"Sam {r}"}
            assert detail.city == json.loads(conflict.server_value)
        with machine.store.read() as s:
            kept = s.get(CaseNote, doomed)
            assert kept is not None and kept.body == "Sam kept this note"
    assert (doomed, "deleted") in by_field
    for r in range(ROUNDS):
        assert server_notes_saying(live, f"Storm note from Dana, round {r}") == 1
        assert server_notes_saying(live, f"Storm note from Sam, round {r}") == 1
    for machine in machines:
        assert outbox_size(machine.store) == 0
