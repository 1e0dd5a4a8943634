"""The parent's side of the crash checks: run ``python -m prove.crash_child``, note the moment
each of its marker lines appears, and SIGKILL it at a moment chosen from those markers.

The processes come from the sync crash trials' launcher (``tests/sync/sync_process.py``): it
imports CoachApp once and forks a fresh child per run, which then runs the module exactly as
``python -m`` would, so a trial does not pay two seconds of interpreter start on a busy CI
machine. The child writes its markers (and any traceback) to a file the parent polls.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.sync.sync_process import Run, SyncLauncher

MODULE = "prove.crash_child"
#: What the children need, imported once in the launcher before it forks them.
PRELOAD = (
    "sqlalchemy.orm",
    "sqlcipher3",
    "coachapp.services.intake",
    "coachapp.services.notes",
    "coachapp.services.support",
    "coachapp.store.profile",
)


@pytest.fixture
def crash_launcher() -> Iterator[SyncLauncher]:
    running = SyncLauncher(preload=PRELOAD)
    yield running
    running.close()


@dataclass(frozen=True)
class Marker:
    at: float  # time.monotonic() when the parent saw it
    text: str

    @property
    def word(self) -> str:
        return self.text.split(" ", 1)[0]


#: Given the child (its markers so far), the moment to kill it, or None while it is not known.
Moment = Callable[["Child"], float | None]


@dataclass
class Child:
    """One run of ``python -m prove.crash_child …``."""

    launcher: SyncLauncher
    run: Run
    args: list[str]
    markers: list[Marker] = field(default_factory=list)
    status: int | None = None
    _offset: int = 0
    _pending: bytes = b""

    @classmethod
    def start(
        cls, launcher: SyncLauncher, args: Sequence[str], *, secrets: Sequence[str], output: Path
    ) -> Child:
        run = launcher.start(list(args), password="\n".join(secrets), output=output, module=MODULE)
        return cls(launcher, run, list(args))

    @property
    def started(self) -> float:
        return self.run.started

    # --- what it said -----------------------------------------------------------------------

    def first(self, text: str) -> Marker | None:
        """The first marker that is ``text`` or starts with ``text + ' '``."""
        for marker in self.markers:
            if marker.text == text or marker.text.startswith(text + " "):
                return marker
        return None

    def all(self, word: str) -> list[Marker]:
        return [m for m in self.markers if m.word == word]

    @property
    def last(self) -> Marker | None:
        return self.markers[-1] if self.markers else None

    def arg(self, name: str) -> str:
        return self.args[self.args.index(name) + 1]

    def errors(self) -> str:
        return self.run.output.read_text(encoding="utf-8", errors="replace")[-3000:]

    # --- running and killing ------------------------------------------------------------------

    def wait_or_kill(self, moment: Moment | None, *, timeout: float = 120) -> int:
        """Watch the markers until the child ends by itself or ``moment`` comes (SIGKILL then).

        Returns the exit status (-9: killed). Everything it wrote before it died is in
        ``markers`` afterwards.
        """
        kill_at: float | None = None
        deadline = self.started + timeout
        while True:
            self._read()
            if kill_at is None and moment is not None:
                kill_at = moment(self)
            now = time.monotonic()
            if kill_at is not None and now >= kill_at:
                self.status = self.launcher.kill(self.run)
                break
            status = self.launcher.poll(self.run)
            if status is not None:
                self.status = status
                break
            if now > deadline:
                self.launcher.kill(self.run)
                raise AssertionError(f"crash child hung:\n{self.errors()}")
            time.sleep(0.0005)
        self._read()
        return self.status

    def _read(self) -> None:
        with self.run.output.open("rb") as f:
            f.seek(self._offset)
            chunk = f.read()
        if not chunk:
            return
        now = time.monotonic()
        self._offset += len(chunk)
        lines = (self._pending + chunk).split(b"\n")
        self._pending = lines.pop()
        self.markers.extend(Marker(now, line.decode("utf-8", "replace")) for line in lines)


def after(word: str, nth: int, delay: float) -> Moment:
    """``delay`` seconds after the ``nth`` (from 0) marker starting with ``word`` appeared."""

    def moment(child: Child) -> float | None:
        seen = child.all(word)
        return seen[nth].at + delay if len(seen) > nth else None

    return moment


def median(values: Sequence[float], default: float) -> float:
    return statistics.median(values) if values else default
