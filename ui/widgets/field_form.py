"""Form rows with the error shown under the field that caused it, and the small inputs
casework forms share (dates, optional dates, choices loaded from reference data)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def date_format() -> str:
    """How dates are typed and shown in forms (translators pick their country's order)."""
    return QCoreApplication.translate("Forms", "MM/dd/yyyy")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(initial: date, *, accessible_name: str = "") -> QDateEdit:
    edit = QDateEdit(to_qdate(initial))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a tick box turns the date on."""

    def __init__(self, switch_text: str, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.switch = QCheckBox(switch_text)
        self.edit = date_edit(initial)
        self.edit.setEnabled(False)
        self.switch.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.switch)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.switch)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.switch.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.switch.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.switch.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def fill_choices(
    combo: QComboBox,
    choices: Iterable[tuple[Any, str]],
    *,
    blank: str | None = None,
    keep: Any = None,
) -> None:
    """Fill a combo with (value, label) pairs; ``blank`` first (value None) when given."""
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for value, label in choices:
        combo.addItem(label, value)
    if keep is not None:
        at = combo.findData(keep)
        if at >= 0:
            combo.setCurrentIndex(at)
    combo.blockSignals(False)


def chosen(combo: QComboBox) -> Any:
    return combo.currentData()


def choose(combo: QComboBox, value: Any) -> None:
    at = combo.findData(value)
    if at >= 0:
        combo.setCurrentIndex(at)


_GROWING = (
    QSizePolicy.Policy.Expanding,
    QSizePolicy.Policy.MinimumExpanding,
    QSizePolicy.Policy.Ignored,
)


def set_hint(form: FieldForm, name: str, text: str) -> None:
    """Change the note under a field (empty hides it)."""
    note = form.hints[name]
    note.setText(text)
    note.setVisible(bool(text))


class FieldForm(QWidget):
    """Labelled fields; ``show_errors`` puts each message under its field.

    Field names are the core's (``ValidationError.fields`` keys), so a form only says which
    widget holds which field. Labels carry the mnemonic (&) and are the fields' buddies.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.hints: dict[str, QLabel] = {}

    def add(self, name: str, label: str, widget: QWidget, *, hint: str | None = None) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        error = QLabel()
        error.setObjectName("formError")
        error.setWordWrap(True)
        error.setAccessibleName(
            QCoreApplication.translate("Forms", "Problem with {field}").format(
                field=label.replace("&", "")
            )
        )
        error.hide()
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            widget.setMinimumWidth(220)
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        grows = widget.sizePolicy().horizontalPolicy() in _GROWING
        if grows:
            column.addWidget(widget)
        else:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        note = QLabel(hint or "")
        note.setObjectName("hint")
        note.setWordWrap(True)
        column.addWidget(note)
        # Only once it has a parent: shown parentless it would flash up as its own window.
        note.setVisible(bool(hint))
        self.hints[name] = note
        column.addWidget(error)
        self.layout_.addRow(caption, box)
        self.labels[name] = caption
        self.widgets[name] = widget
        self.errors[name] = error
        self.rows[name] = box
        return widget

    def alias(self, name: str, shown_at: str) -> None:
        """Show errors about ``name`` under the field ``shown_at`` (e.g. two fields, one widget)."""
        self.errors[name] = self.errors[shown_at]
        self.widgets[name] = self.widgets[shown_at]

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.rows[name], visible)

    def clear_errors(self) -> None:
        for label in set(self.errors.values()):
            label.clear()
            label.hide()

    def show_errors(self, fields: Mapping[str, str]) -> dict[str, str]:
        """Put each message under its field; return the ones no field here shows."""
        self.clear_errors()
        unplaced: dict[str, str] = {}
        first: QWidget | None = None
        for name, message in fields.items():
            label = self.errors.get(name)
            if label is None:
                unplaced[name] = message
                continue
            text = (
                f"{label.text()}\n{message}" if not label.isHidden() and label.text() else message
            )
            label.setText(text)
            label.show()
            if first is None:
                first = self.widgets[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, name: str) -> str:
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
