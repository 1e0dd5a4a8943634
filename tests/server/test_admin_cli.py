"""``python -m server``: an administrator sets up a program, manages coaches and laptops,
imports reference data and exports it — one clear line for every mistake, nothing half-done.

Runs in-process through ``server.admin_cli.main`` on SQLite, and on PostgreSQL when
COACHAPP_TEST_DATABASE_URL is set (the ``server_db_url`` fixture).
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachapp.models import (
    SYNCED_MODELS,
    Coach,
    Partner,
    PovertyGuideline,
    Site,
    Team,
    utcnow,
)
from server.admin_cli import _COMMANDS, main
from server.auth.passwords import verify_password
from server.db import make_engine
from server.settings import load_settings
from server.storage.tables import (
    Account,
    Device,
    RefreshToken,
    RevCounter,
    ServerAuditEvent,
    SyncIndex,
)

PASSWORD = "lantern orchard river"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


Admin = Callable[..., Ran]


@pytest.fixture
def admin(server_db_url: str, capsys: pytest.CaptureFixture[str]) -> Admin:
    """Run one admin command against the test database, as an administrator would."""

    def run(*args: str) -> Ran:
        code = main(["--database-url", server_db_url, *args])
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(server_db_url: str) -> Iterator[Callable[[], Session]]:
    """Open a session on the same database to check what the commands did."""
    engine = make_engine(server_db_url)
    try:
        yield lambda: Session(engine)
    finally:
        engine.dispose()


@pytest.fixture
def program(admin: Admin, tmp_path: Path) -> Path:
    """A set-up program DEMO with team NORTH and coach maria.g; returns the password file."""
    assert admin("init-db").code == 0
    assert admin("create-org", "--code", "DEMO", "--name", "Demo County HPOG").code == 0
    assert admin("add-team", "--org", "DEMO", "--code", "NORTH", "--name", "North Team").code == 0
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    made = admin(
        "add-coach", "--org", "DEMO", "--username", "maria.g", "--name", "Maria Garcia",
        "--role", "coach", "--team", "NORTH", "--password-file", str(secret),
    )  # fmt: skip
    assert made.code == 0, made.err
    return secret


def refused(ran: Ran) -> str:
    """The one line a refused command printed (exit 2, nothing on stdout, no traceback)."""
    assert ran.code == 2, (ran.out, ran.err)
    lines = ran.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("server: "), ran.err
    assert "Traceback" not in ran.err
    return lines[0]


def count(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_admin_sets_up_org_team_and_coach_whose_password_then_verifies(
    program: Path, db: Callable[[], Session]
) -> None:
    with db() as s:
        coach = s.scalars(select(Coach)).one()
        account = s.scalars(select(Account)).one()
        team = s.scalars(select(Team)).one()
        assert (coach.username, coach.role, coach.team_id, coach.active) == (
            "maria.g", "coach", team.id, True,
        )  # fmt: skip
        assert account.coach_id == coach.id and account.role == "coach"
        assert verify_password(PASSWORD, account.password_hash)
        assert PASSWORD not in account.password_hash
        # Laptops pull both rows: each has a revision and a sync index entry.
        assert coach.rev > team.rev > 0
        indexed = {(i.table_name, i.row_id): i.seq for i in s.scalars(select(SyncIndex))}
        assert indexed == {("teams", team.id): team.rev, ("coaches", coach.id): coach.rev}
        actions = [e.action for e in s.scalars(select(ServerAuditEvent))]
        assert {"admin.create_org", "admin.add_team", "admin.add_coach"} <= set(actions)
        details = " ".join(e.detail or "" for e in s.scalars(select(ServerAuditEvent)))
        assert PASSWORD not in details and "maria" not in details


def test_a_weak_password_is_refused_and_no_coach_is_made(
    program: Path, admin: Admin, db: Callable[[], Session], tmp_path: Path
) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("password\n", encoding="utf-8")
    line = refused(
        admin("add-coach", "--org", "DEMO", "--username", "lee", "--name", "Lee",
              "--role", "coach", "--password-file", str(weak))
    )  # fmt: skip
    assert "password refused" in line and "at least 10 characters" in line
    with db() as s:
        assert count(s, Coach) == 1 and count(s, Account) == 1


def test_password_typed_twice_must_match(
    program: Path, admin: Admin, db: Callable[[], Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(["sunflower meadow path", "sunflower meadow pat"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    line = refused(
        admin("add-coach", "--org", "DEMO", "--username", "sam", "--name", "Sam",
              "--role", "supervisor")
    )  # fmt: skip
    assert "differ" in line
    typed = iter(["sunflower meadow path"] * 2)
    ran = admin("add-coach", "--org", "DEMO", "--username", "sam", "--name", "Sam",
                "--role", "supervisor")  # fmt: skip
    assert ran.code == 0 and "Added supervisor sam" in ran.out
    with db() as s:
        assert count(s, Account) == 2


def test_reset_password_sets_a_new_hash_ends_sign_ins_and_says_what_comes_next(
    program: Path, admin: Admin, db: Callable[[], Session], tmp_path: Path
) -> None:
    device_id = _register_laptop(db)
    with db() as s:
        before = s.scalars(select(Account)).one().password_changed_at
    new = tmp_path / "new.txt"
    new.write_text("blue kettle morning\n", encoding="utf-8")
    ran = admin("reset-password", "--org", "DEMO", "--username", "Maria.G",
                "--password-file", str(new))  # fmt: skip
    assert ran.code == 0, ran.err
    assert "escrow" in ran.out and "not yet synced stays" in ran.out
    with db() as s:
        account = s.scalars(select(Account)).one()
        assert verify_password("blue kettle morning", account.password_hash)
        assert not verify_password(PASSWORD, account.password_hash)
        assert account.password_changed_at > before
        tokens = s.scalars(select(RefreshToken).where(RefreshToken.device_id == device_id))
        assert all(t.revoked_at is not None for t in tokens)
        assert s.get(Device, device_id).revoked_at is None  # type: ignore[union-attr]


def test_disabling_a_coach_stops_the_account_and_tells_laptops_then_enable_restores(
    program: Path, admin: Admin, db: Callable[[], Session]
) -> None:
    with db() as s:
        rev_before = s.scalars(select(Coach)).one().rev
    ran = admin("disable-coach", "--org", "DEMO", "--username", "maria.g")
    assert ran.code == 0 and "wipe" in ran.out
    with db() as s:
        coach, account = s.scalars(select(Coach)).one(), s.scalars(select(Account)).one()
        assert not coach.active and not account.active and coach.rev > rev_before
    assert (
        "already disabled" in admin("disable-coach", "--org", "DEMO", "--username", "maria.g").out
    )
    assert admin("enable-coach", "--org", "DEMO", "--username", "maria.g").code == 0
    with db() as s:
        assert s.scalars(select(Coach)).one().active and s.scalars(select(Account)).one().active


def test_a_sites_csv_with_one_bad_row_writes_nothing_and_names_the_row(
    program: Path, admin: Admin, db: Callable[[], Session], tmp_path: Path
) -> None:
    sites = tmp_path / "sites.csv"
    sites.write_text(
        "code,name,kind,county,adopted_by_team\n"
        "FR-EAST,Franklin DHS Eastside,dhs_branch,Franklin,NORTH\n"
        "FR-WEST,Franklin DHS Westgate,branch office,Franklin,NORTH\n",
        encoding="utf-8",
    )
    with db() as s:
        rev_before = s.get(RevCounter, 1).value  # type: ignore[union-attr]
    line = refused(admin("import-reference", "--org", "DEMO", str(sites)))
    assert f"{sites}: row 3, column kind: must be one of dhs_branch" in line
    assert "nothing was imported" in line

    # A team code that does not exist is found at the database stage: still nothing written.
    sites.write_text(
        "code,name,adopted_by_team\nFR-EAST,Eastside,NORTH\nFR-WEST,Westgate,SOUTH\n",
        encoding="utf-8",
    )
    line = refused(admin("import-reference", "--org", "DEMO", str(sites)))
    assert "row 3, column adopted_by_team: no team with code 'SOUTH'" in line

    sites.write_text("code,name,colour\nFR-EAST,Eastside,blue\n", encoding="utf-8")
    assert "column colour: not a column of sites" in refused(
        admin("import-reference", "--org", "DEMO", str(sites))
    )
    with db() as s:
        assert count(s, Site) == 0
        assert s.get(RevCounter, 1).value == rev_before  # type: ignore[union-attr]


REFERENCE: dict[str, list[dict[str, Any]]] = {
    "teams": [{"code": "SOUTH", "name": "South Team"}],
    "sites": [
        {"code": "FR-EAST", "name": "Franklin DHS Eastside", "kind": "dhs_branch",
         "county": "Franklin", "adopted_by_team": "NORTH"},
        {"code": "FR-WEST", "name": "Franklin DHS Westgate", "adopted_by_team": "south"},
    ],
    "partners": [{"name": "Franklin County CSEA", "program": "child_support",
                  "requires_consent": True, "phone": "614-555-0100"}],
    "courses": [{"name": "Certified Nursing Assistant", "provider": "Columbus State",
                 "occupation": "Nursing assistant", "length_weeks": 6,
                 "credential_name": "STNA"}],
    "service_types": [{"code": "BUS", "name": "Bus pass", "category": "transportation"}],
    "funding_sources": [{"code": "HPOG", "name": "HPOG grant", "kind": "hpog"}],
    "enrollment_goals": [{"team": "NORTH", "site": "FR-EAST", "period_start": "2026-01-01",
                          "period_end": "2026-12-31", "target": 60}],
    "poverty_guidelines": [
        {"year": 2026, "region": "contiguous", "base_amount": 15650, "per_extra_person": 5500},
        {"year": 2026, "region": "AK", "base_amount": 19550, "per_extra_person": 6880},
    ],
}  # fmt: skip


def test_json_import_of_every_reference_table_then_reimport_updates_in_place(
    program: Path, admin: Admin, db: Callable[[], Session], tmp_path: Path
) -> None:
    source = tmp_path / "reference.json"
    source.write_text(json.dumps(REFERENCE), encoding="utf-8")
    ran = admin("import-reference", "--org", "DEMO", str(source))
    assert ran.code == 0, ran.err
    assert "sites: 2 added, 0 updated, 0 unchanged" in ran.out
    with db() as s:
        sizes = {name: count(s, SYNCED_MODELS[name]) for name in REFERENCE}
        revs = {name: _revs(s, name) for name in REFERENCE}
        west = s.scalars(select(Site).where(Site.code == "FR-WEST")).one()
        south = s.scalars(select(Team).where(Team.code == "SOUTH")).one()
        assert west.adopted_by_team_id == south.id and west.kind == "dhs_branch"
    assert sizes == {"teams": 2, **{k: len(v) for k, v in REFERENCE.items() if k != "teams"}}

    # The same file again: nothing changes, so laptops have nothing new to pull.
    ran = admin("import-reference", "--org", "DEMO", str(source))
    assert "sites: 0 added, 0 updated, 2 unchanged" in ran.out
    with db() as s:
        assert {name: _revs(s, name) for name in REFERENCE} == revs

    # Every imported row edited, some keys in another letter case: updated in place.
    edited = json.loads(json.dumps(REFERENCE))
    edited["teams"][0]["name"] = "Southside Team"
    for site in edited["sites"]:
        site["code"] = site["code"].lower()
        site["county"] = "Franklin County"
    edited["partners"][0]["phone"] = "614-555-0199"
    edited["courses"][0]["length_weeks"] = 8
    edited["service_types"][0]["name"] = "Monthly bus pass"
    edited["funding_sources"][0]["name"] = "HPOG 2.0 grant"
    edited["enrollment_goals"][0]["target"] = 72
    for guideline in edited["poverty_guidelines"]:
        guideline["base_amount"] += 100
        guideline["region"] = guideline["region"].lower()
    source.write_text(json.dumps(edited), encoding="utf-8")
    ran = admin("import-reference", "--org", "DEMO", str(source))
    assert ran.code == 0, ran.err
    assert "poverty_guidelines: 0 added, 2 updated, 0 unchanged" in ran.out
    with db() as s:
        assert {name: count(s, SYNCED_MODELS[name]) for name in REFERENCE} == sizes
        for name in REFERENCE:
            after = _revs(s, name)
            assert after.keys() == revs[name].keys()
            # Team NORTH came from add-team and is not in the file: it keeps its revision.
            changed = [i for i in after if name != "teams" or i != _north_id(s)]
            assert all(after[i] > revs[name][i] for i in changed), name
        assert s.scalars(select(Partner)).one().phone == "614-555-0199"
        ak = s.scalars(select(PovertyGuideline).where(PovertyGuideline.region == "AK")).one()
        assert ak.base_amount == 19650
        assert s.scalars(select(SyncIndex).where(SyncIndex.row_id == ak.id)).one().seq == ak.rev


def test_a_json_file_with_an_unknown_table_or_duplicate_key_is_refused_whole(
    program: Path, admin: Admin, db: Callable[[], Session], tmp_path: Path
) -> None:
    source = tmp_path / "reference.json"
    source.write_text(json.dumps({"teams": [], "vendors": []}), encoding="utf-8")
    assert "unknown table 'vendors'" in refused(
        admin("import-reference", "--org", "DEMO", str(source))
    )
    twice = {"funding_sources": [{"code": "HPOG", "name": "a", "kind": "hpog"},
                                 {"code": "hpog", "name": "b", "kind": "hpog"}]}  # fmt: skip
    source.write_text(json.dumps(twice), encoding="utf-8")
    line = refused(admin("import-reference", "--org", "DEMO", str(source)))
    assert "funding_sources row 2: same code as" in line
    source.write_text("{not json", encoding="utf-8")
    assert "not valid JSON (line 1" in refused(
        admin("import-reference", "--org", "DEMO", str(source))
    )
    with db() as s:
        assert count(s, SYNCED_MODELS["funding_sources"]) == 0


def test_revoking_a_lost_laptop_marks_it_and_ends_its_refresh_tokens(
    program: Path, admin: Admin, db: Callable[[], Session]
) -> None:
    device_id = _register_laptop(db)
    listed = admin("list-devices", "--org", "DEMO")
    assert listed.code == 0
    header, row = listed.out.splitlines()
    assert header.split()[:3] == ["DEVICE", "ID", "COACH"]
    assert row.startswith(device_id) and "maria.g" in row and row.rstrip().endswith("no")

    ran = admin("revoke-device", "--org", "DEMO", "--device", device_id)
    assert ran.code == 0 and "wipes its local data" in ran.out
    with db() as s:
        device = s.get(Device, device_id)
        assert device is not None and device.revoked_at is not None
        assert device.escrowed_key is None
        tokens = s.scalars(select(RefreshToken).where(RefreshToken.device_id == device_id)).all()
        assert len(tokens) == 2 and all(t.revoked_at is not None for t in tokens)
    assert "UTC" in admin("list-devices", "--org", "DEMO", "--username", "maria.g").out
    assert "no device 'nope'" in refused(
        admin("revoke-device", "--org", "DEMO", "--device", "nope")
    )


def test_export_writes_private_csv_files_without_password_hashes(
    program: Path, admin: Admin, db: Callable[[], Session], tmp_path: Path
) -> None:
    source = tmp_path / "reference.json"
    source.write_text(json.dumps(REFERENCE), encoding="utf-8")
    assert admin("import-reference", "--org", "DEMO", str(source)).code == 0
    out = tmp_path / "export"
    ran = admin("export", "--org", "DEMO", "--out", str(out))
    assert ran.code == 0, ran.err
    assert "personal data" in ran.out
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(f"{name}.csv" for name in SYNCED_MODELS)
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        text = path.read_text(encoding="utf-8")
        assert "$argon2" not in text and "password" not in text.splitlines()[0]
    coaches = (out / "coaches.csv").read_text(encoding="utf-8").splitlines()
    assert len(coaches) == 2 and "maria.g" in coaches[1]
    assert len((out / "sites.csv").read_text(encoding="utf-8").splitlines()) == 3
    with db() as s:
        event = s.scalars(
            select(ServerAuditEvent).where(ServerAuditEvent.action == "admin.export")
        ).one()
        assert json.loads(event.detail or "{}")["sites"] == 2


def test_mistakes_get_one_line_and_exit_code_2(
    admin: Admin, program: Path, server_db_url: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert "invalid choice: 'frobnicate'" in refused(admin("frobnicate"))
    assert "no organisation with code 'NOPE'" in refused(
        admin("add-team", "--org", "NOPE", "--code", "X", "--name", "X")
    )
    assert "no team with code 'EAST'" in refused(
        admin("add-coach", "--org", "DEMO", "--username", "lee", "--name", "Lee",
              "--role", "coach", "--team", "EAST", "--password-file", str(program))
    )  # fmt: skip
    assert "invalid choice: 'boss'" in refused(
        admin("add-coach", "--org", "DEMO", "--username", "lee", "--name", "Lee", "--role", "boss")
    )
    assert "already exists" in refused(admin("create-org", "--code", "demo", "--name", "Again"))
    assert "already has a coach" in refused(
        admin("add-coach", "--org", "DEMO", "--username", "MARIA.G", "--name", "M",
              "--role", "coach", "--password-file", str(program))
    )  # fmt: skip
    assert "required" in refused(admin("create-org", "--code", "X"))
    missing = f"sqlite:///{tmp_path / 'absent.db'}"
    code = main(["--database-url", missing, "list-devices", "--org", "DEMO"])
    line = capsys.readouterr().err.strip()
    assert code == 2 and "no database at" in line and "init-db" in line
    assert not (tmp_path / "absent.db").exists()


def test_help_lists_every_command_and_each_command_shows_an_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    shown = capsys.readouterr().out
    names = [c[0] for c in _COMMANDS]
    assert {"serve", "init-db", "add-coach", "revoke-device", "import-reference", "export"} <= set(
        names
    )
    for name in names:
        assert f"    {name}" in shown
        assert main([name, "--help"]) == 0
        assert f"example:\n  python -m server {name}" in capsys.readouterr().out


def test_generated_secrets_are_accepted_by_the_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate-secrets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    env = dict(line.split("=", 1) for line in lines)
    assert set(env) == {"COACHAPP_SERVER_TOKEN_SECRET", "COACHAPP_SERVER_MASTER_KEY"}
    load_settings(env).check()


def test_serve_runs_uvicorn_with_the_app_factory_and_refuses_missing_secrets(
    admin: Admin, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert admin("init-db").code == 0
    for name in ("CONFIG", "TOKEN_SECRET", "MASTER_KEY"):
        monkeypatch.delenv(f"COACHAPP_SERVER_{name}", raising=False)
    assert "TOKEN_SECRET" in refused(admin("serve"))
    assert main(["generate-secrets"]) == 0
    for line in capsys.readouterr().out.splitlines():
        key, value = line.split("=", 1)
        monkeypatch.setenv(key, value)
    calls: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append((app, kw)))
    assert admin("serve", "--port", "8799", "--workers", "2").code == 0
    assert calls == [
        (
            "server.app:create_worker_app",
            {
                "factory": True,
                "host": "127.0.0.1",
                "port": 8799,
                "workers": 2,
                "proxy_headers": False,
                "http": "server.http_protocol:NoDelayH11Protocol",
            },
        )
    ]


def test_serve_refuses_a_connection_count_it_cannot_use_in_one_line(
    admin: Admin, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert admin("init-db").code == 0
    assert main(["generate-secrets"]) == 0
    for line in capsys.readouterr().out.splitlines():
        key, value = line.split("=", 1)
        monkeypatch.setenv(key, value)
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: pytest.fail("started anyway"))
    for bad in ("0", "101", "two"):
        monkeypatch.setenv("COACHAPP_SERVER_DB_CONNECTIONS", bad)
        assert "db_connections" in refused(admin("serve"))


def _register_laptop(db: Callable[[], Session]) -> str:
    """What the sign-in API does at a coach's first sign-in: a device with two tokens."""
    with db() as s, s.begin():
        account = s.scalars(select(Account)).one()
        device = Device(
            org_id=account.org_id, account_id=account.id, name="Dell 5420 (Eastside)",
            escrowed_key=b"\x01" * 60, last_seen_at=utcnow(),
        )  # fmt: skip
        s.add(device)
        s.flush()
        for n in range(2):
            s.add(
                RefreshToken(
                    device_id=device.id,
                    token_hash=f"{n}" * 64,
                    expires_at=utcnow() + timedelta(days=30),
                )
            )
        return device.id


def _revs(session: Session, table: str) -> dict[str, int]:
    model: Any = SYNCED_MODELS[table]
    return {row.id: row.rev for row in session.scalars(select(model))}


def _north_id(session: Session) -> str:
    return session.scalars(select(Team.id).where(Team.code == "NORTH")).one()
