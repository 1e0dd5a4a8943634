"""Bring the local schema up to date after unlock (Alembic owns it).

A database stamped with a revision this release does not know was written by a newer
CoachApp: it is refused and left untouched. So that the refusal can name the release to
install, every CoachApp that opens a database records its own version in SQLite's
``user_version`` header field (never lowering it): the newest release that has opened it.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Engine

from coachapp import __version__
from coachapp.errors import NewerDatabase

log = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent


def target_metadata() -> list[MetaData]:
    """What the local schema is made of: the shared domain tables and the laptop-only ones."""
    from coachapp.models import Base
    from coachapp.store.outbox import LocalBase

    return [Base.metadata, LocalBase.metadata]


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Leave the hand-made FTS5 search index (and its shadow tables) out of comparisons."""
    from coachapp.store.search import TABLE

    return not (type_ == "table" and name is not None and name.startswith(TABLE))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the local store has no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_and_upgrade(engine: Engine, *, upgrade: bool = True, target: str = "head") -> None:
    """Refuse a newer database; otherwise run any pending migrations in one transaction."""
    current = current_revision(engine)
    known = {rev.revision for rev in _scripts().walk_revisions()}
    if current is not None and current not in known:
        raise NewerDatabase(newer_database_message(engine, current))
    if not upgrade:
        return
    if current != (head_revision() if target == "head" else target):
        log.info("upgrading local schema from %s to %s", current, target)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    _record_version(engine)


def version_number(version: str) -> int:
    """``"1.2.3"`` → 1002003: a release as the integer SQLite's ``user_version`` can hold."""
    parts = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    parts += [0] * (3 - len(parts))
    major, minor, patch = parts
    return major * 1_000_000 + minor * 1_000 + patch


def version_text(number: int) -> str:
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


def written_by(engine: Engine) -> int:
    """The newest CoachApp release (as ``version_number``) that opened this database; 0: none."""
    with engine.connect() as conn:
        return int(conn.execute(text("PRAGMA user_version")).scalar_one())


def newer_database_message(engine: Engine, revision: str) -> str:
    writer = written_by(engine)
    if writer > version_number(__version__):
        release = version_text(writer)
        return (
            f"This data was written by a newer CoachApp ({release}); install {release} or "
            "later. The data has been left as it is."
        )
    return (
        f"This data was written by a newer CoachApp (database schema {revision}); install "
        "the newest CoachApp. The data has been left as it is."
    )


def _record_version(engine: Engine) -> None:
    ours = version_number(__version__)
    if written_by(engine) >= ours:
        return
    with engine.begin() as conn:
        # A pragma takes no bound parameters; ``ours`` is an int made here.
        conn.exec_driver_sql(f"PRAGMA user_version = {ours:d}")
