"""The participant page: the header a coach reads first, the tabs, the restricted Barriers
tab and its trace in History, and coming back to the same spot after a lock."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachapp.models.enums import AuditAction, BarrierCategory, ReferralProgram
from coachapp.services import history, intake, participants, reference, tasks
from tests.conftest import TODAY
from tests.server.live import PASSWORD
from ui.app import MainWindow
from ui.pages.participant import NotAvailableTab, ParticipantPage
from ui.screens.lock import LockScreen
from ui.workspace import Workspace

SECRET = "Ex-partner waits outside the Eastside branch"

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def quiet(qtbot: QtBot, workspace: Workspace) -> None:
    """Wait for the sync that starts at unlock, so the test's own sync is not swallowed."""
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)


def family_through_intake(
    workspace: Workspace, *, consent: bool = True, first: str = "Maria", last: str = "Ortiz"
) -> str:
    store = workspace.ctx.store
    child_support = reference.partners(store, program=ReferralProgram.CHILD_SUPPORT)[0]
    made = intake.create_participant(
        store,
        intake.IntakeInput(
            person={
                "first_name": first,
                "last_name": last,
                "preferred_name": "Mari",
                "date_of_birth": "1992-04-03",
                "tanf_recipient": True,
                "tanf_case_number": "TC-4411",
                "ivd_case_number": "CS-88123",
                "state": "OH",
            },
            household=[
                intake.HouseholdMemberInput(
                    role="child", first_name="Leo", last_name=last, date_of_birth="2019-05-02"
                )
            ],
            consents=[intake.ConsentInput(partner_id=child_support.id, signed_on=TODAY)]
            if consent
            else [],
            barriers=[
                intake.BarrierInput(category=BarrierCategory.DOMESTIC_VIOLENCE, description=SECRET),
                intake.BarrierInput(category="transportation", description="No car"),
            ],
        ),
        confirmed_new_person=True,
        today=TODAY,
    )
    return made.id


def open_page(qtbot: QtBot, workspace: Workspace, pid: str) -> ParticipantPage:
    workspace.ctx.nav.open_participant(pid)
    page = workspace.stack.currentWidget()
    assert isinstance(page, ParticipantPage) and page.participant_id == pid
    qtbot.waitUntil(lambda: page.current_header is not None, timeout=10_000)
    return page


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.isHidden()


def closed(qtbot: QtBot, dialog: QWidget) -> None:
    """Wait for a dialog to close. Off screen no window manager hands activation back to the
    main window (a desktop does), so the test does, or its shortcuts would not reach it."""
    qtbot.waitUntil(lambda: not dialog.isVisible())
    main = dialog.parentWidget().window() if dialog.parentWidget() else None
    if main is not None:
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)


def dialog_of(kind: type, qtbot: QtBot | None = None) -> QWidget:
    def found() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    if qtbot is not None:  # a mnemonic "clicks" its button after a short animation
        qtbot.waitUntil(lambda: bool(found()))
    assert found(), f"no {kind.__name__} is open"
    return found()[-1]


def test_header_shows_name_case_numbers_consent_and_unsynced_until_a_sync(
    qtbot: QtBot, workspace: Workspace
) -> None:
    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    agency = reference.partners(workspace.ctx.store, program=ReferralProgram.CHILD_SUPPORT)[0]

    page = open_page(qtbot, workspace, pid)
    header = page.header

    assert header.name.text() == "Mari Ortiz"
    assert "Maria Ortiz" in header.also.text() and shown(header.also)
    assert "TC-4411" in header.tanf.text()
    assert "CS-88123" in header.ivd.text()
    assert agency.label in header.consent.text()
    assert "Applicant" in header.status.text()
    assert workspace.ctx.identity.display_name in header.coach.text()
    assert "Unsynced changes" in header.sync_state.text()

    with qtbot.waitSignal(workspace.sync.finished, timeout=60_000):
        workspace.sync.sync_now()
    qtbot.waitUntil(
        lambda: "synced" in header.sync_state.text() and "Unsynced" not in header.sync_state.text()
    )
    assert "Everything about this participant is synced" in header.sync_state.text()


def test_header_says_plainly_when_no_consent_is_in_force(
    qtbot: QtBot, workspace: Workspace
) -> None:
    quiet(qtbot, workspace)
    pid = family_through_intake(workspace, consent=False, first="Ana", last="Reyes")
    page = open_page(qtbot, workspace, pid)
    assert "No consent in force with any agency" in page.header.consent.text()


