"""Bring the local schema up to date after unlock (Alembic owns it).

A database stamped with a revision this release does not know was written by a newer
CoachApp: it is refused and left untouched.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData
from sqlalchemy.engine import Engine

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
        raise NewerDatabase(
            "This data was written by a newer CoachApp "
            f"(database revision {current}). Install that version or later; "
            "the data has been left as it is."
        )
    if not upgrade or current == (head_revision() if target == "head" else target):
        return
    log.info("upgrading local schema from %s to %s", current, target)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
