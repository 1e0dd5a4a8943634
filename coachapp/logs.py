"""Logging: one logger per module, a rotating file in the data folder, nothing personal.

Log records carry ids and counts, never names, case numbers, notes, passphrases or keys.
Exception messages from SQL drivers can quote row values, so tracebacks are written
without the driver's message (see ``ScrubbingFormatter``).
"""

from __future__ import annotations

import logging
import logging.handlers
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


#: The packages whose loggers write to the app's log file (the server logs on its own).
APP_LOGGERS = ("coachapp", "sync", "ui")


def configure(log_dir: Path | None, *, level: int = logging.INFO) -> None:
    """Send the app's logs to ``log_dir/coachapp.log`` (rotating, 5 × 1 MB), private to the user."""
    handler: logging.Handler
    if log_dir is None:
        handler = logging.NullHandler()
    else:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
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
