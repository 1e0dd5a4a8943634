"""Conflicts and possible duplicates settled through the Sync page, with a second laptop on
the same live server (driven through the sync engine directly)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachapp.services import conflicts, duplicates, intake, participants
from tests.conftest import TODAY
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop, laptop
from ui.dialogs.conflict import ConflictDialog
from ui.dialogs.duplicate import DuplicateDialog
from ui.pages.sync_page import SyncPage
from ui.workspace import Workspace

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def sam(live: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """The North team's supervisor on his own laptop (sees the team's shared participants)."""
    machine = laptop(live, "sam.supervisor", tmp_path / "sam")
    yield machine
    machine.close()


@pytest.fixture
def other_laptop(live: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """The demo coach's second laptop."""
    machine = laptop(live, "demo.coach", tmp_path / "second")
    yield machine
    machine.close()


def sync_page(qtbot: QtBot, workspace: Workspace) -> SyncPage:
    sync = workspace.sync
    qtbot.waitUntil(lambda: not sync.running, timeout=60_000)  # the sync at unlock
    workspace.show_page("sync")
    page = workspace.stack.currentWidget()
    assert isinstance(page, SyncPage)
    return page


def sync_with_button(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.sync.finished, timeout=60_000):
        qtbot.mouseClick(page.sync_button, LEFT)
    qtbot.waitUntil(lambda: not page._loading, timeout=10_000)


def open_dialog(qtbot: QtBot, kind: type) -> object:
    found: list[object] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_coach_settles_a_conflict_side_by_side_and_both_laptops_end_up_the_same(
    qtbot: QtBot, workspace: Workspace, sam: Laptop
) -> None:
    page = sync_page(qtbot, workspace)
    store = workspace.ctx.store
    pid = intake.create_participant(
        store,
        intake.IntakeInput(
            person={"first_name": "Ngozi", "last_name": "Adeyemi", "city": "Columbus"},
            shared_with_team=True,
        ),
        today=TODAY,
    ).id
    sync_with_button(qtbot, page)
    sam.sync()
    # Both change the city and the phone before either syncs.
    participants.update_participant(
        sam.store, pid, changes={"city": "Akron", "phone": "614-555-0111"}
    )
    sam.sync()
    participants.update_participant(store, pid, changes={"city": "Dayton", "phone": "614-555-0122"})
    sync_with_button(qtbot, page)

    assert "Conflicts: 1 of the changes sent" in page.report.text()
    assert page.conflicts_view.isVisible()
    assert page.conflicts_model.rowCount() == 1
    row = [page.conflicts_model.index(0, c).data() for c in range(5)]
    assert row[0] == "Ngozi Adeyemi"
    assert set(row[2].split(", ")) == {"City", "Phone"}
    assert "Sam Supervisor" in row[3]

    page.conflicts_view.setFocus()
    qtbot.mouseClick(page.settle_button, LEFT)
    dialog = open_dialog(qtbot, ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    city, phone = sorted(dialog.rows, key=lambda r: r.view.field_name)
    # Mine is what this laptop sent; theirs is Sam's; nothing is hidden.
    assert "Dayton" in city.mine_label.text() and "this laptop" in city.mine_label.text()
    assert "Akron" in city.theirs_label.text() and "Sam Supervisor" in city.theirs_label.text()

    # Saving without choosing for every detail says so next to the detail.
    city.keep_mine.click()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert phone.error.isVisible() and "Choose" in phone.error.text()

    # A new value that is not a phone number is refused next to it; nothing is settled.
    phone.new_value.click()
    qtbot.keyClicks(phone.editor, "ring me")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: phone.error.isVisible() and "hone" in phone.error.text())
    assert len(conflicts.list_conflicts(store)) == 2

    phone.editor.clear()
    qtbot.keyClicks(phone.editor, "614-555-0177")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)

    # Settled here at once, and waiting to go out like any change.
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=10_000)
    assert page.conflicts_empty.isVisible()
    assert "waiting to be sent" in page.pending.text()
    sync_with_button(qtbot, page)
    sam.sync()

    for store_ in (store, sam.store):
        detail = participants.get_participant(store_, pid)
        assert (detail.city, detail.phone) == ("Dayton", "614-555-0177")
        assert conflicts.list_conflicts(store_) == []


def test_same_person_enrolled_on_two_laptops_is_compared_and_merged_into_the_chosen_one(
    qtbot: QtBot, workspace: Workspace, other_laptop: Laptop
) -> None:
    page = sync_page(qtbot, workspace)
    store = workspace.ctx.store
    person = {"first_name": "Amara", "last_name": "Eze", "date_of_birth": "1991-04-02"}
    here = intake.create_participant(
        store, intake.IntakeInput(person=person), confirmed_new_person=True, today=TODAY
    ).id
    there = intake.create_participant(
        other_laptop.store,
        intake.IntakeInput(person={**person, "phone": "614-555-0150"}),
        confirmed_new_person=True,
        today=TODAY,
    ).id
    other_laptop.sync()
    sync_with_button(qtbot, page)

    assert page.duplicates_model.rowCount() == 1
    assert "Same name and date of birth" in page.duplicates_model.index(0, 2).data()
    qtbot.mouseClick(page.compare_button, LEFT)
    dialog = open_dialog(qtbot, DuplicateDialog)
    assert isinstance(dialog, DuplicateDialog)
    first, second = dialog.cards
    keep = first if first.side.participant_id == here else second
    qtbot.mouseClick(keep.merge_button, LEFT)
    assert dialog.confirm.isVisible() and "Amara Eze" in dialog.confirm_text.text()
    qtbot.mouseClick(dialog.confirm_yes, LEFT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)

    qtbot.waitUntil(lambda: page.duplicates_model.rowCount() == 0, timeout=10_000)
    assert page.duplicates_empty.isVisible()
    other_laptop.sync()
    for store_ in (store, other_laptop.store):
        assert duplicates.list_possible_duplicates(store_) == []
        found = {h.participant_id for h in participants.find_participants(store_, "Amara Eze")}
        assert found == {here}, found
    assert participants.get_participant(store, here).phone == "614-555-0150"
    assert there != here


def test_two_different_people_with_the_same_name_and_birthday_are_kept_apart(
    qtbot: QtBot, workspace: Workspace, other_laptop: Laptop
) -> None:
    page = sync_page(qtbot, workspace)
    store = workspace.ctx.store
    person = {"first_name": "Chioma", "last_name": "Nwosu", "date_of_birth": "1988-11-30"}
    for machine_store in (other_laptop.store, store):
        intake.create_participant(
            machine_store, intake.IntakeInput(person=person), confirmed_new_person=True, today=TODAY
        )
    other_laptop.sync()
    sync_with_button(qtbot, page)
    assert page.duplicates_model.rowCount() == 1

    page.duplicates_view.setFocus()
    qtbot.keyClick(page.duplicates_view, Qt.Key.Key_Return)  # Enter opens the selected pair
    dialog = open_dialog(qtbot, DuplicateDialog)
    assert isinstance(dialog, DuplicateDialog)
    qtbot.mouseClick(dialog.not_same, LEFT)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)

    qtbot.waitUntil(lambda: page.duplicates_model.rowCount() == 0, timeout=10_000)
    other_laptop.sync()
    for store_ in (store, other_laptop.store):
        assert duplicates.list_possible_duplicates(store_) == []
        assert len(participants.find_participants(store_, "Chioma Nwosu")) == 2
