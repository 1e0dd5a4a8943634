"""The proof suite's figures: what each check measured, gathered into one report.

A check records figures (``figures.add("saves confirmed then found", 50, of=50)``); the run
ends with a table on the terminal and ``prove-report.json`` beside it, which
``docs/reliability.md`` quotes. Pure Python, no pytest: the conftest feeds it.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

#: The issue's nine parts, in its order; each check module names its part with ``SECTION``.
SECTIONS: dict[int, str] = {
    1: "Crash safety",
    2: "Disk full and read-only",
    3: "Corrupt or foreign files",
    4: "Network faults",
    5: "Bad input",
    6: "Privacy on disk",
    7: "Access",
    8: "TLS",
    9: "Passphrase and lock",
}


@dataclass
class Figure:
    """One measured number (or short fact) and, where there is one, what it must be."""

    name: str
    value: Any
    unit: str = ""
    target: str = ""
    ok: bool | None = None  # None: a figure to read, not a pass/fail


@dataclass
class Check:
    """One test of the suite: its outcome and the figures it recorded."""

    name: str
    outcome: str = "not run"  # passed | failed | error | skipped
    seconds: float = 0.0
    message: str = ""
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Report:
    size: str
    checks: dict[int, list[Check]] = field(default_factory=dict)
    started: datetime = field(default_factory=lambda: datetime.now(UTC))

    def check(self, section: int, name: str) -> Check:
        if section not in SECTIONS:
            raise ValueError(f"no proof section {section}; the sections are 1-{len(SECTIONS)}")
        for existing in self.checks.setdefault(section, []):
            if existing.name == name:
                return existing
        made = Check(name)
        self.checks[section].append(made)
        return made

    @property
    def passed(self) -> bool:
        every = [check for checks in self.checks.values() for check in checks]
        return (
            bool(every)
            and all(
                check.outcome == "passed" and all(f.ok is not False for f in check.figures)
                for check in every
            )
            and set(self.checks) == set(SECTIONS)
        )

    def as_json(self) -> dict[str, Any]:
        finished = datetime.now(UTC)
        return {
            "suite": "CoachApp proof suite (make prove)",
            "size": self.size,
            "passed": self.passed,
            "started": self.started.isoformat(timespec="seconds"),
            "seconds": round((finished - self.started).total_seconds(), 1),
            "machine": machine(),
            "sections": [
                {
                    "section": number,
                    "title": title,
                    "checks": [asdict(check) for check in self.checks.get(number, [])],
                }
                for number, title in SECTIONS.items()
            ],
        }

    def write(self, path: Path) -> None:
        body = json.dumps(self.as_json(), indent=2, default=str) + "\n"
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(body, encoding="utf-8")
        os.replace(temp, path)

    def table(self) -> str:
        """The figures as a fixed-width table (also pasted into docs/reliability.md)."""
        rows: list[tuple[str, str, str, str, str]] = []
        for number, title in SECTIONS.items():
            checks = self.checks.get(number, [])
            if not checks:
                rows.append((f"{number} {title}", "(no check ran)", "", "", "MISSING"))
                continue
            for index, check in enumerate(checks):
                mark = {"passed": "ok"}.get(check.outcome, check.outcome.upper())
                part = f"{number} {title}" if index == 0 else ""
                rows.append((part, check.name, f"{check.seconds:.1f} s", "", mark))
                for figure in check.figures:
                    verdict = {True: "ok", False: "FAIL", None: ""}[figure.ok]
                    shown = f"{_number(figure.value)} {figure.unit}".strip()
                    rows.append(("", f"  {figure.name}", shown, figure.target, verdict))
        header = ("part", "check / figure", "result", "target", "")
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
        widths = [min(width, 60) for width in widths]
        lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(header))]
        lines.append("  ".join("-" * width for width in widths))
        for row in rows:
            lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        verdict = "PASSED" if self.passed else "FAILED"
        lines.append(f"proof suite ({self.size}): {verdict}")
        return "\n".join(lines)


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def machine() -> dict[str, Any]:
    """Where the figures were taken: they mean little without the machine."""
    import sqlcipher3

    with_cores = os.cpu_count() or 0
    memory_gib = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory_gib = round(pages / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    connection = sqlcipher3.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return {
        "host": platform.node(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cores": with_cores,
        "memory_gib": memory_gib,
        "python": sys.version.split()[0],
        "sqlcipher": cipher[0] if cipher else None,
        "postgresql": bool(os.environ.get("COACHAPP_TEST_DATABASE_URL")),
    }


def markdown(document: dict[str, Any]) -> str:
    """``prove-report.json`` as the Markdown tables docs/reliability.md quotes: every check,
    and each figure that has a target (the figures to read are in the JSON)."""
    lines = []
    for section in document["sections"]:
        lines += [f"### {section['section']}. {section['title']}", ""]
        lines += ["| check / figure | result | target | |", "|---|---|---|---|"]
        for check in section["checks"]:
            mark = "✓" if check["outcome"] == "passed" else check["outcome"].upper()
            lines.append(f"| **{check['name']}** | {check['seconds']:.1f} s | | {mark} |")
            for figure in check["figures"]:
                if figure["ok"] is None:
                    continue
                shown = f"{_number(figure['value'])} {figure['unit']}".strip()
                verdict = "✓" if figure["ok"] else "✗"
                cells = [figure["name"], shown, figure["target"]]
                cells = [str(cell).replace("|", "\\|") for cell in cells]
                lines.append(f"| {cells[0]} | {cells[1]} | {cells[2]} | {verdict} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m prove.report",
        description="Print prove-report.json as the Markdown tables of docs/reliability.md.",
    )
    parser.add_argument("report", nargs="?", default="prove-report.json", type=Path)
    arguments = parser.parse_args()
    try:
        loaded = json.loads(arguments.report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        parser.exit(2, f"cannot read {arguments.report}: {exc}\n")
    try:
        tables = markdown(loaded)
    except (KeyError, TypeError, AttributeError):
        parser.exit(2, f"{arguments.report} is not a report written by make prove\n")
    print(tables)
