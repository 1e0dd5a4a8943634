"""``python -m coachapp``: clear answers, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coachapp import __version__
from coachapp.services import intake
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder
from tests.conftest import PASSPHRASE, TODAY


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coachapp", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_help_and_version_say_what_the_app_is() -> None:
    shown = run("--help")
    assert shown.returncode == 0
    assert "HPOG career coaches" in shown.stdout and "--data-dir" in shown.stdout
    assert run("--version").stdout.strip() == f"CoachApp {__version__}"


def test_an_empty_folder_is_reported_as_not_set_up(tmp_path: Path) -> None:
    shown = run("--data-dir", str(tmp_path / "new"))
    assert shown.returncode == 0
    assert "not set up yet" in shown.stdout


def test_unlocking_shows_the_caseload_and_search_finds_by_fragment(
    store: LocalStore, data_folder: DataFolder, tmp_path: Path
) -> None:
    intake.create_participant(
        store,
        intake.IntakeInput(
            person={
                "first_name": "Ximena",
                "last_name": "Quiñones",
                "tanf_recipient": True,
                "tanf_case_number": "OH-4455-6677",
            }
        ),
        today=TODAY,
    )
    store.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    shown = run(
        "--data-dir", str(data_folder.path), "--passphrase-file", str(secret), "--search", "quin"
    )
    assert shown.returncode == 0, shown.stderr
    assert "Participants: 1" in shown.stdout
    assert "Quiñones, Ximena" in shown.stdout and "OH-4455-6677" in shown.stdout


def test_wrong_password_is_one_clear_line_not_a_traceback(
    store: LocalStore, data_folder: DataFolder, tmp_path: Path
) -> None:
    store.close()
    secret = tmp_path / "pass.txt"
    secret.write_text("definitely the wrong one", encoding="utf-8")
    shown = run("--data-dir", str(data_folder.path), "--passphrase-file", str(secret))
    assert shown.returncode == 1
    assert shown.stderr.strip() == "coachapp: That password is not correct."
    assert "Traceback" not in shown.stderr


def test_a_bad_flag_is_refused_with_usage() -> None:
    shown = run("--no-such-flag")
    assert shown.returncode == 2
    assert "usage: coachapp" in shown.stderr and "Traceback" not in shown.stderr
