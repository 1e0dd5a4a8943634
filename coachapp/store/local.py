"""The open, unlocked local store: sessions for reading and writing, and closing cleanly."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from coachapp.errors import (
    DatabaseDamaged,
    Locked,
    StoreError,
    StoreFull,
    StoreReadOnly,
    StoreWriteFailed,
)
from coachapp.store import changes, migrate
from coachapp.store.changes import Actor
from coachapp.store.engine import BEGIN_OPTION, FOREIGN_KEYS_OPTION, open_engine

#: Left beside the database when damage was met while working (see ``coachapp.store.integrity``).
CHECK_MARKER = "check-database"

log = logging.getLogger(__name__)


class LocalStore:
    """An unlocked SQLCipher database and the coach working in it.

    ``write()`` runs one transaction that takes the write lock up front; every change
    in it is audited and queued for sync. ``read()`` never blocks a writer (WAL).
    """

    def __init__(self, engine: Engine, *, path: Path, actor: Actor | None) -> None:
        self.path = path
        self.actor = actor
        self._engine: Engine | None = engine
        self._writer = sessionmaker(
            bind=engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}),
            expire_on_commit=False,
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._mirror = sessionmaker(
            bind=engine.execution_options(
                **{BEGIN_OPTION: "IMMEDIATE", FOREIGN_KEYS_OPTION: False}
            ),
            expire_on_commit=False,
        )
        changes.install(self._writer)
        changes.install(self._reader)
        changes.install(self._mirror)

    @classmethod
    def open(
        cls, path: Path, *, key: bytes, actor: Actor | None, upgrade: bool = True
    ) -> LocalStore:
        """Open (or create) the database at ``path``; bring its schema up to date."""
        engine = open_engine(path, key)
        try:
            with disk_errors(path):
                migrate.check_and_upgrade(engine, upgrade=upgrade)
        except BaseException:
            engine.dispose()
            raise
        log.info("store opened schema=%s", migrate.current_revision(engine))
        return cls(engine, path=path, actor=actor)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise Locked("CoachApp is locked. Unlock it to continue.")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextmanager
    def write(self, *, remote: bool = False) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error.

        ``remote``: the rows come from the server (sync) — not audited, not queued, and
        links are not checked here because the server already checked them.
        """
        self.engine  # noqa: B018 - raises Locked when closed
        factory = self._mirror if remote else self._writer
        with disk_errors(self.path), factory() as session, session.begin():
            session.info[changes.ACTOR_KEY] = self.actor
            session.info[changes.REMOTE_KEY] = remote
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        self.engine  # noqa: B018 - raises Locked when closed
        with disk_errors(self.path), self._reader() as session, session.begin():
            session.info[changes.ACTOR_KEY] = self.actor
            yield session

    def checkpoint(self) -> None:
        """Fold the WAL back into the database file (before a backup, at lock)."""
        with disk_errors(self.path), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA quick_check")).scalar() == "ok"

    def close(self) -> None:
        """Checkpoint and dispose of every connection: locked means nothing stays open."""
        if self._engine is None:
            return
        try:
            self.checkpoint()
        except Exception:
            log.warning("WAL checkpoint at close failed", exc_info=False)
        self._engine.dispose()
        self._engine = None


# SQLite's primary result codes (the driver reports extended ones; the low byte is primary).
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


@contextmanager
def disk_errors(path: Path) -> Iterator[None]:
    """Turn what the disk did to a statement into an error the coach can act on.

    The transaction was rolled back by then, so the message can promise that nothing saved
    earlier was lost. Damage met while working also leaves a marker beside the database, so
    the next unlock checks every page (and sets the damaged files aside).
    """
    try:
        yield
    except DBAPIError as exc:
        translated = _translate(exc, path)
        if translated is None:
            raise
        raise translated from None


def _translate(exc: DBAPIError, path: Path) -> StoreError | None:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return StoreFull(
            "The disk is full: this save was not kept. Free some space on this laptop and "
            "try again; nothing saved earlier was lost."
        )
    if primary == _SQLITE_IOERR:
        return StoreWriteFailed(
            "CoachApp could not write to the disk: this save was not kept. The disk may be "
            "full or failing: free some space and try again; nothing saved earlier was lost."
        )
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        return StoreReadOnly(
            f"CoachApp cannot write to its data folder {path.parent}: it has become read-only. "
            "This save was not kept; nothing saved earlier was lost. Ask your administrator."
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        log.error("database damage met while working code=%s", code)
        try:
            (path.parent / CHECK_MARKER).touch(mode=0o600)
        except OSError:
            log.warning("could not leave the check-database marker")
        return DatabaseDamaged(
            "CoachApp found damage in its database file, so this could not be done. Lock "
            "CoachApp and unlock it again: it will check the file and, if it is damaged, "
            "help you set this laptop up again from the server."
        )
    return None
