"""Opening the server's database for an admin command, with one-line answers for what goes wrong.

A missing SQLite file is not created behind the administrator's back (only ``init-db``
makes one), and a database whose schema is missing or older than this release is refused
before anything is read or written.
"""

from __future__ import annotations

from pathlib import Path

from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import make_url
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError

from server.admin.errors import AdminError
from server.db import Database, alembic_config, make_engine
from server.settings import load_settings

INIT_HINT = "python -m server init-db"


def database_url(override: str | None) -> str:
    """``--database-url`` if given, else the settings (environment, then config file)."""
    return override or load_settings().database_url


def open_database(url: str, *, for_init: bool = False) -> Database:
    """A :class:`Database` on ``url``; unless ``for_init``, its schema must be at head."""
    parsed = _parse(url)
    shown = shown_url(parsed)
    sqlite_file = _sqlite_file(parsed)
    if sqlite_file is not None:
        if for_init and not sqlite_file.parent.is_dir():
            raise AdminError(f"no folder {sqlite_file.parent} for the database {shown}")
        if not for_init and not sqlite_file.exists():
            raise AdminError(f"no database at {shown}: run `{INIT_HINT}` first (or check the URL)")
    try:
        engine = make_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise AdminError(f"cannot use the database URL {shown} ({_first_line(exc)})") from None
    if not for_init:
        try:
            check_schema(engine)
        except BaseException:
            engine.dispose()
            raise
    return Database(engine)


def check_schema(engine: Engine) -> None:
    """Refuse a database with no schema or one that does not match this release."""
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    except SQLAlchemyError as exc:
        raise translate(exc, engine.url) from None
    expected = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    if not current:
        raise AdminError(
            f"the database {shown_url(engine.url)} has no schema yet: run `{INIT_HINT}`"
        )
    if current != expected:
        raise AdminError(
            f"the database schema ({', '.join(sorted(current))}) does not match this release "
            f"({', '.join(sorted(expected))}): run `{INIT_HINT}` to upgrade it"
        )


def translate(exc: SQLAlchemyError, url: URL | str) -> AdminError:
    """A database failure as one line, without SQL parameters (they may hold personal data)."""
    shown = shown_url(_parse(str(url)) if isinstance(url, str) else url)
    if isinstance(exc, IntegrityError):
        return AdminError(
            "the change clashes with data already in the database (perhaps another "
            "administrator made it at the same moment); nothing was changed"
        )
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        reason = _first_line(exc.orig)
    else:
        reason = type(exc).__name__
    return AdminError(f"database {shown}: {reason}; nothing was changed")


def shown_url(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise AdminError(
            "the database URL is not valid (expected e.g. "
            "postgresql+psycopg://coachapp@db.example.org/coachapp or sqlite:///path/server.db)"
        ) from None


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite":
        return None
    name = url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
