"""Bring the local schema up to date after unlock (Alembic owns it).

A database stamped with a revision this release does not know was written by a newer
CoachApp: it is refused and left untouched. So that the refusal can name the release to
install, every CoachApp that opens a database records its own version in SQLite's
``user_version`` header field (never lowering it): the newest release that has opened it.

Alembic (with Mako and Pygments behind it) costs a fifth of a second to import, on every
unlock, to learn what one small query and the migration files' names already say: the schema
is current. So it is imported only when there is something to upgrade.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import MetaData, text
from sqlalchemy.engine import Connection, Engine

from coachapp import __version__
from coachapp.errors import NewerDatabase

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@dataclass(frozen=True)
class Revisions:
    known: frozenset[str]
    head: str


_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\b[^=\n]*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE)


@lru_cache(maxsize=1)
def revisions() -> Revisions:
    """The revisions this release knows and its head, read from the migration files as text
    (each states ``revision = "…"`` and ``down_revision = "…"``). Anything less plain than one
    straight line of revisions — a merge, a branch, a file without the two lines — is left
    to Alembic to read."""
    scripts = sorted((_HERE / "migrations" / "versions").glob("*.py"))
    found: list[tuple[str, str | None]] = []
    for script in scripts:
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return _revisions_from_alembic()
        found.append((revision[0], down[0] or None))
    known = {revision for revision, _down in found}
    heads = known - {down for _revision, down in found if down}
    if len(heads) != 1 or len(known) != len(found):
        return _revisions_from_alembic()
    return Revisions(known=frozenset(known), head=heads.pop())


def _revisions_from_alembic() -> Revisions:
    scripts = _scripts()
    head = scripts.get_current_head()
    assert head is not None, "the local store has no migrations"
    return Revisions(known=frozenset(rev.revision for rev in scripts.walk_revisions()), head=head)


def head_revision() -> str:
    return revisions().head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with (None: a new, empty database)."""
    with engine.connect() as conn:
        return _stamped(conn)


def _stamped(conn: Connection) -> str | None:
    # What Alembic's MigrationContext.get_current_revision reads, without importing Alembic.
    table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if table is None:
        return None
    stamped = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    if len(stamped) > 1:  # branches we never make: Alembic says what it thinks of them
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()
    return stamped[0] if stamped else None


def check_and_upgrade(engine: Engine, *, upgrade: bool = True, target: str = "head") -> None:
    """Refuse a newer database; otherwise run any pending migrations in one transaction."""
    current = current_revision(engine)
    ours = revisions()
    if current is not None and current not in ours.known:
        raise NewerDatabase(newer_database_message(engine, current))
    if not upgrade:
        return
    if current != (ours.head if target == "head" else target):
        log.info("upgrading local schema from %s to %s", current, target)
        from alembic import command

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
