"""What Today shows, read in one worker, and the table models behind its lists: open tasks
with a tick box to mark them done, referral follow-ups, recently opened people."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from coachapp.services import drafts, reference, tasks, workday
from coachapp.services.caseload import CaseloadRow, caseload_rows
from coachapp.services.tasks import FollowUpView, TaskView, TodayView
from coachapp.store.local import LocalStore
from ui.models.record_table import ATTENTION_BACKGROUND, ATTENTION_FOREGROUND, Column
from ui.widgets import casework_words as words
from ui.widgets.person_words import status as status_words

_Index = QModelIndex | QPersistentModelIndex


#: How many rows each of Today's lists shows at most (the most urgent): a coach cannot read
#: thousands, and listing them would cost seconds on a big caseload. Totals are counted apart.
TODAY_LIMIT = 200


@dataclass(frozen=True)
class Day:
    """Everything Today shows, read in one worker."""

    today: TodayView
    recent: list[CaseloadRow]
    partners: dict[str, str]
    #: Intakes saved as drafts and not finished (they are resumed from Participants).
    drafts: int = 0


def read_day(store: LocalStore, day: date) -> Callable[[], Day]:
    """The work that reads Today (run it in a worker)."""

    def work() -> Day:
        return Day(
            today=tasks.today(store, today=day, limit=TODAY_LIMIT),
            recent=caseload_rows(store, workday.recent_participants(store)),
            partners={p.id: p.label for p in reference.partners(store)},
            drafts=len(drafts.list_drafts(store)),
        )

    return work


class TaskTableModel(QAbstractTableModel):
    """Open tasks, overdue first; the first column is a tick box that marks a task done."""

    #: The coach ticked a task (its id).
    completed = Signal(str)

    DONE, TITLE, PARTICIPANT, DUE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TaskView] = []
        self.day = date.today()
        #: Ticked, waiting for the store to say it is done.
        self.ticking: set[str] = set()

    def set_rows(self, rows: list[TaskView], day: date) -> None:
        self.beginResetModel()
        self.rows = rows
        self.day = day
        self.ticking &= {t.id for t in rows}
        self.endResetModel()

    def overdue(self, task: TaskView) -> bool:
        return task.due_on < self.day

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Done"), self.tr("Task"), self.tr("Participant"), self.tr("Due")][
                section
            ]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.DONE:
            return self.tr("Tick a task (or press Space) to mark it done")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        task = self.rows[index.row()]
        column = index.column()
        if column == self.DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = task.id in self.ticking
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Mark “{task}” done").format(task=task.title)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.TITLE:
                return task.title
            if column == self.PARTICIPANT:
                return task.participant_name or self.tr("(not about one person)")
            return self._due(task)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE:
                return self.tr("Due {date}").format(date=words.day(task.due_on))
            if column == self.TITLE and task.notes:
                return task.notes
            if task.participant_id:
                return self.tr("Click to open {name}").format(name=task.participant_name)
            return None
        if self.overdue(task):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ATTENTION_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ATTENTION_FOREGROUND)
            if role == Qt.ItemDataRole.FontRole and column == self.DUE:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.DONE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        task = self.rows[index.row()]
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked
            if isinstance(value, int)
            else (value == Qt.CheckState.Checked)
        )
        if not checked or task.id in self.ticking:
            return False  # a done task is undone from the participant's Tasks, not here
        self.ticking.add(task.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.completed.emit(task.id)
        return True

    def _due(self, task: TaskView) -> str:
        if task.due_on == self.day:
            return self.tr("Today")
        return words.overdue_words(task.due_on, self.day)


def follow_up_columns(partners: dict[str, str], day: date) -> list[Column[FollowUpView]]:
    def due(f: FollowUpView) -> str:
        if f.overdue:
            return words.overdue_words(f.due_on, day)
        if f.due_on == day:
            return QCoreApplication.translate("Today", "Today")
        return words.day(f.due_on)

    def to(f: FollowUpView) -> str:
        partner = partners.get(f.partner_id)
        return f"{words.program(f.program)} — {partner}" if partner else words.program(f.program)

    return [
        Column(
            QCoreApplication.translate("Today", "Participant"),
            lambda f: f.participant_name,
            chars=22,
        ),
        Column(QCoreApplication.translate("Today", "Referred to"), to, chars=None),
        Column(
            QCoreApplication.translate("Today", "Follow-up owner"),
            lambda f: f"{f.follow_up_owner} ({words.follow_up_role(f.follow_up_role)})",
            chars=None,
        ),
        Column(
            QCoreApplication.translate("Today", "Due"),
            due,
            sort_key=lambda f: f.due_on.isoformat(),
            chars=25,
            tooltip=lambda f: QCoreApplication.translate("Today", "Due {date}").format(
                date=words.day(f.due_on)
            ),
        ),
        Column(
            QCoreApplication.translate("Today", "Status"),
            lambda f: words.referral_status(f.status),
            chars=11,
        ),
    ]


def recent_columns() -> list[Column[CaseloadRow]]:
    return [
        Column(QCoreApplication.translate("Today", "Name"), lambda r: r.display_name, chars=None),
        Column(
            QCoreApplication.translate("Today", "Status"),
            lambda r: status_words(r.status),
            chars=10,
        ),
        Column(
            QCoreApplication.translate("Today", "TANF case #"),
            lambda r: r.tanf_case_number or "",
            chars=13,
        ),
    ]
