"""Which reference tables an administrator may import, their columns and natural keys.

A file names rows the way people know them: a team by its code, a partner by its name,
a poverty guideline by (year, region). Foreign keys are given as codes (a site's
``adopted_by_team`` is a team code) and turned into ids at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.sql.schema import Column

from coachapp.models import (
    SYNC_COLUMNS,
    Course,
    EnrollmentGoal,
    FundingSource,
    Partner,
    PovertyGuideline,
    ServiceType,
    Site,
    SyncedMixin,
    Team,
)


@dataclass(frozen=True)
class CodeRef:
    """A file column holding another table's code, stored as that row's id in ``attr``."""

    attr: str
    target: type[Team] | type[Site]


@dataclass(frozen=True)
class ReferenceTable:
    name: str
    model: type[SyncedMixin]
    #: File columns that identify a row: a matching row is updated, not duplicated.
    key: tuple[str, ...]
    refs: Mapping[str, CodeRef] = field(default_factory=dict)

    def columns(self) -> dict[str, Column[Any]]:
        """The model's own columns a file may set (sync bookkeeping and raw ids excluded)."""
        hidden = SYNC_COLUMNS | {ref.attr for ref in self.refs.values()}
        table = self.model.__table__  # type: ignore[attr-defined]
        return {c.name: c for c in table.columns if c.name not in hidden}

    def allowed(self) -> list[str]:
        return [*self.columns(), *self.refs]

    def required(self) -> list[str]:
        """Columns every row must fill: no default, no empty value, or part of the key."""
        needed = [
            name
            for name, col in self.columns().items()
            if not col.nullable and col.default is None and col.server_default is None
        ]
        return needed + [k for k in self.key if k not in needed and k not in self.refs]

    def key_attrs(self) -> tuple[str, ...]:
        """The natural key in model attribute names (codes resolved to ids)."""
        return tuple(self.refs[k].attr if k in self.refs else k for k in self.key)


_TEAM = CodeRef(attr="team_id", target=Team)

#: In import order: teams before the sites and goals that name them.
REFERENCE_TABLES: dict[str, ReferenceTable] = {
    t.name: t
    for t in (
        ReferenceTable("teams", Team, key=("code",)),
        ReferenceTable(
            "sites",
            Site,
            key=("code",),
            refs={"adopted_by_team": CodeRef(attr="adopted_by_team_id", target=Team)},
        ),
        ReferenceTable("partners", Partner, key=("name",)),
        ReferenceTable("courses", Course, key=("name",)),
        ReferenceTable("service_types", ServiceType, key=("code",)),
        ReferenceTable("funding_sources", FundingSource, key=("code",)),
        ReferenceTable(
            "enrollment_goals",
            EnrollmentGoal,
            key=("team", "site", "period_start", "period_end"),
            refs={"team": _TEAM, "site": CodeRef(attr="site_id", target=Site)},
        ),
        ReferenceTable("poverty_guidelines", PovertyGuideline, key=("year", "region")),
    )
}


def table_named(name: str) -> ReferenceTable | None:
    """The table a file or JSON key names ("service-types", "Sites" and "sites.csv" work)."""
    return REFERENCE_TABLES.get(name.strip().lower().replace("-", "_").replace(" ", "_"))


def domain_problem(table: str, values: Mapping[str, Any]) -> tuple[str, str] | None:
    """(column, reason) when typed values break a rule of the program, else None."""
    for name in ("target", "base_amount", "per_extra_person", "length_weeks"):
        value = values.get(name)
        if isinstance(value, int) and value < 0:
            return name, "must not be negative"
    year = values.get("year")
    if table == "poverty_guidelines" and isinstance(year, int) and not 1990 <= year <= 2100:
        return "year", "must be a year between 1990 and 2100"
    start, end = values.get("period_start"), values.get("period_end")
    if start is not None and end is not None and end < start:
        return "period_end", "must not be before period_start"
    return None
