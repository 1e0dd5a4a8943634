"""The server's database: engine, sessions and schema set-up (PostgreSQL or SQLite)."""

from __future__ import annotations

import select
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from coachapp.models import Base
from server.settings import DEFAULT_DB_CONNECTIONS
from server.storage.tables import RevCounter, ServerBase


def metadata() -> list[MetaData]:
    """Everything the server's schema holds: the shared domain tables and its own."""
    return [Base.metadata, ServerBase.metadata]


def make_engine(url: str, *, connections: int = DEFAULT_DB_CONNECTIONS) -> Engine:
    """An engine for ``url``; on PostgreSQL, a pool of ``connections`` kept open (a server
    worker's ``Settings.db_connections``; the admin commands need one)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # ``connections`` a worker, kept open. Connections opened beyond the pool were
    # closed again after each request: under 200 laptops at once, PostgreSQL spent its time
    # starting backends. A request finds one free (see ``server.app``: a worker runs no more
    # requests at once) or waits up to 30 s for one, then gets 503 server_busy.
    #
    # Prepared statements only where asked (``bulk.Prepared``: a batch's inserts). psycopg
    # would otherwise prepare every statement after five runs, and PostgreSQL gives a
    # prepared statement a generic plan and keeps it; one made while a table was still small
    # (a new server; a table's first few hundred rows) goes on reading the whole table for
    # every ``id = ANY(…)`` lookup long after the table has grown. Planned for the values it
    # runs with, a lookup costs a fraction of a millisecond more and never goes wrong that
    # way: under 200 laptops pushing at once, PostgreSQL's CPU per push fell from 11.5 ms to
    # 6.3. The inserts have no plan to go stale, and parsing and planning them each time
    # cost more than a third of running them. PgBouncer in transaction pooling
    # (docs/admin-server.md) needs its support for prepared statements (1.21 or later).
    engine = create_engine(
        url,
        pool_size=connections,
        max_overflow=0,
        pool_timeout=30,
        connect_args={"prepare_threshold": _ONLY_WHEN_ASKED},
    )
    event.listen(engine, "checkout", _alive_on_checkout(engine))
    event.listen(engine, "checkin", _idle_from)
    return engine


#: psycopg's count of runs after which it prepares a statement by itself: never, in effect.
#: (``None`` would also refuse the statements ``bulk.Prepared`` asks it to prepare.)
_ONLY_WHEN_ASKED = 2**62


#: A pooled connection back in the pool for less than this is taken as alive without asking
#: PostgreSQL, unless its socket has something to read (see ``_alive_on_checkout``).
TRUST_IDLE_S = 30.0


def _alive_on_checkout(engine: Engine) -> Any:
    """Make sure a connection taken from the pool still works, cheaply.

    SQLAlchemy's ``pool_pre_ping`` asks PostgreSQL (``SELECT 1``) at every checkout: a round
    trip per request for nothing while the server is busy. Instead, a connection used within
    ``TRUST_IDLE_S`` is only looked at: PostgreSQL writes to a connection it ends (a restart,
    ``pg_terminate_backend``, an idle timeout) before closing it, so its socket turns
    readable, while an idle healthy one has nothing to say. Such a connection, or one idle
    longer (a network that dropped it silently), gets the ping. A dead one is replaced by a
    fresh connection (``DisconnectionError``: the pool reconnects), so the request that takes
    it never sees the old one.
    """
    dialect = engine.dialect

    def check(dbapi_conn: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if (
            idle_since is not None
            and time.monotonic() - idle_since < TRUST_IDLE_S
            and not _has_input(dbapi_conn)
        ):
            return
        try:
            alive = dialect.do_ping(dbapi_conn)
        except Exception:
            alive = False
        if not alive:
            raise DisconnectionError("the pooled connection was closed by the database")

    return check


def _idle_from(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
    if dbapi_conn is not None:
        record.info["idle_since"] = time.monotonic()


def _has_input(dbapi_conn: Any) -> bool:
    """True when the connection is closed or its socket has something to read."""
    try:
        if dbapi_conn.closed or dbapi_conn.broken:
            return True
        poll = select.poll()  # not select(): a busy worker's descriptors pass 1,024
        poll.register(dbapi_conn.fileno(), select.POLLIN)
        return bool(poll.poll(0))
    except (OSError, ValueError, AttributeError):
        return True


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # The driver's own transaction handling commits around savepoints; we begin explicitly.
    dbapi_conn.isolation_level = None  # type: ignore[attr-defined]


def _sqlite_begin(conn: Connection) -> None:
    # Take the write lock up front: two pushes never both read a row, then both write it.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` with Alembic; safe to run on every start."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    with Session(engine) as session, session.begin():
        if session.get(RevCounter, 1) is None:
            session.add(RevCounter(id=1, value=0))


class Database:
    """Sessions on the server's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._glances = self._sessions
        if engine.dialect.name == "postgresql":
            autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
            self._glances = sessionmaker(bind=autocommit, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed at the end of the block, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def glance(self) -> Iterator[Session]:
        """A quick look (a read, and at most one single-statement write) outside a
        transaction: on PostgreSQL each statement commits on its own, which spares the
        BEGIN and COMMIT round trips of the check every request starts with. Elsewhere an
        ordinary transaction (SQLite's writes must begin ``IMMEDIATE``)."""
        if self._glances is self._sessions:
            with self.session() as session:
                yield session
            return
        with self._glances() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
