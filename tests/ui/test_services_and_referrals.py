"""Support services, referrals, training, jobs and activity hours, as a coach records them."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from coachapp.models.enums import FundingKind, ReferralProgram, ServiceCategory
from coachapp.services import consents, intake, reference, referrals, support
from coachapp.store.local import LocalStore
from tests.conftest import TODAY
from ui.models.record_table import ATTENTION_BACKGROUND, RecordTableModel
from ui.pages.base import Page
from ui.pages.participant import ParticipantPage
from ui.pages.participant_tabs.activity import ActivityTab
from ui.pages.participant_tabs.base import ParticipantTab
from ui.pages.participant_tabs.referrals import ReferralsTab
from ui.pages.participant_tabs.services import ServicesTab
from ui.pages.participant_tabs.training import TrainingTab
from ui.pages.referrals import ReferralsPage
from ui.pages.services import ServicesPage
from ui.workspace import Workspace

T = TypeVar("T", bound=ParticipantTab)
P = TypeVar("P", bound=Page)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def new_participant(store: LocalStore, first: str, last: str) -> str:
    return intake.create_participant(
        store,
        intake.IntakeInput(person={"first_name": first, "last_name": last}),
        today=TODAY,
    ).id


def open_tab(qtbot: QtBot, workspace: Workspace, participant_id: str, kind: type[T]) -> T:
    """Open the participant on one tab, as the app's navigation does."""
    workspace.ctx.nav.open_participant(participant_id, kind.key)

    def shown() -> T | None:
        page = workspace.participant_page
        if not isinstance(page, ParticipantPage) or page.participant_id != participant_id:
            return None
        tab = page.tab(kind.key)
        return tab if isinstance(tab, kind) and tab.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None)
    tab = shown()
    assert tab is not None
    return tab


def current_page(workspace: Workspace, kind: type[P]) -> P:
    page = workspace.stack.currentWidget()
    assert isinstance(page, kind)
    return page


def pick(combo: QComboBox, text: str) -> None:
    at = combo.findText(text)
    assert at >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(at)


def texts(model: RecordTableModel[Any], row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def ids(store: LocalStore) -> dict[str, dict[object, str]]:
    return {
        "types": {t.category: t.id for t in reference.service_types(store)},
        "funders": {f.kind: f.id for f in reference.funding_sources(store)},
        "partners": {p.program: p.id for p in reference.partners(store)},
    }


def test_coach_records_childcare_that_dhs_already_pays_for_and_is_warned(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    pid = new_participant(store, "Tanya", "Brooks")
    ref = ids(store)
    dhs = support.record_support_service(
        store,
        support.ServiceInput(
            participant_id=pid,
            service_type_id=ref["types"][ServiceCategory.CHILDCARE],
            funding_source_id=ref["funders"][FundingKind.TANF_DHS],
            amount="450.00",
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 31),
        ),
    )
    tab = open_tab(qtbot, workspace, pid, ServicesTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)

    qtbot.keyClick(tab, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    qtbot.waitUntil(dialog.save_button.isEnabled)
    pick(dialog.service_type, "Childcare")
    pick(dialog.funding, "HPOG grant")
    qtbot.keyClicks(dialog.amount, "200.00")
    # The period is this month (March 2026), the same month DHS pays for.
    qtbot.mouseClick(dialog.save_button, LEFT)

    qtbot.waitUntil(dialog.warning.isVisible)
    assert "DHS / TANF supportive services already pays" in dialog.warning_title.text()
    assert dialog.existing.text() == (
        "• DHS / TANF supportive services pays Childcare from 03/01/2026 to 03/31/2026: "
        "$450.00 (requested)"
    )
    assert dialog.save_button.text() == "Record any&way"
    assert [s.id for s in support.list_services(store, pid)] == [dhs.id]

    # Going on without a reason is not allowed; the reason box says so.
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.reason_error.isVisible()
    assert "Say why" in dialog.reason_error.text()
    assert len(support.list_services(store, pid)) == 1

    reason = "DHS covers only the mornings; HPOG pays the evening class"
    qtbot.keyClicks(dialog.reason, reason)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = {s.funding_source: s for s in support.list_services(store, pid)}
    assert saved["HPOG grant"].duplicate_reason == reason
    assert saved["HPOG grant"].duplicate_of_id == dhs.id
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    shown = [texts(tab.model, r) for r in range(2)]
    hpog_row = next(row for row in shown if row[1] == "HPOG grant")
    assert hpog_row[-1] == f"Also paid elsewhere — reason: {reason}"


def test_service_form_shows_errors_next_to_the_fields(qtbot: QtBot, workspace: Workspace) -> None:
    pid = new_participant(workspace.ctx.store, "Marcus", "Lee")
    tab = open_tab(qtbot, workspace, pid, ServicesTab)
    qtbot.waitUntil(tab.empty.isVisible)
    assert "Ctrl+Shift+S" in tab.empty.text()
    qtbot.mouseClick(tab.record_button, LEFT)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.keyClicks(dialog.amount, "twelve")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("amount")))
    assert "dollars" in dialog.form.error_text("amount")
    assert dialog.form.error_text("service_type_id") or dialog.form.error_text("amount")
    assert dialog.isVisible()
    assert support.list_services(workspace.ctx.store, pid) == []


