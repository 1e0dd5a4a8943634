"""The Reports page, on the program whose every figure was worked out by hand
(``tests/services/reports_world.py``), loaded into the signed-in laptop's encrypted store.

The 2025 report as of 2026-03-16 (the tests' "today"): 7 enrollees (3 TANF recipients);
4 of 8 served completed training (50.0%); 5 of 6 exiters employed at exit (83.3%) at $17.00 an
hour; 7 of a goal of 14 enrolled (50.0%); $1,110.00 spent; 2 referrals overdue of 4 open.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coachapp.models import AuditEvent
from coachapp.models.enums import AuditAction, ServiceStatus
from coachapp.services import support
from coachapp.services.reports import GROUPS
from tests.conftest import TODAY
from tests.server.live import PASSWORD
from tests.services import reports_world
from tests.services.reports_world import World
from tests.ui.test_lock_and_search import visible_text
from ui import workers
from ui.app import MainWindow
from ui.changes import changes
from ui.models.report_table import ReportTableModel
from ui.pages.reports import ReportsPage
from ui.screens.lock import LockScreen
from ui.workspace import Workspace

YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
PROGRAM = "OH-HPOG"  # the demo program's code: the laptop's name for its program


@pytest.fixture
def world(workspace: Workspace) -> World:
    with workspace.ctx.store.write(remote=True) as session:
        return reports_world.build(session)


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, world: World) -> ReportsPage:
    """The Reports page for 2025, its figures shown."""
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)  # the sync at unlock
    workspace.show_page("reports")
    shown = workspace.stack.currentWidget()
    assert isinstance(shown, ReportsPage)
    shown.filters.set_period(*YEAR_2025)
    wait_for_figures(qtbot, shown)
    return shown


def wait_for_figures(qtbot: QtBot, page: ReportsPage, **wanted: object) -> None:
    """Until the page shows figures for 2025 with the ``wanted`` filter values."""

    def ready() -> bool:
        if page.answer is None or page._op is not None or page._settle.isActive():
            return False
        f = page.answer.reports.filter
        return (f.period_start, f.period_end) == YEAR_2025 and all(
            getattr(f, k) == v for k, v in wanted.items()
        )

    qtbot.waitUntil(ready, timeout=30_000)


def row(model: ReportTableModel, label: str) -> list[str]:
    for r in range(model.rowCount()):
        if model.text(r, 0) == label:
            return [model.index(r, c).data() for c in range(1, model.columnCount())]
    raise AssertionError(f"no line {label!r}")


def pick(combo: QComboBox, text: str) -> None:
    at = combo.findText(text)
    assert at >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(at)


def exported(qtbot: QtBot, op: workers.Op[Path] | None) -> None:
    assert op is not None
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty system temp folder (for Python and for Qt) to prove exports leave nothing."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def export_events(workspace: Workspace) -> list[AuditEvent]:
    with workspace.ctx.store.read() as session:
        found = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)
        ).all()
        for event in found:
            session.expunge(event)
        return list(found)


# --- the figures -------------------------------------------------------------------------------


def test_supervisor_sees_the_hand_worked_figures_for_2025_all_and_tanf_side_by_side(
    page: ReportsPage,
) -> None:
    cards = page.cards
    assert cards.value("enrollees") == "7"
    assert cards.value("goal") == "50.0%"
    assert cards.value("completed") == "50.0%"
    assert cards.value("employed") == "83.3%"
    assert cards.value("spend") == "$1,110.00"
    assert cards.value("overdue") == "2"

    hpog = page.sections.models["hpog"]
    assert hpog.headerData(1, Qt.Orientation.Horizontal) == "All\nNumber"
    assert hpog.headerData(4, Qt.Orientation.Horizontal) == "TANF\nNumber"
    assert hpog.table is not None
    assert hpog.table.columns[4] == "TANF recipients – Number"
    assert row(hpog, "(1) Enrollees") == ["7", "", "", "3", "", ""]
    assert row(hpog, "(2) Completed training") == ["4", "8", "50.0%", "2", "4", "50.0%"]
    assert row(hpog, "(4) Employed at exit") == ["5", "6", "83.3%", "2", "3", "66.7%"]
    assert row(hpog, "average hourly wage")[0] == "$17.00"
    assert row(hpog, "(6) Employed six months after exit") == [
        "4",
        "5",
        "80.0%",
        "2",
        "2",
        "100.0%",
    ]
    assert row(hpog, "(8) Wage rose or advanced in position by six months") == [
        "2", "3", "66.7%", "1", "1", "100.0%",
    ]  # fmt: skip
    # The definition is the tooltip of each line.
    at_exit = next(r for r in range(hpog.rowCount()) if hpog.text(r, 0) == "(4) Employed at exit")
    assert "on their exit date" in hpog.index(at_exit, 0).data(Qt.ItemDataRole.ToolTipRole)

    goal = page.sections.models["goal"]
    assert row(goal, "Enrolled so far") == ["7", "3"]
    assert row(goal, "Still needed") == ["7", ""]
    assert row(page.sections.models["spend_funding"], "Total") == [
        "7", "$910.00", "$200.00", "$1,110.00", "5", "$1,020.00",
    ]  # fmt: skip
    assert row(page.sections.models["duplicates"], "Another funder already paid") == ["4", "2"]
    referrals = page.sections.models["referrals_program"]
    assert row(referrals, "All referrals")[:5] == ["7", "4", "1", "2", "2 of 3 (66.7%)"]
    weeks = page.sections.models["participation"]
    assert row(weeks, "03/03/2025") == ["4", "4", "3", "75.0%", "3", "3", "2", "66.7%"]
    assert row(page.sections.models["caseload_status"], "Total") == ["12", "6"]
    assert row(page.sections.models["caseload_site"], "Pickaway Branch")[:3] == [
        "South Team", "0", "0",
    ]  # fmt: skip

    # Worked out in a worker, each group reported as it was done.
    assert (page.progress.maximum(), page.progress.value()) == (len(GROUPS), len(GROUPS))
    assert page.sections.enrollment_chart.chart().series()  # the chart is drawn


def test_choosing_a_dhs_branch_shows_only_the_people_recruited_there(
    qtbot: QtBot, page: ReportsPage, world: World
) -> None:
    pick(page.filters.site, "East Branch")
    wait_for_figures(qtbot, page, site_id=world["east"])

    hpog = page.sections.models["hpog"]
    # P1 P2 P6, all three working when they left.
    assert page.cards.value("enrollees") == "3"
    assert row(hpog, "(1) Enrollees")[0] == "3"
    assert row(hpog, "(4) Employed at exit") == ["3", "3", "100.0%", "2", "2", "100.0%"]
    assert row(hpog, "average hourly wage")[0] == "$15.67"
    assert "East Branch" in page.document.filters if page.document else False

    pick(page.filters.site, "All branches and offices")
    wait_for_figures(qtbot, page, site_id=None)
    assert page.cards.value("enrollees") == "7"


def test_filters_that_count_nobody_say_what_to_do(
    qtbot: QtBot, page: ReportsPage, world: World
) -> None:
    assert not page.nothing.isVisible()
    pick(page.filters.site, "West Branch")  # P5 and P10, both in the treatment group
    pick(page.filters.study_group, "Control group")
    wait_for_figures(qtbot, page, site_id=world["west"], study_group="control")
    assert page.nothing.isVisible()
    assert page.nothing.text().startswith("Nobody on this laptop is counted")
    assert page.cards.value("enrollees") == "0"
    assert page.cards.value("completed") == "—"  # a percent of nobody


def test_a_period_that_ends_before_it_starts_is_explained_under_the_dates(
    qtbot: QtBot, page: ReportsPage
) -> None:
    page.filters.set_period(date(2025, 12, 31), date(2025, 1, 1))
    qtbot.waitUntil(lambda: page.filters.error.isVisible())
    assert page.filters.error.text() == "The end of the period must be on or after its start."
    assert page.cards.value("enrollees") == "7"  # the last good figures stay


# --- exports -----------------------------------------------------------------------------------


def test_csv_export_holds_the_figures_is_audited_and_leaves_nothing_in_temp(
    qtbot: QtBot,
    page: ReportsPage,
    workspace: Workspace,
    tmp_path: Path,
    system_temp: Path,
) -> None:
    target = tmp_path / "chosen" / "report 2025.csv"
    target.parent.mkdir()
    exported(qtbot, page.export_csv(target))

    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert ["Program", PROGRAM] in rows
    assert ["Reporting period", "01/01/2025 – 12/31/2025"] in rows
    assert ["Enrollees", "7", "3 TANF recipients"] in rows
    assert ["(4) Employed at exit", "5", "6", "83.3%", "2", "3", "66.7%"] in rows
    assert [
        "(4) Employed at exit — average hourly wage",
        "$17.00",
        "",
        "",
        "$16.50",
        "",
        "",
    ] in rows
    assert ["Total", "7", "$910.00", "$200.00", "$1,110.00", "5", "$1,020.00"] in rows
    # Aggregates only: no participant of the program is named (they are "P1 Test" … "P15 Test").
    assert not re.search(r"\bP\d+\b|\bTest\b", text)

    [event] = export_events(workspace)
    assert event.participant_id is None
    assert event.detail is not None and event.detail.startswith(
        "csv; period 2025-01-01..2025-12-31"
    )
    assert "report 2025" not in event.detail  # the file's name is not in the audit trail
    assert "Saved report 2025.csv" in page.export_message.text()

    assert list(target.parent.iterdir()) == [target]  # no temp file beside it
    assert list(system_temp.iterdir()) == []


def test_an_export_to_a_folder_that_is_gone_says_so_and_records_nothing(
    qtbot: QtBot, page: ReportsPage, workspace: Workspace, tmp_path: Path
) -> None:
    exported(qtbot, page.export_csv(tmp_path / "unplugged USB stick" / "report.csv"))
    assert page.export_message.isVisible()
    assert page.export_message.objectName() == "warningBanner"
    assert page.export_message.text().startswith("CoachApp could not save the report in ")
    assert "Choose another folder." in page.export_message.text()
    assert export_events(workspace) == []


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
        )
        return done.stdout
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(QCoreApplication.instance())
    document.load(str(path))
    return "\f".join(document.getAllText(p).text() for p in range(document.pageCount()))


def test_pdf_export_opens_with_program_period_and_headline_figures(
    qtbot: QtBot,
    page: ReportsPage,
    workspace: Workspace,
    tmp_path: Path,
    system_temp: Path,
) -> None:
    target = tmp_path / "report.pdf"
    exported(qtbot, page.export_pdf(target))

    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    first_page = text.split("\f")[0]
    assert PROGRAM in first_page
    assert "01/01/2025 – 12/31/2025" in first_page
    assert re.search(r"\(4\) Employed at exit\s+5\s+6\s+83\.3%\s+2\s+3\s+66\.7%", first_page)
    assert re.search(r"\(1\) Enrollees\s+7\s+3", first_page)
    assert "$1,110.00" in first_page
    # The other tables follow on the next pages.
    assert "Referrals by follow-up owner" in text
    assert "TANF work participation" in text and "Week of (Monday)" in text
    assert not re.search(r"\bP\d+\b|\bTest\b", text)

    [event] = export_events(workspace)
    assert event.detail is not None and event.detail.startswith("pdf; period 2025-01-01")
    assert list(tmp_path.glob("*.tmp")) == [] and list(tmp_path.glob(".*")) == []
    assert list(system_temp.iterdir()) == []


# --- keeping up with changes --------------------------------------------------------------------


def test_figures_refresh_on_changes_only_when_shown_and_say_when_they_predate_the_last_sync(
    qtbot: QtBot, page: ReportsPage, workspace: Workspace, world: World
) -> None:
    assert "as of its last sync" in page.freshness.text()
    asked = page._asked
    workspace.show_page("today")

    # A sync while the page is hidden: its figures now predate it, and say so.
    workspace.sync.sync_now()
    qtbot.waitUntil(lambda: not workspace.sync.running, timeout=60_000)
    qtbot.waitUntil(lambda: "before the last sync" in page.freshness.text(), timeout=10_000)
    assert page.freshness.objectName() == "warningBanner"

    # A support service recorded elsewhere in the app: nothing is worked out while hidden.
    store = workspace.ctx.store
    service = support.record_support_service(
        store,
        support.ServiceInput(
            participant_id=world["P5"],
            service_type_id=world["bus"],
            funding_source_id=world["wioa"],
            amount="25",
            period_start=date(2025, 12, 31),
            period_end=date(2025, 12, 31),
            status=ServiceStatus.PAID,
        ),
    )
    workspace.ctx.bus.announce(
        changes("support_service", ids=[service.id], participant_ids=[world["P5"]])
    )
    qtbot.wait(600)
    assert page._asked == asked
    assert page.cards.value("spend") == "$1,110.00"

    # Shown again: worked out anew, with the new service and after the sync.
    workspace.show_page("reports")
    qtbot.waitUntil(lambda: page._asked > asked and page._op is None, timeout=30_000)
    assert page.cards.value("spend") == "$1,135.00"
    assert "as of its last sync" in page.freshness.text()
    assert page.freshness.objectName() == "hint"


def test_after_locking_the_coach_returns_to_the_same_report(
    qtbot: QtBot, window: MainWindow, page: ReportsPage, world: World
) -> None:
    pick(page.filters.site, "East Branch")
    wait_for_figures(qtbot, page, site_id=world["east"])
    page.sections.setCurrentIndex(3)  # Referrals

    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), LockScreen), timeout=10_000)
    assert "83.3%" not in visible_text() and "100.0%" not in visible_text()
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)

    assert window.workspace is not None
    again = window.workspace.stack.currentWidget()
    assert isinstance(again, ReportsPage) and again is not page
    wait_for_figures(qtbot, again, site_id=world["east"])
    assert again.filters.site.currentText() == "East Branch"
    assert again.sections.currentIndex() == 3
    assert again.cards.value("enrollees") == "3"


def test_recalculate_and_exports_are_on_the_keyboard(qtbot: QtBot, page: ReportsPage) -> None:
    asked = page._asked
    qtbot.keyClick(page.sections, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page._asked == asked + 1 and page._op is None, timeout=30_000)
    assert page.cards.value("enrollees") == "7"

    assert page.recalculate_button.text() == "&Recalculate"
    assert "Ctrl+R" in page.recalculate_button.toolTip()
    assert "Ctrl+E" in page.csv_button.toolTip()
    assert "Ctrl+P" in page.pdf_button.toolTip()
    assert [page.sections.tabText(i) for i in range(page.sections.count())] == [
        "HPOG &indicators",
        "E&nrollment goal",
        "S&upport spend",
        "Referra&ls",
        "&Work participation",
        "Cas&eload",
    ]
    assert page.filters.today == TODAY


@pytest.fixture
def qt_settings_folder(tmp_path: Path) -> Iterator[Path]:
    """Qt's per-user settings (where its file dialog keeps its memory) in a folder of the test's
    own, not the real ~/.config/QtProject.conf."""
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    real = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).parent
    folder = tmp_path / "qt-settings"
    folder.mkdir()
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    yield folder
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(real))


def save_through_qts_dialog(qtbot: QtBot, page: ReportsPage, target: Path) -> None:
    """Click the CSV button and answer Qt's save dialog as the coach would."""

    def answer(tries: int = 400) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(target))
            dialog.accept()
        elif tries:
            QTimer.singleShot(25, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)  # back once the dialog closed
    qtbot.waitUntil(lambda: target.exists() and page.export_message.isVisible(), timeout=30_000)


def test_the_folder_a_report_was_saved_in_is_not_remembered_in_qts_settings(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, qt_settings_folder: Path
) -> None:
    folder = tmp_path / "Marisol Quintanilla"  # a coach may name a folder after a participant
    folder.mkdir()
    conf = qt_settings_folder / "QtProject.conf"

    save_through_qts_dialog(qtbot, page, folder / "first.csv")
    left = conf.read_text(encoding="utf-8") if conf.exists() else ""
    assert "Quintanilla" not in left and "FileDialog" not in left

    # Another Qt program's memory of its own folders is left as it was.
    other = QSettings(QSettings.Scope.UserScope, "QtProject")
    other.setValue("FileDialog/lastVisited", "file:///srv/their-folder")
    other.setValue("FileDialog/history", ["file:///srv/their-folder"])
    other.sync()
    save_through_qts_dialog(qtbot, page, folder / "second.csv")
    left = conf.read_text(encoding="utf-8")
    assert "Quintanilla" not in left
    assert "lastVisited=file:///srv/their-folder" in left
    assert "history=file:///srv/their-folder" in left
