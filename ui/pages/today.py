"""Today: what the coach owes today — tasks due and overdue, referral follow-ups coming due —
and the participants they opened recently, each a click (or Enter) away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachapp.services import tasks
from coachapp.services.caseload import CaseloadRow
from coachapp.services.tasks import FollowUpView, TaskView, TodayView
from ui import workers
from ui.changes import Changes, changes
from ui.context import AppContext
from ui.errors import show_error
from ui.models.record_table import RecordTableModel, record_at, record_table
from ui.models.today import (
    Day,
    TaskTableModel,
    follow_up_columns,
    read_day,
    recent_columns,
)
from ui.pages.base import Page


class _Keys(QObject):
    """Enter or Return on a table opens the current row's participant; Space may act too."""

    def __init__(self, view: QTableView, on_enter: Any, on_space: Any = None) -> None:
        super().__init__(view)
        self._view = view
        self._enter = on_enter
        self._space = on_space
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter(self._view.currentIndex())
            return True
        if event.key() == Qt.Key.Key_Space and self._space is not None:
            self._space()
            return True
        return False


def _section(
    title: str, view: QWidget, empty: QLabel, *extra: QWidget
) -> tuple[QWidget, QStackedWidget]:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    heading.setBuddy(view)
    row = QHBoxLayout()
    row.addWidget(heading)
    row.addStretch(1)
    for widget in extra:
        row.addWidget(widget)
    stack = QStackedWidget()
    stack.addWidget(view)
    stack.addWidget(empty)
    column.addLayout(row)
    column.addWidget(stack, 1)
    return box, stack


def _more_label(section: QWidget) -> QLabel:
    """Under a list cut short: how many it shows of how many, and where the rest are."""
    label = QLabel()
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.hide()
    layout = section.layout()
    assert layout is not None
    layout.addWidget(label)
    return label


