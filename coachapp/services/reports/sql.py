"""SQL pieces the reports share, written once so they read the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Date,
    Exists,
    Integer,
    case,
    exists,
    func,
    literal_column,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
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


class YearsBefore(FunctionElement[date]):
    """The day ``years`` years before a day, to compare birth dates with: see
    ``younger_than``."""

    type = Date()
    inherit_cache = True
    name = "years_before"


def younger_than(
    born: ColumnElement[date | None] | InstrumentedAttribute[date | None],
    day: ColumnElement[date],
    years: int,
) -> ColumnElement[bool]:
    """True when someone born on ``born`` is not yet ``years`` old on ``day``.

    That is, born after the same month and day ``years`` years earlier: the whole years
    between the two days as the numbers YYYYMMDD tell them, so someone born on 29 February
    is a year older on 1 March. Written as a comparison of the birth date, so that an index
    on it can be used and no date is taken apart row by row.
    """
    return born > YearsBefore(day, literal_column(str(int(years)), Integer))


@compiles(YearsBefore)
def _years_before_default(element: YearsBefore, compiler: SQLCompiler, **kw: Any) -> str:
    # 29 February minus whole years is 28 February when that year has no 29th: a birth
    # date after it is after "29 February" too.
    day, years = (compiler.process(c, **kw) for c in element.clauses)
    return f"({day} - make_interval(years => {years}))"


@compiles(YearsBefore, "sqlite")
def _years_before_sqlite(element: YearsBefore, compiler: SQLCompiler, **kw: Any) -> str:
    # Dates are stored as 'YYYY-MM-DD' text; '2018-02-29' is no date, but it sorts between
    # '2018-02-28' and '2018-03-01' as it should.
    day, years = (compiler.process(c, **kw) for c in element.clauses)
    return f"(printf('%04d', CAST(substr({day}, 1, 4) AS INTEGER) - {years}) || substr({day}, 5))"


class NoIndex(FunctionElement[Any]):
    """A column SQLite may not look up by its own index (``+column``): as it is elsewhere."""

    inherit_cache = True
    name = "no_index"


def no_index(column: InstrumentedAttribute[Any]) -> NoIndex:
    """``column``, for a filter SQLite must test while it reads the report's covering index.

    A coach's laptop holds mostly that coach's participants; told to look them up through
    the index on the coach alone, SQLite (which has no statistics to know better) reads
    every participant's whole row — 3.4 s for a coach's 80,000 where all 100,000 take 2 s.
    """
    element = NoIndex(column)
    element.type = column.type
    return element


@compiles(NoIndex)
def _no_index_default(element: NoIndex, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return compiler.process(column, **kw)


@compiles(NoIndex, "sqlite")
def _no_index_sqlite(element: NoIndex, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return f"+{compiler.process(column, **kw)}"


def any_row(*where: ColumnExpressionArgument[bool]) -> Exists:
    """EXISTS (SELECT 1 … WHERE ``where``): asking for no column lets SQLite answer from an
    index holding the columns ``where`` reads, without reading the table's rows."""
    return exists(literal_column("1")).where(*where)


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
