"""Table models of the Sync page: records with conflicts to settle, possible duplicate people."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coachapp.services.conflicts import ConflictedRecord
from coachapp.services.duplicates import DuplicatePairView, DuplicateSide

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def when_text(when: datetime | None) -> str:
    if when is None:
        return ""
    local = when.astimezone() if when.tzinfo else when
    return local.strftime("%b %d, %H:%M")


class _RecordsModel(QAbstractTableModel, Generic[R]):
    """A read-only list of records, one a row; columns are (header, text of a record)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[R], str]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        record = self._rows[index.row()]
        return self._columns[index.column()][1](record)


class ConflictsModel(_RecordsModel[ConflictedRecord]):
    def __init__(
        self,
        *,
        record_label: Callable[[str], str],
        field_label: Callable[[str, str], str],
        authors: Callable[[ConflictedRecord], str],
    ) -> None:
        def person(r: ConflictedRecord) -> str:
            return r.participant_name or QCoreApplication.translate(
                "SyncLists", "(not on this laptop)"
            )

        def fields(r: ConflictedRecord) -> str:
            return ", ".join(field_label(r.table_name, f.field_name) for f in r.fields)

        super().__init__(
            [
                (QCoreApplication.translate("SyncLists", "Participant"), person),
                (
                    QCoreApplication.translate("SyncLists", "Record"),
                    lambda r: record_label(r.table_name),
                ),
                (QCoreApplication.translate("SyncLists", "Details in conflict"), fields),
                (QCoreApplication.translate("SyncLists", "Changed by"), authors),
                (
                    QCoreApplication.translate("SyncLists", "When"),
                    lambda r: when_text(r.last_changed_at),
                ),
            ]
        )


def side_name(side: DuplicateSide) -> str:
    if side.summary is None:
        return QCoreApplication.translate("SyncLists", "(in another coach's caseload)")
    born = side.summary.date_of_birth
    return side.summary.display_name + (f" — {born.isoformat()}" if born else "")


class DuplicatesModel(_RecordsModel[DuplicatePairView]):
    def __init__(self, *, reason_label: Callable[[str], str]) -> None:
        super().__init__(
            [
                (
                    QCoreApplication.translate("SyncLists", "One record"),
                    lambda p: side_name(p.first),
                ),
                (
                    QCoreApplication.translate("SyncLists", "The other record"),
                    lambda p: side_name(p.second),
                ),
                (
                    QCoreApplication.translate("SyncLists", "Why they may be the same person"),
                    lambda p: reason_label(str(p.reason)),
                ),
                (
                    QCoreApplication.translate("SyncLists", "Noticed"),
                    lambda p: when_text(p.flagged_at),
                ),
            ]
        )
