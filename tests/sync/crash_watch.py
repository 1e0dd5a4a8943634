"""Watching a crash trial: how far ``python -m sync`` got (from its progress line), how long
each phase of an uninterrupted cycle takes, and what the in-process server is doing.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

import server.api.sync as sync_routes
from tests.server.live import PASSWORD, LiveServer
from tests.sync.sync_process import SyncLauncher

_PUSH_LINE = re.compile(r"^push\s+\[[#-]*\]\s+(\d+)/(\d+)")
#: Phases in the order a cycle reaches them (push, reference data, caseload pull).
PHASES = ("startup", "push", "after push", "pull", "finished")


@dataclass
class Timeline:
    """When each phase began in an uninterrupted cycle (seconds after the process started)."""

    push: float = 0.0
    push_done: float = 0.0
    pull: float = 0.0
    exit: float = 0.0


@dataclass
class ServerWatch:
    """What the in-process server is doing: the moment it commits a push from one laptop,
    and how many of its database sessions are open (any request, orphaned ones included)."""

    device_id: str | None = None
    committed: threading.Event = field(default_factory=threading.Event)
    open_sessions: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def idle(self, timeout: float = 30) -> None:
        """Wait until the server has finished whatever the killed process had asked of it.

        A laptop restarts in seconds; waiting keeps these trials about crash recovery. (A
        request overlapping a push is its own fault: test_faults_concurrency.py.)
        """
        deadline = time.monotonic() + timeout
        quiet_since: float | None = None
        while True:
            now = time.monotonic()
            with self.lock:
                busy = self.open_sessions > 0
            if busy:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = now
            elif now - quiet_since >= 0.05:  # a request already sent may not have begun yet
                return
            assert now < deadline, "a request stayed open on the server"
            time.sleep(0.005)


def watch_server(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> ServerWatch:
    """Instruments the server running in this process (its push route and its database)."""
    watching = ServerWatch()
    apply_push = sync_routes.apply_push
    open_session = live.db.session

    def watched_push(session: Session, caller: Any, *args: Any, **kwargs: Any) -> Any:
        def committed(_session: Session) -> None:
            if caller.device_id == watching.device_id:
                watching.committed.set()

        event.listen(session, "after_commit", committed, once=True)
        return apply_push(session, caller, *args, **kwargs)

    @contextmanager
    def counted_session() -> Iterator[Session]:
        with watching.lock:
            watching.open_sessions += 1
        try:
            with open_session() as session:
                yield session
        finally:
            with watching.lock:
                watching.open_sessions -= 1

    monkeypatch.setattr(sync_routes, "apply_push", watched_push)
    monkeypatch.setattr(live.db, "session", counted_session)
    return watching


def progress_lines(output: str) -> list[str]:
    return [line.strip() for line in re.split(r"[\r\n]", output) if line.strip()]


def phase_reached(output: str) -> str:
    """How far the killed process got, from its progress line."""
    lines = progress_lines(output)
    if any(line.startswith("synced:") for line in lines):
        return "finished"
    if any(line.startswith("pull ") for line in lines):
        return "pull"
    pushes = [m for line in lines if (m := _PUSH_LINE.match(line))]
    if any(m[1] == m[2] for m in pushes) or any(line.startswith("reference") for line in lines):
        return "after push"
    return "push" if pushes else "startup"


def timed_cycle(launcher: SyncLauncher, data_dir: Path, output: Path) -> Timeline:
    """Run one cycle to the end, noting when each phase began."""
    run = launcher.start(
        ["--data-dir", str(data_dir), "--password-stdin"],
        password=PASSWORD,
        output=output,
    )
    seen = Timeline()
    while (status := launcher.poll(run)) is None:
        now = time.monotonic() - run.started
        reached = phase_reached(output.read_text(encoding="utf-8", errors="replace"))
        if reached in ("push", "after push", "pull") and not seen.push:
            seen.push = now
        if reached in ("after push", "pull") and not seen.push_done:
            seen.push_done = now
        if reached == "pull" and not seen.pull:
            seen.pull = now
        time.sleep(0.002)
    assert status == 0, output.read_text()
    seen.exit = time.monotonic() - run.started
    seen.push_done = seen.push_done or seen.push
    seen.pull = seen.pull or seen.push_done
    return seen
