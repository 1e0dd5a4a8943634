"""Reading reference data from CSV or JSON into typed, validated rows (no database here).

Every problem in the file is collected with its place (file, row, column) so the
administrator sees where to look; nothing is written unless the whole file is clean.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer
from sqlalchemy import Enum as SAEnum
from sqlalchemy.sql.schema import Column

from coachapp.models.wire import from_wire
from server.admin.errors import AdminError
from server.admin.reference_tables import (
    REFERENCE_TABLES,
    ReferenceTable,
    domain_problem,
    table_named,
)

_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}
# Spreadsheets write large whole numbers with thousands separators ("15,650").
_INTEGER = re.compile(r"^[+-]?(\d+|\d{1,3}(,\d{3})+)$")


class ImportRefused(AdminError):
    """The file has problems; the first is shown with a count of the rest."""

    def __init__(self, problems: list[str]) -> None:
        more = len(problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(f"{problems[0]}{tail}; nothing was imported")
        self.problems = problems


@dataclass(frozen=True)
class SourceRow:
    #: Where the row is, as the administrator would look for it: "sites.csv: row 4".
    where: str
    #: File column → typed value; code columns keep the code text (or None).
    values: dict[str, Any]


@dataclass(frozen=True)
class SourceTable:
    table: ReferenceTable
    rows: list[SourceRow]


def read_reference_file(path: Path, *, table: str | None = None) -> list[SourceTable]:
    """The tables in ``path`` (``.csv``: one table; ``.json``: ``{"sites": [...], ...}``)."""
    label = str(path)
    chosen: ReferenceTable | None = None
    if table is not None:
        chosen = table_named(table)
        if chosen is None:
            raise AdminError(f"unknown table {table!r} (one of: {', '.join(REFERENCE_TABLES)})")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise AdminError(f"{label}: give a .csv or .json file")
    if not path.is_file():
        raise AdminError(f"{label}: no such file")
    problems: list[str] = []
    if suffix == ".csv":
        chosen = chosen or table_named(path.stem)
        if chosen is None:
            raise AdminError(
                f"{label}: cannot tell which table this file holds; name it after the table "
                f"(e.g. sites.csv) or give --table (one of: {', '.join(REFERENCE_TABLES)})"
            )
        tables = [SourceTable(chosen, _read_csv(path, label, chosen, problems))]
    else:
        tables = _read_json(path, label, chosen, problems)
    if problems:
        raise ImportRefused(problems)
    order = list(REFERENCE_TABLES)
    return sorted(tables, key=lambda t: order.index(t.table.name))


def _read_csv(
    path: Path, label: str, table: ReferenceTable, problems: list[str]
) -> list[SourceRow]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            records = list(csv.reader(f))
    except UnicodeDecodeError:
        raise AdminError(f"{label}: not UTF-8 text (save it as CSV UTF-8)") from None
    except csv.Error as exc:
        raise AdminError(f"{label}: not a readable CSV file ({exc})") from None
    except OSError as exc:
        raise AdminError(f"{label}: cannot read it ({exc.strerror})") from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise AdminError(f"{label}: the first row must name the columns")
    header = [cell.strip().lower() for cell in records[0]]
    where_header = f"{label}: row 1 (column names)"
    allowed = set(table.allowed())
    for name in header:
        if name and name not in allowed:
            problems.append(_unknown_column(where_header, name, table))
        elif name and header.count(name) > 1:
            problems.append(f"{where_header}, column {name}: named twice")
    missing = [name for name in table.required() if name not in header]
    if missing:
        problems.append(f"{where_header}: missing required column(s) {', '.join(missing)}")
    if problems:
        return []
    rows: list[SourceRow] = []
    # Row numbers as a spreadsheet shows them: the column names are row 1.
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines in hand-edited files
        where = f"{label}: row {number}"
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            problems.append(f"{where}: has more cells than there are column names")
            continue
        raw: dict[str, Any] = {}
        for index, name in enumerate(header):
            cell = cells[index] if index < len(cells) else ""
            if not name:
                # Spreadsheets add unnamed trailing columns; only a filled one is a mistake.
                if cell.strip():
                    problems.append(f"{where}: a cell in column {index + 1} has no column name")
                continue
            raw[name] = cell
        typed = _typed_row(where, raw, table, problems, from_text=True)
        if typed is not None:
            rows.append(SourceRow(where, typed))
    return rows


def _read_json(
    path: Path, label: str, chosen: ReferenceTable | None, problems: list[str]
) -> list[SourceTable]:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise AdminError(f"{label}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise AdminError(
            f"{label}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except OSError as exc:
        raise AdminError(f"{label}: cannot read it ({exc.strerror})") from None
    sections: list[tuple[ReferenceTable, Any]] = []
    if isinstance(document, list):
        table = chosen or table_named(path.stem)
        if table is None:
            raise AdminError(
                f"{label}: a JSON list needs --table, or use an object like "
                '{"sites": [...], "partners": [...]}'
            )
        sections.append((table, document))
    elif isinstance(document, dict):
        for key, value in document.items():
            table = table_named(str(key))
            if table is None:
                problems.append(
                    f"{label}: unknown table {key!r} (one of: {', '.join(REFERENCE_TABLES)})"
                )
            elif chosen is None or table is chosen:
                sections.append((table, value))
        if chosen is not None and not sections:
            raise AdminError(f"{label}: holds no {chosen.name!r} list")
    else:
        raise AdminError(f'{label}: expected an object of lists, like {{"sites": [...]}}')
    tables: list[SourceTable] = []
    for table, items in sections:
        if not isinstance(items, list):
            problems.append(f"{label}: {table.name} must be a list of objects")
            continue
        rows: list[SourceRow] = []
        for number, item in enumerate(items, start=1):
            where = f"{label}: {table.name} row {number}"
            if not isinstance(item, dict):
                problems.append(f"{where}: must be an object of column: value")
                continue
            typed = _typed_row(where, item, table, problems, from_text=False)
            if typed is not None:
                rows.append(SourceRow(where, typed))
        tables.append(SourceTable(table, rows))
    return tables


def _typed_row(
    where: str,
    raw: dict[str, Any],
    table: ReferenceTable,
    problems: list[str],
    *,
    from_text: bool,
) -> dict[str, Any] | None:
    """Typed values of one row, or None after adding its problems to ``problems``."""
    before = len(problems)
    columns = table.columns()
    typed: dict[str, Any] = {}
    for name, value in raw.items():
        key = str(name).strip().lower()
        if key in table.refs:
            code = _clean(value)
            if code is not None and not isinstance(code, str):
                problems.append(f"{where}, column {key}: must be a code (text)")
            typed[key] = code
        elif key in columns:
            column = columns[key]
            if _clean(value) is None and not column.nullable and column.default is not None:
                # A blank cell where the column has a default: the default for a new row,
                # the current value for an existing one (as if the column were left out).
                continue
            try:
                typed[key] = _value(column, value, from_text=from_text)
            except ValueError as exc:
                problems.append(f"{where}, column {key}: {exc}")
        else:
            problems.append(_unknown_column(where, key, table))
    for name in table.required():
        if typed.get(name) is None and not any(
            p.startswith(f"{where}, column {name}:") for p in problems[before:]
        ):
            problems.append(f"{where}, column {name}: required")
    if len(problems) == before:
        broken = domain_problem(table.name, typed)
        if broken is not None:
            problems.append(f"{where}, column {broken[0]}: {broken[1]}")
    return typed if len(problems) == before else None


def _value(column: Column[Any], value: Any, *, from_text: bool) -> Any:
    """A column's typed value from a CSV cell (text) or a JSON value; ValueError says why."""
    value = _clean(value)
    if isinstance(value, list | dict):
        raise ValueError("must be a single value")
    if from_text and value is not None:
        value = _parse_text(column, value)
    if isinstance(column.type, SAEnum) and isinstance(value, str):
        # "ak" for "AK", "DHS_Branch" for "dhs_branch": letter case is not worth a refusal.
        same = [v for v in column.type.enums if v.lower() == value.lower()]
        value = same[0] if len(same) == 1 else value
    try:
        return from_wire(column, value)
    except ValueError as exc:
        if isinstance(column.type, Date):
            raise ValueError("must be a date (YYYY-MM-DD)") from None
        raise ValueError(str(exc)) from None


def _parse_text(column: Column[Any], text: str) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        folded = text.lower()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        raise ValueError("must be true or false (yes/no, 1/0 also work)")
    if isinstance(kind, Integer):
        if not _INTEGER.match(text):
            raise ValueError("must be a whole number")
        return int(text.replace(",", ""))
    if isinstance(kind, Float):
        try:
            return float(text.replace(",", ""))
        except ValueError:
            raise ValueError("must be a number") from None
    return text


def _clean(value: Any) -> Any:
    """Text stripped; an empty cell or string means "no value"."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _unknown_column(where: str, name: str, table: ReferenceTable) -> str:
    return (
        f"{where}, column {name or '(unnamed)'}: not a column of {table.name} "
        f"(columns: {', '.join(table.allowed())})"
    )
