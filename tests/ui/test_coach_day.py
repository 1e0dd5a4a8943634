"""A coach's day, as one story through the real window, the real store and a real server:
sign in on a new laptop → intake of a family of four with a TANF case number → childcare
that DHS already pays (warned, reason recorded) → a referral to child support (blocked until
consent, then allowed) → a note → a task that shows on Today → sync → a second laptop
provisioned for the coach sees all of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from coachapp.models.enums import FundingKind, ServiceCategory
from coachapp.services import notes, referrals, support, tasks
from coachapp.services.participants import find_participants, get_participant
from coachapp.services.reference import funding_sources, service_types
from tests.conftest import TODAY
from tests.server.live import LiveServer
from tests.sync.laptops import laptop
from tests.ui.test_intake import next_page, open_intake, pick, type_person, type_text
from tests.ui.test_participant_page import closed, dialog_of
from tests.ui.test_services_and_referrals import open_tab
from tests.ui.test_services_and_referrals import pick as pick_text
from ui.pages.participant import ParticipantPage
from ui.pages.participant_tabs.referrals import ReferralsTab
from ui.pages.participant_tabs.services import ServicesTab
from ui.pages.today import TodayPage
from ui.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def intake_family_of_four(qtbot: QtBot, workspace: Workspace) -> str:
    wizard = open_intake(qtbot, workspace)
    created: list[str] = []
    wizard.created.connect(created.append)
    type_person(qtbot, wizard, "Keisha", "Rodríguez", "05/17/1994")
    next_page(qtbot, wizard)
    family = wizard.household
    for role, first, last, born, lives in (
        ("non_custodial_parent", "Marcus", "Bell", "", False),
        ("child", "Jaden", "Rodríguez", "02/01/2019", True),
        ("child", "Amara", "Rodríguez", "09/12/2022", True),
    ):
        count = len(family.members)
        qtbot.keyClick(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda n=count: len(family.members) == n + 1)
        row = family.members[-1]
        pick(row.role, role)
        qtbot.keyClicks(row.first_name, first)
        type_text(qtbot, row.last_name, last)
        qtbot.keyClicks(row.date_of_birth, born)
        row.lives_in_household.setChecked(lives)
    next_page(qtbot, wizard)
    qtbot.keyClick(wizard.identifiers.tanf_recipient, Qt.Key.Key_Space)
    qtbot.keyClicks(wizard.identifiers.tanf_case_number, "oh-2231-0087")
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.eligibility.annual_income, "18,500")
    assert "% of the 2026 poverty guideline" in wizard.eligibility.result.text()
    # No consent is signed today: the child-support referral will ask for it later.
    while wizard.currentPage() is not wizard.enrollment:
        next_page(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(created), timeout=15_000)
    back_to_window(qtbot, workspace)
    return created[0]


def back_to_window(qtbot: QtBot, workspace: Workspace) -> None:
    """Off screen no window manager hands activation back when a dialog closes; a desktop
    does, and without it the window's shortcuts would not reach the page."""
    main = workspace.window()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)


