"""The intake wizard: a coach records a family at a DHS branch, sees the poverty percent as they
type, is told which field is wrong, is offered the person already on file, and keeps drafts."""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from coachapp.services import drafts, workday
from coachapp.services.participants import find_participants, get_participant
from coachapp.services.reference import partners, sites
from tests.conftest import TODAY
from tests.server.live import PASSWORD
from tests.ui.people import add_person
from ui.app import MainWindow
from ui.dialogs.intake import IntakeWizard
from ui.dialogs.possible_duplicate import PossibleDuplicateDialog
from ui.screens.lock import LockScreen
from ui.workspace import Workspace

SHOTS = os.environ.get("COACHAPP_SHOTS")  # a folder: render the pages there to look at them


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def closed(wizard: IntakeWizard) -> bool:
    """The wizard is no longer on screen (a closed wizard deletes itself)."""
    return not shiboken6.isValid(wizard) or not wizard.isVisible()


def open_intake(qtbot: QtBot, workspace: Workspace) -> IntakeWizard:
    """Ctrl+N, as a coach starts an intake."""
    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.findChild(IntakeWizard) is not None)
    wizard = workspace.findChild(IntakeWizard)
    assert isinstance(wizard, IntakeWizard)
    qtbot.waitUntil(lambda: wizard.ready, timeout=10_000)
    return wizard


