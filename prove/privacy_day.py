"""The coach's day for the privacy check, run by ``prove/test_privacy.py`` in a child process
(``python -m pytest prove/privacy_day.py``) whose HOME, XDG folders and TMPDIR are fresh.

It starts the app through its real entry point (``python -m ui``'s ``main``: settings from the
machine-wide file, logs in the data folder, the excepthook, the default data folder from
platformdirs, the real Argon2id cost) and plays the day inside the app's own event loop:
sign in on a new laptop → intake of a family with every detail a marker → a duplicate
childcare service with its reason → a child-support referral to a DHS family coach → a
restricted note and a task → a search → both exports through the save dialog → a copy of
the open data folder → an unexpected error escaping a slot → sync → lock and unlock → quit.

Not collected by the proof suite itself (its name does not start with ``test_``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from coachapp.models.enums import FundingKind, ServiceCategory
from coachapp.services import support
from coachapp.services.reference import funding_sources, service_types
from prove.privacy_widgets import (
    back_to_window,
    closed,
    dialog_of,
    next_page,
    open_intake,
    pick,
    save_through_dialog,
    search_for,
    table_text,
)
from tests.ui.test_services_and_referrals import open_tab
from tests.ui.test_services_and_referrals import pick as pick_text
from ui.app import MainWindow
from ui.pages.participant import ParticipantPage
from ui.pages.participant_tabs.barriers import BarriersTab
from ui.pages.participant_tabs.referrals import ReferralsTab
from ui.pages.participant_tabs.services import ServicesTab
from ui.pages.reports import ReportsPage
from ui.screens.lock import LockScreen
from ui.screens.signin import SignInScreen
from ui.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


class Day:
    def __init__(self, qtbot: QtBot, plan: dict[str, Any]) -> None:
        self.qtbot = qtbot
        self.plan = plan
        self.m: dict[str, str] = plan["markers"]
        self.result: dict[str, Any] = {"steps": []}
        self.started = time.monotonic()

    def step(self, name: str) -> None:
        self.result["steps"].append([name, round(time.monotonic() - self.started, 2)])

    @property
    def window(self) -> MainWindow:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return window

    def workspace(self) -> Workspace:
        qtbot, window = self.qtbot, self.window
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
        assert window.workspace is not None
        qtbot.waitUntil(lambda: not window.workspace.sync.running, timeout=60_000)
        return window.workspace

    def morning(self) -> None:
        self.sign_in()
        ws = self.workspace()
        pid = self.intake(ws)
        self.result["participant_id"] = pid
        self.service(ws, pid)
        self.referral(ws, pid)
        self.note_and_task(ws)
        self.search(ws, pid)
        self.exports(ws)
        self.snapshot_while_open()

    def afternoon(self) -> None:
        self.apology_shown()
        self.sync(self.workspace())
        self.lock_and_unlock()  # an unlock syncs by itself too
        with self.workspace().ctx.store.read() as session:
            self.result["temp_store"] = session.execute(text("PRAGMA temp_store")).scalar()
        self.step("quit")

    # --- the story ------------------------------------------------------------------------

    def sign_in(self) -> None:
        qtbot = self.qtbot
        screen = self.window.stack.currentWidget()
        assert isinstance(screen, SignInScreen), "a new laptop starts on the sign-in screen"
        assert screen.server.text() and screen.org.text(), "preset by the machine-wide file"
        qtbot.keyClicks(screen.username, self.plan["username"])
        qtbot.keyClicks(screen.password, self.plan["password"])
        qtbot.mouseClick(screen.button, LEFT)
        self.step("signed in")

    def intake(self, ws: Workspace) -> str:
        qtbot, m = self.qtbot, self.m
        wizard = open_intake(qtbot, ws)
        created: list[str] = []
        wizard.created.connect(created.append)
        p = wizard.person
        for widget, typed in (
            (p.first_name, m["participant.first"]),
            (p.last_name, m["participant.last"]),
            (p.preferred_name, m["participant.preferred"]),
            (p.date_of_birth, "05/17/1994"),
            (p.phone, m["participant.phone"]),
            (p.email, m["participant.email"] + "@example.org"),
            (p.address_line1, f"4182 {m['participant.address']} Lane"),
            (p.city, m["participant.city"]),
            (p.state, "oh"),
            (p.postal_code, "43215"),
        ):
            qtbot.keyClicks(widget, typed)
        next_page(qtbot, wizard)
        family = wizard.household
        for role, first, last, born, lives, ivd in (
            (
                "non_custodial_parent",
                m["household.ncp_first"],
                m["household.ncp_last"],
                "",
                False,
                m["household.ncp_ivd_case"],
            ),
            ("child", m["household.child1_first"], m["participant.last"], "02/01/2019", True, ""),
            ("child", m["household.child2_first"], m["participant.last"], "09/12/2022", True, ""),
        ):
            count = len(family.members)
            qtbot.keyClick(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda n=count: len(family.members) == n + 1)
            row = family.members[-1]
            pick(row.role, role)
            qtbot.keyClicks(row.first_name, first)
            qtbot.keyClicks(row.last_name, last)
            qtbot.keyClicks(row.date_of_birth, born)
            row.lives_in_household.setChecked(lives)
            qtbot.keyClicks(row.ivd_case_number, ivd)
        next_page(qtbot, wizard)
        ids = wizard.identifiers
        qtbot.keyClick(ids.tanf_recipient, Qt.Key.Key_Space)
        qtbot.keyClicks(ids.tanf_case_number, m["participant.tanf_case"])
        qtbot.keyClicks(ids.ivd_case_number, m["participant.ivd_case"])
        next_page(qtbot, wizard)
        qtbot.keyClicks(wizard.eligibility.annual_income, "18,500")
        while wizard.currentPage() is not wizard.barriers:
            next_page(qtbot, wizard)
        rows = {row.category: row for row in wizard.barriers.rows}
        for category, marker in (
            ("domestic_violence", "barrier.domestic_violence"),
            ("mental_health", "barrier.mental_health"),
            ("transportation", "barrier.transportation"),
        ):
            rows[category].ticked.setChecked(True)
            qtbot.keyClicks(rows[category].description, f"Details: {m[marker]}")
        while wizard.currentPage() is not wizard.enrollment:
            next_page(qtbot, wizard)
        qtbot.keyClick(wizard, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: bool(created), timeout=15_000)
        back_to_window(qtbot, ws)
        self.step("intake")
        return created[0]

    def service(self, ws: Workspace, pid: str) -> None:
        """Childcare DHS already pays (on file from the DHS family coach), then HPOG's own,
        saved with the reason the coach types."""
        qtbot, store = self.qtbot, ws.ctx.store
        childcare = next(
            t.id for t in service_types(store) if t.category == ServiceCategory.CHILDCARE
        )
        dhs_funds = next(f.id for f in funding_sources(store) if f.kind == FundingKind.TANF_DHS)
        support.record_support_service(
            store,
            support.ServiceInput(
                participant_id=pid,
                service_type_id=childcare,
                funding_source_id=dhs_funds,
                amount="450.00",
                period_start=date(2026, 3, 1),
                period_end=date(2026, 3, 31),
            ),
        )
        tab = open_tab(qtbot, ws, pid, ServicesTab)
        qtbot.keyClick(tab, Qt.Key.Key_S, CTRL | SHIFT)
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
        form = tab.dialog
        qtbot.waitUntil(form.save_button.isEnabled)
        pick_text(form.service_type, "Childcare")
        pick_text(form.funding, "HPOG grant")
        qtbot.keyClicks(form.amount, "200.00")
        qtbot.mouseClick(form.save_button, LEFT)
        qtbot.waitUntil(form.warning.isVisible)
        qtbot.keyClicks(
            form.reason, f"DHS covers mornings only; {self.m['service.duplicate_reason']}"
        )
        qtbot.mouseClick(form.save_button, LEFT)
        qtbot.waitUntil(lambda: not form.isVisible())
        back_to_window(qtbot, ws)
        self.step("duplicate service with its reason")

    def referral(self, ws: Workspace, pid: str) -> None:
        qtbot, m = self.qtbot, self.m
        tab = open_tab(qtbot, ws, pid, ReferralsTab)
        qtbot.keyClick(tab, Qt.Key.Key_R, CTRL | SHIFT)
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
        refer = tab.dialog
        qtbot.waitUntil(refer.save_button.isEnabled)
        pick_text(refer.program, "Child support")
        qtbot.keyClicks(refer.reason, f"Establish an order: {m['referral.reason']}")
        owner = refer.owner.lineEdit()
        assert owner is not None
        owner.selectAll()
        qtbot.keyClicks(owner, f"Dana {m['referral.follow_up_owner']}")
        qtbot.keyClicks(refer.case_number, m["referral.partner_case"])
        qtbot.mouseClick(refer.save_button, LEFT)
        qtbot.waitUntil(refer.consent_panel.isVisible)
        qtbot.mouseClick(refer.consent_button, LEFT)
        qtbot.waitUntil(lambda: not refer.isVisible())
        back_to_window(qtbot, ws)
        self.step("referral with consent")

    def note_and_task(self, ws: Workspace) -> None:
        from ui.dialogs.note import NoteDialog
        from ui.dialogs.task import TaskDialog

        qtbot, m = self.qtbot, self.m
        page = ws.participant_page
        assert isinstance(page, ParticipantPage)
        qtbot.keyClick(page.tabs, Qt.Key.Key_N, CTRL | SHIFT)
        note = dialog_of(NoteDialog, qtbot)
        assert isinstance(note, NoteDialog)
        qtbot.keyClicks(note.body_edit, f"Safety plan in place. {m['note.restricted_body']}")
        note.restricted.setChecked(True)
        qtbot.mouseClick(note.save_button, LEFT)
        closed(qtbot, note)
        qtbot.keyClick(page.tabs, Qt.Key.Key_T, CTRL)
        task = dialog_of(TaskDialog, qtbot)
        assert isinstance(task, TaskDialog)
        qtbot.keyClicks(task.title_edit, f"Call back {m['task.title']}")
        today = date.fromisoformat(self.plan["today"])
        task.due.setDate(QDate(today.year, today.month, today.day))
        qtbot.mouseClick(task.save_button, LEFT)
        closed(qtbot, task)
        self.step("restricted note and task")

    def search(self, ws: Workspace, pid: str) -> None:
        found = search_for(self.qtbot, ws, self.m["search.query"])
        assert len(found) == 1 and self.m["participant.last"] in found[0]
        self.qtbot.keyClick(ws.search, Qt.Key.Key_Return)
        self.qtbot.waitUntil(
            lambda: ws.participant_page is not None and ws.participant_page.participant_id == pid
        )
        barriers = open_tab(self.qtbot, ws, pid, BarriersTab)  # restricted: the view is audited
        self.qtbot.waitUntil(
            lambda: self.m["barrier.domestic_violence"] in table_text(barriers), timeout=10_000
        )
        self.step("search, and the restricted barriers read")

    def exports(self, ws: Workspace) -> None:
        """Both exports, each through the save dialog into the folder the coach picks."""
        qtbot = self.qtbot
        ws.show_page("reports")
        page = ws.stack.currentWidget()
        assert isinstance(page, ReportsPage)
        qtbot.waitUntil(lambda: page.answer is not None and page._op is None, timeout=30_000)
        folder = Path(self.plan["export_folder"])
        saved = []
        for button, name in (
            (page.csv_button, "Program report.csv"),
            (page.pdf_button, "Program report.pdf"),
        ):
            opened_in = save_through_dialog(qtbot, button, folder / name)
            self.result.setdefault("dialog_opened_in", opened_in)
            qtbot.waitUntil(
                lambda n=name: f"Saved {n}" in page.export_message.text(), timeout=60_000
            )
            saved.append(str(folder / name))
        self.result["exports"] = saved
        self.step("exports")

    def snapshot_while_open(self) -> None:
        """A copy of the data folder and the temp folder as they are with the store open (the
        WAL, any journal), for the scan: at quit the WAL is checkpointed and emptied."""
        from platformdirs import user_data_dir

        target = Path(self.plan["snapshot"])
        shutil.copytree(user_data_dir("CoachApp", appauthor=False), target / "data folder")
        shutil.copytree(tempfile.gettempdir(), target / "system temp")
        self.step("snapshot of the open data folder")

    def unexpected_error(self) -> None:
        """A driver error quoting a row value escapes a slot run by the app's own event loop
        (not a nested one: PySide hands those to the Python frame that started the loop)."""
        raise RuntimeError(
            f"UNIQUE constraint failed: participant.last_name = '{self.m['crash.message']}'"
        )

    def apology_shown(self) -> None:
        """The app's excepthook logged it (its crash record) and apologised with a reference."""

        def apology() -> QMessageBox | None:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible():
                    return w
            return None

        self.qtbot.waitUntil(lambda: apology() is not None, timeout=10_000)
        box = apology()
        assert box is not None and "reference" in box.text()
        self.result["apology_ref"] = box.text().rsplit("reference ", 1)[1].rstrip(".")
        box.accept()
        self.step("unexpected error logged")

    def lock_and_unlock(self) -> None:
        qtbot, window = self.qtbot, self.window
        workspace = self.workspace()
        qtbot.mouseClick(workspace.status.lock_button, LEFT)
        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), LockScreen))
        lock = window.stack.currentWidget()
        assert isinstance(lock, LockScreen)
        qtbot.keyClicks(lock.password, self.plan["password"])
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
        self.step("lock and unlock")

    def sync(self, ws: Workspace) -> None:
        qtbot, status = self.qtbot, ws.status
        assert "waiting to sync" in status.pending.text()
        with qtbot.waitSignal(ws.sync.finished, timeout=60_000):
            qtbot.mouseClick(status.sync_button, LEFT)
        qtbot.waitUntil(lambda: "Everything is synced" in status.pending.text(), timeout=10_000)
        self.step("sync")


def test_the_coachs_day_in_a_fresh_home(qtbot: QtBot) -> None:
    from ui.__main__ import main

    plan = json.loads(Path(os.environ["COACHAPP_PRIVACY_PLAN"]).read_text(encoding="utf-8"))
    day = Day(qtbot, plan)
    failures: list[BaseException] = []

    def part(play: Callable[[], None], then: Callable[[], None] | None = None) -> None:
        try:
            play()
        except BaseException as exc:  # kept, raised once the app's loop has returned
            failures.append(exc)
            then = None
        if then is not None:
            QTimer.singleShot(0, then)
            return
        day.window.close()
        app = QApplication.instance()
        assert app is not None
        app.quit()

    def afternoon() -> None:
        part(day.afternoon)

    def failing_slot() -> None:
        # Between the two, the app's own loop runs a slot that fails, as it would any.
        QTimer.singleShot(0, afternoon)
        day.unexpected_error()

    def morning() -> None:
        part(day.morning, failing_slot)

    QTimer.singleShot(0, morning)
    code = main(["--today", plan["today"]])
    if failures:
        raise failures[0]
    assert code == 0
    Path(plan["result"]).write_text(json.dumps(day.result), encoding="utf-8")
