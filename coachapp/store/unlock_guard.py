"""Unlock throttling: after a few wrong passwords the lock screen makes the coach wait.

The count lives in a small file in the data folder (it must survive a restart, and it
holds no personal data), written atomically. Waits grow 30 s, 60 s, 120 s … up to 15 min.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from coachapp.atomic import write_atomic

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60
FILE_NAME = "unlock-attempts.json"


class UnlockGuard:
    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = folder / FILE_NAME
        self._clock = clock

    def _load(self) -> tuple[int, float]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return int(raw["failures"]), float(raw["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def failures(self) -> int:
        return self._load()[0]

    def wait_seconds(self) -> int:
        """How long the coach must wait before the next try (0: they may try now)."""
        failures, last = self._load()
        if failures < FREE_ATTEMPTS:
            return 0
        wait = min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)
        remaining = last + wait - self._clock()
        return max(0, int(remaining + 0.999))

    def failed(self) -> int:
        """Count a wrong password; returns the wait now due."""
        failures, _ = self._load()
        self._save(failures + 1, self._clock())
        return self.wait_seconds()

    def succeeded(self) -> None:
        if self.path.exists():
            self._save(0, 0.0)

    def _save(self, failures: int, last: float) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps({"failures": failures, "last": last}).encode())