def pick(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """keyClicks, also for letters like í that QTest cannot map to a key."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def next_page(qtbot: QtBot, wizard: IntakeWizard, *, held: bool = False) -> None:
    """Alt+N. A mnemonic "animates" the click: the page changes a moment later."""
    before = wizard.currentId()
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    if held:
        qtbot.wait(300)
        assert wizard.currentId() == before, "the page should not have moved on"
    else:
        qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=3_000)


def type_person(qtbot: QtBot, wizard: IntakeWizard, first: str, last: str, born: str) -> None:
    page = wizard.person
    qtbot.keyClicks(page.first_name, first)
    type_text(qtbot, page.last_name, last)
    qtbot.keyClicks(page.date_of_birth, born)
    qtbot.keyClicks(page.phone, "(614) 555-0142")
    qtbot.keyClicks(page.state, "oh")


def go_to(qtbot: QtBot, wizard: IntakeWizard, page: QWidget) -> None:
    while wizard.currentPage() is not page:
        next_page(qtbot, wizard)


def test_coach_records_a_family_of_four_with_a_tanf_case_number(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    branch = sites(store)[1]
    workday.set_todays_site(store, branch.id, today=TODAY)
    wizard = open_intake(qtbot, workspace)
    created: list[str] = []
    wizard.created.connect(created.append)

    type_person(qtbot, wizard, "Keisha", "Rodríguez", "05/17/1994")
    shot(wizard, "intake_1_person")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.household

    family = wizard.household
    for role, first, last, born, lives, ivd in (
        ("non_custodial_parent", "Marcus", "Bell", "", False, "IVD-55021"),
        ("child", "Jaden", "Rodríguez", "02/01/2019", True, ""),
        ("child", "Amara", "Rodríguez", "09/12/2022", True, ""),
    ):
        count = len(family.members)
        qtbot.keyClick(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda n=count: len(family.members) == n + 1)
        row = family.members[-1]
        assert row.role.hasFocus() or not wizard.isActiveWindow()
        pick(row.role, role)
        qtbot.keyClicks(row.first_name, first)
        type_text(qtbot, row.last_name, last)
        qtbot.keyClicks(row.date_of_birth, born)
        row.lives_in_household.setChecked(lives)
        qtbot.keyClicks(row.ivd_case_number, ivd)
    shot(wizard, "intake_2_family")
    next_page(qtbot, wizard)

    ids = wizard.identifiers
    assert wizard.currentPage() is ids
    qtbot.keyClick(ids.tanf_recipient, Qt.Key.Key_Space)
    qtbot.keyClicks(ids.tanf_case_number, "oh-2231-0087")
    qtbot.keyClicks(ids.ivd_case_number, "IVD-55021")
    next_page(qtbot, wizard)

    money = wizard.eligibility
    assert wizard.currentPage() is money
    # The participant and the two children live together; the other parent lives elsewhere.
    assert money.household_size.value() == 3
    assert money.state.text() == "OH"
    qtbot.keyClicks(money.annual_income, "18,500")
    assert "67.7% of the 2026 poverty guideline" in money.result.text()
    shot(wizard, "intake_4_eligibility")
    next_page(qtbot, wizard)

    consent_rows = {row.partner.program: row for row in wizard.consents.rows}
    qtbot.keyClick(consent_rows["child_support"].signed, Qt.Key.Key_Space)
    shot(wizard, "intake_5_consents")
    next_page(qtbot, wizard)

    barrier_rows = {row.category: row for row in wizard.barriers.rows}
    barrier_rows["transportation"].ticked.setChecked(True)
    qtbot.keyClicks(barrier_rows["transportation"].description, "No car")
    barrier_rows["domestic_violence"].ticked.setChecked(True)
    assert "(restricted)" in barrier_rows["domestic_violence"].ticked.text()
    shot(wizard, "intake_6_barriers")
    next_page(qtbot, wizard)

    enrollment = wizard.enrollment
    assert wizard.currentPage() is enrollment
    assert enrollment.site.currentData() == branch.id  # today's branch
    assert enrollment.coach.currentData() == workspace.ctx.identity.coach_id
    shot(wizard, "intake_7_enrollment")
    qtbot.keyClick(wizard, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Create participant

    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    qtbot.waitUntil(lambda: workspace.participant_page is not None)
    assert workspace.participant_page.participant_id == created[0]
    assert closed(wizard)
    detail = get_participant(store, created[0])
    assert detail.summary.display_name == "Keisha Rodríguez"
    assert detail.summary.tanf_recipient
    assert detail.summary.tanf_case_number == "OH-2231-0087"
    assert detail.summary.recruitment_site_id == branch.id
    assert sorted(m.role for m in detail.household) == [
        "child",
        "child",
        "non_custodial_parent",
    ]
    ncp = next(m for m in detail.household if m.role == "non_custodial_parent")
    assert not ncp.lives_in_household and ncp.ivd_case_number == "IVD-55021"
    assert detail.eligibility is not None and detail.eligibility.household_size == 3
    assert [c.partner_id for c in detail.consents] == [consent_rows["child_support"].partner.id]
    assert detail.barrier_count == 2 and detail.restricted_barrier_count == 1
    assert [h.participant_id for h in find_participants(store, "2231")] == [created[0]]


def test_the_poverty_percent_follows_the_income_as_it_is_typed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = open_intake(qtbot, workspace)
    qtbot.keyClicks(wizard.person.first_name, "Ana")
    qtbot.keyClicks(wizard.person.last_name, "Ruiz")
    qtbot.keyClicks(wizard.person.state, "OH")
    go_to(qtbot, wizard, wizard.eligibility)
    money = wizard.eligibility
    assert "Type the yearly income" in money.result.text()

    qtbot.keyClicks(money.annual_income, "9")
    # 2026 guideline for 1 person in the 48 states: 15,960; 9 / 15,960 = 0.1 %
    assert money.result.text().startswith("0.1% of the 2026 poverty guideline")
    qtbot.keyClicks(money.annual_income, "000")
    assert money.result.text().startswith("56.4% of the 2026 poverty guideline")
    assert "Within the program's limit of 200%" in money.result.text()
    qtbot.keyClicks(money.annual_income, "0")
    assert money.result.text().startswith("563.9%")
    assert "Above the program's limit of 200%" in money.result.text()
    # A bigger household lowers the percent at once.
    money.household_size.setValue(4)
    assert money.result.text().startswith("272.7%")  # 90,000 / 33,000
    qtbot.keyClick(money.annual_income, Qt.Key.Key_Backspace)
    assert money.result.text().startswith("27.3%")


def test_a_bad_case_number_is_shown_under_that_field(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = open_intake(qtbot, workspace)
    qtbot.keyClicks(wizard.person.first_name, "Tasha")
    qtbot.keyClicks(wizard.person.last_name, "Greene")
    go_to(qtbot, wizard, wizard.identifiers)
    ids = wizard.identifiers
    qtbot.keyClick(ids.tanf_recipient, Qt.Key.Key_Space)
    qtbot.keyClicks(ids.tanf_case_number, "12")
    next_page(qtbot, wizard, held=True)

    assert wizard.currentPage() is ids  # held on the page with the problem
    message = wizard.error_for("tanf_case_number")
    assert "TANF case number should be 4 to 20 letters and digits" in message
    assert ids.slots["tanf_case_number"].error.isVisible()
    # The message sits with its field, not elsewhere on the page.
    assert ids.slots["tanf_case_number"].error.parent() is ids.tanf_case_number.parent()
    assert wizard.error_for("ivd_case_number") == ""
    assert ids.tanf_case_number.hasFocus() or not wizard.isActiveWindow()
    shot(wizard, "intake_3_bad_case_number")

    ids.tanf_case_number.clear()
    qtbot.keyClicks(ids.tanf_case_number, "OH-1234")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.eligibility
    assert wizard.error_for("tanf_case_number") == ""


def test_a_person_already_on_file_is_offered_instead_of_a_second_record(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    existing = add_person(store, "Keisha", "Rodriguez", date_of_birth="1994-05-17")
    wizard = open_intake(qtbot, workspace)
    type_person(qtbot, wizard, "keisha", "RODRÍGUEZ", "05/17/1994")
    go_to(qtbot, wizard, wizard.enrollment)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: wizard.duplicate_dialog is not None, timeout=15_000)
    dialog = wizard.duplicate_dialog
    assert isinstance(dialog, PossibleDuplicateDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0)) == "Keisha Rodriguez"
    assert dialog.model.data(dialog.model.index(0, 1)) == "05/17/1994"
    shot(dialog, "intake_duplicate")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: workspace.participant_page is not None)
    assert workspace.participant_page.participant_id == existing
    assert closed(wizard)
    assert [h.participant_id for h in find_participants(store, "keisha")] == [existing]


def test_create_anyway_makes_a_second_person_when_the_coach_says_they_differ(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    existing = add_person(store, "Maria", "Lopez", date_of_birth="1990-01-01")
    wizard = open_intake(qtbot, workspace)
    type_person(qtbot, wizard, "Maria", "Lopez", "01/01/1990")
    go_to(qtbot, wizard, wizard.enrollment)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.duplicate_dialog is not None, timeout=15_000)
    created: list[str] = []
    wizard.created.connect(created.append)
    qtbot.mouseClick(wizard.duplicate_dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    assert created[0] != existing
    assert len(find_participants(store, "maria lopez")) == 2


def test_a_draft_saved_and_resumed_keeps_what_was_typed(qtbot: QtBot, workspace: Workspace) -> None:
    store = workspace.ctx.store
    wizard = open_intake(qtbot, workspace)
    type_person(qtbot, wizard, "Imani", "Washington", "03/08/1988")
    next_page(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(wizard.household.members) == 1)
    child = wizard.household.members[0]
    pick(child.role, "child")
    qtbot.keyClicks(child.first_name, "Nia")
    qtbot.keyClicks(child.last_name, "Washington")
    qtbot.keyClicks(child.date_of_birth, "not a date")
    next_page(qtbot, wizard, held=True)  # the date cannot be read
    assert "month/day/year" in wizard.error_for("household.0.date_of_birth")
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: wizard.household.notice.isVisible())
    assert "Draft saved" in wizard.household.notice.text()
    saved = drafts.list_drafts(store)
    assert [d.display_name for d in saved] == ["Imani Washington"]
    # Nothing new was typed since the save: closing asks nothing and leaves the draft as is.
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(wizard))
    assert len(drafts.list_drafts(store)) == 1

    workspace.ctx.nav.start_intake(drafts.load_draft(store, saved[0].id))
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))  # the closed one is gone
    qtbot.waitUntil(lambda: workspace.findChild(IntakeWizard) is not None)
    resumed = workspace.findChild(IntakeWizard)
    qtbot.waitUntil(lambda: resumed.ready, timeout=10_000)
    assert resumed.person.first_name.text() == "Imani"
    assert resumed.person.date_of_birth.text() == "03/08/1988"
    assert resumed.person.phone.text() == "(614) 555-0142"
    assert resumed.person.state.text() == "OH"
    [member] = resumed.household.members
    assert (member.role.currentData(), member.first_name.text()) == ("child", "Nia")
    assert member.date_of_birth.text() == "not a date"  # kept as typed, to be corrected
    assert resumed.draft_id == saved[0].id

    # Finishing the resumed draft creates the person and forgets the draft.
    member.date_of_birth.clear()
    qtbot.keyClicks(member.date_of_birth, "06/30/2015")
    created: list[str] = []
    resumed.created.connect(created.append)
    go_to(qtbot, resumed, resumed.enrollment)
    resumed.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    assert drafts.list_drafts(store) == []


def test_cancel_asks_to_keep_the_typing_as_a_draft(qtbot: QtBot, workspace: Workspace) -> None:
    store = workspace.ctx.store
    wizard = open_intake(qtbot, workspace)
    qtbot.keyClicks(wizard.person.first_name, "Deja")
    wizard.reject()
    box = wizard.findChild(QMessageBox, "keepDraftQuestion")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    keep = next(b for b in box.buttons() if "Save draft" in b.text())
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(wizard))
    assert [d.first_name for d in drafts.list_drafts(store)] == ["Deja"]


def test_locking_with_the_intake_open_keeps_the_typing_as_a_draft(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    wizard = open_intake(qtbot, workspace)
    qtbot.keyClicks(wizard.person.first_name, "Zora")
    qtbot.keyClicks(wizard.person.last_name, "Okafor")
    # (Locking while the first sync is still running is the sync's own story; wait for it.)
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    window.lock()
    assert isinstance(window.stack.currentWidget(), LockScreen)
    assert not any(
        isinstance(w, IntakeWizard) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    lock = window.stack.currentWidget()
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    assert window.ctx is not None
    assert [d.display_name for d in drafts.list_drafts(window.ctx.store)] == ["Zora Okafor"]


def test_every_intake_field_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, workspace: Workspace
) -> None:
    wizard = open_intake(qtbot, workspace)
    wizard.household.add_member()
    unnamed = [
        f"{type(slot.widget).__name__} on {type(page).__name__}"
        for page in wizard.intake_pages
        for slot in page.all_slots()
        if not slot.widget.accessibleName()
    ]
    assert unnamed == []
    assert partners(workspace.ctx.store), "the demo program has partner agencies"
    assert len(wizard.consents.rows) == len(partners(workspace.ctx.store))


def test_a_refusal_at_the_end_takes_the_coach_to_the_page_and_field_concerned(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """The agency ticked on the Consents page was withdrawn (say, by a sync) before Create."""
    from coachapp.models import Partner

    store = workspace.ctx.store
    wizard = open_intake(qtbot, workspace)
    type_person(qtbot, wizard, "Aaliyah", "Banks", "11/02/1996")
    go_to(qtbot, wizard, wizard.consents)
    row = wizard.consents.rows[0]
    qtbot.keyClick(row.signed, Qt.Key.Key_Space)
    with store.write(remote=True) as session:
        partner = session.get(Partner, row.partner.id)
        assert partner is not None
        partner.deleted = True
    go_to(qtbot, wizard, wizard.enrollment)
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.consents, timeout=15_000)
    assert "not in the list" in wizard.error_for("consents.0.partner_id")
    assert row.slots["partner_id"].error.isVisible()
    assert find_participants(store, "aaliyah") == []


def test_a_sign_up_from_an_info_session_becomes_a_participant_with_its_details(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from coachapp.services import sessions

    store = workspace.ctx.store
    branch = sites(store)[2]
    info = sessions.record_info_session(
        store, site_id=branch.id, held_on=TODAY, attendance=12, today=TODAY
    )
    lead = sessions.add_lead(
        store,
        info_session_id=info.id,
        first_name="Jasmine",
        last_name="Coleman",
        phone="614-555-0199",
        tanf_recipient=True,
    )
    workspace.ctx.nav.start_intake(sessions.lead_intake_draft(store, lead.id))
    qtbot.waitUntil(lambda: workspace.findChild(IntakeWizard) is not None)
    wizard = workspace.findChild(IntakeWizard)
    qtbot.waitUntil(lambda: wizard.ready, timeout=10_000)
    assert wizard.person.first_name.text() == "Jasmine"
    assert wizard.person.phone.text() == "614-555-0199"
    assert wizard.identifiers.tanf_recipient.isChecked()
    assert wizard.enrollment.site.currentData() == branch.id  # where the session was held

    go_to(qtbot, wizard, wizard.identifiers)
    qtbot.keyClicks(wizard.identifiers.tanf_case_number, "OH-5550-0199")
    created: list[str] = []
    wizard.created.connect(created.append)
    go_to(qtbot, wizard, wizard.enrollment)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    [after] = sessions.list_leads(store, info.id)
    assert after.status == "converted" and after.participant_id == created[0]
