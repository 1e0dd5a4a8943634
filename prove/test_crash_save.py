"""Crash safety while saving: the app process SIGKILLed in the middle of a coach's saves.

A laptop provisioned against a real server (loopback HTTP) is handed to a child process that
saves through CoachApp's services in a loop — intake of a family, support services, case
notes (``prove/crash_child.py``) — and reports each save only after the service returned.
The test kills it with SIGKILL at a seeded moment: at a random time, after the Nth confirmed
save, early in the very first save, or while a COMMIT is on its way to the disk. After each
kill, as after a restart: the store opens and passes ``PRAGMA integrity_check``; every
confirmed save is there with all of its rows; no save is half there
(``prove/crash_save_support.py``); and one more sync leaves laptop and server holding the
same rows, hash for hash.
"""

from __future__ import annotations

import itertools
import random
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp.store.profile import DataFolder
from prove.conftest import Figures, Size
from prove.crash_save_support import Found, all_keys, inspect_store
from prove.crash_support import Child, Moment, after, crash_launcher, median
from sync import provision
from tests.conftest import FAST_KDF
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server
from tests.sync.casework import server_snapshot_for
from tests.sync.laptops import Laptop
from tests.sync.snapshots import differences, outbox_size, snapshot, sync_problems
from tests.sync.sync_process import SyncLauncher

SECTION = 1
__all__ = ["crash_launcher"]  # a fixture, used by name
SEED = 20260401
STRATA = ("time", "count", "first save", "commit")


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(f"sqlite:///{tmp_path / 'server.db'}") as server:
        yield server


def test_saves_killed_at_random_moments(
    live: LiveServer,
    crash_launcher: SyncLauncher,
    tmp_path: Path,
    figures: Figures,
    size: Size,
) -> None:
    """SIGKILL while saving intake/services/notes: confirmed saves all there, none half-written"""
    trials = size.pick(quick=8, full=50)
    rng = random.Random(SEED)  # noqa: S311 - seeded test schedule
    folder = DataFolder(tmp_path / "laptop")
    provision.provision(
        folder,
        server_url=live.url,
        org=ORG_CODE,
        username="demo.coach",
        password=PASSWORD,
        kdf=FAST_KDF,
    ).close()

    # An uninterrupted run: its participants are there for later runs' services and notes,
    # and its markers tell how long opening, a first save, a save and a COMMIT take.
    calibration = _start(crash_launcher, folder, tmp_path, run="cal", seed=0, saves=9)
    assert calibration.wait_or_kill(None) == 0, calibration.errors()
    before, mismatched, left = _sync_and_compare(live, folder)
    assert mismatched == left == 0
    ready = calibration.first("ready")
    assert ready is not None
    saved = [m.at for m in calibration.all("saved")]
    first_save = saved[0] - ready.at
    per_save = median([b - a for a, b in itertools.pairwise(saved)], 0.02)
    commits = [
        s.at - c.at
        for c, s in zip(calibration.all("committing"), calibration.all("saved"), strict=True)
    ]
    per_commit = median(commits, 0.005)

    phases: Counter[str] = Counter()
    results: list[Found] = []
    mismatches = unsent = 0
    problems: list[str] = []
    started = time.monotonic()
    for trial in range(trials):
        stratum = STRATA[trial % len(STRATA)]
        moment: Moment = {
            "time": after("ready", 0, rng.uniform(0, 8 * per_save)),
            "count": after("saved", rng.randint(0, 6), rng.uniform(0, per_save)),
            "first save": after("ready", 0, rng.uniform(0, first_save)),
            "commit": after("committing", rng.randint(0, 5), rng.uniform(0, per_commit)),
        }[stratum]
        child = _start(
            crash_launcher, folder, tmp_path, run=str(trial), seed=rng.randrange(1000), saves=None
        )
        status = child.wait_or_kill(moment)
        assert status == -9, (
            f"trial {trial}: the saver ended by itself ({status}):\n{child.errors()}"
        )
        phases[_phase(child)] += 1

        store = folder.unlock(PASSWORD)  # the restart: opening recovers the WAL
        try:
            found = inspect_store(
                store, run=str(trial), seed=int(child.arg("--seed")), before=before, child=child
            )
        finally:
            store.close()
        results.append(found)
        where = f"trial {trial} ({stratum}, killed {_phase(child)})"
        problems += [f"{where}: {p}" for p in found.half_written + found.out_of_order]
        if not found.integrity_ok:
            problems.append(f"{where}: integrity check failed")
        before, mismatched, left = _sync_and_compare(live, folder)
        mismatches += mismatched
        unsent += left
        if mismatched or left:
            problems.append(f"{where}: {mismatched} rows differ from the server, {left} unsent")

    confirmed = sum(f.confirmed for f in results)
    confirmed_found = sum(f.confirmed_found for f in results)
    figures.add(
        "trials (SIGKILL while saving)", len(results), target=f"{trials}", ok=len(results) == trials
    )
    for phase, count in sorted(phases.items()):
        figures.add(f"kills landed: {phase}", count)
    figures.add(
        "saves confirmed then found whole",
        f"{confirmed_found} / {confirmed}",
        target="all",
        ok=confirmed_found == confirmed,
    )
    figures.add(
        "killed save committed, unconfirmed (found whole)",
        sum(f.in_flight_committed for f in results),
    )
    figures.add(
        "integrity check failures",
        sum(not f.integrity_ok for f in results),
        target="0",
        ok=all(f.integrity_ok for f in results),
    )
    figures.add(
        "half-written saves or stray rows",
        sum(len(f.half_written) for f in results),
        target="0",
        ok=not any(f.half_written for f in results),
    )
    figures.add(
        "rows differing laptop vs server after one sync", mismatches, target="0", ok=mismatches == 0
    )
    figures.add("changes left unsent or refused", unsent, target="0", ok=unsent == 0)
    figures.add("seconds per trial (mean)", round((time.monotonic() - started) / max(trials, 1), 2))
    assert problems == []
    assert confirmed_found == confirmed and confirmed > 0
    assert phases["committing"] >= 1 and len(phases) >= 3, phases


