"""Disk full and read-only: the disk says no mid-save, or the data folder cannot be written.

A small filesystem is made by the test: a size-limited tmpfs where the machine lets it mount,
else a loop-mounted ext4 image, else (no mounting at all) a file-size limit on the child
process that saves (``RLIMIT_FSIZE``); the method used is a figure. Each disk-full trial runs
in a child (``prove/disk_support.py``) that saves participants until a save fails, and then
looks at what the coach would: the message, every save confirmed before it, the integrity of
every page, a lock and unlock with the disk full and after space is freed, and a new save.
The read-only folder is the same kind of disk remounted read-only, opened through the real
lock screen, the command line (``python -m coachapp``) and the window's launcher.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachapp.config import Settings
from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.store.profile import DataFolder, Identity
from prove.conftest import Figures, Size
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY
from tests.store.small_disks import read_only, small_disk, writable_again
from ui.launch import build_window, make_app
from ui.screens.lock import LockScreen

SECTION = 2
ROOT = Path(__file__).resolve().parents[1]
DISK_BYTES = 24 * 1024 * 1024


def _children(plan: list[dict[str, object]]) -> list[dict[str, object]]:
    """One child process runs every trial (a process start costs more than a trial)."""
    run = subprocess.run(  # noqa: S603 - our own module, our own arguments
        [sys.executable, "-m", "prove.disk_support", json.dumps(plan)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    results: list[dict[str, object]] = json.loads(run.stdout.strip().splitlines()[-1])
    crashed = [r["crashed"] for r in results if "crashed" in r]
    assert not crashed, crashed
    return results


def test_disk_fills_mid_save(tmp_path: Path, figures: Figures, size: Size) -> None:
    """Disk fills mid-save: plain message, earlier saves intact, saves again once space is freed"""
    rooms = size.pick(
        quick=[600_000, 2_500_000],
        full=[150_000, 400_000, 800_000, 1_500_000, 2_500_000, 4_000_000, 6_000_000, 9_000_000],
    )
    with contextlib.ExitStack() as disks:
        plan: list[dict[str, object]] = []
        for number, room in enumerate(rooms):
            disk = disks.enter_context(small_disk(tmp_path / f"trial{number}", DISK_BYTES))
            filler = str(disk.path / "filler.bin") if disk.mounted else None
            plan.append({"folder": str(disk.path / "CoachApp"), "room": room, "filler": filler})
            method = disk.method
        results = _children(plan)
    confirmed = sum(int(r["confirmed"]) for r in results)  # type: ignore[call-overload]
    found_full = sum(int(r["found_while_full"]) for r in results)  # type: ignore[call-overload]
    found_after = sum(int(r["found_after"]) for r in results)  # type: ignore[call-overload]
    kinds = sorted({str(r.get("error")) for r in results})
    plain = [r for r in results if str(r.get("error")) in ("StoreFull", "StoreWriteFailed")]
    pages_ok = sum(bool(r["pages_ok_while_full"]) and bool(r["pages_ok_after"]) for r in results)
    saved_after = sum(bool(r["saved_after_freeing"]) for r in results)
    figures.add("how the small disk was made", method, target="tmpfs, loop or rlimit", ok=None)
    figures.add("trials (space left before the saves)", len(results), "trials")
    figures.add(
        "space left per trial", ", ".join(f"{r['room']:,}" for r in results), "bytes", ok=None
    )
    figures.add("saves confirmed before the disk was full", confirmed, "saves", ok=confirmed > 0)
    figures.add(
        "failed save told as", ", ".join(kinds), target="StoreFull", ok=len(plain) == len(results)
    )
    message = str(results[0].get("message", ""))
    figures.add("message", message[:120], ok=None)
    figures.add(
        "confirmed saves found, disk still full",
        f"{found_full}/{confirmed}",
        target="all",
        ok=found_full == confirmed,
    )
    figures.add(
        "confirmed saves found after lock, freeing space, unlock",
        f"{found_after}/{confirmed}",
        target="all",
        ok=found_after == confirmed,
    )
    figures.add(
        "integrity (quick_check + every page's HMAC) ok",
        f"{pages_ok}/{len(results)}",
        target="all",
        ok=pages_ok == len(results),
    )
    figures.add(
        "a save works again after space is freed",
        f"{saved_after}/{len(results)}",
        target="all",
        ok=saved_after == len(results),
    )
    assert len(plain) == len(results), results
    assert message.startswith("The disk is full: this save was not kept.") or message.startswith(
        "CoachApp could not write to the disk"
    )
    assert "nothing saved earlier was lost" in message
    assert confirmed > 0 and found_full == confirmed and found_after == confirmed
    assert pages_ok == len(results) and saved_after == len(results)


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_read_only_data_folder(qtbot: QtBot, tmp_path: Path, figures: Figures) -> None:
    """Read-only data folder: said on the first screen and on the command line, nothing changed"""
    with small_disk(tmp_path / "ro", DISK_BYTES) as disk:
        folder = DataFolder(disk.path / "CoachApp")
        store, _key = folder.create(identity=_identity(), passphrase=PASSPHRASE, kdf=FAST_KDF)
        store.close()
        (folder.logs_path).mkdir()
        how = read_only(disk)
        try:
            before = _digests(folder.path)
            figures.add("how the folder was made read-only", f"{disk.method} {how}", ok=None)

            # The command line and the window's launcher run meanwhile, in their own processes.
            cli_run = _start("coachapp", "--data-dir", str(folder.path), "--unlock")
            gui_run = _start("ui", "--data-dir", str(folder.path), "--quit-after-start")
            make_app()
            settings = Settings(server_url="http://127.0.0.1:9", org="OH-HPOG")
            window = build_window(folder=folder, settings=settings, kdf=FAST_KDF, today=TODAY)
            qtbot.addWidget(window)
            window.show()
            lock = window.stack.currentWidget()
            assert isinstance(lock, LockScreen)
            at_start = lock.message.isVisible() and "cannot save anything" in lock.message.text()
            figures.add("lock screen says so at start", at_start, target="True", ok=at_start)
            qtbot.keyClicks(lock.password, PASSPHRASE)
            qtbot.keyClick(lock.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: lock._op is None, timeout=30_000)
            told = "cannot save anything" in lock.message.text() and window.workspace is None
            figures.add("unlocking anyway: the same sentence", told, target="True", ok=told)
            figures.add("message", lock.message.text()[:120], ok=None)
            window.close()

            _cli_out, cli_err = cli_run.communicate(PASSPHRASE, timeout=120)
            cli_ok = cli_run.returncode == 1 and "cannot save anything" in cli_err
            cli_ok = cli_ok and "Traceback" not in cli_err
            figures.add("command line: exit 1 with the message", cli_ok, target="True", ok=cli_ok)
            _gui_out, gui_err = gui_run.communicate(timeout=120)
            gui_ok = gui_run.returncode == 0 and "Traceback" not in gui_err
            figures.add("window launcher: starts, no traceback", gui_ok, target="True", ok=gui_ok)
            unchanged = _digests(folder.path) == before
            figures.add("files in the folder unchanged", unchanged, target="True", ok=unchanged)
        finally:
            writable_again(disk, how)
    assert at_start and told and cli_ok and gui_ok and unchanged, (cli_err, gui_err)


def _start(module: str, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", module, *args]
    if module == "coachapp":
        command += ["--passphrase-file", "/dev/stdin"]
    return subprocess.Popen(  # noqa: S603 - our own modules, our own arguments
        command,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def _identity() -> Identity:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    return Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
