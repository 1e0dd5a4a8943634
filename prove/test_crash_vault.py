"""Crash safety during a passphrase change: the process re-wrapping the data key is SIGKILLed.

A passphrase change re-wraps the database's data key under the new passphrase and replaces
``vault.json`` (``coachapp/store/vault.py``, ``coachapp/atomic.py``: temp file, fsync, rename,
fsync of the folder). Two ways reach it: ``Vault.change_passphrase``, and the re-wrap a sign-in
does after the password was changed on the server (``sync.provision``). A child process
(``prove/crash_child.py rekey``) does one or the other and is killed at a seeded moment of it,
timed from an uninterrupted change; half the kills aim at its last part, where the file is
written. Afterwards the vault must open with the old or the new passphrase — never neither —
and the database must open with it, pass its integrity check and hold its data.
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from pathlib import Path

from coachapp.demo.reference import DemoProgram
from coachapp.errors import VaultError, WrongPassphrase
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.vault import Vault
from prove.conftest import Figures, Size
from prove.crash_store_support import counts, integrity_ok, make_template
from prove.crash_support import Child, Moment, after, crash_launcher
from tests.conftest import PASSPHRASE, identity, program
from tests.sync.sync_process import SyncLauncher

SECTION = 1
__all__ = ["crash_launcher", "identity", "program"]  # fixtures, used by name
SEED = 20260403
OTHER = "Harbor lantern meadow 2031"
WAYS = ("change", "escrow")
STRATA = ("anywhere", "aimed", "write")


def test_killed_during_passphrase_change(
    crash_launcher: SyncLauncher,
    identity: Identity,
    program: DemoProgram,
    tmp_path: Path,
    figures: Figures,
    size: Size,
) -> None:
    """SIGKILL during a passphrase change: vault opens with the old or the new one, never neither"""
    trials = size.pick(quick=12, full=30)
    rng = random.Random(SEED)  # noqa: S311 - seeded test schedule
    folder = make_template(tmp_path / "laptop", identity, program)
    expected = _contents(folder, PASSPHRASE)

    durations: dict[str, list[float]] = {way: [] for way in WAYS}
    current = PASSPHRASE
    for way in WAYS:  # uninterrupted changes: how long each takes from "begin" to "done"
        new = _other(current)
        child = _start(crash_launcher, folder, tmp_path, way, current, new, f"cal-{way}")
        assert child.wait_or_kill(None) == 0, child.errors()
        begin, done = child.first("begin"), child.first("done")
        assert begin is not None and done is not None
        durations[way].append(done.at - begin.at)
        current = new

    outcomes: Counter[str] = Counter()
    landed: Counter[str] = Counter()
    unreadable: list[str] = []
    temps_before: set[Path] = set()
    aim: dict[str, float] = {}
    for trial in range(trials):
        way = WAYS[trial % len(WAYS)]
        # How long a change takes on this (shared, busy) machine: the median of every change
        # seen to finish. A third of the kills fall anywhere in it. A third hunt the moment
        # vault.json is replaced: their aim moves later after a kill that left the old vault
        # and earlier after one that left the new. A third wait for the new file's temp copy
        # to appear beside the vault and fall within the next few milliseconds.
        window = statistics.median(durations[way])
        stratum = STRATA[trial // len(WAYS) % len(STRATA)]
        if stratum == "anywhere":
            delay = rng.uniform(0, 1.2 * window)
        elif stratum == "aimed":
            aim.setdefault(way, 0.9 * window)
            delay = max(0.0, aim[way] + rng.uniform(-0.1, 0.1) * window)
        else:
            delay = rng.uniform(0, 0.004)
        moment = (
            _temp_seen(folder, temps_before, delay)
            if stratum == "write"
            else after("begin", 0, delay)
        )
        new = _other(current)
        child = _start(crash_launcher, folder, tmp_path, way, current, new, str(trial))
        status = child.wait_or_kill(moment)
        assert status in (0, -9), f"trial {trial}: the change failed:\n{child.errors()}"
        begin, done = child.first("begin"), child.first("done")
        if begin is not None and done is not None:
            durations[way].append(done.at - begin.at)
        temps = set(folder.path.glob(".vault.json.*.tmp")) - temps_before
        temps_before |= temps
        outcome = _which_opens(folder, old=current, new=new)
        outcomes[outcome] += 1
        landed[_landing(child, status, way, outcome, bool(temps))] += 1
        if outcome == "neither":
            unreadable.append(f"trial {trial} ({way}, {delay * 1000:.1f} ms in)")
            continue
        if stratum == "aimed":
            aim[way] += (0.1 if outcome == "old" else -0.1) * window
        current = current if outcome == "old" else new
        if _contents(folder, current) != expected:
            unreadable.append(f"trial {trial}: the data did not open intact with the {outcome}")

    # The temp files stay (nothing reads them); revoking the laptop must not leave one behind,
    # or a copy of the wrapped key would outlive the wipe.
    folder.wipe()
    left = sorted(p.name for p in folder.path.iterdir())
    figures.add("trials (SIGKILL during a passphrase change)", trials, target=str(trials), ok=True)
    for where, count in sorted(landed.items()):
        figures.add(f"kills landed: {where}", count)
    figures.add("vault opens with the old passphrase", outcomes["old"])
    figures.add("vault opens with the new passphrase", outcomes["new"])
    figures.add(
        "vault opens with neither", outcomes["neither"], target="0", ok=outcomes["neither"] == 0
    )
    figures.add("data unreadable afterwards", len(unreadable), target="0", ok=not unreadable)
    figures.add("files left after wiping the laptop", len(left), target="0", ok=not left)
    assert unreadable == []
    assert left == []
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes


def _landing(child: Child, status: int, way: str, outcome: str, temp_left: bool) -> str:
    """Where the kill fell, from the markers and from what it left on disk."""
    if status == 0:
        return "finished before the kill"
    if temp_left:
        return f"{way}: writing the new vault file"
    if outcome == "old":
        return f"{way}: before the new file was written"
    if child.first("done") is None:
        return f"{way}: after the file was replaced, before the call returned"
    return f"{way}: after the change, while exiting"


def _temp_seen(folder: DataFolder, earlier: set[Path], delay: float) -> Moment:
    """``delay`` after a new temp file of vault.json (``coachapp.atomic``) is first seen."""

    def moment(_child: Child) -> float | None:
        if set(folder.path.glob(".vault.json.*.tmp")) - earlier:
            return time.monotonic() + delay
        return None

    return moment


def _other(passphrase: str) -> str:
    return OTHER if passphrase == PASSPHRASE else PASSPHRASE


def _start(
    launcher: SyncLauncher,
    folder: DataFolder,
    tmp_path: Path,
    way: str,
    old: str,
    new: str,
    run: str,
) -> Child:
    args = ["rekey", "--data-dir", str(folder.path), "--how", way]
    output = tmp_path / f"rekey-{run}.txt"
    return Child.start(launcher, args, secrets=[old, new], output=output)


def _which_opens(folder: DataFolder, *, old: str, new: str) -> str:
    try:
        vault = Vault.load(folder.vault_path)
    except VaultError:
        return "neither"
    for name, passphrase in (("old", old), ("new", new)):
        try:
            vault.unlock(passphrase)
        except WrongPassphrase:
            continue
        return name
    return "neither"


def _contents(folder: DataFolder, passphrase: str) -> tuple[bool, dict[str, int]]:
    store = folder.unlock(passphrase)
    try:
        return integrity_ok(store), counts(store)
    finally:
        store.close()
