"""The open, unlocked local store: sessions for reading and writing, and closing cleanly."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from coachapp.errors import Locked
from coachapp.store import changes, migrate
from coachapp.store.changes import Actor
from coachapp.store.engine import BEGIN_OPTION, FOREIGN_KEYS_OPTION, open_engine

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
        with factory() as session, session.begin():
            session.info[changes.ACTOR_KEY] = self.actor
            session.info[changes.REMOTE_KEY] = remote
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        self.engine  # noqa: B018 - raises Locked when closed
        with self._reader() as session, session.begin():
            session.info[changes.ACTOR_KEY] = self.actor
            yield session

    def checkpoint(self) -> None:
        """Fold the WAL back into the database file (before a backup, at lock)."""
        with self.engine.connect() as conn:
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
