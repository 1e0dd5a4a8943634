"""The participants list as a Qt table model that loads itself a page at a time.

Rows arrive in pages of ``PAGE`` from ``coachapp.services.caseload`` in a worker; the view
asks for more (``canFetchMore``/``fetchMore``) only when the coach scrolls near the end, so
a laptop with 100,000 participants holds a few hundred rows until someone scrolls far.
Sorting (clicking a header) and filters reload the list in SQL, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from coachapp.services.caseload import (
    CaseloadFilter,
    CaseloadPage,
    CaseloadRow,
    PageKey,
    SortBy,
    caseload_page,
)
from ui import workers
from ui.context import AppContext
from ui.errors import show_error
from ui.widgets.casework_words import day
from ui.widgets.person_words import status as status_label

PAGE = 200

_Index = QModelIndex | QPersistentModelIndex

UNSYNCED_COLOUR = QColor("#8a5300")


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str
    #: The SQL sort behind a click on this header (None: the column does not sort).
    sort: SortBy | None
    #: Width in average characters; None stretches.
    chars: int | None


def columns() -> list[ListColumn]:
    return [
        ListColumn("name", QCoreApplication.translate("Participants", "Name"), SortBy.NAME, 26),
        ListColumn(
            "status", QCoreApplication.translate("Participants", "Status"), SortBy.STATUS, 10
        ),
        ListColumn(
            "tanf", QCoreApplication.translate("Participants", "TANF case #"), SortBy.TANF_CASE, 13
        ),
        ListColumn(
            "ivd", QCoreApplication.translate("Participants", "IV-D case #"), SortBy.IVD_CASE, 12
        ),
        ListColumn(
            "dob",
            QCoreApplication.translate("Participants", "Date of birth"),
            SortBy.DATE_OF_BIRTH,
            11,
        ),
        ListColumn(
            "branch", QCoreApplication.translate("Participants", "Branch"), SortBy.BRANCH, None
        ),
        ListColumn(
            "coach", QCoreApplication.translate("Participants", "Assigned coach"), SortBy.COACH, 17
        ),
        ListColumn("sync", QCoreApplication.translate("Participants", "Sync"), None, 12),
    ]


def _text(key: str, row: CaseloadRow) -> str:
    if key == "name":
        return row.list_name
    if key == "status":
        return status_label(row.status)
    if key == "tanf":
        return row.tanf_case_number or ""
    if key == "ivd":
        return row.ivd_case_number or ""
    if key == "dob":
        return day(row.date_of_birth)
    if key == "branch":
        return row.branch_name or ""
    if key == "coach":
        return row.coach_name or ""
    if key == "sync":
        return QCoreApplication.translate("Participants", "● Not synced") if row.unsynced else ""
    return ""


class ParticipantListModel(QAbstractTableModel):
    """Participants matching the filters, in the chosen order, loaded as the coach scrolls."""

    #: A page has arrived (the first one after a reload, or one more while scrolling).
    page_loaded = Signal()
    #: Loading started (True) or ended (False).
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = columns()
        self.rows: list[CaseloadRow] = []
        self.filters = CaseloadFilter()
        self.sort_by = SortBy.NAME
        self.descending = False
        #: How many participants match in all; None until the first page is in.
        self.total: int | None = None
        self._after: PageKey | None = None
        self._generation = 0
        self._busy = False

    # --- what the page asks for ---

    def reload(self) -> None:
        """Start again from the first page (filters or sort changed, or the data did)."""
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._after = None
        self.total = None
        self.endResetModel()
        self._request(first=True)

    def set_filters(self, filters: CaseloadFilter) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()

    def set_sort(self, sort_by: SortBy, descending: bool) -> None:
        if (sort_by, descending) != (self.sort_by, self.descending):
            self.sort_by, self.descending = sort_by, descending
            self.reload()

    def participant_id(self, row: int) -> str | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, participant_id: str) -> int:
        for number, row in enumerate(self.rows):
            if row.id == participant_id:
                return number
        return -1

    @property
    def busy(self) -> bool:
        return self._busy

    def sort_column(self) -> int:
        for number, column in enumerate(self.columns):
            if column.sort is self.sort_by:
                return number
        return 0

    # --- loading ---

    def _request(self, *, first: bool) -> None:
        store = self.ctx.store
        if not store.is_open:
            return  # locking: the page is about to go
        generation = self._generation
        filters, sort_by, descending, after = (
            self.filters,
            self.sort_by,
            self.descending,
            self._after,
        )

        def work() -> CaseloadPage:
            return caseload_page(
                store,
                filters=filters,
                sort=sort_by,
                descending=descending,
                after=None if first else after,
                limit=PAGE,
                with_total=first,
            )

        self._set_busy(True)
        workers.run(
            self,
            work,
            on_done=lambda page: self._arrived(generation, page),
            on_failed=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: CaseloadPage) -> None:
        if generation != self._generation:
            return  # the coach changed the sort or filters since; a newer answer is coming
        self._set_busy(False)
        if page.total is not None:
            self.total = page.total
        if page.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self._after = page.after
            self.endInsertRows()
        else:
            self._after = None
        self.page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._after = None  # do not keep asking for a page that fails
        parent = self.parent()
        show_error(parent if isinstance(parent, QWidget) else None, exc)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # --- Qt: incremental fetch ---

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._busy or self._after is None:
            return
        self._request(first=False)

    # --- Qt: sorting from the header ---

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        sort_by = self.columns[column].sort
        if sort_by is None:
            return  # the view puts the header's arrow back
        self.set_sort(sort_by, order == Qt.SortOrder.DescendingOrder)

    # --- Qt: the table ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort is None:
                return QCoreApplication.translate(
                    "Participants", "Changes waiting to be sent to the program's server"
                )
            return QCoreApplication.translate(
                "Participants", "Click to sort by {column}; click again to reverse"
            ).format(column=column.title)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _text(key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "sync" and row.unsynced:
                return QCoreApplication.translate(
                    "Participants",
                    "Changes to this person's records are on this laptop only until you sync.",
                )
            if key == "name":
                return QCoreApplication.translate(
                    "Participants", "Double-click or press Enter to open {name}"
                ).format(name=row.display_name)
            return _text(key, row) or None
        if key == "sync" and row.unsynced:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(UNSYNCED_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


def with_scope(filters: CaseloadFilter, coach_id: str | None) -> CaseloadFilter:
    """The filters, limited to one coach's caseload (or to everyone when ``coach_id`` is None)."""
    return replace(filters, assigned_coach_id=coach_id)
