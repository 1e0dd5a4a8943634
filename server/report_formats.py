"""Reports as JSON and CSV: one stable rendering of the core's frozen dataclasses.

JSON keeps every dataclass field, in the order the class declares it; days are ISO dates,
choices their value, ``Decimal`` a string (never a rounded float), tuples lists. CSV lays the
same figures out one per row — ``report, figure, all, tanf`` — so the everyone and TANF
columns of a figure sit side by side, as supervisors compare them.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from coachapp.services.reports import ReferralLine, ReportFilter, Split

FORMAT_VERSION = 1
CSV_HEADER = ("report", "figure", "all", "tanf")


def json_value(value: Any) -> Any:
    """``value`` as plain JSON types (dict, list, str, int, float, bool, None)."""
    if value is None or isinstance(value, bool | int | str):
        # Enum members that are str or int subclasses answer their plain value.
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return json_value(value.value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(json_value(k)): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    raise TypeError(f"no JSON form for {type(value).__name__}")


def filter_echo(f: ReportFilter) -> dict[str, Any]:
    """The filter a report was computed for, with "today" as the day actually used."""
    return {
        "period_start": f.period_start.isoformat(),
        "period_end": f.period_end.isoformat(),
        "as_of": f.today.isoformat(),
        "coach_id": f.coach_id,
        "team_id": f.team_id,
        "site_id": f.site_id,
        "study_group": json_value(f.study_group),
    }


def report_document(name: str, f: ReportFilter, result: Any) -> dict[str, Any]:
    """The answer of ``GET /v1/reports/{name}`` and of ``report --format json``."""
    return {
        "report": name,
        "format_version": FORMAT_VERSION,
        "filter": filter_echo(f),
        "result": json_value(result),
    }


# --- CSV ----------------------------------------------------------------------------------------


def csv_text(name: str, f: ReportFilter, result: Any) -> str:
    """The report as CSV: a header, the filter's rows, then one row a figure."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for key, value in filter_echo(f).items():
        writer.writerow(("filter", key, _cell(value), ""))
    reports = result if isinstance(result, dict) else {name: result}
    for report, value in reports.items():
        for figure, everyone, tanf in _rows(value, ""):
            writer.writerow((report, figure, _cell(everyone), _cell(tanf)))
    return out.getvalue()


_NOT_SPLIT = object()


def _rows(value: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    """(figure, value for all, value for TANF recipients or a blank) for every leaf."""
    if isinstance(value, Split):
        tanf = dict(_leaves(value.tanf, path))
        for figure, everyone in _leaves(value.all, path):
            yield figure, everyone, tanf.get(figure)
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _rows(getattr(value, f.name), _join(path, f.name))
        return
    if isinstance(value, list | tuple) and not _is_plain_list(value):
        for index, item in enumerate(value):
            label, item = _labelled(item, index)
            yield from _rows(item, f"{path}[{label}]")
        return
    yield path, value, _NOT_SPLIT


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    for figure, leaf, _ in _rows(value, path):
        yield figure, leaf


def _labelled(item: Any, index: int) -> tuple[str, Any]:
    """A readable label for one line of a list, and what is left to lay out under it."""
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Enum):
        return str(item[0].value), item[1]  # (status, counts)
    if isinstance(item, ReferralLine) and item.role is not None:
        return f"{item.key} ({item.role.value})", item
    for attribute in ("name", "key", "site_name", "month", "week_start"):
        label = getattr(item, attribute, None)
        if isinstance(label, str | date):
            return _cell(label), item
    return str(index), item


def _is_plain_list(value: list[Any] | tuple[Any, ...]) -> bool:
    """A list of plain values (goal ids) is one cell; a list of lines is laid out by line."""
    return all(isinstance(v, str | int | float | date) for v in value)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _cell(value: Any) -> str:
    if value is _NOT_SPLIT or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return " ".join(_cell(v) for v in value)
    plain = json_value(value)
    text = plain if isinstance(plain, str) else str(plain)
    return _defused(text) if isinstance(plain, str) else text


def _defused(text: str) -> str:
    """Text a spreadsheet would run as a formula (a site named "=HYPERLINK(…)") is quoted."""
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
