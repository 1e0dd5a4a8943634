"""Schema changes are Alembic revisions: old databases upgrade with their data intact."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from coachapp.errors import NewerDatabase
from coachapp.services.participants import find_participants
from coachapp.store import migrate
from coachapp.store.changes import Actor
from coachapp.store.engine import open_engine
from coachapp.store.local import LocalStore

ACTOR = Actor(org_id="00000000-0000-7000-8000-000000000001", coach_id="c", device_id="d")


def _at_revision(engine: object, revision: str) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:  # type: ignore[attr-defined]
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_database_made_at_the_first_revision_upgrades_with_its_data_intact(
    tmp_path: Path,
) -> None:
    path, key = tmp_path / "old.db", os.urandom(32)
    engine = open_engine(path, key)
    _at_revision(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (id, org_id, rev, deleted, created_at, updated_at, "
                "first_name, last_name, name_key, tanf_recipient, status, shared_with_team, "
                "tanf_case_number) VALUES ('01900000-0000-7000-8000-000000000001', :org, 3, 0, "
                "'2025-01-02 10:00:00', '2025-01-02 10:00:00', 'Lucía', 'Fernández', "
                "'fernandez lucia', 1, 'enrolled', 0, 'OH-7788-1234')"
            ),
            {"org": ACTOR.org_id},
        )
    engine.dispose()

    store = LocalStore.open(path, key=key, actor=ACTOR)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        hits = find_participants(store, "fernan")
        assert [(h.first_name, h.status) for h in hits] == [("Lucía", "enrolled")]
        assert [h.participant_id for h in find_participants(store, "7788")] == [
            "01900000-0000-7000-8000-000000000001"
        ]
    finally:
        store.close()


def test_database_from_a_newer_coachapp_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path, key = tmp_path / "future.db", os.urandom(32)
    LocalStore.open(path, key=key, actor=ACTOR).close()
    engine = open_engine(path, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(NewerDatabase) as caught:
        LocalStore.open(path, key=key, actor=ACTOR)
    assert "newer CoachApp" in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "schema.db", os.urandom(32))
    _at_revision(engine, "head")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_object": migrate.include_object, "compare_type": True}
        )
        diff = compare_metadata(ctx, migrate.target_metadata())
    assert diff == [], f"models and migrations disagree; add a revision: {diff}"


def test_the_revisions_read_from_the_migration_files_are_the_ones_alembic_reads() -> None:
    assert migrate.revisions() == migrate._revisions_from_alembic()


def test_unlocking_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    # Alembic costs a fifth of a second at every unlock; it is for upgrades only.
    path, key = tmp_path / "current.db", os.urandom(32)
    LocalStore.open(path, key=key, actor=ACTOR).close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from coachapp.store.changes import Actor\n"
        "from coachapp.store.local import LocalStore\n"
        f"store = LocalStore.open(Path({str(path)!r}), key=bytes.fromhex(sys.stdin.read()), "
        "actor=Actor(org_id='o', coach_id='c', device_id='d'))\n"
        "store.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=key.hex(),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "[]"
