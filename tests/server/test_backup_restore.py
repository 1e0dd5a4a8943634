"""Backups restore: a server database dumped with installer/server/coachapp-backup comes back
whole through installer/server/coachapp-restore-check, row for row, sequences included.

Runs on PostgreSQL only (``.ci/run`` provides it) and needs pg_dump, pg_restore and psql.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from coachapp.ids import uuid7
from coachapp.models.enums import CoachRole
from sync.protocol import PROTOCOL_VERSION
from tests.server.conftest import PG_URL, fresh_postgres_database
from tests.server.live import LiveServer, Session, live_server

ROOT = Path(__file__).resolve().parents[2]
BACKUP = ROOT / "installer" / "server" / "coachapp-backup"
RESTORE_CHECK = ROOT / "installer" / "server" / "coachapp-restore-check"

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="COACHAPP_TEST_DATABASE_URL not set (.ci/run sets it)"),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("pg_dump", "pg_restore", "psql")),
        reason="PostgreSQL's client tools (pg_dump, pg_restore, psql) are not installed",
    ),
]


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _push_participants(live: LiveServer, who: Session, count: int) -> None:
    mutations: list[dict[str, Any]] = [
        {
            "mutation_id": uuid7(),
            "table": "participants",
            "row_id": uuid7(),
            "op": "upsert",
            "base_rev": 0,
            "fields": {
                "first_name": f"Backup{n}",
                "last_name": "Restore",
                "name_key": f"restore backup{n}",
                "status": "enrolled",
                "tanf_recipient": n % 2 == 0,
                "shared_with_team": False,
            },
        }
        for n in range(count)
    ]
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": who.device_id,
        "batch_id": uuid7(),
        "mutations": mutations,
    }
    answer = live.request("POST", "/v1/sync/push", who.access_token, json=body)
    assert answer.status_code == 200, answer.text


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            ).all()
            return {t: int(conn.scalar(text(f'SELECT count(*) FROM "{t}"')) or 0) for t in tables}
    finally:
        engine.dispose()


def _sequences(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences")
            ).all()
            return {name: int(value) for name, value in rows}
    finally:
        engine.dispose()


def test_a_nightly_backup_restores_into_a_fresh_database_with_every_row(tmp_path: Path) -> None:
    with fresh_postgres_database() as source:
        # A working server: the demo program, a laptop signed in, participants synced.
        with live_server(source) as live:
            live.add_account("robin.backup", role=CoachRole.SUPERVISOR, team_id=None)
            coach = live.program.coaches[0].username
            laptop = live.sign_in(coach)
            _push_participants(live, laptop, 12)
        before = _counts(source)
        sequences = _sequences(source)
        assert before["participants"] == 12
        assert before["accounts"] >= 2 and before["devices"] == 1

        dump = subprocess.run(
            [str(BACKUP), source, str(tmp_path / "backups"), "14"],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout.strip()
        assert Path(dump).is_file() and Path(dump).stat().st_mode & 0o077 == 0

        scratch = f"coachapp_restore_{uuid7().replace('-', '')[:12]}"
        checked = subprocess.run(
            [
                str(RESTORE_CHECK),
                dump,
                _libpq(PG_URL or ""),
                scratch,
                "--keep",
                "--python",
                sys.executable,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
        assert checked.returncode == 0, checked.stderr + checked.stdout
        assert checked.stdout.rstrip().endswith(
            f"restore-check: OK ({dump} restored into {scratch})"
        )
        printed = dict(
            (table, int(rows))
            for table, rows in (
                line.split("\t") for line in checked.stdout.splitlines() if "\t" in line
            )
        )

        restored = f"{PG_URL.rpartition('/')[0]}/{scratch}" if PG_URL else ""
        # The restore check's own `init-db` is an admin command, and every admin command is
        # audited: the restored copy holds exactly one audit entry more than the backup.
        expected = {**before, "server_audit": before["server_audit"] + 1}
        try:
            assert printed == expected
            assert _counts(restored) == expected
            # Sequences come back where they were: new rows after a restore never reuse ids.
            assert _sequences(restored) == sequences
        finally:
            admin = create_engine(PG_URL or "", isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
            admin.dispose()
