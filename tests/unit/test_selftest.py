"""``coachapp --selftest``: an administrator's one-line check that an install works."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from coachapp.selftest import run_selftest


def test_selftest_prints_ok_and_leaves_no_folder_behind() -> None:
    before = set(Path(tempfile.gettempdir()).glob("coachapp-selftest-*"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--selftest"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "OK"
    assert "Traceback" not in done.stderr
    assert set(Path(tempfile.gettempdir()).glob("coachapp-selftest-*")) == before


def test_selftest_reports_a_failure_as_a_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    lines: list[str] = []
    failures = run_selftest(lines.append)
    assert failures and "temporary folder" in failures[0]
