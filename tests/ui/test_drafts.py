"""Unfinished intakes: a draft saved from the wizard is listed on Participants (and counted on
Today), is resumed with what was typed, and is discarded only after the coach says so."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coachapp.services import drafts
from tests.ui.test_intake import closed, open_intake, shot
from ui.dialogs.intake import IntakeWizard
from ui.pages.participants import ParticipantsPage
from ui.pages.today import TodayPage
from ui.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def back_to_window(qtbot: QtBot, workspace: Workspace) -> None:
    """Off screen no window manager hands activation back after a dialog closes (a desktop
    does), so the test does, or the window's shortcuts would not reach it."""
    main = workspace.window()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)


def save_and_close(qtbot: QtBot, workspace: Workspace, wizard: IntakeWizard) -> None:
    """Ctrl+S, then Esc (nothing typed since the save, so nothing is asked)."""
    qtbot.keyClick(wizard, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: wizard.person.notice.isVisible())
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))  # closed and deleted
    back_to_window(qtbot, workspace)


def strip_lines(page: ParticipantsPage) -> list[str]:
    return [page.drafts.list.item(i).text() for i in range(page.drafts.list.count())]


def question(qtbot: QtBot, page: ParticipantsPage) -> QMessageBox:
    qtbot.waitUntil(lambda: page.drafts.question is not None and page.drafts.question.isVisible())
    box = page.drafts.question
    assert isinstance(box, QMessageBox)
    return box


def test_a_saved_draft_is_listed_on_participants_resumed_with_its_fields_and_discarded(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    qtbot.keyClick(workspace, Qt.Key.Key_2, CTRL)
    page = workspace.stack.currentWidget()
    assert isinstance(page, ParticipantsPage)
    assert page.drafts.isHidden(), "no drafts: nothing to show"

    wizard = open_intake(qtbot, workspace)
    qtbot.keyClicks(wizard.person.first_name, "Imani")
    qtbot.keyClicks(wizard.person.last_name, "Washington")
    qtbot.keyClicks(wizard.person.phone, "(614) 555-0142")
    save_and_close(qtbot, workspace, wizard)
    unnamed = open_intake(qtbot, workspace)
    qtbot.keyClicks(unnamed.person.phone, "(614) 555-0177")
    save_and_close(qtbot, workspace, unnamed)

    qtbot.waitUntil(lambda: page.drafts.list.count() == 2)
    assert page.drafts.isVisible()
    assert page.drafts.heading.text() == "Unfinished &intakes: 2"
    lines = strip_lines(page)
    assert lines[0].startswith("Unnamed draft — saved today at ")  # the newest first
    assert lines[1].startswith("Imani Washington — saved today at ")
    shot(workspace, "participants_drafts")

    # Today counts them, and its button leads here.
    qtbot.keyClick(workspace, Qt.Key.Key_1, CTRL)
    today = workspace.stack.currentWidget()
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: today.drafts_button.isVisible())
    assert today.drafts_button.text() == "&Unfinished intakes: 2"
    qtbot.keyClick(today, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is page)

    # Resume: the wizard opens with what was typed, and saving again keeps the same draft.
    page.drafts.list.setCurrentRow(1)
    qtbot.keyClick(page, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: workspace.findChild(IntakeWizard) is not None)
    resumed = workspace.findChild(IntakeWizard)
    assert isinstance(resumed, IntakeWizard)
    qtbot.waitUntil(lambda: resumed.ready, timeout=10_000)
    imani = next(d for d in drafts.list_drafts(store) if d.first_name == "Imani")
    assert resumed.draft_id == imani.id
    assert resumed.person.first_name.text() == "Imani"
    assert resumed.person.last_name.text() == "Washington"
    assert resumed.person.phone.text() == "(614) 555-0142"
    qtbot.keyClick(resumed, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(resumed))
    back_to_window(qtbot, workspace)

    # Discard asks first; "Keep it" keeps it.
    page.drafts.list.setCurrentRow(1)
    page.drafts.list.setFocus()
    qtbot.keyClick(page.drafts.list, Qt.Key.Key_Delete)
    box = question(qtbot, page)
    assert "Imani Washington" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "&Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.drafts.question is None)
    assert len(drafts.list_drafts(store)) == 2

    page.drafts.list.setCurrentRow(1)
    qtbot.mouseClick(page.drafts.discard_button, Qt.MouseButton.LeftButton)
    box = question(qtbot, page)
    drop = next(b for b in box.buttons() if b.text() == "&Discard draft")
    qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.drafts.list.count() == 1)
    assert [d.display_name for d in drafts.list_drafts(store)] == [""]
    assert strip_lines(page)[0].startswith("Unnamed draft")
    assert page.drafts.heading.text() == "Unfinished &intakes: 1"
