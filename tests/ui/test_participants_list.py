"""The participants list: 100,000 people scroll without loading them all; sorting and filters
run in SQL; a coach opens someone from the list; a new person shows as not synced yet."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from coachapp.models.enums import ParticipantStatus
from coachapp.services import intake
from coachapp.services.caseload import CaseloadFilter, caseload_page
from tests.conftest import TODAY
from tests.server.live import LiveServer
from tests.ui.big_caseload import fill
from ui.changes import changes
from ui.dialogs.intake import IntakeWizard
from ui.models.participants import PAGE
from ui.pages.participants import ParticipantsPage
from ui.workspace import Workspace

MANY = 100_000


def open_list(qtbot: QtBot, workspace: Workspace) -> ParticipantsPage:
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    qtbot.keyClick(workspace, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = workspace.stack.currentWidget()
    assert isinstance(page, ParticipantsPage)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: ParticipantsPage) -> None:
    qtbot.waitUntil(lambda: page.model.total is not None and not page.model.busy, timeout=30_000)


def click_header(qtbot: QtBot, page: ParticipantsPage, title: str) -> None:
    header = page.view.horizontalHeader()
    column = [c.title for c in page.model.columns].index(title)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_loaded(qtbot, page)


def column_texts(page: ParticipantsPage, title: str) -> list[str]:
    column = [c.title for c in page.model.columns].index(title)
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def us_date(text: str) -> date:
    month, day, year = text.split("/")
    return date(int(year), int(month), int(day))


def choose(qtbot: QtBot, combo: object, label: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    at = combo.findText(label)
    assert at >= 0, f"{label!r} is not offered"
    combo.setFocus()
    combo.setCurrentIndex(at)


@pytest.mark.slow
def test_coach_scrolls_sorts_and_filters_100000_participants_without_loading_them_all(
    qtbot: QtBot, workspace: Workspace, live: LiveServer
) -> None:
    ctx = workspace.ctx
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    started = time.perf_counter()
    # Listed, not searched for: the search index is left out to keep the test quick.
    fill(ctx.store, live.program, count=MANY, coach_id=ctx.identity.coach_id, searchable=False)
    filled = time.perf_counter() - started
    mine = caseload_page(
        ctx.store,
        filters=CaseloadFilter(assigned_coach_id=ctx.identity.coach_id),
        limit=1,
        with_total=True,
    ).total
    assert mine is not None and MANY // 3 < mine < MANY

    page = open_list(qtbot, workspace)
    model = page.model
    # My caseload by default: tens of thousands match, one page is loaded.
    assert model.total == mine
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    assert f"Showing {PAGE} of" in page.count.text()
    names = column_texts(page, "Name")
    assert names == sorted(names, key=lambda n: n.lower().replace(",", ""))

    # Scrolling to the bottom brings the next page, not the whole list.
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE and not model.busy, timeout=30_000)
    assert model.rowCount() <= 3 * PAGE

    # Everyone this laptop holds.
    choose(qtbot, page.scope, "Everyone I can see")
    wait_loaded(qtbot, page)
    assert model.total == MANY
    assert model.rowCount() == PAGE

    # Sorting by date of birth runs in SQL: the oldest person on the laptop comes first.
    click_header(qtbot, page, "Date of birth")
    births = [us_date(t) for t in column_texts(page, "Date of birth")]
    assert births == sorted(births)
    assert births[0] == date(1966, 1, 1) or births[0] < date(1966, 1, 8)
    click_header(qtbot, page, "Date of birth")
    latest = [us_date(t) for t in column_texts(page, "Date of birth")]
    assert latest == sorted(latest, reverse=True)
    assert latest[0] > births[-1]

    # Filters: enrolled TANF recipients only.
    choose(qtbot, page.status, "Enrolled")
    wait_loaded(qtbot, page)
    choose(qtbot, page.tanf, "Receives TANF")
    wait_loaded(qtbot, page)
    expected = caseload_page(
        ctx.store,
        filters=CaseloadFilter(status=ParticipantStatus.ENROLLED, tanf_recipient=True),
        limit=1,
        with_total=True,
    ).total
    assert model.total == expected
    assert 0 < model.rowCount() <= PAGE
    assert set(column_texts(page, "Status")) == {"Enrolled"}
    assert all(column_texts(page, "TANF case #"))

    # The coach opens the third person with the keyboard.
    page.view.setFocus()
    page.view.selectRow(2)
    pid = model.participant_id(2)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(workspace.stack.currentWidget(), "key", "") == "participant")
    assert workspace.stack.currentWidget().participant_id == pid
    # Filling the laptop is the slow part; the list itself must not be.
    assert filled < 120


def test_an_empty_caseload_says_what_to_do_and_a_new_person_shows_as_not_synced(
    qtbot: QtBot, workspace: Workspace
) -> None:
    page = open_list(qtbot, workspace)
    assert page.body.currentWidget() is page.empty
    assert "start an intake with Ctrl+N" in page.empty.text()
    assert page.empty.isVisible()

    qtbot.mouseClick(page.new_intake, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(workspace.findChildren(IntakeWizard)))
    for wizard in workspace.findChildren(IntakeWizard):
        wizard.close()

    ctx = workspace.ctx
    person = intake.create_participant(
        ctx.store,
        intake.IntakeInput(
            person={"first_name": "Tamika", "last_name": "Freeman"},
            assigned_coach_id=ctx.identity.coach_id,
        ),
        today=TODAY,
    )
    ctx.bus.announce(changes("participant", ids=[person.id], participant_ids=[person.id]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.busy)
    assert page.body.currentWidget() is page.view
    assert column_texts(page, "Name") == ["Freeman, Tamika"]
    assert column_texts(page, "Sync") == ["● Not synced"]
    # The sync column does not sort: the list stays sorted by name, and says so.
    click_header(qtbot, page, "Sync")
    qtbot.waitUntil(lambda: page.view.horizontalHeader().sortIndicatorSection() == 0)
    assert page.model.sort_by.value == "name"

    rect = page.view.visualRect(page.model.index(0, 0))
    # A double-click is a press, a release, then the second press Qt reports as a double-click.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: getattr(workspace.stack.currentWidget(), "key", "") == "participant")
    assert workspace.stack.currentWidget().participant_id == person.id
