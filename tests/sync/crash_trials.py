"""The machinery of the sync crash trials: ``python -m sync`` SIGKILLed at seeded moments.

Three provisioned laptops (Dana and Lee, coaches; Sam, the supervisor who sees Dana's
caseload) share one server. Each trial queues a coach's day of work (new families made
with the demo generator as local, unsynced changes, plus edits and notes: a few hundred
outbox entries), starts the sync process and kills it with SIGKILL at a seeded moment:
anywhere in the cycle, inside the push, right after the server committed a push (the
answer is lost with the process), after the push, or inside the pull. Then, as after a
restart: the store must open and pass ``PRAGMA integrity_check``; one more full cycle
must leave laptop and server identical row for row; and every change queued before the
kill must be on the server exactly once (one applied mutation per queued row, no
conflicts, nothing refused).

Used by ``tests/sync/test_crash_trials.py`` (a few trials in ``make test``) and by the proof
suite's ``prove/test_crash_sync.py`` (the issue's 50). Each trial's findings are counted in
its :class:`Landing`; :func:`failures` turns them into the verdict.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from coachapp.models import Conflict
from coachapp.store.local import LocalStore
from server.storage.tables import AppliedMutation
from sync import provision
from sync.engine import recorded_batches
from sync.errors import SignInRequired
from tests.server.live import PASSWORD, LiveServer
from tests.sync.casework import answered_mutations, server_snapshot_for
from tests.sync.crash_watch import (
    PHASES,
    ServerWatch,
    Timeline,
    phase_reached,
    timed_cycle,
    watch_server,
)
from tests.sync.crash_work import (
    SEED,
    Machine,
    not_on_server_as_queued,
    provision_machine,
    queue_work,
    queued_work,
)
from tests.sync.laptops import Laptop
from tests.sync.snapshots import differences, outbox_size, snapshot, sync_problems
from tests.sync.sync_process import Run, SyncLauncher

PEOPLE_PER_TRIAL = 4  # with their families and casework: 120-200 outbox entries
BACKLOG_PEOPLE = 8  # queued on each laptop before its first trial: a few hundred entries
STRATA = ("anywhere", "push", "answer lost", "after push", "pull")


@dataclass
class Landing:
    """Where one kill landed, and what the restart found."""

    stratum: str
    phase: str
    killed: bool
    answer_lost: bool
    signed_in_again: bool
    seconds: float
    queued: int = 0  # changes waiting in the outbox when the sync process started
    integrity_ok: bool = True
    mismatched_rows: int = 0  # rows differing between laptop and server after one more sync
    applied: int = 0  # mutations the server applied for this laptop during the trial
    not_as_queued: list[str] = field(default_factory=list)  # queued changes lost on the way
    left_behind: int = 0  # outbox entries or refused changes left after the extra sync


@dataclass
class CrashRun:
    landings: list[Landing]
    timeline: Timeline
    seconds: float
    conflicts: int


@pytest.fixture
def launcher() -> Iterator[SyncLauncher]:
    running = SyncLauncher()
    yield running
    running.close()


@pytest.fixture
def watch(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> ServerWatch:
    return watch_server(live, monkeypatch)


def run_crash_trials(
    live: LiveServer,
    launcher: SyncLauncher,
    watch: ServerWatch,
    tmp_path: Path,
    trials: int,
    *,
    seed: int = SEED,
) -> CrashRun:
    """``trials`` kills of ``python -m sync`` over three laptops; what each restart found."""
    rng = random.Random(seed)
    started = time.monotonic()
    machines = [
        provision_machine(live, tmp_path, username)
        for username in ("demo.coach", "sam.supervisor", "lee.coach")
    ]
    for index, machine in enumerate(machines):
        queue_work(machine, trial=-1 - index, rng=rng, people=BACKLOG_PEOPLE)

    # Uninterrupted cycles of a trial-sized day of work tell how long each phase lasts; the
    # quicker of two, so one slowed by a busy machine does not put the kills past the end.
    calibration = provision_machine(live, tmp_path, "cal.coach", add_account=True)
    timelines = []
    for attempt in range(2):
        queue_work(calibration, trial=-10 - attempt, rng=rng, people=PEOPLE_PER_TRIAL)
        out = tmp_path / f"calibration-{attempt}.txt"
        timelines.append(timed_cycle(launcher, calibration.folder.path, out))
    timeline = min(timelines, key=lambda t: t.exit)

    landings: list[Landing] = []
    for trial in range(trials):
        machine = machines[trial % len(machines)]
        stratum = STRATA[trial % len(STRATA)]
        if trial >= len(machines):
            queue_work(machine, trial=trial, rng=rng, people=PEOPLE_PER_TRIAL)
        landings.append(
            _trial(live, launcher, watch, machine, stratum, timeline, rng, tmp_path, trial)
        )
    with live.db.session() as s:
        conflicts = int(s.scalar(select(func.count()).select_from(Conflict)) or 0)
    return CrashRun(landings, timeline, time.monotonic() - started, conflicts)


def failures(run: CrashRun) -> list[str]:
    """Every trial whose restart found damage, loss or doubling ([] when all were clean)."""
    found = [f"{run.conflicts} resent changes conflicted"] if run.conflicts else []
    for number, x in enumerate(run.landings):
        where = f"trial {number} ({x.stratum}, killed in {x.phase})"
        if not x.integrity_ok:
            found.append(f"{where}: the store failed its integrity check")
        if x.mismatched_rows:
            found.append(f"{where}: {x.mismatched_rows} rows differ from the server")
        if x.applied != x.queued:
            found.append(f"{where}: {x.queued} changes queued, applied {x.applied} times")
        if x.not_as_queued:
            found.append(f"{where}: {'; '.join(x.not_as_queued[:5])}")
        if x.left_behind:
            found.append(f"{where}: {x.left_behind} changes unsent or refused")
    return found


def summary(backend: str, run: CrashRun) -> str:
    landings, timeline = run.landings, run.timeline
    phases = Counter(landing.phase for landing in landings)
    per_trial = sorted(landing.seconds for landing in landings)
    return (
        f"crash trials on {backend}: {len(landings)} trials in {run.seconds:.1f} s "
        f"(per trial median {per_trial[len(per_trial) // 2]:.2f} s, max {per_trial[-1]:.2f} s); "
        f"uninterrupted cycle {timeline.exit:.2f} s (push from {timeline.push:.2f} s, "
        f"pushed by {timeline.push_done:.2f} s, pull from {timeline.pull:.2f} s)\n"
        f"  killed in: {dict(sorted(phases.items()))}; "
        f"answer lost after the server committed: {sum(x.answer_lost for x in landings)}; "
        f"finished before the kill: {sum(not x.killed for x in landings)}; "
        f"had to sign in again: {sum(x.signed_in_again for x in landings)}"
    )


# --- one trial ------------------------------------------------------------------------------------


def _trial(
    live: LiveServer,
    launcher: SyncLauncher,
    watch: ServerWatch,
    machine: Machine,
    stratum: str,
    timeline: Timeline,
    rng: random.Random,
    tmp_path: Path,
    number: int,
) -> Landing:
    began = time.monotonic()
    queued = queued_work(machine)
    applied_before = answered_mutations(live, machine.device_id)

    watch.device_id = machine.device_id
    watch.committed.clear()
    run = launcher.start(
        ["--data-dir", str(machine.folder.path), "--password-stdin"],
        password=PASSWORD,
        output=tmp_path / f"trial-{number:02d}.txt",
    )
    status = _kill_when(launcher, run, stratum, timeline, rng, watch)
    output = run.output.read_text(encoding="utf-8", errors="replace")
    assert status in (0, -9), f"trial {number}: the sync process failed on its own:\n{output}"
    watch.idle()  # the laptop comes back after the server is done with orphaned requests
    landing = Landing(
        stratum=stratum,
        phase="finished" if status == 0 else phase_reached(output),
        killed=status != 0,
        answer_lost=False,
        signed_in_again=False,
        seconds=0.0,
        queued=len(queued),
    )

    # After the restart: the store opens, intact.
    connection = provision.connect(machine.folder, PASSWORD)
    try:
        with connection.store.engine.connect() as conn:
            landing.integrity_ok = conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        landing.answer_lost = _answer_was_lost(live, connection.store)
        try:
            report = connection.sync()
        except SignInRequired:
            # Killed between the server rotating the refresh token and the laptop saving the
            # new one, and restarted after the server's grace for a retried refresh: the coach
            # types the password (server/auth/tokens.py rotate_refresh_token).
            landing.signed_in_again = True
            connection.sign_in(PASSWORD)
            report = connection.sync()
        landing.left_behind = report.rejected
        laptop = Laptop(
            machine.username,
            machine.folder,
            connection.store,
            connection.transport,
            connection.engine,
        )
        on_laptop = snapshot(laptop.store)
        on_server = server_snapshot_for(live, laptop)
        landing.mismatched_rows = len(
            {
                key
                for key in on_laptop.keys() | on_server.keys()
                if on_laptop.get(key) != on_server.get(key)
            }
        )
        if landing.mismatched_rows:
            print(f"trial {number}: {differences(on_laptop, on_server)}")
        landing.left_behind += outbox_size(laptop.store) + len(sync_problems(laptop.store))
        landing.applied = answered_mutations(live, machine.device_id) - applied_before
        landing.not_as_queued = not_on_server_as_queued(live, queued)
    finally:
        connection.close()
    landing.seconds = time.monotonic() - began
    return landing


def _kill_when(
    launcher: SyncLauncher,
    run: Run,
    stratum: str,
    timeline: Timeline,
    rng: random.Random,
    watch: ServerWatch,
) -> int:
    """SIGKILL ``run`` at a seeded moment of the phase ``stratum`` names; its exit status."""
    delay = {
        "anywhere": rng.uniform(0, timeline.exit),
        "push": rng.uniform(0, timeline.push_done - timeline.push),
        "answer lost": rng.uniform(0, 0.02),
        "after push": rng.uniform(0, timeline.pull - timeline.push_done),
        "pull": rng.uniform(0, timeline.exit - timeline.pull),
    }[stratum]
    kill_at: float | None = run.started + delay if stratum == "anywhere" else None
    deadline = run.started + 120
    while True:
        status = launcher.poll(run)
        if status is not None:
            return status  # it finished before the moment came
        now = time.monotonic()
        if kill_at is None and _anchor_reached(run, stratum, watch):
            kill_at = now + delay
        if kill_at is not None and now >= kill_at:
            return launcher.kill(run)
        assert now < deadline, "the sync process hung"
        time.sleep(0.001)


def _anchor_reached(run: Run, stratum: str, watch: ServerWatch) -> bool:
    if stratum == "answer lost":
        return watch.committed.is_set()
    output = run.output.read_text(encoding="utf-8", errors="replace")
    reached = phase_reached(output)
    return PHASES.index(reached) >= PHASES.index(stratum)


def _answer_was_lost(live: LiveServer, store: LocalStore) -> bool:
    """The laptop still holds a batch as unanswered that the server has in fact saved."""
    recorded = recorded_batches(store)[0]
    if recorded is None:
        return False
    ids = [m["mutation_id"] for m in json.loads(recorded)["request"]["mutations"]]
    with live.db.session() as s:
        saved = s.scalar(
            select(func.count())
            .select_from(AppliedMutation)
            .where(AppliedMutation.mutation_id.in_(ids))
        )
    return saved == len(ids)
