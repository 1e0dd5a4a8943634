"""``python -m server report``: an administrator writes the organisation's reports as JSON or
CSV, with the numbers the laptop computes on the same rows; every mistake is one line.

Same program and server database as ``test_reports_api`` (``tests/server/reports_server.py``).
"""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from server.admin_cli import main
from server.report_formats import csv_text, report_document
from server.storage import reports as storage
from server.storage.tables import ServerAuditEvent
from tests.server.reports_server import ORG, ReportsServer, laptop_filter, reports_server

__all__ = ["reports_server"]

YEAR = ["--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2026-03-16"]


def run(
    served: ReportsServer, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    code = main(["--database-url", served.database_url, "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", storage.NAMES)
def test_json_report_has_the_laptops_numbers(
    reports_server: ReportsServer, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, out, err = run(reports_server, capsys, name, "--org", ORG, *YEAR, "--format", "json")
    assert (code, err) == (0, "")
    f = laptop_filter(reports_server.world)
    expected = report_document(name, f, reports_server.on_laptop(name))
    assert json.loads(out) == json.loads(json.dumps(expected))


def test_csv_report_for_a_team_matches_the_laptop_row_by_row(
    reports_server: ReportsServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    w = reports_server.world
    target = tmp_path / "north.csv"
    code, out, err = run(
        reports_server, capsys, "all", "--org", ORG.lower(), *YEAR, "--team", "north",
        "--format", "csv", "--output", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert out == ""
    assert "Wrote the all report" in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    f = laptop_filter(w, team_id=w["north"])
    laptop = reports_server.on_laptop("all", team_id=w["north"])
    text = target.read_bytes().decode("utf-8")
    assert text == csv_text("all", f, laptop)
    rows = {(r[0], r[1]): r[2:] for r in csv.reader(io.StringIO(text))}
    assert rows[("filter", "team_id")] == [w["north"], ""]
    assert rows[("performance", "enrollees")] == ["5", "2"]  # P1 P2 P5 P6 P10; TANF P1 P6
    assert rows[("performance", "completed_training.percent")] == ["40.0", "50.0"]
    assert rows[("spending", "by_funding_source[HPOG grant].spend.paid_cents")] == [
        "30000",
        "30000",
    ]  # S1 (P1)
    assert rows[("caseload", "by_status[lead]")] == ["1", "0"]


def test_a_report_is_audited_with_codes_and_ids(
    reports_server: ReportsServer, capsys: pytest.CaptureFixture[str]
) -> None:
    run(reports_server, capsys, "referrals", "--org", ORG, *YEAR, "--site", "EAST")
    with reports_server.live.db.session() as s:
        event = s.scalars(
            select(ServerAuditEvent)
            .where(ServerAuditEvent.action == "admin.report")
            .order_by(ServerAuditEvent.at.desc())
        ).first()
    assert event is not None
    detail: dict[str, Any] = json.loads(event.detail or "{}")
    assert detail["report"] == "referrals"
    assert detail["site_id"] == reports_server.world["east"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nope", "--org", ORG, *YEAR], "invalid choice: 'nope'"),
        (["all", "--org", "NOSUCH", *YEAR], "no organisation with code 'NOSUCH'"),
        (["all", "--org", ORG, "--from", "2025-02-30", "--to", "2025-12-31"], "--from"),
        (["all", "--org", ORG, "--from", "2025-12-31", "--to", "2025-01-01"],
         "--to: The end of the period must be on or after its start."),
        (["all", "--org", ORG, "--from", "1990-01-01", "--to", "2025-12-31"], "at most ten years"),
        (["all", "--org", ORG, *YEAR, "--team", "WEST"], "has no team with code 'WEST'"),
        (["all", "--org", ORG, *YEAR, "--site", "nowhere"], "has no site with code 'nowhere'"),
        (["all", "--org", ORG, *YEAR, "--coach", "zed"], "has no coach 'zed'"),
        (["all", "--org", ORG, *YEAR, "--format", "pdf"], "invalid choice: 'pdf'"),
        (["all", "--org", ORG, *YEAR, "--output", "/no/such/folder/r.json"], "no folder"),
        (["all", "--org", ORG, "--to", "2025-12-31"], "--from"),
    ],
)  # fmt: skip
def test_a_mistake_is_one_line_and_exit_status_2(
    reports_server: ReportsServer,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    says: str,
) -> None:
    code, out, err = run(reports_server, capsys, *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("server: ")
    assert says in err


def test_help_shows_the_names_and_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--help"]) == 0
    shown = capsys.readouterr().out
    assert all(name in shown for name in storage.NAMES)
    assert "report performance --org DEMO --from 2025-07-01 --to 2026-06-30 --format csv" in shown
