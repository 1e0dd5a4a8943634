"""Crash safety during a WAL checkpoint: the app process SIGKILLed while SQLite folds the
write-ahead log back into the database file.

A child process (``prove/crash_child.py checkpoint``) commits a few big transactions of case
notes through the store (audited, queued for sync) and then either runs
``PRAGMA wal_checkpoint(TRUNCATE)`` as CoachApp does at lock and close ("explicit"), or keeps
committing until SQLite's automatic checkpoint runs inside a COMMIT ("automatic"). It is
killed at a seeded moment inside that checkpoint, timed from an uninterrupted run. Then the
store must open, pass ``PRAGMA integrity_check``, and hold every committed batch whole (and
the batch being committed whole or not at all).
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from coachapp.demo.reference import DemoProgram
from coachapp.store.profile import DataFolder, Identity
from prove.conftest import Figures, Size
from prove.crash_child import TAG_PREFIX
from prove.crash_store_support import (
    counts,
    fresh_copy,
    integrity_ok,
    make_template,
    notes_per_batch,
)
from prove.crash_support import Child, after, crash_launcher, median
from tests.conftest import PASSPHRASE, identity, program
from tests.sync.sync_process import SyncLauncher

SECTION = 1
__all__ = ["crash_launcher", "identity", "program"]  # fixtures, used by name
SEED = 20260402
NOTES = 100  # per commit: about 1 MB of pages in the WAL
#: (commits, explicit): under SQLite's 1000-page autocheckpoint, then TRUNCATE; or past it.
VARIANTS = {"explicit": (3, True), "automatic": (4, False)}
INSIDE = {"explicit": "inside the checkpoint", "automatic": "inside the COMMIT running it"}


def test_killed_during_wal_checkpoint(
    crash_launcher: SyncLauncher,
    identity: Identity,
    program: DemoProgram,
    tmp_path: Path,
    figures: Figures,
    size: Size,
) -> None:
    """SIGKILL during a WAL checkpoint: store opens, integrity ok, committed data all there"""
    trials = size.pick(quick=4, full=20)
    rng = random.Random(SEED)  # noqa: S311 - seeded test schedule
    template = make_template(tmp_path / "template", identity, program)
    baseline = _baseline(template)

    # Uninterrupted runs: how long the checkpoint takes, and which COMMIT runs the automatic one.
    windows: dict[str, tuple[str, int, float]] = {}
    for name, (commits, explicit) in VARIANTS.items():
        calibration = fresh_copy(template, tmp_path / f"cal-{name}")
        child = _start(crash_launcher, calibration, tmp_path, f"cal-{name}", commits, explicit)
        assert child.wait_or_kill(None) == 0, child.errors()
        if explicit:
            start, end = child.first("checkpoint"), child.first("checkpointed")
            assert start is not None and end is not None
            windows[name] = ("checkpoint", 0, end.at - start.at)
        else:
            spans = [
                (done.at - sent.at, i)
                for i, (sent, done) in enumerate(
                    zip(child.all("committing"), child.all("committed"), strict=True)
                )
            ]
            longest, index = max(spans)
            windows[name] = ("committing", index, longest)
            typical = median([s for s, i in spans if i != index], longest)
            figures.add(
                "automatic checkpoint: COMMIT that ran it, ms (others)",
                f"{1000 * longest:.0f} ({1000 * typical:.0f})",
            )

    landed: Counter[str] = Counter()
    committed = committed_found = 0
    half_written: list[str] = []
    integrity_failures = 0
    wal_left = rewritten = 0
    template_bytes = template.database_path.read_bytes()
    for trial in range(trials):
        name = list(VARIANTS)[trial % len(VARIANTS)]
        commits, explicit = VARIANTS[name]
        word, nth, window = windows[name]
        folder = fresh_copy(template, tmp_path / f"trial-{trial}")
        run = f"t{trial}"
        child = _start(crash_launcher, folder, tmp_path, run, commits, explicit)
        status = child.wait_or_kill(after(word, nth, rng.uniform(0, window)))
        assert status in (0, -9), f"trial {trial}: the child failed ({status}):\n{child.errors()}"
        where = _landing(child, status, name, nth)
        landed[where] += 1
        if not where.endswith(INSIDE[name]):
            # Later than the checkpoint on this busy machine: aim the next ones earlier.
            windows[name] = (word, nth, 0.7 * window)
        wal = Path(f"{folder.database_path}-wal")
        wal_left += wal.exists() and wal.stat().st_size > 0
        # Every commit went to the WAL first: a database file that differs from the template's
        # was being written by the checkpoint when the process died (or had been, before it).
        rewritten += folder.database_path.read_bytes() != template_bytes

        store = folder.unlock(PASSPHRASE)
        try:
            integrity_failures += not integrity_ok(store)
            batches = notes_per_batch(store, f"{TAG_PREFIX} {run}-")
            outbox = counts(store)["outbox"] - baseline
        finally:
            store.close()
        done = {int(m.text.split()[1]) for m in child.all("committed")}
        committed += len(done)
        committed_found += sum(batches.get(b) == NOTES for b in done)
        for batch, found in batches.items():
            if found != NOTES or (batch not in done and batch != len(done)):
                half_written.append(f"trial {trial}: batch {batch} has {found} of {NOTES} notes")
        if outbox != 2 * sum(batches.values()):  # a note and its audit event, each queued
            half_written.append(
                f"trial {trial}: {outbox} outbox entries for {sum(batches.values())} notes"
            )

    inside = sum(landed[f"{name}: {INSIDE[name]}"] for name in VARIANTS)
    figures.add("trials (SIGKILL around a checkpoint)", trials, target=str(trials), ok=True)
    figures.add("kills inside a checkpoint", inside, target=f">= {max(1, trials // 4)}")
    for where, count in sorted(landed.items()):
        figures.add(f"kills landed: {where}", count)
    figures.add("kills that left a WAL to recover", wal_left)
    figures.add("kills after the checkpoint began writing the database file", rewritten)
    figures.add(
        "committed batches found whole",
        f"{committed_found} / {committed}",
        target="all",
        ok=committed_found == committed,
    )
    figures.add(
        "integrity check failures", integrity_failures, target="0", ok=integrity_failures == 0
    )
    figures.add("half-written batches", len(half_written), target="0", ok=not half_written)
    assert integrity_failures == 0
    assert half_written == []
    assert committed_found == committed
    assert inside >= max(1, trials // 4), landed


def _start(
    launcher: SyncLauncher,
    folder: DataFolder,
    tmp_path: Path,
    run: str,
    commits: int,
    explicit: bool,
) -> Child:
    args = ["checkpoint", "--data-dir", str(folder.path), "--run", run]
    args += ["--commits", str(commits), "--notes", str(NOTES)]
    if explicit:
        args.append("--explicit")
    output = tmp_path / f"checkpoint-{run}.txt"
    return Child.start(launcher, args, secrets=[PASSPHRASE], output=output)


def _baseline(template: DataFolder) -> int:
    store = template.unlock(PASSPHRASE)
    try:
        return counts(store)["outbox"]
    finally:
        store.close()


def _landing(child: Child, status: int, variant: str, nth: int) -> str:
    if status == 0:
        return "finished before the kill"
    last = child.last
    text = last.text if last else ""
    inside = text == ("checkpoint" if variant == "explicit" else f"committing {nth}")
    return f"{variant}: {INSIDE[variant] if inside else 'after it'}"