def test_bad_date_of_birth_shows_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, workspace: Workspace
) -> None:
    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    store = workspace.ctx.store
    page = open_page(qtbot, workspace, pid)
    profile = page.tab("profile")
    assert profile is not None
    qtbot.waitUntil(lambda: profile.isEnabled() and profile.texts["first_name"].text() == "Maria")
    assert not profile.save_button.isEnabled()  # nothing typed, nothing to save

    profile.born.edit.setDate(QDate(2030, 1, 1))
    qtbot.keyClicks(profile.texts["phone"], "555-201-3344")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)

    error = profile.person.errors["date_of_birth"]
    qtbot.waitUntil(lambda: shown(error))
    assert "cannot be after" in error.text()
    assert error.parent() is profile.person.rows["date_of_birth"]  # right under the field
    assert "Nothing was saved" in profile.message.text()
    saved = participants.get_participant(store, pid)
    assert saved.summary.date_of_birth == date(1992, 4, 3) and saved.phone is None
    assert not any(e.action is AuditAction.UPDATE for e in history.participant_history(store, pid))

    profile.born.edit.setDate(QDate(1992, 4, 30))
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: profile.message.text() == "Saved.")
    assert not shown(error)
    saved = participants.get_participant(store, pid)
    assert saved.summary.date_of_birth == date(1992, 4, 30) and saved.phone == "555-201-3344"


