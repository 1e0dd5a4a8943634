"""Structured server logs: one JSON object per line, ids and counts only.

Request bodies, passwords, tokens and participant fields are never logged; exceptions are
logged as their type and stack frames without the message (driver messages quote values).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from pathlib import Path

from coachapp.logs import ScrubbingFormatter


class JsonFormatter(ScrubbingFormatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "at": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure(log_dir: str | None, *, level: int = logging.INFO) -> None:
    """Send the server's own logs (``server.*``) to stderr, and to ``log_dir`` if set."""
    root = logging.getLogger("server")
    root.setLevel(level)
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    formatter = JsonFormatter()
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(formatter)
    root.addHandler(console)
    if log_dir:
        folder = Path(log_dir)
        folder.mkdir(parents=True, exist_ok=True, mode=0o750)
        file_handler = logging.handlers.RotatingFileHandler(
            folder / "coachapp-server.log", maxBytes=10_000_000, backupCount=10, encoding="utf-8"
        )
        file_handler.setFormatter(formatter)
        root.addHandler(file_handler)
