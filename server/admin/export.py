"""An organisation's shared domain tables as CSV files, one per table, for reports or a move.

Only the tables laptops also hold are written: the server's own tables (logins, password
hashes, devices, escrowed keys, tokens) never leave through an export.
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.atomic import fsync_directory
from coachapp.models import SYNCED_MODELS
from coachapp.models.wire import to_wire
from server.admin.audit import record_admin_action
from server.admin.errors import AdminError
from server.admin.orgs import find_org

FILE_MODE = 0o600


@dataclass(frozen=True)
class ExportedTable:
    table: str
    path: Path
    rows: int


def export_org(session: Session, *, org_code: str, out_dir: Path) -> list[ExportedTable]:
    """Write ``<table>.csv`` for every shared table of the org into ``out_dir``."""
    if session.get_bind().dialect.name == "postgresql":
        # One snapshot for every table, so the files agree with each other even while
        # laptops keep syncing. Must be set before the transaction's first statement.
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    org = find_org(session, org_code)
    _prepare(out_dir)
    written: list[ExportedTable] = []
    for name, model in SYNCED_MODELS.items():
        table: Any = model.__table__  # type: ignore[attr-defined]
        result = session.execute(
            select(table).where(table.c.org_id == org.id).order_by(table.c.rev, table.c.id),
            execution_options={"yield_per": 2000},
        )
        header = [c.name for c in table.columns]
        path = out_dir / f"{name}.csv"
        try:
            count = _write_csv(path, header, (_cells(row) for row in result))
        except OSError as exc:
            raise AdminError(f"cannot write {path} ({exc.strerror})") from None
        written.append(ExportedTable(table=name, path=path, rows=count))
    record_admin_action(
        session, action="export", org_id=org.id, counts={t.table: t.rows for t in written}
    )
    return written


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise AdminError(f"{out_dir} exists and is not a folder")
    try:
        out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise AdminError(f"cannot create the folder {out_dir} ({exc.strerror})") from None
    if not os.access(out_dir, os.W_OK):
        raise AdminError(f"cannot write in the folder {out_dir}")


def _cells(row: Sequence[Any]) -> list[str]:
    cells: list[str] = []
    for value in row:
        wire = to_wire(value)
        if wire is None:
            cells.append("")
        elif isinstance(wire, bool):
            cells.append("true" if wire else "false")
        else:
            cells.append(str(wire))
    return cells


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    """Stream rows to a 0600 temp file beside ``path``, fsync, rename over; returns the count.

    Like ``coachapp.atomic.write_atomic``, but streamed: a program's whole history of case
    notes need not fit in memory at once.
    """
    tmp = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    count = 0
    try:
        fd = os.open(tmp, flags, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for cells in rows:
                writer.writerow(cells)
                count += 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_directory(path.parent)
    return count
