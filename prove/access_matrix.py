"""The authorization matrix of the server issue, cell by cell: who × what → the expected answer.

A cell is what one raw HTTP probe saw: a status (``200``; ``403 device_revoked``), a push
outcome (``applied``; ``rejected forbidden``) or whether a pull brought a record (``yes``/
``no``). Every refused push must also come back without the record it named.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from dataclasses import dataclass

from coachapp.ids import uuid7
from coachapp.models import Barrier, CaseNote, Participant
from coachapp.models.wire import to_wire
from prove.access_support import AccessWorld, Answer, Principal, insert

ACTIVE = ["demo.coach", "kim.coach", "lee.coach", "sam.supervisor", "ada.admin", "zoe.admin"]
SHUT_OUT = {
    "dee.coach": "403 account_disabled",
    "rev.coach": "403 device_revoked",
    "nobody": "401 unauthenticated",
}
PERIOD = "period_start=2025-07-01&period_end=2026-06-30"

Y, N = "yes", "no"
OK, NO, GONE = "applied", "rejected forbidden", "rejected not_found"
R403 = "403 forbidden"
R422 = "422 invalid_request"

#: column → expected cell for each active caller, in ``ACTIVE`` order:
#: assigned coach, teammate (X is shared with the team), other team's coach, the team's
#: supervisor, the administrator, another organisation's administrator.
MATRIX: dict[str, list[str]] = {
    "GET /healthz": ["200"] * 6,
    "GET /v1/sync/pull": ["200"] * 6,
    "pull brings X (shared)": [Y, Y, N, Y, Y, N],
    "pull brings Y (not shared)": [Y, N, N, Y, Y, N],
    "pull brings X's restricted barrier": [Y, N, N, Y, Y, N],
    "pull brings X's restricted note": [Y, N, N, Y, Y, N],
    "pull brings X's ordinary note": [Y, Y, N, Y, Y, N],
    "GET /v1/reference: own organisation only": [Y] * 6,
    "push: edit X": [OK, OK, NO, OK, OK, GONE],
    "push: edit Y": [OK, NO, NO, OK, OK, GONE],
    "push: edit X's restricted note": [OK, NO, NO, OK, OK, GONE],
    "push: edit X's restricted barrier": [OK, NO, NO, OK, OK, GONE],
    "push: add a note to X": [OK, OK, NO, OK, OK, NO],
    "push: batch naming another laptop": [R403] * 6,
    "GET /v1/reports/performance": [R403, R403, R403, "200", "200", "200"],
    # Another organisation's team is answered exactly as a team that does not exist.
    "GET /v1/reports/performance?team=North": [R403, R403, R403, "200", "200", R422],
    "GET /v1/reports/performance?team=(made up)": [R403, R403, R403, R403, R422, R422],
    "POST /v1/duplicates/{Y,Y2}/reject": ["200", R403, R403, "200", "200", "404 not_found"],
    "PUT /v1/auth/escrow (own laptop's key)": ["204"] * 6,
    "GET /v1/auth/escrow of another laptop": [R403] * 6,
    "POST /v1/auth/refresh (own token)": ["200"] * 6,
}
#: Columns that ask the server nothing a shut-out caller could be answered on.
_PULL_CONTENT = {c for c in MATRIX if c.startswith("pull brings") or c.endswith("only")}


def expected(column: str, name: str) -> str | None:
    """The expected cell, or None where the column does not apply (nothing was pulled)."""
    if name in ACTIVE:
        return MATRIX[column][ACTIVE.index(name)]
    if column in _PULL_CONTENT:
        return None
    if column == "GET /healthz":
        return "200"
    return SHUT_OUT[name]


@dataclass
class Cell:
    column: str
    who: str
    want: str
    got: str
    leaked: bool = False  # a refused push answered with the record it named


Probe = Callable[[AccessWorld, Principal], tuple[str, bool]]


def _status(answer: Answer) -> tuple[str, bool]:
    return answer.shown(), False


def _outcome(answer: Answer) -> tuple[str, bool]:
    if answer.status != 200:
        return answer.shown(), False
    [result] = answer.body["results"]
    if result["outcome"] == "rejected":
        return f"rejected {result['code']}", result.get("row") is not None
    return str(result["outcome"]), False


def _edit(world: AccessWorld, who: Principal, model: type, row_id: str, name: str) -> Answer:
    row = world.row(model, row_id)
    value = f"Changed by {who.name} ({uuid7()[-6:]})"
    return world.push(
        who,
        {
            "mutation_id": uuid7(),
            "table": model.__tablename__,  # type: ignore[attr-defined]
            "row_id": row_id,
            "op": "upsert",
            "base_rev": row.rev,
            "fields": {name: value},
            "base": {name: to_wire(getattr(row, name))},
        },
    )


def _pulled(row_of: Callable[[AccessWorld], str]) -> Probe:
    def probe(world: AccessWorld, who: Principal) -> tuple[str, bool]:
        answer, seen = world.pull_ids(who)
        assert answer.status == 200, answer.body
        return (Y if row_of(world) in seen else N), False

    return probe


def _own_reference_only(world: AccessWorld, who: Principal) -> tuple[str, bool]:
    answer = world.call("GET", "/v1/reference?since=0", who)
    assert answer.status == 200, answer.body
    orgs = {c["row"]["org_id"] for c in answer.body["changes"] if c["row"] and "org_id" in c["row"]}
    return (Y if len(orgs) == 1 else N), False


def _new_note(world: AccessWorld, who: Principal) -> tuple[str, bool]:
    note = insert(
        "case_notes",
        uuid7(),
        participant_id=world.x,
        contact_at="2026-03-03T10:00:00+00:00",
        mode="phone",
        body=f"Called, by {who.name}",
        restricted=False,
    )
    return _outcome(world.push(who, note))


def _other_laptop(world: AccessWorld, who: Principal) -> tuple[str, bool]:
    other = world.who["demo.coach" if who.name != "demo.coach" else "kim.coach"].device_id
    return _status(world.push(who, device=other))


def _escrow_of_other(world: AccessWorld, who: Principal) -> tuple[str, bool]:
    other = world.who["demo.coach" if who.name != "demo.coach" else "kim.coach"].device_id
    return _status(world.call("GET", f"/v1/auth/escrow?device_id={other}", who))


def _refresh(world: AccessWorld, who: Principal) -> tuple[str, bool]:
    body = {"device_id": who.device_id or uuid7(), "refresh_token": who.refresh}
    answer = world.call("POST", "/v1/auth/refresh", Principal("nobody"), body=body)
    if answer.status == 200:
        who.refresh = answer.body["refresh_token"]
    return _status(answer)


PROBES: dict[str, Probe] = {
    "GET /healthz": lambda w, p: _status(w.call("GET", "/healthz", p)),
    "GET /v1/sync/pull": lambda w, p: _status(w.call("GET", "/v1/sync/pull?cursor=0", p)),
    "pull brings X (shared)": _pulled(lambda w: w.x),
    "pull brings Y (not shared)": _pulled(lambda w: w.y),
    "pull brings X's restricted barrier": _pulled(lambda w: w.barrier),
    "pull brings X's restricted note": _pulled(lambda w: w.restricted_note),
    "pull brings X's ordinary note": _pulled(lambda w: w.note),
    "GET /v1/reference: own organisation only": _own_reference_only,
    "push: edit X": lambda w, p: _outcome(_edit(w, p, Participant, w.x, "city")),
    "push: edit Y": lambda w, p: _outcome(_edit(w, p, Participant, w.y, "city")),
    "push: edit X's restricted note": lambda w, p: _outcome(
        _edit(w, p, CaseNote, w.restricted_note, "body")
    ),
    "push: edit X's restricted barrier": lambda w, p: _outcome(
        _edit(w, p, Barrier, w.barrier, "description")
    ),
    "push: add a note to X": _new_note,
    "push: batch naming another laptop": _other_laptop,
    "GET /v1/reports/performance": lambda w, p: _status(
        w.call("GET", f"/v1/reports/performance?{PERIOD}", p)
    ),
    "GET /v1/reports/performance?team=North": lambda w, p: _status(
        w.call("GET", f"/v1/reports/performance?{PERIOD}&team={w.north}", p)
    ),
    "GET /v1/reports/performance?team=(made up)": lambda w, p: _status(
        w.call("GET", f"/v1/reports/performance?{PERIOD}&team={uuid7()}", p)
    ),
    "POST /v1/duplicates/{Y,Y2}/reject": lambda w, p: _status(
        w.call("POST", f"/v1/duplicates/{w.pair}/reject", p)
    ),
    "PUT /v1/auth/escrow (own laptop's key)": lambda w, p: _status(
        w.call(
            "PUT",
            "/v1/auth/escrow",
            p,
            body={"data_key": base64.b64encode(os.urandom(32)).decode()},
        )
    ),
    "GET /v1/auth/escrow of another laptop": _escrow_of_other,
    "POST /v1/auth/refresh (own token)": _refresh,
}
assert set(PROBES) == set(MATRIX)


def run_matrix(world: AccessWorld) -> list[Cell]:
    """Every column for every caller, active and shut out."""
    cells: list[Cell] = []
    for column, probe in PROBES.items():
        for name in [*ACTIVE, *SHUT_OUT]:
            want = expected(column, name)
            if want is None:
                continue
            got, leaked = probe(world, world.who[name])
            cells.append(Cell(column, name, want, got, leaked))
    return cells
