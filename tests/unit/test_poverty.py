"""Poverty guidelines: what a coach sees when checking a household against the HHS guideline."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachapp.errors import ValidationError
from coachapp.resources import resources_dir
from coachapp.rules.poverty import (
    CONTIGUOUS_STATES,
    GUIDELINES_FILE,
    GuidelineTable,
    guideline_amount,
    load_guidelines,
    percent_of_poverty,
    read_guidelines,
    state_region,
)

# --- the bundled guidelines ---------------------------------------------------------------------


def test_bundled_file_carries_version_1_and_the_current_and_previous_year() -> None:
    table = load_guidelines()
    # Today is late 2026: the 2026 guidelines (January 2026) and 2025's must both be on file.
    assert {2025, 2026} <= set(table.years)
    for year in table.years:
        source = table.source(year)
        assert source is not None and "Annual Update of the HHS Poverty Guidelines" in source
    raw = json.loads((resources_dir() / GUIDELINES_FILE).read_text(encoding="utf-8"))
    assert raw["version"] == 1


def test_formula_reproduces_published_table_for_sizes_1_to_8() -> None:
    table = load_guidelines()
    for guideline in table.guidelines.values():
        assert len(guideline.table) == 8
        for size in range(1, 9):
            assert guideline.formula(size) == guideline.table[size - 1], (guideline, size)


@pytest.mark.parametrize(
    ("year", "state", "size", "published"),
    [
        (2024, "OH", 4, 31_200),  # 15,060 + 3 x 5,380 = 15,060 + 16,140 = 31,200
        (2024, "AK", 1, 18_810),  # Alaska base
        (2024, "HI", 8, 60_640),  # 17,310 + 7 x 6,190 = 17,310 + 43,330 = 60,640
        (2025, "TX", 4, 32_150),  # 15,650 + 3 x 5,500 = 15,650 + 16,500 = 32,150
        (2025, "AK", 8, 67_710),  # 19,550 + 7 x 6,880 = 19,550 + 48,160 = 67,710
        (2025, "HI", 4, 36_980),  # 17,990 + 3 x 6,330 = 17,990 + 18,990 = 36,980
        (2026, "CO", 3, 27_320),  # 15,960 + 2 x 5,680 = 15,960 + 11,360 = 27,320
        (2026, "AK", 1, 19_950),  # Alaska base
    ],
)
def test_published_amounts_come_back_for_each_region(
    year: int, state: str, size: int, published: int
) -> None:
    assert guideline_amount(year=year, state=state, household_size=size) == published


# --- percent of poverty -------------------------------------------------------------------------


def test_family_of_four_in_ohio_at_30000_is_93_3_percent_of_2025_guideline() -> None:
    # 2025 guideline for 4: 15,650 + 3 x 5,500 = 32,150; 30,000 / 32,150 = 0.93312... -> 93.3 %
    pct = percent_of_poverty(year=2025, state="OH", household_size=4, annual_income=30_000)
    assert pct == Decimal("93.3")


def test_family_of_four_in_ohio_at_30000_is_about_96_percent_of_2024_guideline() -> None:
    # 2024 guideline for 4: 15,060 + 3 x 5,380 = 31,200; 30,000 / 31,200 = 0.961538... -> 96.2 %
    pct = percent_of_poverty(year=2024, state="OH", household_size=4, annual_income=30_000)
    assert pct == Decimal("96.2")


def test_alaska_uses_its_own_higher_guideline() -> None:
    # 2025, household of 3:
    #   48 states: 15,650 + 2 x 5,500 = 26,650
    #   Alaska:    19,550 + 2 x 6,880 = 33,310
    #   Hawaii:    17,990 + 2 x 6,330 = 30,650
    assert guideline_amount(year=2025, state="OH", household_size=3) == 26_650
    assert guideline_amount(year=2025, state="AK", household_size=3) == 33_310
    assert guideline_amount(year=2025, state="HI", household_size=3) == 30_650
    # 30,000 / 33,310 = 0.900630... -> 90.1 % in Alaska; 30,000 / 26,650 = 1.125703... -> 112.6 %
    assert percent_of_poverty(
        year=2025, state="AK", household_size=3, annual_income=30_000
    ) == Decimal("90.1")
    assert percent_of_poverty(
        year=2025, state="OH", household_size=3, annual_income=30_000
    ) == Decimal("112.6")


def test_household_of_ten_uses_per_person_addon() -> None:
    # 2025, 48 states: 8 persons = 54,150; 10 persons = 54,150 + 2 x 5,500 = 65,150
    assert guideline_amount(year=2025, state="NY", household_size=10) == 65_150
    # 2024, Alaska: 8 persons = 65,920; 12 persons = 65,920 + 4 x 6,730 = 92,840
    assert guideline_amount(year=2024, state="AK", household_size=12) == 92_840


def test_household_of_thirty_is_the_largest_accepted() -> None:
    # 2025, 48 states: 54,150 + 22 x 5,500 = 54,150 + 121,000 = 175,150
    assert guideline_amount(year=2025, state="WA", household_size=30) == 175_150


def test_half_a_tenth_rounds_up() -> None:
    # 2025, 1 person = 15,650; 15,657.825 / 15,650 = 1.0005 exactly -> 100.05 % -> 100.1 %
    # (banker's rounding would give 100.0)
    for income in (Decimal("15657.825"), 15657.825):
        pct = percent_of_poverty(year=2025, state="GA", household_size=1, annual_income=income)
        assert pct == Decimal("100.1")


def test_no_income_is_zero_percent_and_just_under_ten_million_is_accepted() -> None:
    assert percent_of_poverty(year=2025, state="OH", household_size=2, annual_income=0) == Decimal(
        "0.0"
    )
    # 9,999,999.99 / 21,150 = 472.8132... -> 47,281.3 %
    assert percent_of_poverty(
        year=2025, state="OH", household_size=2, annual_income=Decimal("9999999.99")
    ) == Decimal("47281.3")


# --- states and regions -------------------------------------------------------------------------


def test_every_state_and_dc_has_a_region() -> None:
    assert len(CONTIGUOUS_STATES) == 49  # 48 contiguous states + DC
    assert state_region("DC") == "contiguous"
    assert state_region(" oh ") == "contiguous"
    assert state_region("ak") == "AK"
    assert state_region("HI") == "HI"


@pytest.mark.parametrize("territory", ["PR", "GU", "VI", "AS", "MP"])
def test_territories_are_not_covered_by_the_guidelines(territory: str) -> None:
    with pytest.raises(ValidationError) as caught:
        state_region(territory)
    assert "territories" in caught.value.fields["state"]


@pytest.mark.parametrize("code", ["", "ZZ", "Ohio", "O"])
def test_unknown_state_code_asks_for_a_postal_code(code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        guideline_amount(year=2025, state=code, household_size=1)
    assert set(caught.value.fields) == {"state"}


# --- bad input ----------------------------------------------------------------------------------


def test_unknown_year_names_available_years() -> None:
    with pytest.raises(ValidationError) as caught:
        guideline_amount(year=2019, state="OH", household_size=2)
    message = caught.value.fields["year"]
    assert "2019" in message
    assert "2024, 2025, 2026" in message


@pytest.mark.parametrize("size", [0, -1, 31, True, 2.0, "4"])
def test_household_size_must_be_1_to_30(size: object) -> None:
    with pytest.raises(ValidationError) as caught:
        guideline_amount(year=2025, state="OH", household_size=size)  # type: ignore[arg-type]
    assert set(caught.value.fields) == {"household_size"}


@pytest.mark.parametrize(
    "income",
    [-1, Decimal("-0.01"), 10_000_000, Decimal("NaN"), float("inf"), True, "30000", None],
)
def test_income_must_be_zero_to_under_ten_million(income: object) -> None:
    with pytest.raises(ValidationError) as caught:
        percent_of_poverty(
            year=2025,
            state="OH",
            household_size=1,
            annual_income=income,  # type: ignore[arg-type]
        )
    assert set(caught.value.fields) == {"annual_income"}


# --- administrator-imported guidelines ----------------------------------------------------------


def test_guidelines_imported_as_rows_are_used_instead_of_the_bundled_ones() -> None:
    # Made-up 2027 figures, only for this test.
    table = GuidelineTable.from_rows(
        [
            (2027, "contiguous", 16_000, 6_000, "Test notice"),
            {"year": 2027, "region": "ak", "base": "20000", "per_person": Decimal(7000)},
        ]
    )
    assert table.years == (2027,)
    assert table.source(2027) == "Test notice"
    # 48 states, 4 persons: 16,000 + 3 x 6,000 = 34,000
    assert guideline_amount(year=2027, state="OH", household_size=4, table=table) == 34_000
    # Alaska, 10 persons (no table: formula): 20,000 + 9 x 7,000 = 83,000
    assert guideline_amount(year=2027, state="AK", household_size=10, table=table) == 83_000
    # 17,000 / 34,000 = 50.0 %
    assert percent_of_poverty(
        year=2027, state="OH", household_size=4, annual_income=17_000, table=table
    ) == Decimal("50.0")


def test_imported_year_without_hawaii_says_so() -> None:
    table = GuidelineTable.from_rows([(2027, "contiguous", 16_000, 6_000)])
    with pytest.raises(ValidationError) as caught:
        guideline_amount(year=2027, state="HI", household_size=1, table=table)
    assert "Hawaii" in caught.value.fields["state"]


def test_empty_import_says_nothing_is_on_file() -> None:
    with pytest.raises(ValidationError) as caught:
        guideline_amount(year=2027, state="OH", household_size=1, table=GuidelineTable({}))
    assert caught.value.fields["year"] == "No poverty guidelines are on file."


@pytest.mark.parametrize(
    "rows",
    [
        [(2027, "contiguous", 16_000, 6_000), (2027, "CONTIGUOUS", 16_100, 6_000)],  # twice
        [(2027, "PR", 16_000, 6_000)],  # not a region
        [(2027, "contiguous", -16_000, 6_000)],  # negative base
        [(2027, "contiguous", 16_000.5, 6_000)],  # not whole dollars
        [(2027, "contiguous", 16_000)],  # too short
        [{"year": 2027, "region": "HI", "base": 18_000}],  # no per_person
        [{"year": 2027, "region": "HI", "base": 18_000, "per_person": 6_000, "table": [1, 2]}],
        [{"year": 2027, "region": "HI", "base": 1, "per_person": 1, "table": [1, 1]}],
        [(1850, "contiguous", 16_000, 6_000)],  # year out of range
    ],
)
def test_bad_imported_rows_are_refused(rows: list[object]) -> None:
    with pytest.raises(ValidationError) as caught:
        GuidelineTable.from_rows(rows)  # type: ignore[arg-type]
    assert set(caught.value.fields) == {"guidelines"}
    assert "row" in caught.value.fields["guidelines"]


def test_damaged_or_foreign_guidelines_file_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{", encoding="utf-8")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"version": 2, "years": {}}), encoding="utf-8")
    for path in (damaged, newer, tmp_path / "missing.json"):
        with pytest.raises(ValidationError) as caught:
            read_guidelines(path)
        assert set(caught.value.fields) == {"guidelines"}


# --- properties ---------------------------------------------------------------------------------

years = st.sampled_from(load_guidelines().years)
states = st.sampled_from(["OH", "AK", "HI", "DC", "CA"])
sizes = st.integers(min_value=1, max_value=30)
incomes = st.decimals(min_value=0, max_value=Decimal("9999999.99"), places=2)


@given(year=years, state=states, size=sizes, a=incomes, b=incomes)
def test_percent_never_falls_as_income_rises(
    year: int, state: str, size: int, a: Decimal, b: Decimal
) -> None:
    low, high = sorted((a, b))
    assert percent_of_poverty(
        year=year, state=state, household_size=size, annual_income=low
    ) <= percent_of_poverty(year=year, state=state, household_size=size, annual_income=high)


@given(year=years, state=states, size=st.integers(min_value=1, max_value=29), income=incomes)
def test_percent_never_rises_as_household_grows(
    year: int, state: str, size: int, income: Decimal
) -> None:
    smaller = percent_of_poverty(year=year, state=state, household_size=size, annual_income=income)
    larger = percent_of_poverty(
        year=year, state=state, household_size=size + 1, annual_income=income
    )
    assert larger <= smaller


@given(year=years, state=states, size=sizes, income=incomes)
def test_percent_is_income_over_guideline_within_rounding(
    year: int, state: str, size: int, income: Decimal
) -> None:
    amount = guideline_amount(year=year, state=state, household_size=size)
    pct = percent_of_poverty(year=year, state=state, household_size=size, annual_income=income)
    assert abs(pct - income * 100 / amount) <= Decimal("0.05")
    assert pct.as_tuple().exponent == -1