def test_a_coachs_day_from_intake_to_a_second_laptop(
    qtbot: QtBot, workspace: Workspace, live: LiveServer, tmp_path: Path
) -> None:
    store = workspace.ctx.store
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)

    # 1. Intake: the family of four, with the TANF case number.
    pid = intake_family_of_four(qtbot, workspace)
    qtbot.waitUntil(lambda: isinstance(workspace.participant_page, ParticipantPage))
    detail = get_participant(store, pid)
    assert detail.summary.tanf_case_number == "OH-2231-0087"
    assert len(detail.household) == 3

    # 2. Childcare that DHS already pays: on file from the DHS family coach.
    childcare = next(t.id for t in service_types(store) if t.category == ServiceCategory.CHILDCARE)
    dhs_funds = next(f.id for f in funding_sources(store) if f.kind == FundingKind.TANF_DHS)
    dhs = support.record_support_service(
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
    services_tab = open_tab(qtbot, workspace, pid, ServicesTab)
    qtbot.keyClick(services_tab, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: services_tab.dialog is not None and services_tab.dialog.isVisible())
    form = services_tab.dialog
    qtbot.waitUntil(form.save_button.isEnabled)
    pick_text(form.service_type, "Childcare")
    pick_text(form.funding, "HPOG grant")
    qtbot.keyClicks(form.amount, "200.00")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(form.warning.isVisible)
    assert "already pays" in form.warning_title.text()
    assert "$450.00" in form.existing.text()
    reason = "DHS covers mornings only; HPOG pays the evening class"
    qtbot.keyClicks(form.reason, reason)
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    back_to_window(qtbot, workspace)
    hpog = next(s for s in support.list_services(store, pid) if s.id != dhs.id)
    assert hpog.duplicate_reason == reason and hpog.duplicate_of_id == dhs.id

    # 3. Referral to child support: blocked until the consent is recorded, then allowed.
    referrals_tab = open_tab(qtbot, workspace, pid, ReferralsTab)
    qtbot.keyClick(referrals_tab, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: referrals_tab.dialog is not None and referrals_tab.dialog.isVisible())
    refer = referrals_tab.dialog
    qtbot.waitUntil(refer.save_button.isEnabled)
    pick_text(refer.program, "Child support")
    qtbot.keyClicks(refer.reason, "Establish an order for the two children")
    qtbot.mouseClick(refer.save_button, LEFT)
    qtbot.waitUntil(refer.consent_panel.isVisible)
    assert "signed consent" in refer.consent_explanation.text()
    assert referrals.list_referrals(store, participant_id=pid, today=TODAY) == []
    qtbot.mouseClick(refer.consent_button, LEFT)
    qtbot.waitUntil(lambda: not refer.isVisible())
    back_to_window(qtbot, workspace)
    (referral,) = referrals.list_referrals(store, participant_id=pid, today=TODAY)
    assert referral.consent_id is not None

    # 4. A note, and 5. a task due today, both from the participant page's keyboard.
    from ui.dialogs.note import NoteDialog
    from ui.dialogs.task import TaskDialog

    page = workspace.participant_page
    assert isinstance(page, ParticipantPage)
    qtbot.keyClick(page.tabs, Qt.Key.Key_N, CTRL | SHIFT)
    note = dialog_of(NoteDialog, qtbot)
    assert isinstance(note, NoteDialog)
    qtbot.keyClicks(note.body_edit, "Childcare sorted; CNA class starts Monday.")
    qtbot.mouseClick(note.save_button, LEFT)
    closed(qtbot, note)
    qtbot.keyClick(page.tabs, Qt.Key.Key_T, CTRL)
    task = dialog_of(TaskDialog, qtbot)
    assert isinstance(task, TaskDialog)
    qtbot.keyClicks(task.title_edit, "Confirm the CNA class seat")
    task.due.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.mouseClick(task.save_button, LEFT)
    closed(qtbot, task)

    qtbot.keyClick(workspace, Qt.Key.Key_1, CTRL)
    today = workspace.stack.currentWidget()
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(
        lambda: any(
            "Confirm the CNA class seat" in str(today.task_model.index(r, c).data())
            for r in range(today.task_model.rowCount())
            for c in range(today.task_model.columnCount())
        ),
        timeout=10_000,
    )

    # 6. Sync, from the status row's button.
    status = workspace.status
    assert "waiting to sync" in status.pending.text()
    with qtbot.waitSignal(workspace.sync.finished, timeout=60_000):
        qtbot.mouseClick(status.sync_button, LEFT)
    qtbot.waitUntil(lambda: "Everything is synced" in status.pending.text(), timeout=10_000)

    # 7. A second laptop, provisioned for the same coach, sees all of it.
    spare = laptop(live, "demo.coach", tmp_path / "spare")
    try:
        seen = spare.store
        assert [h.participant_id for h in find_participants(seen, "2231")] == [pid]
        theirs = get_participant(seen, pid)
        assert theirs.summary.display_name == "Keisha Rodríguez"
        assert sorted(m.role for m in theirs.household) == [
            "child",
            "child",
            "non_custodial_parent",
        ]
        services = {s.id: s for s in support.list_services(seen, pid)}
        assert services[hpog.id].duplicate_reason == reason
        (their_referral,) = referrals.list_referrals(seen, participant_id=pid, today=TODAY)
        assert their_referral.consent_id == referral.consent_id
        assert [n.body for n in notes.list_notes(seen, pid, include_restricted=False)] == [
            "Childcare sorted; CNA class starts Monday."
        ]
        assert [t.title for t in tasks.today(seen, today=TODAY).due_today] == [
            "Confirm the CNA class seat"
        ]
    finally:
        spare.close()
