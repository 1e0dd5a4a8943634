"""How report figures read: counts with thousands separators, percents to one decimal ("—"
for a percent of nobody), wages in dollars, weekly hours to one decimal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from coachapp.services.reports import Rate
from ui.widgets import casework_words as words


def count(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


def percent(p: float | None) -> str:
    return "—" if p is None else f"{p:.1f}%"


def rate_cells(r: Rate) -> tuple[str, str, str]:
    """Number, out of, percent."""
    return count(r.count), count(r.denominator), percent(r.percent)


def wage(cents: int | None) -> str:
    return "—" if cents is None else words.money(cents)


def weekly_hours(h: float | None) -> str:
    return "—" if h is None else f"{h:.1f}"


def month_name(first: date, *, short: bool = False, year: bool = True) -> str:
    """ "Jan 2025" (or "Jan" / "Jan 25") in the language the app is shown in."""
    pattern = ("MMM" if short else "MMM yyyy") if year else "MMM"
    if short and year:
        pattern = "MMM yy"
    return QLocale().toString(QDate(first.year, first.month, 1), pattern)


def side_by_side(
    leading: tuple[str, ...],
    measures: tuple[str, ...],
    *,
    groups: tuple[str, str, str, str],
    tanf_measures: tuple[str, ...] | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Column names (for the CSV) and headers (two lines, for the screen and the PDF) of a
    table showing ``measures`` for all participants, then for TANF recipients.

    ``groups`` is (all, TANF, short all, short TANF): "All participants", "TANF recipients",
    "All", "TANF".
    """
    everyone, tanf, everyone_short, tanf_short = groups
    theirs = measures if tanf_measures is None else tanf_measures
    columns = (
        *leading,
        *(f"{everyone} – {m}" for m in measures),
        *(f"{tanf} – {m}" for m in theirs),
    )
    headers = (
        *leading,
        *(f"{everyone_short}\n{m}" for m in measures),
        *(f"{tanf_short}\n{m}" for m in theirs),
    )
    return columns, headers
