"""SQL pieces the reports share, written once so they read the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Date,
    Integer,
    case,
    extract,
    func,
    literal_column,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class DaysAfter(FunctionElement[date]):
    """``day`` plus a whole number of days, as a date."""

    type = Date()
    inherit_cache = True
    name = "days_after"


def days_after(day: ColumnElement[date], days: int) -> DaysAfter:
    # The count goes in as literal SQL (it is an int from our own code) so that each count is
    # its own cached statement and SQLite can take it inside its date modifier.
    return DaysAfter(day, literal_column(str(int(days)), Integer))


@compiles(DaysAfter)
def _days_after_default(element: DaysAfter, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"({compiler.process(day, **kw)} + {compiler.process(days, **kw)})"


@compiles(DaysAfter, "sqlite")
def _days_after_sqlite(element: DaysAfter, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = list(element.clauses)
    return f"date({compiler.process(day, **kw)}, '{compiler.process(days, **kw)} days')"


def day_number(day: ColumnExpressionArgument[date | None]) -> ColumnElement[int]:
    """The date as the number YYYYMMDD: whole years between two days are (b - a) // 10000."""
    return extract("year", day) * 10000 + extract("month", day) * 100 + extract("day", day)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet ``condition`` (0, never NULL, when none do)."""
    return func.count(case((condition, 1)))


def average_if(
    condition: ColumnElement[bool], value: ColumnExpressionArgument[Any]
) -> ColumnElement[Any]:
    """The average of ``value`` over the rows meeting ``condition`` (NULL when none do)."""
    return func.avg(case((condition, value)))


def sum_if(
    condition: ColumnElement[bool], value: ColumnExpressionArgument[Any]
) -> ColumnElement[Any]:
    """The sum of ``value`` over the rows meeting ``condition`` (0 when none do)."""
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)
