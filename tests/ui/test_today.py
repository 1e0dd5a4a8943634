"""Today: tasks due and overdue, referral follow-ups, recently opened people — each a click
away — tasks completed from the list, and a kind word on an empty day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachapp.services import intake, referrals, tasks
from coachapp.services.reference import partners
from tests.conftest import TODAY
from ui.changes import changes
from ui.models import today as today_models
from ui.pages.today import TaskTableModel, TodayPage
from ui.workspace import Workspace


def today_page(qtbot: QtBot, workspace: Workspace) -> TodayPage:
    qtbot.keyClick(workspace, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    page = workspace.stack.currentWidget()
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.loaded_once, timeout=15_000)
    return page


def texts(model: object, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def opened(workspace: Workspace) -> str | None:
    page = workspace.stack.currentWidget()
    return (
        getattr(page, "participant_id", None) if getattr(page, "key", "") == "participant" else None
    )


def test_an_empty_day_says_so_kindly(qtbot: QtBot, workspace: Workspace) -> None:
    page = today_page(qtbot, workspace)
    assert page.all_clear.isVisible()
    assert "a clear day" in page.all_clear.text()
    assert page.tasks_empty.isVisible()
    assert "No tasks due" in page.tasks_empty.text()
    assert page.recent_empty.isVisible()
    assert all(part in page.heading.text() for part in ("16", "March", "2026"))


def test_a_task_added_through_the_service_shows_on_today_and_clicking_it_opens_the_participant(
    qtbot: QtBot, workspace: Workspace
) -> None:
    ctx = workspace.ctx
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    page = today_page(qtbot, workspace)
    person = intake.create_participant(
        ctx.store,
        intake.IntakeInput(
            person={
                "first_name": "Latoya",
                "last_name": "Pettaway",
                "tanf_recipient": True,
                "tanf_case_number": "OH-1234-5678",
            },
        ),
        today=TODAY,
    )
    call = tasks.add_task(
        ctx.store, title="Call about CNA class start", due_on=TODAY, participant_id=person.id
    )
    late = tasks.add_task(
        ctx.store,
        title="Bring childcare form",
        due_on=TODAY - timedelta(days=3),
        participant_id=person.id,
    )
    ctx.bus.announce(changes("task", ids=[call.id, late.id], participant_ids=[person.id]))
    qtbot.waitUntil(lambda: page.task_model.rowCount() == 2)
    assert texts(page.task_model, TaskTableModel.TITLE) == [
        "Bring childcare form",
        "Call about CNA class start",
    ]
    due = texts(page.task_model, TaskTableModel.DUE)
    assert due[0].startswith("Overdue by 3 days") and due[1] == "Today"
    assert page.task_model.index(0, TaskTableModel.DUE).data(Qt.ItemDataRole.BackgroundRole)
    assert page.task_model.index(1, TaskTableModel.DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not page.all_clear.isVisible()
    assert "Overdue tasks: 1" in page.summary.text()

    # One click on the participant's name opens them.
    rect = page.task_view.visualRect(page.task_model.index(1, TaskTableModel.PARTICIPANT))
    qtbot.mouseClick(page.task_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: opened(workspace) == person.id)

    # Back on Today, they are in "recently opened", and Enter opens them again.
    page = today_page(qtbot, workspace)
    qtbot.waitUntil(lambda: page.recent_model.rowCount() == 1, timeout=10_000)
    assert texts(page.recent_model, 0) == ["Latoya Pettaway"]
    assert texts(page.recent_model, 2) == ["OH-1234-5678"]

    # The coach ticks the overdue task with the keyboard: it leaves the list.
    page.task_view.setFocus()
    page.task_view.selectRow(0)
    qtbot.keyClick(page.task_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: texts(page.task_model, TaskTableModel.TITLE) == [call.title])
    assert "Marked done: Bring childcare form" in page.message.text()
    assert "Overdue tasks: 0" in page.summary.text()

    page.recent_view.setFocus()
    page.recent_view.selectRow(0)
    qtbot.keyClick(page.recent_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened(workspace) == person.id)


def test_a_late_referral_follow_up_is_highlighted_and_opens_the_participant(
    qtbot: QtBot, workspace: Workspace
) -> None:
    ctx = workspace.ctx
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    person = intake.create_participant(
        ctx.store,
        intake.IntakeInput(person={"first_name": "Darnell", "last_name": "Hairston"}),
        today=TODAY,
    )
    housing = next(p for p in partners(ctx.store) if not p.requires_consent)
    referral = referrals.create_referral(
        ctx.store,
        referrals.ReferralInput(
            participant_id=person.id,
            partner_id=housing.id,
            reason="Eviction notice",
            follow_up_owner="Rosa Diaz",
            follow_up_role="dhs_family_coach",
            referred_on=TODAY - timedelta(days=9),
            due_on=TODAY - timedelta(days=2),
        ),
        today=TODAY,
    )
    page = today_page(qtbot, workspace)
    qtbot.waitUntil(lambda: page.follow_up_model.rowCount() == 1)
    row = page.follow_up_model.rows[0]
    assert row.referral_id == referral.id and row.overdue
    owner = page.follow_up_view.model().index(0, 2).data()
    assert owner == "Rosa Diaz (DHS family coach)"
    assert page.follow_up_view.model().index(0, 3).data().startswith("Overdue by 2 days")
    assert page.follow_up_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    rect = page.follow_up_view.visualRect(page.follow_up_view.model().index(0, 1))
    qtbot.mouseClick(page.follow_up_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: opened(workspace) == person.id)


def test_a_coach_far_behind_sees_the_most_urgent_first_and_how_many_more_wait(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Today lists 200 of each at most; three here, so the story stays short.
    monkeypatch.setattr(today_models, "TODAY_LIMIT", 3)
    ctx = workspace.ctx
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=30_000)
    person = intake.create_participant(
        ctx.store,
        intake.IntakeInput(person={"first_name": "Imani", "last_name": "Okafor"}),
        today=TODAY,
    )
    for days_late in (2, 9, 5, 30, 1):
        tasks.add_task(
            ctx.store,
            title=f"{days_late} days late",
            due_on=TODAY - timedelta(days=days_late),
            participant_id=person.id,
        )
    tasks.add_task(ctx.store, title="Due today", due_on=TODAY, participant_id=person.id)

    page = today_page(qtbot, workspace)
    qtbot.waitUntil(lambda: page.task_model.rowCount() == 4)

    # The longest-waiting first; the one due today still has its place.
    assert texts(page.task_model, TaskTableModel.TITLE) == [
        "30 days late",
        "9 days late",
        "5 days late",
        "Due today",
    ]
    assert "Overdue tasks: 5" in page.summary.text()
    assert page.tasks_more.isVisible()
    assert page.tasks_more.text().startswith("Showing the 4 most urgent of 6 tasks")
    assert not page.follow_ups_more.isVisible()

    # Caught up: the note goes away.
    for task in list(page.task_model.rows[:3]):
        tasks.complete_task(ctx.store, task.id, on=TODAY)
    ctx.bus.announce(changes("task", participant_ids=[person.id]))
    qtbot.waitUntil(lambda: page.task_model.rowCount() == 3)
    assert not page.tasks_more.isVisible()
    assert "Overdue tasks: 2" in page.summary.text()
