"""``make prove``: pytest runs the checks in this folder; this file turns their outcomes and
figures into the table and ``prove-report.json``.

Each check module sets ``SECTION`` (a key of ``prove.report.SECTIONS``) and records figures
through the ``figures`` fixture. ``--prove-size quick`` (CI) runs every check with fewer
trials; ``full`` (the default of ``make prove``) runs the issue's numbers.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from prove.report import Check, Figure, Report

T = TypeVar("T")

_REPORT_KEY = pytest.StashKey[Report]()
SIZES = ("quick", "full")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("prove", "CoachApp proof suite")
    group.addoption(
        "--prove-size",
        choices=SIZES,
        default=os.environ.get("COACHAPP_PROVE_SIZE", "full"),
        help="quick: fewer trials, for CI (under 5 minutes); full: the issue's numbers",
    )
    group.addoption(
        "--prove-report",
        default="prove-report.json",
        help="where to write the JSON report (default: prove-report.json)",
    )


def pytest_configure(config: pytest.Config) -> None:
    size = config.getoption("--prove-size")
    if size not in SIZES:  # argparse checks a flag's value, not a default from the environment
        raise pytest.UsageError(
            f"COACHAPP_PROVE_SIZE={size!r}: the proof suite's sizes are {' and '.join(SIZES)}"
        )
    config.stash[_REPORT_KEY] = Report(size=size)


@dataclass(frozen=True)
class Size:
    """How big a run is: each check asks for its own numbers with ``size.pick(quick, full)``."""

    name: str

    @property
    def quick(self) -> bool:
        return self.name == "quick"

    def pick(self, quick: T, full: T) -> T:
        return quick if self.quick else full


@pytest.fixture(scope="session")
def size(pytestconfig: pytest.Config) -> Size:
    return Size(pytestconfig.getoption("--prove-size"))


class Figures:
    """What a check hands to the report: ``add(name, value, unit=…, target=…, ok=…)``."""

    def __init__(self, check: Check) -> None:
        self._check = check

    def add(
        self, name: str, value: Any, unit: str = "", target: str = "", ok: bool | None = None
    ) -> None:
        self._check.figures.append(Figure(name, value, unit, target, ok))


def _section_of(item: pytest.Item) -> int:
    module = getattr(item, "module", None)
    section = getattr(module, "SECTION", None)
    if not isinstance(section, int):
        raise pytest.UsageError(f"{item.nodeid}: its module must set SECTION = <1-9>")
    return section


def _check_name(item: pytest.Item) -> str:
    function = getattr(item, "function", None)
    doc = (getattr(function, "__doc__", None) or "").strip().splitlines()
    title = doc[0].rstrip(".") if doc else item.name
    params = getattr(item, "callspec", None)
    if params is not None:
        title = f"{title} [{params.id}]"
    return title


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    report = request.config.stash[_REPORT_KEY]
    return Figures(report.check(_section_of(request.node), _check_name(request.node)))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    report = config.stash[_REPORT_KEY]
    for item in items:  # every collected check appears in the table, even one that never ran
        report.check(_section_of(item), _check_name(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    result = yield
    report = item.config.stash[_REPORT_KEY]
    check = report.check(_section_of(item), _check_name(item))
    if result.when == "call" or result.outcome != "passed":
        if result.when == "call":
            check.seconds = round(result.duration, 1)
        if result.skipped:
            check.outcome = "skipped"
        elif result.failed:
            check.outcome = "failed" if result.when == "call" else "error"
            lines = str(result.longrepr).strip().splitlines() if result.longrepr else []
            check.message = lines[-1][:300] if lines else ""
        elif result.when == "call":
            check.outcome = "passed"
    return result


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    report = config.stash[_REPORT_KEY]
    path = Path(config.getoption("--prove-report"))
    report.write(path)
    terminalreporter.section("proof suite")
    terminalreporter.write_line(report.table())
    terminalreporter.write_line(f"report written to {path}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    report = config.stash[_REPORT_KEY]
    if exitstatus != 0 or config.option.collectonly:
        return
    every = [check for checks in report.checks.values() for check in checks]
    missed = any(figure.ok is False for check in every for figure in check.figures)
    whole_run = (
        not config.option.keyword
        and not config.option.markexpr
        and all("::" not in arg and not arg.endswith(".py") for arg in config.args)
    )
    if missed or (whole_run and not report.passed):
        # Every check passed, yet a figure missed its target or a part of the issue has no check.
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
