"""``python -m server.demo_seed`` (make run): a demo server folder, its password shown once."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from server import demo_seed
from server.auth.passwords import verify_password
from server.db import Database, make_engine
from server.settings import load_settings
from server.storage.tables import Account, Organization


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_demo_seed_makes_a_private_server_folder_and_shows_the_password_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    assert demo_seed.main(["--dir", str(folder), "--if-missing", "--port", "8799"]) == 0
    first = capsys.readouterr().out
    password = (folder / "DEMO-PASSWORD.txt").read_text().strip()
    assert password and first.count(password) == 1
    for private in ("DEMO-PASSWORD.txt", "server.toml", "server.db"):
        assert mode(folder / private) == 0o600, private

    settings = load_settings(environ={"COACHAPP_SERVER_CONFIG": str(folder / "server.toml")})
    settings.check()
    assert (settings.host, settings.port) == ("127.0.0.1", 8799)
    assert demo_seed.server_port(folder) == 8799
    db = Database(make_engine(settings.database_url))
    try:
        with db.session() as s:
            org = s.scalars(select(Organization)).one()
            account = s.scalars(select(Account)).one()
            assert (org.code, account.username) == ("DEMO", "demo.coach")
            assert verify_password(password, account.password_hash)
    finally:
        db.dispose()

    # Again: nothing changes and the password is not shown again.
    assert demo_seed.main(["--dir", str(folder), "--if-missing"]) == 0
    again = capsys.readouterr().out
    assert password not in again and "already set up" in again
    assert (folder / "DEMO-PASSWORD.txt").read_text().strip() == password
