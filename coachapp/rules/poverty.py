"""HHS poverty guidelines: a household's guideline amount, and its income as a percent of it.

Guidelines come from the bundled ``resources/poverty_guidelines.json`` (:func:`load_guidelines`)
or from reference rows an administrator imported (:meth:`GuidelineTable.from_rows`). HHS
publishes three sets a year: the 48 contiguous states and DC, Alaska, and Hawaii. It defines
none for Puerto Rico, the other territories or the freely associated states.

For households of 1 to 8 the published table is used as printed; above 8 the published
per-person add-on is added to the 8-person amount. Rows without a table use
``base + (size - 1) * per_person``, which is how the tables are built.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Final, NoReturn

from coachapp.errors import ValidationError
from coachapp.resources import resources_dir

CONTIGUOUS: Final = "contiguous"
ALASKA: Final = "AK"
HAWAII: Final = "HI"
REGIONS: Final = (CONTIGUOUS, ALASKA, HAWAII)
REGION_NAMES: Final = {CONTIGUOUS: "the 48 states and DC", ALASKA: "Alaska", HAWAII: "Hawaii"}

MIN_HOUSEHOLD_SIZE: Final = 1
MAX_HOUSEHOLD_SIZE: Final = 30
MAX_TABLE_SIZE: Final = 8
MAX_ANNUAL_INCOME: Final = Decimal(10_000_000)
GUIDELINES_FILE: Final = "poverty_guidelines.json"
FORMAT_VERSION: Final = 1

# fmt: off
CONTIGUOUS_STATES: Final = frozenset({
    "AL", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
    "WA", "WV", "WI", "WY",
})
# fmt: on
# Territories and freely associated states: HHS publishes no poverty guidelines for them.
NOT_COVERED: Final = frozenset({"PR", "GU", "VI", "AS", "MP", "FM", "MH", "PW"})

_TENTH = Decimal("0.1")
_ROW_KEYS: Final = ("year", "region", "base", "per_person")
_TERRITORY: Final = (
    "HHS poverty guidelines are not defined for U.S. territories or the freely associated "
    "states; use the program's own income standard there."
)
_INCOME: Final = "Annual income must be an amount from $0 up to (not including) $10,000,000."
_SIZE: Final = (
    f"Household size must be a whole number from {MIN_HOUSEHOLD_SIZE} to {MAX_HOUSEHOLD_SIZE}."
)


def state_region(state: str) -> str:
    """The guideline region of a 2-letter USPS code: ``"contiguous"``, ``"AK"`` or ``"HI"``."""
    code = state.strip().upper() if isinstance(state, str) else ""
    if code in (ALASKA, HAWAII):
        return code
    if code in CONTIGUOUS_STATES:
        return CONTIGUOUS
    if code in NOT_COVERED:
        _invalid("state", _TERRITORY)
    _invalid("state", "Enter the two-letter postal code of a U.S. state or DC (for example OH).")


@dataclass(frozen=True)
class Guideline:
    """One year's guideline for one region, in whole dollars a year."""

    year: int
    region: str
    base: int
    per_person: int
    table: tuple[int, ...] = ()  # published amounts for households of 1..len(table)

    def formula(self, household_size: int) -> int:
        """``base + (size - 1) * per_person``: how HHS builds the table."""
        return self.base + (household_size - 1) * self.per_person

    def amount(self, household_size: int) -> int:
        """The guideline for ``household_size`` (already validated, ≥ 1)."""
        if household_size <= len(self.table):
            return self.table[household_size - 1]
        if self.table:
            return self.table[-1] + (household_size - len(self.table)) * self.per_person
        return self.formula(household_size)


@dataclass(frozen=True)
class GuidelineTable:
    """Guidelines for several years, keyed by ``(year, region)``."""

    guidelines: Mapping[tuple[int, str], Guideline]
    sources: Mapping[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "guidelines", MappingProxyType(dict(self.guidelines)))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))

    @property
    def years(self) -> tuple[int, ...]:
        """The years on file, oldest first."""
        return tuple(sorted({year for year, _ in self.guidelines}))

    def source(self, year: int) -> str | None:
        """Where that year's figures were published, if known."""
        return self.sources.get(year)

    def guideline(self, *, year: int, region: str) -> Guideline:
        """The guideline for ``year`` in ``region``; ValidationError naming the years on file."""
        _check_year(year)
        found = self.guidelines.get((year, region))
        if found is not None:
            return found
        years = self.years
        if year in years:
            _invalid("state", f"The {year} guidelines on file have no figures for {_name(region)}.")
        if not years:
            _invalid("year", "No poverty guidelines are on file.")
        listed = ", ".join(str(y) for y in years)
        _invalid("year", f"No poverty guidelines on file for {year}. Years available: {listed}.")

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[object] | Mapping[str, object]]) -> GuidelineTable:
        """Build a table from ``(year, region, base, per_person[, source])`` tuples or dicts.

        Dicts use those keys and may add ``table`` (the published amounts for 1..8 persons).
        Regions are ``"contiguous"``, ``"AK"`` or ``"HI"`` (any case).
        """
        guidelines: dict[tuple[int, str], Guideline] = {}
        sources: dict[int, str] = {}
        for number, row in enumerate(rows, start=1):
            guideline, source = _parse_row(row, number)
            key = (guideline.year, guideline.region)
            if key in guidelines:
                _bad(number, f"{guideline.year} {_name(guideline.region)} appears twice")
            guidelines[key] = guideline
            if source and guideline.year not in sources:
                sources[guideline.year] = source
        return cls(guidelines, sources)

    @classmethod
    def from_json(cls, data: object) -> GuidelineTable:
        """Build a table from the bundled file's format (``"version": 1``)."""
        if not isinstance(data, Mapping) or data.get("version") != FORMAT_VERSION:
            _malformed("is not in a format this app reads")
        years = data.get("years")
        if not isinstance(years, Mapping):
            _malformed("lists no years")
        rows: list[Mapping[str, object]] = []
        for year_text, entry in years.items():
            regions = entry.get("regions") if isinstance(entry, Mapping) else None
            if not isinstance(regions, Mapping) or not str(year_text).isdigit():
                _malformed(f"has a malformed entry for {year_text}")
            for region, figures in regions.items():
                if not isinstance(figures, Mapping):
                    _malformed(f"has malformed {year_text} figures for {region}")
                extra = {"year": int(year_text), "region": region, "source": entry.get("source")}
                rows.append({**figures, **extra})
        return cls.from_rows(rows)


