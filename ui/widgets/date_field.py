"""A date typed the way US forms ask for it (MM/DD/YYYY; YYYY-MM-DD works too), or left empty.

``QDateEdit`` cannot be empty, and most dates on a coach's forms are optional.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

_US = re.compile(r"^\s*(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date | None:
    """The date in ``text`` (MM/DD/YYYY or YYYY-MM-DD), or None when it is not one."""
    us, iso = _US.match(text), _ISO.match(text)
    try:
        if us:
            return date(int(us.group(3)), int(us.group(1)), int(us.group(2)))
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        return None
    return None


def show_date(value: date) -> str:
    return f"{value.month:02d}/{value.day:02d}/{value.year:04d}"


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("MM/DD/YYYY"))
        self.setMaxLength(10)
        self.setMaximumWidth(140)

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, date):
            self.setText(show_date(value))
        elif isinstance(value, str):
            parsed = parse_date(value)
            self.setText(show_date(parsed) if parsed else value)
        else:
            self.clear()

    def value(self) -> str | None:
        """ISO text when it is a date (what the services read), what was typed otherwise."""
        text = self.text().strip()
        if not text:
            return None
        parsed = parse_date(text)
        return parsed.isoformat() if parsed else text

    def problem(self) -> str | None:
        """What is wrong with what was typed, for the message under the field."""
        text = self.text().strip()
        if text and parse_date(text) is None:
            return self.tr("Type a date like 05/17/1994 (month/day/year).")
        return None
