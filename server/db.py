"""The server's database: engine, sessions and schema set-up (PostgreSQL or SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from coachapp.models import Base
from server.storage.tables import RevCounter, ServerBase


def metadata() -> list[MetaData]:
    """Everything the server's schema holds: the shared domain tables and its own."""
    return [Base.metadata, ServerBase.metadata]


#: Connections each server worker keeps open to PostgreSQL, and so the requests it runs at once.
POOL_SIZE = 10


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # POOL_SIZE connections a worker, kept open. Connections opened beyond the pool were
    # closed again after each request: under 200 laptops at once, PostgreSQL spent its time
    # starting backends. A request finds one free (see ``server.app``: a worker runs no more
    # requests at once) or waits up to 30 s for one, then gets 503 server_busy.
    #
    # ``prepare_threshold=None``: psycopg never makes a statement a named prepared statement.
    # PostgreSQL gives a prepared statement a generic plan after five runs and keeps it; one
    # made while a table was still small (a new server; a table's first few hundred rows)
    # goes on reading the whole table for every ``id = ANY(…)`` lookup long after the table
    # has grown. Planned for the values it runs with, each statement costs a fraction of a
    # millisecond more and never goes wrong that way: under 200 laptops pushing at once,
    # PostgreSQL's CPU per push fell from 11.5 ms to 6.3. PgBouncer in transaction pooling
    # (docs/admin-server.md) then needs no support for prepared statements either.
    return create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=0,
        pool_timeout=30,
        pool_pre_ping=True,
        connect_args={"prepare_threshold": None},
    )


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