def test_coach_adds_a_note_with_ctrl_shift_n_and_sees_it_in_notes(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from ui.dialogs.note import NoteDialog

    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)

    qtbot.keyClick(page.tabs, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = dialog_of(NoteDialog)
    assert isinstance(dialog, NoteDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # empty: refused
    qtbot.waitUntil(lambda: dialog.form.error_text("body") != "")
    qtbot.keyClicks(dialog.body_edit, "Talked about the CNA class; childcare is set.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    closed(qtbot, dialog)

    qtbot.keyClick(page.tabs, Qt.Key.Key_6, ALT)
    assert page.current_tab_key() == "notes"
    notes_tab = page.tab("notes")
    assert notes_tab is not None
    model = notes_tab.listing.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Talked about the CNA class; childcare is set." in texts
    assert "In person" in texts

    # Enter on the note corrects it; only the text changed, and History says just that.
    notes_tab.listing.view.setFocus()
    notes_tab.listing.view.selectRow(0)
    assert "childcare is set" in notes_tab.full_text.toPlainText()
    qtbot.keyClick(notes_tab.listing.view, Qt.Key.Key_Return)
    fix = dialog_of(NoteDialog, qtbot)
    assert isinstance(fix, NoteDialog)
    fix.body_edit.selectAll()
    qtbot.keyClicks(fix.body_edit, "Talked about the CNA class; her mother will do childcare.")
    qtbot.mouseClick(fix.save_button, Qt.MouseButton.LeftButton)
    closed(qtbot, fix)
    qtbot.waitUntil(lambda: "her mother" in str(model.index(0, 5).data()))
    qtbot.keyClick(page.tabs, Qt.Key.Key_0, ALT)
    history_tab = page.tab("history")
    assert history_tab is not None
    qtbot.waitUntil(lambda: "Changed a case note: note text" in history_tab.lines())


def test_coach_adds_a_task_with_ctrl_t_linked_to_the_participant(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from ui.dialogs.task import TaskDialog

    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)
    qtbot.keyClick(page.tabs, Qt.Key.Key_T, CTRL)
    dialog = dialog_of(TaskDialog)
    assert isinstance(dialog, TaskDialog)
    qtbot.keyClicks(dialog.title_edit, "Call about the CNA class start")
    dialog.due.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    closed(qtbot, dialog)
    due = tasks.today(workspace.ctx.store, today=TODAY).due_today
    assert [(t.title, t.participant_id) for t in due] == [("Call about the CNA class start", pid)]


def test_tabs_come_in_order_and_ctrl_tab_cycles_through_them(
    qtbot: QtBot, workspace: Workspace
) -> None:
    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)
    titles = [page.tabs.tabText(i).replace("&&", "&") for i in range(page.tabs.count())]
    assert titles == [
        "Profile",
        "Household",
        "Eligibility",
        "Services",
        "Referrals",
        "Notes",
        "Training & jobs",
        "Activity hours",
        "Barriers",
        "History",
    ]
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, CTRL)
    assert page.current_tab_key() == "household"
    qtbot.keyClick(page.tabs, Qt.Key.Key_PageDown, CTRL)
    assert page.current_tab_key() == "eligibility"
    qtbot.keyClick(page.tabs, Qt.Key.Key_PageUp, CTRL)
    assert page.current_tab_key() == "household"
    household = page.tab("household")
    assert household is not None
    qtbot.waitUntil(lambda: household.listing.model.rowCount() == 1)
    assert household.listing.model.index(0, 0).data() == "Child"
    # The other helpers' tabs are there, or say plainly they are not built yet.
    for key in ("services", "referrals", "training", "activity"):
        page.select_tab(key)
        built = page.tab(key)
        assert built is not None
        assert isinstance(built, NotAvailableTab) or built.key == key


def test_opening_barriers_shows_the_restricted_banner_and_history_records_the_view(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from ui.dialogs.barrier import ResolveBarrierDialog

    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)

    qtbot.keyClick(page.tabs, Qt.Key.Key_9, ALT)
    barriers_tab = page.tab("barriers")
    assert barriers_tab is not None and page.current_tab_key() == "barriers"
    assert shown(barriers_tab.banner)
    assert barriers_tab.banner.text() == (
        "Restricted information — opening this tab is recorded in the participant's history"
    )
    model = barriers_tab.listing.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    marks = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(2)}
    assert marks == {"Domestic violence": "Restricted", "Transportation": ""}

    # The car is fixed: mark the transportation barrier resolved.
    [car] = [r for r in range(2) if model.index(r, 0).data() == "Transportation"]
    barriers_tab.listing.view.selectRow(car)
    qtbot.keyClick(barriers_tab, Qt.Key.Key_R, ALT)
    resolve = dialog_of(ResolveBarrierDialog, qtbot)
    assert isinstance(resolve, ResolveBarrierDialog)
    qtbot.mouseClick(resolve.save_button, Qt.MouseButton.LeftButton)
    closed(qtbot, resolve)
    qtbot.waitUntil(
        lambda: any(model.index(r, 3).data() == "03/16/2026" for r in range(model.rowCount()))
    )

    qtbot.keyClick(page.tabs, Qt.Key.Key_0, ALT)
    history_tab = page.tab("history")
    assert history_tab is not None
    qtbot.waitUntil(lambda: bool(history_tab.lines()))
    lines = history_tab.lines()
    # Newest first: the change, then the opening (the list shown again after the change is
    # part of the same opening and not recorded twice).
    assert lines[:2] == [
        "Changed a barrier: resolved date",
        "Viewed restricted information (opened the Barriers tab)",
    ]
    assert "Added the participant to CoachApp" in lines
    assert "Added a barrier (restricted)" in lines
    shown_text = " ".join(
        str(history_tab.listing.model.index(r, c).data())
        for r in range(history_tab.listing.model.rowCount())
        for c in range(3)
    )
    assert SECRET not in shown_text and "Domestic" not in shown_text
    assert workspace.ctx.identity.display_name in shown_text


def restricted_views(workspace: Workspace, pid: str) -> int:
    entries = history.participant_history(workspace.ctx.store, pid)
    return sum(1 for e in entries if e.action is AuditAction.VIEW_RESTRICTED)


def test_barriers_opening_is_recorded_once_per_opening_not_on_every_refresh(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from coachapp.services import barriers, notes
    from ui import workers
    from ui.changes import changes

    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)
    qtbot.keyClick(page.tabs, Qt.Key.Key_9, ALT)
    tab = page.tab("barriers")
    assert tab is not None
    qtbot.waitUntil(lambda: tab.listing.model.rowCount() == 2)
    qtbot.waitUntil(lambda: restricted_views(workspace, pid) == 1)

    # What refreshes the open tab: a note, a sync (everything changed), a new barrier.
    store = workspace.ctx.store
    notes.add_note(store, participant_id=pid, body="Called.", mode="phone")
    workspace.ctx.bus.announce(changes("note", participant_ids=[pid]))
    with qtbot.waitSignal(workspace.sync.finished, timeout=60_000):
        workspace.sync.sync_now()
    barriers.add_barrier(store, participant_id=pid, category="childcare", today=TODAY)
    workspace.ctx.bus.announce(changes("barrier", participant_ids=[pid]))
    qtbot.waitUntil(lambda: tab.listing.model.rowCount() == 3, timeout=10_000)
    workers.wait_for_all(10_000)  # any refresh still reading has written what it writes
    assert restricted_views(workspace, pid) == 1

    # Going to Profile and back is opening it again.
    qtbot.keyClick(page.tabs, Qt.Key.Key_1, ALT)
    assert restricted_views(workspace, pid) == 1
    qtbot.keyClick(page.tabs, Qt.Key.Key_9, ALT)
    qtbot.waitUntil(lambda: restricted_views(workspace, pid) == 2)


