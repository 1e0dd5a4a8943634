"""Render each main CoachApp screen offscreen to docs/screenshots/*.png (make screenshots).

``python -m tests.ui.screenshots [--out DIR] [--families N]``: starts a live sync server on
loopback (a throwaway SQLite database) with the demo program, signs in through the window as
the demo coach, makes N demo families and syncs them, makes a conflict and a possible duplicate
with a second laptop, and saves the sign-in and lock screens, each page of the workspace, the
participant page, the intake wizard and the conflict and duplicate dialogs at 1200×780.

Every person is fictional (coachapp.demo). Screens another part of the app has not built yet
are rendered as they stand; a screen that fails to render is reported and skipped.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtGui import QImageReader
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coachapp.config import Settings
from coachapp.demo import people
from coachapp.services import conflicts, duplicates, intake, participants
from coachapp.store.profile import DataFolder
from tests.conftest import FAST_KDF, TODAY
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server
from tests.sync.laptops import Laptop, laptop
from ui.app import MainWindow
from ui.launch import build_window, make_app
from ui.workspace import Workspace

SIZE = (1200, 780)
ROOT = Path(__file__).resolve().parents[2]


_STARTED = time.monotonic()


def log(message: str) -> None:
    elapsed = time.monotonic() - _STARTED
    print(f"screenshots [{elapsed:6.1f}s]: {message}", file=sys.stderr, flush=True)


def pump(ms: int) -> None:
    """Run the event loop for ``ms``. (``QTest.qWait`` would hold the GIL while it sleeps and
    starve the workers and the in-process server.)"""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(ms: int = 600, *, timeout_s: float = 60) -> None:
    """Let workers finish and the screen repaint."""
    deadline = time.monotonic() + timeout_s
    pump(ms)
    while QThreadPool.globalInstance().activeThreadCount() and time.monotonic() < deadline:
        pump(50)
    if QThreadPool.globalInstance().activeThreadCount():
        log("workers still busy after the wait")
    pump(150)


def wait_for(condition: Callable[[], bool], *, timeout_s: float = 900, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        pump(50)


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.saved: list[Path] = []
        self.failed: list[str] = []

    def save(self, name: str, widget: QWidget) -> None:
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            self.failed.append(name)
            log(f"could not write {path}")
            return
        self.saved.append(path)
        log(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def attempt(self, name: str, make: Callable[[], QWidget | None]) -> None:
        """Render one screen; a screen that fails is reported, the others go on."""
        try:
            widget = make()
            if widget is not None:
                self.save(name, widget)
        except Exception as exc:  # one broken screen must not lose the rest
            self.failed.append(name)
            log(f"{name}: {type(exc).__name__}: {exc}")


def top_level(kind: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == kind and widget.isVisible():
            return widget
    return None


def sign_in(window: MainWindow, shooter: Shooter) -> Workspace:
    from ui.screens.signin import SignInScreen

    screen = window.stack.currentWidget()
    assert isinstance(screen, SignInScreen)
    QTest.keyClicks(screen.username, "demo.coach")
    QTest.keyClicks(screen.password, PASSWORD)
    settle(200)
    shooter.save("01-sign-in", window)
    screen.button.click()
    wait_for(lambda: window.workspace is not None, what="sign-in")
    assert window.workspace is not None
    return window.workspace


def sync_and_wait(workspace: Workspace) -> None:
    sync = workspace.sync
    wait_for(lambda: not sync.running, what="a running sync")
    sync.sync_now()
    wait_for(lambda: not sync.running, what="sync")
    settle()


def make_demo_casework(live: LiveServer, workspace: Workspace, families: int, root: Path) -> Laptop:
    """Families synced to the server, then a conflict and a possible duplicate."""
    store = workspace.ctx.store
    own = copy.copy(live.program)
    own.coaches = [live.program.coaches[0]]  # the demo coach's own caseload
    log(f"making {families} demo families on the laptop …")
    people.generate(store, own, participants=families, unsynced=True, today=TODAY)
    log("syncing them …")
    sync_and_wait(workspace)

    second = laptop(live, "demo.coach", root / "second-laptop")
    # A conflict: both laptops change the same person's city and phone before syncing.
    hits = participants.find_participants(store, "an", limit=1)
    if hits:
        pid = hits[0].participant_id
        participants.update_participant(
            second.store, pid, changes={"city": "Akron", "phone": "614-555-0111"}
        )
        second.sync()
        participants.update_participant(
            store, pid, changes={"city": "Dayton", "phone": "614-555-0122"}
        )
    # A possible duplicate: the same woman enrolled on both laptops while offline.
    person = {"first_name": "Amara", "last_name": "Eze", "date_of_birth": "1991-04-02"}
    intake.create_participant(
        second.store,
        intake.IntakeInput(person={**person, "phone": "614-555-0150"}),
        confirmed_new_person=True,
        today=TODAY,
    )
    second.sync()
    intake.create_participant(
        store, intake.IntakeInput(person=person), confirmed_new_person=True, today=TODAY
    )
    sync_and_wait(workspace)
    log(
        f"open conflicts: {len(conflicts.list_conflicts(store))}, possible duplicates: "
        f"{len(duplicates.list_possible_duplicates(store))}"
    )
    return second


def render_workspace(window: MainWindow, workspace: Workspace, shooter: Shooter) -> None:
    """Every page and dialog. A page built wider than 1200 px keeps the window wider from then
    on (the page stack is as wide as its widest page), so the pages that are rendered last are
    the ones that were seen to need more room; the file names keep the README's order."""

    def page(key: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            workspace.show_page(key)
            window.resize(*SIZE)
            settle(900)
            return window

        return show

    def participant_page() -> QWidget:
        hits = participants.find_participants(workspace.ctx.store, "an", limit=5)
        if not hits:
            raise LookupError("no participant to open")
        workspace.ctx.nav.open_participant(hits[0].participant_id)
        window.resize(*SIZE)
        settle(1200)
        return window

    def intake_wizard() -> QWidget:
        workspace.ctx.nav.start_intake(None)
        settle(900)
        wizard = top_level("IntakeWizard")
        if wizard is None:
            raise LookupError("the intake wizard did not open")
        wizard.resize(*SIZE)
        settle(300)
        return wizard

    def dialog(opener: str, kind: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            workspace.show_page("sync")
            settle(300)
            sync_page = workspace.stack.currentWidget()
            getattr(sync_page, opener).click()
            settle(600)
            found = top_level(kind)
            if found is None:
                raise LookupError(f"{kind} did not open (nothing to show?)")
            return found

        return show

    shooter.attempt("03-today", page("today"))
    shooter.attempt("04-participants", page("participants"))
    shooter.attempt("06-intake", intake_wizard)
    close_top_level("IntakeWizard")
    shooter.attempt("08-services", page("services"))
    shooter.attempt("09-sessions", page("sessions"))
    shooter.attempt("10-sync", page("sync"))
    shooter.attempt("11-conflict", dialog("settle_button", "ConflictDialog"))
    close_top_level("ConflictDialog")
    shooter.attempt("12-duplicate", dialog("compare_button", "DuplicateDialog"))
    close_top_level("DuplicateDialog")
    shooter.attempt("13-settings", page("settings"))
    shooter.attempt("07-referrals", page("referrals"))
    shooter.attempt("05-participant", participant_page)

    def reports_page() -> QWidget:
        workspace.show_page("reports")
        window.resize(*SIZE)
        settle(4000)  # the figures are worked out in a worker, group by group
        return window

    shooter.attempt("14-reports", reports_page)
    for shot in shooter.saved:
        width = QImageReader(str(shot)).size().width()
        if shot.stem[:2] not in ("11", "12") and width != SIZE[0]:
            log(f"{shot.name} is {width} px wide: that screen needs more than {SIZE[0]} px")


def close_top_level(kind: str) -> None:
    found = top_level(kind)
    if found is not None:
        found.close()
        settle(200)


def run(out: Path, families: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(out)
    with tempfile.TemporaryDirectory(prefix="coachapp-screenshots-") as tmp:
        root = Path(tmp)
        log("starting a live server …")
        with live_server(f"sqlite:///{root / 'server.db'}") as live:
            app = make_app()
            settings = Settings(
                server_url=live.url, org=ORG_CODE, auto_lock_minutes=5, sync_interval_minutes=0
            )
            window = build_window(
                folder=DataFolder(root / "laptop"), settings=settings, kdf=FAST_KDF, today=TODAY
            )
            window.resize(*SIZE)
            window.show()
            settle(300)
            workspace = sign_in(window, shooter)
            settle()
            second = make_demo_casework(live, workspace, families, root)
            try:
                render_workspace(window, workspace, shooter)

                def lock() -> QWidget:
                    window.lock()
                    window.resize(*SIZE)
                    settle(400)
                    return window

                shooter.attempt("02-lock", lock)
            finally:
                second.close()
                window.close()
                settle(200)
            del app
    log(f"{len(shooter.saved)} screenshots in {out}")
    if shooter.failed:
        log(f"not rendered: {', '.join(shooter.failed)}")
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.ui.screenshots",
        description="Render each main CoachApp screen offscreen with demo data to PNG files.",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs" / "screenshots", help="where to write PNGs"
    )
    parser.add_argument(
        "--families", type=int, default=300, help="demo families to make and sync (default 300)"
    )
    args = parser.parse_args(argv)
    return run(args.out, args.families)


if __name__ == "__main__":
    sys.exit(main())
