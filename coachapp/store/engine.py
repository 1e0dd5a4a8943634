"""Open the SQLCipher database: key first, verify, then WAL and the other pragmas.

The data key (DEK) is given to SQLCipher as a raw key (``x'…'``), so SQLCipher's own
passphrase KDF is not on the unlock path; the vault's Argon2id does that work once.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from coachapp.errors import PlaintextDatabase, StoreError, WrongDatabaseKey

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32

#: Execution option naming how a transaction begins; writers take the lock up front so
#: two writers never meet half way (SQLITE_BUSY_SNAPSHOT cannot be retried).
BEGIN_OPTION = "coachapp_begin"
#: Execution option: False while applying the server's rows. A pulled page may hold a child
#: whose parent comes in a later page (the parent changed after it); the server enforces
#: every link in its own transactions, so the laptop mirrors its state page by page.
FOREIGN_KEYS_OPTION = "coachapp_foreign_keys"

_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 10000",
    # Sorts and temporary indexes stay in memory: nothing decrypted spills to /tmp.
    "PRAGMA temp_store = MEMORY",
    # 64 MiB of decrypted pages per connection: search and lists stay in memory instead of
    # being decrypted again on every keystroke. Memory is taken only as pages are read.
    "PRAGMA cache_size = -65536",
)


def file_is_plaintext_sqlite(path: Path) -> bool:
    """True when ``path`` starts with the plain SQLite header (an unencrypted database)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def open_engine(path: Path, key: bytes) -> Engine:
    """An engine on the encrypted database at ``path``, verified to open with ``key``.

    Raises ``PlaintextDatabase`` or ``WrongDatabaseKey`` without writing to the file.
    """
    if len(key) != KEY_BYTES:
        raise StoreError("The data key has the wrong length; the vault may be damaged.")
    if file_is_plaintext_sqlite(path):
        raise PlaintextDatabase(
            f"{path.name} is an unencrypted database, not one CoachApp wrote. "
            "It has been left as it is; CoachApp will not store participant data in it."
        )
    _make_private(path)
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=3,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except WrongDatabaseKey:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(
            f"{path.name} could not be opened ({_driver_reason(exc)}). It has been left as it is."
        ) from None
    return engine


def _make_private(path: Path) -> None:
    """The database and its log readable by the coach's account only (0600).

    SQLite creates a new database 0644 and gives its -wal, -shm and -journal the database's
    own mode, so a new file is made 0600 before SQLite opens it (an empty file is a new
    database to it) and files an older release left 0644 are narrowed. A disk that refuses
    is left for SQLite to report in its own words.
    """
    if os.name == "nt":  # the per-user profile folder's ACL keeps others out
        return
    with contextlib.suppress(OSError):  # already there, or the disk refuses
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        with contextlib.suppress(OSError):
            if (path.with_name(name).stat().st_mode & 0o777) != 0o600:
                path.with_name(name).chmod(0o600)


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # The dialect has already sent PRAGMA key; nothing may run before it.
    cursor = dbapi_conn.cursor()
    try:
        try:
            # The first read of page 1 is where a wrong key or a foreign file shows itself.
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except Exception as exc:
            raise WrongDatabaseKey(
                "This database cannot be opened with this laptop's key: it belongs to another "
                "device or is damaged. It has been left as it is."
            ) from exc
        cursor.execute("PRAGMA journal_mode = WAL").fetchall()
        for pragma in _PRAGMAS:
            cursor.execute(pragma).fetchall()
    finally:
        cursor.close()
    # Let SQLAlchemy's "begin" event issue BEGIN, so transactions mean what they say.
    dbapi_conn.isolation_level = None


def _on_begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    # Set on every transaction (outside it: the pragma is a no-op inside one), so a pooled
    # connection never carries the previous transaction's choice.
    enforce = "ON" if options.get(FOREIGN_KEYS_OPTION, True) else "OFF"
    conn.exec_driver_sql(f"PRAGMA foreign_keys = {enforce}")
    mode = options.get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _driver_reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig) if orig is not None else type(exc).__name__


def quiet_sqlcipher_logging() -> None:
    """SQLCipher prints decryption failures to stderr by default; we report them ourselves."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        conn.close()
