"""Sessions: a coach records an information session at a branch, adds two sign-ups, and
starts an intake for one with the sign-up sheet's details carried over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coachapp.services.intake import IntakeInput
from ui.dialogs.info_session import RecordSessionDialog, SignUpDialog
from ui.dialogs.intake import IntakeWizard
from ui.pages.sessions import SessionsPage
from ui.workspace import Workspace

BRANCH = "Franklin DHS - Eastside Branch"


def sessions_page(qtbot: QtBot, workspace: Workspace) -> SessionsPage:
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    # After a dialog closes the main window may not be the active one yet (shortcuts need it).
    workspace.window().activateWindow()
    qtbot.waitUntil(workspace.window().isActiveWindow)
    qtbot.keyClick(workspace, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = workspace.stack.currentWidget()
    assert isinstance(page, SessionsPage)
    qtbot.waitUntil(lambda: page.loaded_once)
    return page


def pick(combo: QComboBox, text: str) -> None:
    at = combo.findText(text)
    assert at >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(at)


def add_sign_up(
    qtbot: QtBot, page: SessionsPage, first: str, last: str, phone: str, *, tanf: bool
) -> None:
    count = page.lead_model.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SignUpDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.first_name, first)
    qtbot.keyClicks(dialog.last_name, last)
    qtbot.keyClicks(dialog.phone, phone)
    if tanf:
        qtbot.mouseClick(dialog.tanf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.lead_model.rowCount() == count + 1)


def names(page: SessionsPage) -> list[str]:
    proxy = page.lead_view.model()
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_coach_records_a_session_with_two_sign_ups_and_starts_an_intake_from_one(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = sessions_page(qtbot, workspace)
    assert page.sessions_empty.isVisible()
    assert "Record a session" in page.sessions_empty.text()

    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RecordSessionDialog)
    qtbot.waitUntil(dialog.branch.isEnabled)
    # Saving without a branch is refused under the branch field.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("site_id")))
    assert dialog.isVisible()
    pick(dialog.branch, BRANCH)
    dialog.attendance.selectAll()
    qtbot.keyClicks(dialog.attendance, "14")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.session_model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.current is not None)
    session = page.session_model.rows[0]
    assert (session.site_name, session.attendance) == (BRANCH, 14)
    assert BRANCH in page.leads_title.text()
    qtbot.waitUntil(lambda: "Nobody from this session" in page.leads_empty.text())

    add_sign_up(qtbot, page, "Imani", "Banks", "614-555-0142", tanf=True)
    add_sign_up(qtbot, page, "Marisol", "Vega", "", tanf=False)
    assert names(page) == ["Imani Banks", "Marisol Vega"]
    qtbot.waitUntil(lambda: page.session_model.rows[0].lead_count == 2)

    # Start the intake for Imani: the wizard opens with the sign-up sheet's details.
    page.lead_view.selectRow(0)
    with qtbot.waitSignal(workspace.ctx.nav.intake_requested, timeout=10_000) as asked:
        qtbot.mouseClick(page.intake_button, Qt.MouseButton.LeftButton)
    start = asked.args[0]
    assert isinstance(start, IntakeInput)
    assert (start.person["first_name"], start.person["last_name"]) == ("Imani", "Banks")
    assert start.person["tanf_recipient"] is True
    wizards = workspace.findChildren(IntakeWizard)
    assert len(wizards) == 1
    wizard = wizards[0]
    qtbot.waitUntil(lambda: wizard.ready, timeout=10_000)
    assert wizard.person.first_name.text() == "Imani"
    assert wizard.person.last_name.text() == "Banks"
    assert wizard.lead_id == start.extra["lead_id"]

    # The intake is created from the sign-up: back on Sessions, Imani is a participant.
    assert wizard.identifiers.tanf_recipient.isChecked()
    # The sign-up sheet has no case number; the coach types it, then creates the participant.
    assert set(wizard.problems()) == {"tanf_case_number"}
    qtbot.keyClicks(wizard.identifiers.tanf_case_number, "OH-2201-7731")
    wizard.accept()
    qtbot.waitUntil(lambda: getattr(workspace.stack.currentWidget(), "key", "") == "participant")
    pid = workspace.stack.currentWidget().participant_id
    page = sessions_page(qtbot, workspace)
    qtbot.waitUntil(lambda: page.lead_view.model().index(0, 4).data() == "Became a participant")
    page.lead_view.selectRow(0)
    assert page.intake_button.text() == "Open &participant"
    assert not page.contacted_button.isEnabled()
    qtbot.keyClick(page.lead_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(workspace.stack.currentWidget(), "participant_id", "") == pid)


def test_coach_marks_a_sign_up_contacted_then_not_interested(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from coachapp.services import sessions
    from coachapp.services.reference import sites

    ctx = workspace.ctx
    branch = next(s for s in sites(ctx.store) if s.label == BRANCH)
    held = sessions.record_info_session(
        ctx.store, site_id=branch.id, held_on=ctx.today(), attendance=9, today=ctx.today()
    )
    sessions.add_lead(ctx.store, info_session_id=held.id, first_name="Deja", last_name="Bell")
    page = sessions_page(qtbot, workspace)
    qtbot.waitUntil(lambda: page.lead_model.rowCount() == 1)
    page.lead_view.selectRow(0)
    status = page.lead_view.model().index(0, 4)
    assert status.data() == "Not contacted yet"
    qtbot.mouseClick(page.contacted_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.lead_view.model().index(0, 4).data() == "Contacted")
    assert not page.contacted_button.isEnabled()
    qtbot.mouseClick(page.declined_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.lead_view.model().index(0, 4).data() == "Not interested")
    assert "Deja Bell: Not interested." in page.message.text()
