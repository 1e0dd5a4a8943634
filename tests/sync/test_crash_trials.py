"""Crash trials: ``python -m sync`` is SIGKILLed at random moments of its cycle, over and over.

The machinery and what each restart must find are in ``tests/sync/crash_trials.py``. Here a
few trials per backend keep ``make test`` honest; the proof suite (``make prove``,
``prove/test_crash_sync.py``) runs the issue's 50 on SQLite and 20 on PostgreSQL. The summary
(where kills landed, timings) is printed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.server.live import LiveServer
from tests.sync.crash_trials import failures, launcher, run_crash_trials, summary, watch
from tests.sync.crash_watch import ServerWatch
from tests.sync.sync_process import SyncLauncher

__all__ = ["launcher", "watch"]  # fixtures, used by name

TRIALS = {"sqlite": 15, "postgresql": 6}


@pytest.mark.slow
def test_sync_killed_at_random_moments_reopens_and_loses_or_doubles_nothing(
    live: LiveServer,
    launcher: SyncLauncher,
    watch: ServerWatch,
    tmp_path: Path,
    server_db_url: str,
) -> None:
    backend = "sqlite" if server_db_url.startswith("sqlite") else "postgresql"
    trials = TRIALS[backend]
    run = run_crash_trials(live, launcher, watch, tmp_path, trials)
    print("\n" + summary(backend, run))
    assert failures(run) == []
    landings = run.landings
    phases = Counter(landing.phase for landing in landings)
    assert sum(landing.killed for landing in landings) >= 0.8 * trials
    assert phases["push"] >= trials // 10 and phases["pull"] >= trials // 10, phases
    assert phases["after push"] + phases["startup"] >= 1, phases
    assert any(landing.answer_lost for landing in landings), "no kill fell after a commit"
