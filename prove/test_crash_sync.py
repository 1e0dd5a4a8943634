"""Crash safety while syncing: ``python -m sync`` SIGKILLed at seeded moments of its cycle.

The machinery is ``tests/sync/crash_trials.py`` (``make test`` runs a few of the same trials):
three laptops share a real server; each trial queues a day of work, starts the sync process
and kills it anywhere in the cycle, inside the push, right after the server committed a push
(the answer dies with the process), after the push, or inside the pull. After each kill the
store must pass ``PRAGMA integrity_check``, one more sync must leave laptop and server equal
row for row (per-row hashes), and every queued change must be on the server exactly once.

SQLite is the server's default; PostgreSQL trials run when ``COACHAPP_TEST_DATABASE_URL``
names a server (as in CI).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from prove.conftest import Figures, Size
from tests.server.conftest import PG_URL, fresh_postgres_database
from tests.server.live import LiveServer, live_server
from tests.sync.crash_trials import failures, launcher, run_crash_trials, summary, watch
from tests.sync.crash_watch import ServerWatch
from tests.sync.sync_process import SyncLauncher

SECTION = 1
__all__ = ["launcher", "watch"]  # fixtures, used by name

BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def live(backend: str, tmp_path: Path) -> Iterator[LiveServer]:
    if backend == "sqlite":
        with live_server(f"sqlite:///{tmp_path / 'server.db'}") as server:
            yield server
        return
    with fresh_postgres_database() as url, live_server(url) as server:
        yield server


def test_sync_killed_at_random_moments(
    backend: str,
    live: LiveServer,
    launcher: SyncLauncher,
    watch: ServerWatch,
    tmp_path: Path,
    figures: Figures,
    size: Size,
) -> None:
    """SIGKILL during sync: store intact, laptop = server by per-row hashes, nothing lost"""
    trials = size.pick(quick=8, full=50) if backend == "sqlite" else size.pick(quick=5, full=20)
    run = run_crash_trials(live, launcher, watch, tmp_path, trials)
    print("\n" + summary(backend, run))
    landings = run.landings
    killed = sum(x.killed for x in landings)
    phases = Counter(x.phase for x in landings)
    found = failures(run)

    figures.add(
        f"trials on {backend}", len(landings), target=str(trials), ok=len(landings) == trials
    )
    figures.add(
        "kills landed (process died by SIGKILL)",
        killed,
        target=f">= {0.8 * trials:.0f}",
        ok=killed >= 0.8 * trials,
    )
    for phase in ("startup", "push", "after push", "pull"):
        figures.add(f"kills landed: {phase}", phases[phase])
    figures.add("finished before the kill", phases["finished"])
    figures.add(
        "kills after the server committed, answer lost", sum(x.answer_lost for x in landings)
    )
    figures.add(
        "integrity check failures",
        sum(not x.integrity_ok for x in landings),
        target="0",
        ok=all(x.integrity_ok for x in landings),
    )
    mismatched = sum(x.mismatched_rows for x in landings)
    figures.add(
        "rows differing laptop vs server after one sync", mismatched, target="0", ok=mismatched == 0
    )
    queued = sum(x.queued for x in landings)
    applied = sum(x.applied for x in landings)
    figures.add(
        "queued changes applied exactly once",
        f"{applied} / {queued}",
        target="all",
        ok=applied == queued and not any(x.not_as_queued for x in landings),
    )
    figures.add(
        "changes left unsent or refused",
        sum(x.left_behind for x in landings),
        target="0",
        ok=not any(x.left_behind for x in landings),
    )
    figures.add("conflicts from resent changes", run.conflicts, target="0", ok=run.conflicts == 0)
    figures.add(
        "signed in again (refresh token lost with the kill)",
        sum(x.signed_in_again for x in landings),
    )
    assert found == []
    assert killed >= 0.8 * trials
    assert phases["push"] >= trials // 10 and phases["pull"] >= trials // 10, phases
    assert any(x.answer_lost for x in landings), "no kill fell after a commit"