# --- helpers --------------------------------------------------------------------------------------


def _start(
    launcher: SyncLauncher,
    folder: DataFolder,
    tmp_path: Path,
    *,
    run: str,
    seed: int,
    saves: int | None,
) -> Child:
    args = ["save", "--data-dir", str(folder.path), "--run", run, "--seed", str(seed)]
    if saves is not None:
        args += ["--saves", str(saves)]
    output = tmp_path / f"saver-{run}.txt"
    return Child.start(launcher, args, secrets=[PASSWORD], output=output)


def _phase(child: Child) -> str:
    """Where the kill landed, from the last marker the child wrote."""
    last = child.last
    if last is None:
        return "opening the store"
    if last.word == "begin":
        return f"inside a save ({last.text.split()[2]})"
    if last.word == "committing":
        return "committing"
    return "between saves"


def _sync_and_compare(
    live: LiveServer, folder: DataFolder
) -> tuple[set[tuple[str, str]], int, int]:
    """One sync. The laptop's row keys after it, how many rows differ from the server (by
    per-row hash), and how many changes were left unsent or refused."""
    connection = provision.connect(folder, PASSWORD)
    try:
        report = connection.sync()
        laptop = Laptop(
            "demo.coach", folder, connection.store, connection.transport, connection.engine
        )
        on_laptop = snapshot(connection.store)
        on_server = server_snapshot_for(live, laptop)
        keys = on_laptop.keys() | on_server.keys()
        mismatched = sum(on_laptop.get(k) != on_server.get(k) for k in keys)
        if mismatched:
            print(differences(on_laptop, on_server))
        left = report.rejected + outbox_size(connection.store)
        left += len(sync_problems(connection.store))
        return all_keys(connection.store), mismatched, left
    finally:
        connection.close()
