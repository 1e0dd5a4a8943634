"""The shapes every report answers in: a count over its denominator, split TANF vs everyone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


def percent(count: int, denominator: int) -> float | None:
    """``count`` as a percent of ``denominator``, to one decimal; None when nobody is counted."""
    if denominator <= 0:
        return None
    return round(100.0 * count / denominator, 1)


@dataclass(frozen=True)
class Rate:
    """How many of how many: "42 of 120 (35.0%)"."""

    count: int
    denominator: int
    percent: float | None

    @classmethod
    def of(cls, count: int, denominator: int) -> Rate:
        return cls(count=count, denominator=denominator, percent=percent(count, denominator))

    def __str__(self) -> str:
        shown = "—" if self.percent is None else f"{self.percent:.1f}%"
        return f"{self.count} of {self.denominator} ({shown})"


@dataclass(frozen=True)
class Split(Generic[T]):
    """One figure for all participants and the same figure for TANF recipients only."""

    all: T
    tanf: T


@dataclass(frozen=True)
class JobOutcome:
    """Exiters employed at a point in time, with the average wage and hours of their jobs.

    ``employed.denominator`` is the exiters the outcome is measured over; the averages are
    over the ``employed.count`` people counted, one job each.
    """

    employed: Rate
    average_hourly_wage_cents: int | None
    average_weekly_hours: float | None

    @classmethod
    def of(
        cls, count: int, denominator: int, wage_cents: float | None, hours: float | None
    ) -> JobOutcome:
        return cls(
            employed=Rate.of(count, denominator),
            average_hourly_wage_cents=None if wage_cents is None else round(wage_cents),
            average_weekly_hours=None if hours is None else round(hours, 1),
        )