def _empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class TodayPage(Page):
    key = "today"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.loaded_once = False
        self.partners: dict[str, str] = {}

        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setAccessibleName(self.tr("Summary of the day"))
        self.how = QLabel(
            self.tr(
                "Click a task, a follow-up or a name to open that participant (or select it and "
                "press Enter). Tick a task when it is done."
            )
        )
        self.how.setObjectName("hint")
        self.how.setWordWrap(True)
        self.all_clear = QLabel(
            self.tr(
                "Nothing is due today and nothing is overdue — a clear day. "
                "Find someone with Ctrl+K, or start an intake with Ctrl+N."
            )
        )
        self.all_clear.setObjectName("okBanner")
        self.all_clear.setWordWrap(True)
        self.all_clear.hide()
        self.drafts_button = QPushButton()
        self.drafts_button.setObjectName("todayDrafts")
        self.drafts_button.setToolTip(
            self.tr("Open Participants, where unfinished intakes are resumed or discarded (Alt+U)")
        )
        self.drafts_button.clicked.connect(lambda: ctx.nav.open_page("participants"))
        self.drafts_button.hide()

        # --- tasks ---
        self.task_model = TaskTableModel(self)
        self.task_model.completed.connect(self._complete)
        self.task_view = QTableView()
        self.task_view.setObjectName("todayTasks")
        self.task_view.setAccessibleName(self.tr("Tasks due and overdue"))
        self.task_view.setModel(self.task_model)
        _table_look(self.task_view)
        header = self.task_view.horizontalHeader()
        # Sized from its title once: ResizeToContents would ask the model about every row at
        # each reload, hundreds of calls into Python on the GUI thread.
        done_title = str(self.task_model.headerData(TaskTableModel.DONE, Qt.Orientation.Horizontal))
        header.setSectionResizeMode(TaskTableModel.DONE, QHeaderView.ResizeMode.Fixed)
        self.task_view.setColumnWidth(
            TaskTableModel.DONE, header.fontMetrics().horizontalAdvance(done_title) + 24
        )
        header.setSectionResizeMode(TaskTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        char = self.task_view.fontMetrics().averageCharWidth()
        self.task_view.setColumnWidth(TaskTableModel.PARTICIPANT, 20 * char + 16)
        self.task_view.setColumnWidth(TaskTableModel.DUE, 20 * char + 16)
        self.task_view.clicked.connect(self._task_clicked)
        _Keys(self.task_view, self._task_clicked, self._done_selected)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setToolTip(self.tr("Mark the selected task done (Alt+D, or Space)"))
        self.done_button.clicked.connect(self._done_selected)
        self.tasks_empty = _empty_label(self.tr("No tasks due today or overdue."))
        tasks_box, self.tasks_stack = _section(
            self.tr("&Tasks due and overdue"), self.task_view, self.tasks_empty, self.done_button
        )
        # A big caseload can owe thousands: Today lists the most urgent, and says so.
        self.tasks_more = _more_label(tasks_box)

        # --- referral follow-ups ---
        self.follow_up_model: RecordTableModel[FollowUpView] = RecordTableModel(
            follow_up_columns({}, ctx.today()), attention=lambda f: f.overdue, parent=self
        )
        self.follow_up_view, _proxy = record_table(
            self.follow_up_model, accessible_name=self.tr("Referral follow-ups due")
        )
        self.follow_up_view.setObjectName("todayFollowUps")
        # The longest-waiting follow-up first, as the core lists them.
        self.follow_up_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.follow_up_view.clicked.connect(self._follow_up_clicked)
        _Keys(self.follow_up_view, self._follow_up_clicked)
        self.follow_ups_empty = _empty_label(
            self.tr("No referral follow-ups are due in the next two days.")
        )
        follow_box, self.follow_ups_stack = _section(
            self.tr("&Referral follow-ups due"), self.follow_up_view, self.follow_ups_empty
        )
        self.follow_ups_more = _more_label(follow_box)

        # --- recently opened ---
        self.recent_model: RecordTableModel[CaseloadRow] = RecordTableModel(
            recent_columns(), parent=self
        )
        self.recent_view, _recent_proxy = record_table(
            self.recent_model, accessible_name=self.tr("Recently opened participants")
        )
        self.recent_view.setObjectName("todayRecent")
        self.recent_view.setSortingEnabled(False)
        self.recent_view.clicked.connect(self._recent_clicked)
        _Keys(self.recent_view, self._recent_clicked)
        self.recent_empty = _empty_label(
            self.tr("People you open will be listed here, so you can get back to them quickly.")
        )
        recent_box, self.recent_stack = _section(
            self.tr("Recently &opened"), self.recent_view, self.recent_empty
        )

        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setAccessibleName(self.tr("Last action"))

        grid = QGridLayout()
        grid.addWidget(tasks_box, 0, 0)
        grid.addWidget(recent_box, 0, 1)
        grid.addWidget(follow_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.drafts_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(summary_row)
        layout.addWidget(self.how)
        layout.addWidget(self.all_clear)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Today")

    # --- loading ---

    def activate(self) -> None:
        # Today is the first page after unlock and changes with the date: always read afresh.
        self.stale = False
        self.reload()

    def reload(self) -> None:
        if not self.ctx.store.is_open:
            return  # locking: the page is about to go
        workers.run(self, read_day(self.ctx.store, self.ctx.today()), on_done=self._show)

    def _show(self, day: Day) -> None:
        view = day.today
        self.loaded_once = True
        locale = QLocale()
        when = locale.toString(
            QDate(view.day.year, view.day.month, view.day.day), QLocale.FormatType.LongFormat
        )
        self.heading.setText(self.tr("Today — {day}").format(day=when))
        open_tasks = [*view.overdue, *view.due_today]
        self.task_model.set_rows(open_tasks, view.day)
        self.tasks_stack.setCurrentIndex(0 if open_tasks else 1)
        self.follow_up_model.columns = follow_up_columns(day.partners, view.day)
        self.follow_up_model.set_rows(view.referral_follow_ups_due)
        self.follow_ups_stack.setCurrentIndex(0 if view.referral_follow_ups_due else 1)
        self.recent_model.set_rows(day.recent)
        self.recent_stack.setCurrentIndex(0 if day.recent else 1)
        self.done_button.setEnabled(bool(open_tasks))
        late_follow_ups = view.late_follow_ups_total
        parts = [
            self.tr("Overdue tasks: %n", "", view.overdue_total),
            self.tr("Due today: %n", "", view.due_today_total),
            self.tr("Referral follow-ups due: %n", "", view.follow_ups_total),
        ]
        if late_follow_ups:
            parts.append(self.tr("Late follow-ups: %n", "", late_follow_ups))
        self.summary.setText(" · ".join(parts))
        self._show_more(view)
        self.drafts_button.setText(self.tr("&Unfinished intakes: %n", "", day.drafts))
        self.drafts_button.setVisible(day.drafts > 0)
        self.all_clear.setVisible(not open_tasks and not view.referral_follow_ups_due)

    def _show_more(self, view: TodayView) -> None:
        locale = QLocale()
        tasks_total = view.overdue_total + view.due_today_total
        shown = len(view.overdue) + len(view.due_today)
        self.tasks_more.setText(
            self.tr(
                "Showing the {shown} most urgent of {total} tasks, the longest-waiting first. "
                "Open a participant to see all of theirs."
            ).format(shown=locale.toString(shown), total=locale.toString(tasks_total))
        )
        self.tasks_more.setVisible(shown < tasks_total)
        shown = len(view.referral_follow_ups_due)
        self.follow_ups_more.setText(
            self.tr(
                "Showing the {shown} longest-waiting of {total} follow-ups. "
                "See them all in Referrals (Ctrl+3)."
            ).format(shown=locale.toString(shown), total=locale.toString(view.follow_ups_total))
        )
        self.follow_ups_more.setVisible(shown < view.follow_ups_total)

    def on_changed(self, what: Changes) -> None:
        if not what.touches("task", "referral", "participant", "reference", "draft"):
            return
        self.reload_when_seen(self.reload)

    # --- acting ---

    def _complete(self, task_id: str) -> None:
        store, day = self.ctx.store, self.ctx.today()
        task = next((t for t in self.task_model.rows if t.id == task_id), None)
        title = task.title if task else ""

        def done(view: TaskView) -> None:
            self.message.setText(self.tr("Marked done: {task}").format(task=title))
            self.ctx.bus.announce(
                changes(
                    "task",
                    ids=[view.id],
                    participant_ids=[view.participant_id] if view.participant_id else [],
                )
            )

        def failed(exc: BaseException) -> None:
            self.task_model.ticking.discard(task_id)
            self.reload()
            show_error(self, exc)

        workers.run(
            self,
            lambda: tasks.complete_task(store, task_id, on=day),
            on_done=done,
            on_failed=failed,
        )

    def _done_selected(self) -> None:
        index = self.task_view.currentIndex()
        selected = self.task_view.selectionModel().selectedRows()
        if not index.isValid() or not selected:
            self.message.setText(self.tr("Select a task first, then mark it done."))
            return
        self.task_model.setData(
            self.task_model.index(index.row(), TaskTableModel.DONE),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def _task_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == TaskTableModel.DONE:
            return
        task = self.task_model.rows[index.row()]
        if task.participant_id:
            self.ctx.nav.open_participant(task.participant_id)

    def _follow_up_clicked(self, index: QModelIndex) -> None:
        follow_up = record_at(self.follow_up_view, self.follow_up_model, index)
        if follow_up is not None:
            self.ctx.nav.open_participant(follow_up.participant_id, "referrals")

    def _recent_clicked(self, index: QModelIndex) -> None:
        row = record_at(self.recent_view, self.recent_model, index)
        if row is not None:
            self.ctx.nav.open_participant(row.id)


def _table_look(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
