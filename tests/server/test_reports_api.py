"""``GET /v1/reports/{name}`` over real HTTP: a supervisor or an administrator gets the same
numbers the laptop's core computes on the same rows, inside their team or organisation only;
a coach is refused; no parameter, however odd, earns a 500.

The program is the hand-worked one of ``tests/services/reports_world`` (see
``tests/server/reports_server.py`` for how it reaches the server).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from server.api.report_schemas import ANSWERS
from server.report_formats import report_document
from server.storage import reports as storage
from server.storage.tables import ServerAuditEvent
from tests.server.reports_server import PERIOD, ReportsServer, laptop_filter, reports_server

__all__ = ["reports_server"]  # the module-scoped fixture, used by every test here


def differences(got: Any, expected: Any, path: str = "") -> list[str]:
    """Every field where two JSON documents differ, by its path (empty when equal)."""
    if isinstance(expected, dict) and isinstance(got, dict):
        found = []
        for key in sorted(set(got) | set(expected)):
            if key not in got or key not in expected:
                found.append(f"{path}.{key}: only in {'expected' if key in expected else 'got'}")
            else:
                found += differences(got[key], expected[key], f"{path}.{key}")
        return found
    if isinstance(expected, list) and isinstance(got, list):
        if len(got) != len(expected):
            return [f"{path}: {len(got)} items, expected {len(expected)}"]
        return [d for i, (g, e) in enumerate(zip(got, expected, strict=True)) for d in
                differences(g, e, f"{path}[{i}]")]  # fmt: skip
    if type(got) is not type(expected) or got != expected:
        return [f"{path}: got {got!r}, expected {expected!r}"]
    return []


# --- the same numbers as the laptop ------------------------------------------------------------


@pytest.mark.parametrize("name", storage.NAMES)
def test_admin_gets_every_report_with_the_laptops_numbers_field_by_field(
    reports_server: ReportsServer, name: str
) -> None:
    answer = reports_server.get(f"/v1/reports/{name}", "admin", **PERIOD)
    assert answer.status_code == 200, answer.text
    assert answer.headers["Cache-Control"] == "no-store"
    got = answer.json()

    f = laptop_filter(reports_server.world)
    laptop = reports_server.on_laptop(name)
    expected = json.loads(json.dumps(report_document(name, f, laptop)))
    assert differences(got, expected) == []
    # And typed: the answer read back through its documented schema is the core's dataclass.
    typed = ANSWERS[name].model_validate(got).result
    if name == storage.ALL:
        typed = {key: getattr(typed, key) for key in laptop}
    assert typed == laptop


def test_the_hand_worked_headline_figures_arrive_over_http(reports_server: ReportsServer) -> None:
    got = reports_server.get("/v1/reports/all", "admin", **PERIOD).json()["result"]
    performance = got["performance"]
    assert performance["all"]["enrollees"] == 7  # P1 P2 P3 P5 P6 P10 P13
    assert performance["tanf"]["enrollees"] == 3  # P1 P3 P6
    assert performance["all"]["completed_training"] == {
        "count": 4,
        "denominator": 8,
        "percent": 50.0,
    }
    assert performance["all"]["employed_at_exit"] == {
        "employed": {"count": 5, "denominator": 6, "percent": 83.3},
        "average_hourly_wage_cents": 1700,
        "average_weekly_hours": 30.8,
    }
    assert got["goals"]["target"] == 14  # North 10 + South 4
    assert got["spending"]["total"]["all"]["paid_cents"] == 91000
    assert got["referrals"]["total"]["all"]["overdue"] == 2
    assert got["referrals"]["snapshot_day"] == "2025-12-31"
    assert got["caseload"]["total"]["all"] == 12
    assert ["lead", {"all": 1, "tanf": 0}] in got["caseload"]["by_status"]


def test_filters_by_coach_site_and_study_group_give_the_laptops_numbers(
    reports_server: ReportsServer,
) -> None:
    w = reports_server.world
    for query, filters in (
        ({"coach": w["coach_b"]}, {"coach_id": w["coach_b"]}),
        ({"site": w["east"]}, {"site_id": w["east"]}),
        ({"study_group": "treatment"}, {"study_group": "treatment"}),
        ({"team": w["south"], "site": w["mad"]}, {"team_id": w["south"], "site_id": w["mad"]}),
    ):
        got = reports_server.get("/v1/reports/all", "admin", **PERIOD, **query).json()
        f = laptop_filter(w, **filters)
        expected = json.loads(
            json.dumps(report_document("all", f, reports_server.on_laptop("all", **filters)))
        )
        assert differences(got, expected) == [], query


# --- who may see what ---------------------------------------------------------------------------


def test_a_coach_is_refused_with_a_sentence_saying_who_reports_are_for(
    reports_server: ReportsServer,
) -> None:
    for name in ("performance", "all"):
        answer = reports_server.get(f"/v1/reports/{name}", "a", **PERIOD)
        assert answer.status_code == 403
        body = answer.json()
        assert body["code"] == "forbidden"
        assert "supervisors and administrators" in body["message"]
    # Refused before the parameters are even read: nothing about the program leaks.
    assert reports_server.get("/v1/reports/all", "a").status_code == 403


def test_a_supervisor_sees_their_own_teams_numbers_and_no_other_team(
    reports_server: ReportsServer,
) -> None:
    w = reports_server.world
    for supervisor, team in (("sup.north", "north"), ("sup.south", "south")):
        got = reports_server.get("/v1/reports/all", supervisor, **PERIOD).json()
        assert got["filter"]["team_id"] == w[team]
        f = laptop_filter(w, team_id=w[team])
        laptop = reports_server.on_laptop("all", team_id=w[team])
        expected = json.loads(json.dumps(report_document("all", f, laptop)))
        assert differences(got, expected) == [], supervisor
        # Naming their own team is the same question.
        same = reports_server.get("/v1/reports/all", supervisor, **PERIOD, team=w[team]).json()
        assert same == got

    north = reports_server.get("/v1/reports/performance", "sup.north", **PERIOD).json()
    assert north["result"]["all"]["enrollees"] == 5  # coach A's: P1 P2 P5 P6 P10
    assert north["result"]["tanf"]["enrollees"] == 2  # P1 P6
    refused = reports_server.get("/v1/reports/all", "sup.north", **PERIOD, team=w["south"])
    assert refused.status_code == 403
    assert refused.json() == {
        "code": "forbidden",
        "message": "team: Supervisors see reports for their own team only.",
        "field": "team",
    }
    # A supervisor with no team has no team to report on.
    assert reports_server.get("/v1/reports/all", "sup.none", **PERIOD).status_code == 403


def test_another_organisations_data_never_appears(reports_server: ReportsServer) -> None:
    w, o = reports_server.world, reports_server.other
    mine = reports_server.get("/v1/reports/all", "admin", **PERIOD).json()["result"]
    theirs = reports_server.get("/v1/reports/all", "other.admin", **PERIOD).json()["result"]
    # The twin has the same people, so the same counts — not twice them, not the demo org's.
    assert mine["performance"] == theirs["performance"]
    assert mine["performance"]["all"]["enrollees"] == 7
    assert {s["site_id"] for s in mine["caseload"]["by_site"]} - {None} == {
        w["east"], w["west"], w["mad"], w["pick"]
    }  # fmt: skip
    assert {s["site_id"] for s in theirs["caseload"]["by_site"]} - {None} == {
        o["east"], o["west"], o["mad"], o["pick"]
    }  # fmt: skip
    assert mine["goals"]["goal_ids"] == sorted([w["goal_north"], w["goal_south"]])
    ids_in_mine = json.dumps(mine)
    assert all(other_id not in ids_in_mine for other_id in o.ids.values())
    # Another organisation's team, site or coach is answered like one that does not exist.
    for param, value in (("team", o["north"]), ("site", o["east"]), ("coach", o["coach_a"])):
        answer = reports_server.get("/v1/reports/all", "admin", **PERIOD, **{param: value})
        assert answer.status_code == 422, param
        assert answer.json()["field"] == param
        assert "no " in answer.json()["message"]


def test_a_report_is_recorded_in_the_servers_audit_log_by_ids_only(
    reports_server: ReportsServer,
) -> None:
    reports_server.get("/v1/reports/spending", "sup.south", **PERIOD)
    with reports_server.live.db.session() as s:
        events = s.scalars(
            select(ServerAuditEvent).where(ServerAuditEvent.action == "report")
        ).all()
    details = [json.loads(e.detail or "{}") for e in events]
    south = reports_server.world["south"]
    [spending] = [d for d in details if d["name"] == "spending" and d["team_id"] == south]
    assert spending == {
        "name": "spending",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "as_of": "2026-03-16",
        "coach_id": None,
        "team_id": south,
        "site_id": None,
        "study_group": None,
    }
    assert {e.org_id for e in events} <= {reports_server.world.org_id, reports_server.other.org_id}


def test_without_a_token_nothing_is_answered(reports_server: ReportsServer) -> None:
    answer = reports_server.get("/v1/reports/all", None, **PERIOD)
    assert answer.status_code == 401
    assert answer.json()["code"] == "unauthenticated"


# --- hostile parameters -------------------------------------------------------------------------

HOSTILE: list[tuple[str, dict[str, str], int, str | None]] = [
    ("all", {}, 422, "period_start"),
    ("all", {"period_start": "2025-01-01"}, 422, "period_end"),
    ("all", {**PERIOD, "period_start": "2025-02-30"}, 422, "period_start"),
    ("all", {**PERIOD, "period_start": "2025-1-1"}, 422, "period_start"),
    ("all", {**PERIOD, "period_start": "20250101"}, 422, "period_start"),
    ("all", {**PERIOD, "period_end": "'; DROP TABLE participants; --"}, 422, "period_end"),
    ("all", {**PERIOD, "period_end": "2025-12-31\x00"}, 422, "period_end"),
    ("all", {**PERIOD, "period_end": "2024-12-31"}, 422, "period_end"),
    ("all", {**PERIOD, "period_start": "0001-01-01", "period_end": "0001-12-31"}, 422,
     "period_start"),
    ("all", {**PERIOD, "period_end": "9999-12-31"}, 422, "period_end"),
    ("all", {**PERIOD, "as_of": "9999-12-31"}, 422, "as_of"),
    ("all", {**PERIOD, "period_start": "1990-01-01"}, 422, "period_end"),  # > 10 years
    ("all", {**PERIOD, "study_group": "placebo"}, 422, "study_group"),
    ("all", {**PERIOD, "coach": "not-a-uuid"}, 422, "coach"),
    ("all", {**PERIOD, "team": "0190A1B2-0000-7000-8000-000000000000"}, 422, "team"),
    ("all", {**PERIOD, "site": "0190a1b2-0000-7000-8000-000000000000"}, 422, "site"),
    ("all", {**PERIOD, "site": "x" * 5000}, 422, "site"),
    ("performance%00", PERIOD, 404, None),
    ("nope", PERIOD, 404, None),
    ("..%2F..%2Fhealthz", PERIOD, 404, None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "params", "status", "field"), HOSTILE)
def test_odd_parameters_get_a_readable_4xx_never_a_500(
    reports_server: ReportsServer, name: str, params: dict[str, str], status: int, field: str | None
) -> None:
    answer = reports_server.get(f"/v1/reports/{name}", "admin", **params)
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) <= {"code", "message", "field"}
    assert body["code"] in ("invalid_request", "not_found")
    assert body["message"]
    assert body.get("field") == field
