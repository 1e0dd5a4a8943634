"""What every intake page is made of: fields known by the core's field names, each with the
line under it where a refusal is shown, and the map from a field name to its page and field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.widgets.date_field import DateField


def plain(text: str) -> str:
    """A label without its mnemonic marker, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" *")


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class Slot:
    """A field and the message shown under it when what was typed cannot be saved."""

    def __init__(self, widget: QWidget, error: QLabel) -> None:
        self.widget = widget
        self.error = error

    def show(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.widget.setAccessibleDescription(message)

    def clear(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
        self.widget.setAccessibleDescription("")


def fill(combo: QComboBox, items: Iterable[tuple[Any, str]]) -> None:
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)


def choose(combo: QComboBox, value: object) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


def chosen(combo: QComboBox) -> Any:
    return combo.currentData()


def text_or_none(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class IntakePage(QWizardPage):
    """A page whose fields are known by the core's field names."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.slots: dict[str, Slot] = {}
        #: For a problem no field on the page owns.
        self.message = error_label()
        self.message.setObjectName("formError")
        self.notice = hint_label("")
        self.notice.setVisible(False)

    def add_field(
        self,
        form: QFormLayout,
        key: str,
        text: str,
        widget: QWidget,
        *,
        hint: str | None = None,
    ) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(hint_label(hint))
        error = error_label()
        column.addWidget(error)
        form.addRow(label, box)
        widget.setAccessibleName(plain(text))
        self.slots[key] = Slot(widget, error)
        return label

    def slot(self, key: str) -> Slot | None:
        return self.slots.get(key)

    def all_slots(self) -> Iterable[Slot]:
        return list(self.slots.values())

    def clear_errors(self) -> None:
        for slot in self.all_slots():
            slot.clear()
        self.message.setVisible(False)

    def date_problems(self) -> dict[str, str]:
        """Dates typed in a form the services cannot read, by field name."""
        return {
            key: problem
            for key, slot in self.slots.items()
            if isinstance(slot.widget, DateField) and (problem := slot.widget.problem())
        }

    def footer(self, layout: QVBoxLayout, *, stretch: bool = True) -> None:
        if stretch:
            layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)


def cell(widget: QWidget, error: QLabel, caption: str | None = None) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    if caption:
        top = QLabel(caption)
        top.setObjectName("hint")
        top.setBuddy(widget)
        column.addWidget(top)
    column.addWidget(widget)
    column.addWidget(error)
    return box


def scrolling(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


class ErrorMap:
    """Which page and field a core field name belongs to, and showing messages under them."""

    def __init__(self, pages: Sequence[IntakePage]) -> None:
        self.pages = list(pages)

    def find(self, key: str) -> tuple[IntakePage, Slot] | None:
        # The services name rows "household.0.role"; accept "members[0].role" spellings too.
        key = re.sub(r"\[(\d+)\]", r".\1", key)
        if key.startswith("members."):
            key = "household." + key.removeprefix("members.")
        for page in self.pages:
            slot = page.slot(key)
            if slot is not None:
                return page, slot
        return None

    def owner(self, key: str) -> IntakePage | None:
        found = self.find(key)
        return found[0] if found is not None else None

    def message(self, key: str) -> str:
        found = self.find(key)
        if found is None or not found[1].error.isVisible():
            return ""
        return found[1].error.text()

    def show(
        self, errors: dict[str, str], *, fallback: IntakePage, only: IntakePage | None = None
    ) -> int | None:
        """Put each message under its field (``fallback``'s page message when no field owns
        it); return the number of the first page with a message."""
        for page in [only] if only is not None else self.pages:
            page.clear_errors()
        first: int | None = None
        for key, text in errors.items():
            found = self.find(key)
            page, slot = found if found is not None else (fallback, None)
            if only is not None and page is not only:
                continue
            if slot is not None:
                slot.show(text)
            else:
                page.message.setText(text)
                page.message.setVisible(True)
            number = self.pages.index(page)
            first = number if first is None else min(first, number)
        return first
