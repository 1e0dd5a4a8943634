"""The Reports page's figures as the coach reads them: titled tables of plain text, with the
definition of each line. The screen, the CSV and the PDF are all drawn from one of these,
so they can never disagree. Everything in it is an aggregate: no participant is named."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Line:
    """One row: its cells (the first is the label), what it counts, and how it is shown."""

    cells: tuple[str, ...]
    #: What the line counts, in the words of docs/indicators.md (the tooltip).
    definition: str = ""
    #: 0 for an indicator, 1 for a detail under it (its average wage, hours…).
    level: int = 0
    #: Needs attention (overdue referrals, an adopted branch with no recruits).
    attention: bool = False
    #: A total: shown in bold.
    total: bool = False
    #: The TANF recipients' line under a line for everyone (shaded like TANF columns).
    tanf: bool = False
    #: Cells (by column) that need attention, where the rest of the line does not.
    alert_cells: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[str, ...]
    lines: tuple[Line, ...]
    #: Column headers' explanations (tooltips), by column number.
    column_help: dict[int, str] = field(default_factory=dict)
    #: Headers as shown on screen and in the PDF, when shorter than ``columns``: the group on
    #: one line and the measure under it ("TANF\nout of"). The CSV uses ``columns``.
    headers: tuple[str, ...] = ()
    #: How many columns from the left hold words (left-aligned); the others hold figures.
    text_columns: int = 1
    #: The first column of the "TANF recipients" group, shaded apart; None when there is none.
    tanf_from: int | None = None
    #: Shown under the table (how to read it); and instead of it when it has no lines.
    note: str = ""
    empty: str = ""

    def header(self, column: int) -> str:
        return self.headers[column] if self.headers else self.columns[column]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    tables: tuple[Table, ...]


@dataclass(frozen=True)
class Headline:
    """A figure shown large at the top of the page and of the PDF's first page."""

    key: str
    label: str
    value: str
    detail: str
    definition: str


@dataclass(frozen=True)
class ReportDocument:
    program: str
    #: "January 1, 2025 – December 31, 2025".
    period: str
    #: "All coaches · East Branch · …" — the filters in words.
    filters: str
    #: When "open", "overdue" and the six-month results are judged.
    as_of: str
    computed_at: datetime
    headlines: tuple[Headline, ...]
    sections: tuple[Section, ...]

    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables() if t.key == key)