def read_guidelines(path: Path) -> GuidelineTable:
    """Read a guidelines file in the bundled format."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        _malformed("file is missing or damaged", exc)
    return GuidelineTable.from_json(data)


@cache
def load_guidelines() -> GuidelineTable:
    """The guidelines bundled with the app (read once, then cached)."""
    return read_guidelines(resources_dir() / GUIDELINES_FILE)


def guideline_amount(
    *, year: int, state: str, household_size: int, table: GuidelineTable | None = None
) -> int:
    """The poverty guideline, in dollars a year, for a household of that size in that state."""
    _check_household_size(household_size)
    region = state_region(state)
    guidelines = load_guidelines() if table is None else table
    return guidelines.guideline(year=year, region=region).amount(household_size)


def percent_of_poverty(
    *,
    year: int,
    state: str,
    household_size: int,
    annual_income: Decimal | int | float,
    table: GuidelineTable | None = None,
) -> Decimal:
    """Annual income as a percent of the guideline, to one decimal place (half rounds up)."""
    income = _income(annual_income)
    amount = guideline_amount(year=year, state=state, household_size=household_size, table=table)
    with localcontext() as ctx:
        ctx.prec = 50
        return (income * 100 / Decimal(amount)).quantize(_TENTH, rounding=ROUND_HALF_UP)


# --- validation helpers -----------------------------------------------------------------------


def _name(region: str) -> str:
    return REGION_NAMES.get(region, "that region")


def _invalid(field_name: str, message: str) -> NoReturn:
    raise ValidationError({field_name: message})


def _check_year(year: object) -> None:
    if isinstance(year, bool) or not isinstance(year, int):
        _invalid("year", "The year must be a whole number, for example 2025.")


def _check_household_size(size: object) -> None:
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_HOUSEHOLD_SIZE:
        _invalid("household_size", _SIZE)


def _income(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
        _invalid("annual_income", _INCOME)
    amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not amount.is_finite() or amount < 0 or amount >= MAX_ANNUAL_INCOME:
        _invalid("annual_income", _INCOME)
    return amount


def _malformed(problem: str, cause: Exception | None = None) -> NoReturn:
    raise ValidationError({"guidelines": f"The poverty guidelines data {problem}."}) from cause


def _bad(number: int, problem: str) -> NoReturn:
    raise ValidationError({"guidelines": f"Poverty guidelines row {number}: {problem}."})


def _whole(value: object, number: int, what: str) -> int:
    """A positive whole number from an int, a digit string or an integral Decimal."""
    try:
        if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
            raise TypeError
        amount = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
        if not amount.is_finite() or amount != amount.to_integral_value() or amount <= 0:
            raise ValueError
    except (TypeError, ValueError, InvalidOperation):
        _bad(number, f"{what} must be a positive whole number")
    return int(amount)


def _region(value: object, number: int) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if text.upper() in (ALASKA, HAWAII):
        return text.upper()
    if text.lower() == CONTIGUOUS:
        return CONTIGUOUS
    _bad(number, 'region must be "contiguous", "AK" or "HI"')


def _parse_row(
    row: Sequence[object] | Mapping[str, object], number: int
) -> tuple[Guideline, str | None]:
    published: object = None
    source: object = None
    if isinstance(row, Mapping):
        missing = [key for key in _ROW_KEYS if key not in row]
        if missing:
            _bad(number, "missing " + ", ".join(missing))
        year, region, base, per_person = (row[key] for key in _ROW_KEYS)
        published, source = row.get("table"), row.get("source")
    elif isinstance(row, Sequence) and not isinstance(row, str) and len(row) in (4, 5):
        year, region, base, per_person = row[0], row[1], row[2], row[3]
        source = row[4] if len(row) == 5 else None
    else:
        _bad(number, "expected (year, region, base, per_person)")
    parsed_year = _whole(year, number, "year")
    if not 1900 <= parsed_year <= 2200:
        _bad(number, "year is out of range")
    guideline = Guideline(
        year=parsed_year,
        region=_region(region, number),
        base=_whole(base, number, "base amount"),
        per_person=_whole(per_person, number, "per-person add-on"),
        table=_table(published, number),
    )
    if guideline.table and guideline.table[0] != guideline.base:
        _bad(number, "the table's 1-person amount differs from the base amount")
    if source is not None and not isinstance(source, str):
        _bad(number, "source must be text")
    return guideline, (source.strip() or None) if isinstance(source, str) else None


def _table(value: object, number: int) -> tuple[int, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Sequence):
        _bad(number, "table must be a list of amounts")
    amounts = tuple(_whole(v, number, "each table amount") for v in value)
    if not 1 <= len(amounts) <= MAX_TABLE_SIZE:
        _bad(number, f"table must list 1 to {MAX_TABLE_SIZE} amounts")
    if any(later <= earlier for earlier, later in pairwise(amounts)):
        _bad(number, "table amounts must rise with household size")
    return amounts
