"""Unlock throttling: after a few wrong passwords the lock screen makes the coach wait.

The count lives in a small file in the data folder (it must survive a restart, and it
holds no personal data), written atomically. Waits grow 30 s, 60 s, 120 s … up to 15 min.

An attempt is counted as wrong *before* the password is checked (``attempt``) and taken back
when it proves right (``succeeded``) or was never judged (``not_judged``): if the count cannot
be written — a full disk, a read-only folder — the password is not checked at all, so no try
goes uncounted (nor can one be hidden by killing the app while it is checked).
"""

from __future__ import annotations

import errno
import json
import time
from collections.abc import Callable
from pathlib import Path

from coachapp.atomic import write_atomic
from coachapp.errors import StoreError, StoreFull, StoreReadOnly, StoreWriteFailed

FREE_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60
FILE_NAME = "unlock-attempts.json"

#: The count before an attempt, to put back when the attempt was not a password judged wrong.
Count = tuple[int, float]


class UnlockGuard:
    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = folder / FILE_NAME
        self._clock = clock

    def _load(self) -> Count:
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

    def attempt(self) -> Count:
        """Count the attempt about to be checked as a wrong password; returns the count before
        it (for ``not_judged``). ``StoreError`` (full disk, read-only folder) when the count
        cannot be written: then the password must not be checked."""
        before = self._load()
        self._save(before[0] + 1, self._clock())
        return before

    def not_judged(self, before: Count) -> None:
        """The attempt ended without the password being judged (damaged files, an unexpected
        error): put the count back as it was. ``StoreError`` if that cannot be written (the
        attempt then stays counted, the safe side)."""
        self._save(*before)

    def failed(self) -> int:
        """Count a wrong password; returns the wait now due."""
        failures, _ = self._load()
        self._save(failures + 1, self._clock())
        return self.wait_seconds()

    def succeeded(self) -> None:
        if self.path.exists():
            self._save(0, 0.0)

    def _save(self, failures: int, last: float) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps({"failures": failures, "last": last}).encode())
        except OSError as exc:
            raise _disk_error(exc, self.path.parent) from None


def _disk_error(exc: OSError, folder: Path) -> StoreError:
    """The store's sentences for what the disk did (``coachapp.store.local.disk_errors``,
    ``DataFolder.check_writable``), saying that the password was not checked because the
    count of attempts could not be kept."""
    why = (
        "CoachApp keeps a count of unlock attempts there and could not update it, so it did "
        "not check the password"
    )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreFull(
            f"The disk is full: {why}. Free some space on this laptop and try again; nothing "
            "saved earlier was lost."
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreReadOnly(
            f"CoachApp cannot save anything in its data folder {folder} "
            f"({exc.strerror or 'read-only'}). {why}; nothing was changed. Ask your "
            "administrator to make this folder writable, then start CoachApp again."
        )
    return StoreWriteFailed(
        f"CoachApp could not write to the disk: {why}. The disk may be full or failing: free "
        "some space and try again; nothing saved earlier was lost."
    )