def test_referral_to_child_support_is_blocked_until_consent_is_recorded_in_the_dialog(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    pid = new_participant(store, "Renee", "Okafor")
    tab = open_tab(qtbot, workspace, pid, ReferralsTab)
    qtbot.keyClick(tab, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    qtbot.waitUntil(dialog.save_button.isEnabled)

    pick(dialog.program, "Child support")
    assert dialog.partner.currentText() == "Franklin County Child Support Enforcement (IV-D)"
    assert "signed consent" in dialog.form.hints["partner_id"].text()
    qtbot.keyClicks(dialog.reason, "Establish an order for the two children")
    assert dialog.owner.currentText() == "Dana Demo (coach)"
    qtbot.mouseClick(dialog.save_button, LEFT)

    qtbot.waitUntil(dialog.consent_panel.isVisible)
    explanation = dialog.consent_explanation.text()
    assert "a referral to child support needs the participant's signed consent" in explanation
    assert "Franklin County Child Support Enforcement (IV-D)" in explanation
    assert "Profile/Household" in explanation
    assert referrals.list_referrals(store, participant_id=pid, today=TODAY) == []

    qtbot.mouseClick(dialog.consent_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    made = referrals.list_referrals(store, participant_id=pid, today=TODAY)
    assert len(made) == 1 and made[0].consent_id is not None
    assert made[0].follow_up_owner == "Dana Demo (coach)"
    (consent,) = consents.active_consents(store, pid, on=TODAY)
    assert consent.id == made[0].consent_id and consent.signed_on == TODAY
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert texts(tab.model, 0)[:2] == [
        "Child support",
        "Franklin County Child Support Enforcement (IV-D)",
    ]


def refer_to_jobs(
    store: LocalStore, pid: str, partner_id: str, *, due: date, owner: str, reason: str
) -> referrals.ReferralView:
    return referrals.create_referral(
        store,
        referrals.ReferralInput(
            participant_id=pid,
            partner_id=partner_id,
            reason=reason,
            follow_up_owner=owner,
            follow_up_role="hpog_career_coach",
            due_on=due,
            referred_on=date(2026, 3, 2),
        ),
        today=TODAY,
    )


def test_referral_tracker_highlights_an_overdue_referral_and_says_it_is_overdue(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    jobs = ids(store)["partners"][ReferralProgram.EMPLOYMENT]
    renee = new_participant(store, "Renee", "Okafor")
    marcus = new_participant(store, "Marcus", "Lee")
    refer_to_jobs(
        store, renee, jobs, due=date(2026, 3, 10), owner="Dana Demo (coach)", reason="Job club"
    )
    refer_to_jobs(store, marcus, jobs, due=date(2026, 3, 27), owner="Ms. Alvarez", reason="Resume")

    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.stack.currentWidget().key == "referrals")
    page = current_page(workspace, ReferralsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    late, later = texts(page.model, 0), texts(page.model, 1)
    assert late[0] == "Renee Okafor" and late[-1] == "Open — Overdue by 6 days"
    assert later[0] == "Marcus Lee" and later[-1] == "Open"
    background = page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == ATTENTION_BACKGROUND
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.summary.text() == "2 referrals shown, 1 overdue"

    pick(page.owner, "Follow-ups I own")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    pick(page.owner, "Everyone's follow-ups")
    pick(page.show_which, "Overdue")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert texts(page.model, 0)[0] == "Renee Okafor"

    # Close it from the list: it leaves the overdue view.
    page.table.selectRow(0)
    assert page.status_button.isEnabled()
    qtbot.mouseClick(page.status_button, LEFT)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    pick(dialog.status, "Completed")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("outcome")))
    assert dialog.form.error_text("outcome") == "Say what came of the referral."
    qtbot.keyClicks(dialog.outcome, "Joined the job club")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisible()
    pick(page.show_which, "Closed")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert texts(page.model, 0)[-1] == "Completed on 03/16/2026"


def test_hours_recorded_show_the_week_total_against_the_requirement(
    qtbot: QtBot, workspace: Workspace
) -> None:
    pid = new_participant(workspace.ctx.store, "Tanya", "Brooks")
    tab = open_tab(qtbot, workspace, pid, ActivityTab)
    qtbot.waitUntil(lambda: tab.headline.text() != "")
    assert tab.headline.text() == "0 of 30 hours — 30 short"

    qtbot.keyClick(tab, Qt.Key.Key_H, CTRL_SHIFT)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    pick(dialog.activity, "Vocational training (e.g. CNA course) (core)")
    qtbot.keyClicks(dialog.hours, "24")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    qtbot.waitUntil(lambda: tab.headline.text() == "24 of 30 hours — 6 short")
    assert "Single parent" in tab.detail.text()
    assert texts(tab.model, 0)[:3] == ["Vocational training (e.g. CNA course)", "Core", "24"]

    tab.record_hours()
    dialog = tab.dialog
    pick(dialog.activity, "Job search and job readiness (core)")
    qtbot.keyClicks(dialog.hours, "6")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.headline.text() == "30 of 30 hours — requirement met")

    qtbot.mouseClick(tab.previous_button, LEFT)
    qtbot.waitUntil(lambda: tab.headline.text() == "0 of 30 hours — 30 short")


def test_services_page_totals_what_it_shows_and_opens_the_participant(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    ref = ids(store)
    tanya = new_participant(store, "Tanya", "Brooks")
    marcus = new_participant(store, "Marcus", "Lee")
    for pid, category, funder, amount in (
        (tanya, ServiceCategory.CHILDCARE, FundingKind.HPOG, "450.00"),
        (marcus, ServiceCategory.TRANSPORTATION, FundingKind.HPOG, "60.00"),
        (marcus, ServiceCategory.CAR_REPAIR, FundingKind.WIOA, "300.00"),
    ):
        support.record_support_service(
            store,
            support.ServiceInput(
                participant_id=pid,
                service_type_id=ref["types"][category],
                funding_source_id=ref["funders"][funder],
                amount=amount,
                period_start=date(2026, 3, 1),
                period_end=date(2026, 3, 31),
            ),
        )
    workspace.show_page("services")
    page = current_page(workspace, ServicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.totals.text() == (
        "3 services shown · $810.00 requested, approved or paid "
        "(HPOG grant $510.00 · WIOA (OhioMeansJobs) $300.00)"
    )
    qtbot.waitUntil(lambda: page.funding.count() > 1)
    pick(page.funding, "WIOA (OhioMeansJobs)")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.totals.text().startswith("1 service shown · $300.00")
    pick(page.period, "Last month")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisible() and "Any time" in page.empty.text()
    pick(page.period, "This month")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    index = page.table.model().index(0, 0)
    page.table.activated.emit(index)  # what a double-click or Enter does
    qtbot.waitUntil(lambda: isinstance(workspace.participant_page, ParticipantPage))
    participant = workspace.participant_page
    assert isinstance(participant, ParticipantPage) and participant.participant_id == marcus
    qtbot.waitUntil(lambda: participant.tab("services") is not None)
    assert participant.current_tab_key() == "services"


def test_coach_enrolls_in_a_course_finishes_it_and_records_a_job(
    qtbot: QtBot, workspace: Workspace
) -> None:
    store = workspace.ctx.store
    pid = new_participant(store, "Tanya", "Brooks")
    tab = open_tab(qtbot, workspace, pid, TrainingTab)
    qtbot.waitUntil(lambda: tab.no_courses.isVisible() and tab.no_jobs.isVisible())

    def dialog_for(button: QWidget) -> Any:
        qtbot.mouseClick(button, LEFT)
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
        return tab.dialog

    enroll = dialog_for(tab.enroll_button)
    qtbot.waitUntil(enroll.save_button.isEnabled)
    pick(enroll.course, "Certified Nursing Assistant (CNA) — Columbus State CC")
    qtbot.mouseClick(enroll.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.courses.rowCount() == 1)

    tab.course_table.selectRow(0)
    finish = dialog_for(tab.finish_button)
    finish.credential_earned.switch.setChecked(True)
    qtbot.mouseClick(finish.save_button, LEFT)
    qtbot.waitUntil(lambda: not finish.isVisible())
    qtbot.waitUntil(
        lambda: texts(tab.courses, 0)[-1] == "State Tested Nurse Aide (STNA), earned 03/16/2026"
    )
    assert texts(tab.courses, 0)[3] == "Completed 03/16/2026"

    job = dialog_for(tab.job_button)
    qtbot.keyClicks(job.occupation, "Nursing assistant")
    qtbot.keyClicks(job.wage, "17.25")
    qtbot.keyClicks(job.hours, "32")
    job.healthcare.setChecked(True)
    qtbot.mouseClick(job.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(job.form.error_text("employer")))
    assert job.form.error_text("employer") == "Employer is required."
    qtbot.keyClicks(job.employer, "Mercy Demo Hospital")
    qtbot.mouseClick(job.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.jobs.rowCount() == 1)
    assert texts(tab.jobs, 0) == [
        "Mercy Demo Hospital",
        "Nursing assistant",
        "Yes",
        "$17.25/hour",
        "32",
        "03/16/2026",
        "Still working",
    ]