def test_after_ctrl_l_and_unlock_the_coach_is_back_on_the_same_participant_and_tab(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)
    qtbot.keyClick(page.tabs, Qt.Key.Key_6, ALT)
    assert page.current_tab_key() == "notes"

    qtbot.keyClick(page.tabs, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), LockScreen))
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.workspace is not None

    back = window.workspace.stack.currentWidget()
    assert isinstance(back, ParticipantPage)
    assert back.participant_id == pid and back.current_tab_key() == "notes"
    qtbot.waitUntil(lambda: back.header.name.text() == "Mari Ortiz", timeout=10_000)


def test_coach_adds_a_family_member_and_records_eligibility_seeing_the_percent_as_they_type(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from ui.dialogs.household_member import HouseholdMemberDialog

    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)

    qtbot.keyClick(page.tabs, Qt.Key.Key_2, ALT)
    household_tab = page.tab("household")
    assert household_tab is not None
    qtbot.waitUntil(lambda: household_tab.listing.model.rowCount() == 1)
    qtbot.keyClick(household_tab, Qt.Key.Key_A, ALT)
    dialog = dialog_of(HouseholdMemberDialog, qtbot)
    assert isinstance(dialog, HouseholdMemberDialog)
    qtbot.keyClicks(dialog.first, "Jorge")
    qtbot.keyClicks(dialog.last, "Ortiz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no role chosen yet
    qtbot.waitUntil(lambda: dialog.form.error_text("role") != "")
    dialog.role.setCurrentIndex(dialog.role.findText("Non-custodial parent"))
    dialog.lives_here.setChecked(False)
    qtbot.keyClicks(dialog.ivd, "cs-77120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    closed(qtbot, dialog)
    model = household_tab.listing.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    jorge = [
        model.index(r, c).data()
        for r in range(2)
        for c in range(7)
        if model.index(r, 1).data() == "Jorge Ortiz"
    ]
    assert "Non-custodial parent" in jorge and "CS-77120" in jorge and "No" in jorge

    qtbot.keyClick(page.tabs, Qt.Key.Key_3, ALT)
    tab = page.tab("eligibility")
    assert tab is not None
    qtbot.waitUntil(lambda: tab.state.text() == "OH")
    assert tab.household_size.value() == 2  # Maria and Leo live together; Jorge elsewhere
    assert "No eligibility assessment yet" in tab.listing.empty.text()
    qtbot.keyClicks(tab.income, "18,500")
    qtbot.waitUntil(lambda: "% of the" in tab.preview_label.text(), timeout=5_000)
    assert "eligible" in tab.preview_label.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.listing.model.rowCount() == 1)
    row = [tab.listing.model.index(0, c).data() for c in range(7)]
    assert "$18,500.00" in row and row[-1].startswith("Eligible")


def test_status_change_offers_only_the_next_steps_and_the_header_follows(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from ui.dialogs.status import StatusDialog

    quiet(qtbot, workspace)
    pid = family_through_intake(workspace)
    page = open_page(qtbot, workspace, pid)
    qtbot.mouseClick(page.header.status_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(StatusDialog)
    assert isinstance(dialog, StatusDialog)
    offered = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert offered == ["Enrolled", "Exited"]
    dialog.target.setCurrentIndex(1)  # Exited, without saying why
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.error_text("exit_reason") != "")
    dialog.target.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    closed(qtbot, dialog)
    qtbot.waitUntil(lambda: page.header.status.text().startswith("Enrolled since 03/16/2026"))
