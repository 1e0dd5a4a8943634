"""Logging: one logger per module, a rotating file in the data folder, nothing personal.

Log records carry ids and counts, never names, case numbers, notes, passphrases or keys.
Exception messages from SQL drivers can quote row values, so tracebacks are written
without the driver's message (see ``ScrubbingFormatter``).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from typing import Any

_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class ScrubbingFormatter(logging.Formatter):
    """Formats exceptions as their type and location only: driver messages may hold data."""

    def formatException(self, ei: Any) -> str:
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb)
        where = " <- ".join(f"{f.name}@{Path(f.filename).name}:{f.lineno}" for f in frames[-6:])
        return f"{getattr(exc_type, '__name__', 'Exception')} at {where}"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the one started after a rollover too, is made 0600
    (``RotatingFileHandler`` creates them with the process umask, usually 0644)."""

    def _open(self) -> Any:
        if os.name != "nt":
            with contextlib.suppress(OSError):  # already there; or left for open() to report
                os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return super()._open()


#: The packages whose loggers write to the app's log file (the server logs on its own).
APP_LOGGERS = ("coachapp", "sync", "ui")


def configure(log_dir: Path | None, *, level: int = logging.INFO) -> None:
    """Send the app's logs to ``log_dir/coachapp.log`` (rotating, 5 × 1 MB), private to the user."""
    handler: logging.Handler
    if log_dir is None:
        handler = logging.NullHandler()
    else:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = PrivateRotatingFileHandler(
            log_dir / "coachapp.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(ScrubbingFormatter(_FORMAT))
    for name in APP_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        for old in list(logger.handlers):
            logger.removeHandler(old)
            old.close()
        logger.addHandler(handler)
    if log_dir is not None:
        for path in log_dir.glob("coachapp.log*"):
            path.chmod(0o600)
