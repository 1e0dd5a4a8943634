"""Schemathesis against the running server's own OpenAPI document.

Every operation gets a bounded, reproducible set of generated requests (valid and
invalid) over real HTTP on loopback, signed in as the demo coach so the routes behind
the Bearer check are exercised, not just their 401. Each answer must not be a 5xx and
must match what the OpenAPI document promises: a documented status, content type,
headers and body.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import delete

from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS
from server.app import create_app
from server.settings import load_settings
from server.storage.tables import LoginThrottle
from sync.protocol import PROTOCOL_VERSION
from tests.server.conftest import _backends, fresh_postgres_database
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, Session, live_server

#: Generated requests per operation; enough to reach every branch of validation while the
#: whole module stays within a few seconds per operation on the 2-core CI machine.
MAX_EXAMPLES = 25

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

#: Tables a laptop may push, in a fixed order so the mapping below is reproducible.
_TABLES = sorted(SYNCED_MODELS)


@dataclass
class FuzzTarget:
    live: LiveServer
    coach: Session


@pytest.fixture(scope="module", params=_backends())
def fuzz_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FuzzTarget]:
    """A live server with the demo coach signed in and a participant on file, so pulls
    answer with real rows whose shape the schema must describe."""
    with ExitStack() as stack:
        if request.param == "postgresql":
            url = stack.enter_context(fresh_postgres_database())
        else:
            url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.db'}"
        live = stack.enter_context(live_server(url))
        coach = live.sign_in("demo.coach")
        participant = uuid7()
        answer = live.request(
            "POST",
            "/v1/sync/push",
            coach.access_token,
            json={
                "protocol": PROTOCOL_VERSION,
                "device_id": coach.device_id,
                "batch_id": uuid7(),
                "mutations": [
                    {
                        "mutation_id": uuid7(),
                        "table": "participants",
                        "row_id": participant,
                        "op": "upsert",
                        "base_rev": 0,
                        "fields": {
                            "first_name": "Fuzz",
                            "last_name": "Target",
                            "name_key": "target fuzz",
                            "status": "enrolled",
                            "tanf_recipient": False,
                        },
                    }
                ],
            },
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["outcome"] == "applied"
        yield FuzzTarget(live=live, coach=coach)


def _openapi_document() -> dict[str, Any]:
    """The document every server built by ``create_app`` publishes at ``/openapi.json``.

    Built at import time from an app that never opens its database: Schemathesis makes its
    tests at collection, before any fixture runs. (Its fixture-based loader does not work
    with pytest 9.) ``test_the_live_server_publishes_the_document_fuzzed_here`` checks it
    is the one the live server serves.
    """
    app = create_app(
        load_settings(
            environ={},
            overrides={
                "database_url": "sqlite://",
                "token_secret": "s" * 48,
                "master_key": base64.b64encode(bytes(32)).decode(),
            },
        )
    )
    document: dict[str, Any] = app.openapi()
    return document


OPENAPI = _openapi_document()
schema = schemathesis.openapi.from_dict(OPENAPI)


def test_the_live_server_publishes_the_document_fuzzed_here(fuzz_target: FuzzTarget) -> None:
    answer = fuzz_target.live.request("GET", "/openapi.json")
    assert answer.status_code == 200
    assert answer.json() == OPENAPI


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    # The same requests on every run, so CI is stable and a failure reproduces locally.
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_within_its_documented_contract(
    case: schemathesis.Case, fuzz_target: FuzzTarget
) -> None:
    if isinstance(case.body, dict):
        if case.operation.path == "/v1/sync/push":
            _aim_push_at_real_records(case.body, fuzz_target.coach.device_id)
        elif case.operation.path == "/v1/auth/escrow":
            _make_some_data_keys_real(case.body)
        elif case.operation.path == "/v1/auth/login":
            _make_some_sign_ins_real(case.body)
    if case.operation.path == "/v1/auth/login":
        # Generated sign-ins fail, and after a few the throttle would answer every later
        # one with 429 before the account is even looked up; start each from a clean slate.
        with fuzz_target.live.db.session() as session:
            session.execute(delete(LoginThrottle))
    case.call_and_validate(
        headers={"Authorization": f"Bearer {fuzz_target.coach.access_token}"},
        base_url=fuzz_target.live.url,
        checks=CHECKS,
        timeout=30,
    )


def _aim_push_at_real_records(body: dict[str, Any], device_id: str) -> None:
    """Point a generated batch at this laptop and at real tables and columns.

    Random table and field names would be turned away at the first check (another device,
    unknown table, unknown field); mapping them, deterministically, onto the real ones sends
    the generated values through the decoding, linking and merging code, where a 500
    would hide.
    """
    if "device_id" in body:
        body["device_id"] = device_id
    if "protocol" in body:
        # Any other number is answered 426/400 before the batch is read (tested elsewhere).
        body["protocol"] = PROTOCOL_VERSION
    mutations = body.get("mutations")
    if not isinstance(mutations, list):
        return
    for mutation in mutations:
        if not isinstance(mutation, dict) or not isinstance(mutation.get("table"), str):
            continue
        table = _TABLES[_pick(mutation["table"], len(_TABLES))]
        mutation["table"] = table
        columns = sorted(SYNCED_MODELS[table].__table__.columns.keys())  # type: ignore[attr-defined]
        for part in ("fields", "base"):
            values = mutation.get(part)
            if isinstance(values, dict):
                mutation[part] = {
                    columns[_pick(name, len(columns))]: value for name, value in values.items()
                }


def _make_some_sign_ins_real(body: dict[str, Any]) -> None:
    """A third of the generated sign-ins name the demo organisation, and a third of those
    the demo coach with the right password, so the generated device name and id go
    through a complete sign-in (device registration, tokens), not only the refusal."""
    password = body.get("password")
    if not isinstance(password, str) or _pick(password, 3):
        return
    body["org"] = ORG_CODE
    if not _pick(password + "/", 3):
        body["username"] = "demo.coach"
        body["password"] = PASSWORD


def _make_some_data_keys_real(body: dict[str, Any]) -> None:
    """Half the generated keys become 32 real bytes, so a deposit is stored and the
    escrow read answers with a key rather than 404."""
    key = body.get("data_key")
    if isinstance(key, str) and _pick(key, 2):
        body["data_key"] = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()


def _pick(name: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") % count


# --- what fuzzing the PostgreSQL variant by hand turned up ---------------------------------------


@pytest.mark.parametrize("field", ["org", "username", "device_name"])
def test_a_sign_in_name_with_a_nul_character_is_refused_not_a_server_error(
    fuzz_target: FuzzTarget, field: str
) -> None:
    """PostgreSQL cannot hold NUL in text: it used to reach the account lookup and fail there."""
    body = {
        "org": ORG_CODE,
        "username": "demo.coach",
        "password": PASSWORD,
        "device_name": "Front desk laptop",
        field: "demo\x00coach",
    }
    answer = fuzz_target.live.request("POST", "/v1/auth/login", json=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == "invalid_request"
    assert answer.json()["field"] == field


@pytest.mark.parametrize("junk", ["NaN", "Infinity", "-Infinity", "1e400", '"\\ud800"', "{"])
def test_a_push_whose_body_is_not_json_is_refused_as_such(
    fuzz_target: FuzzTarget, junk: str
) -> None:
    """Python's JSON reader takes NaN and Infinity; a column must never store them. Nor a
    number past what a double holds, half of a UTF-16 surrogate pair, or a body cut short."""
    coach = fuzz_target.coach
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": coach.device_id,
        "batch_id": uuid7(),
        "mutations": [
            {
                "mutation_id": uuid7(),
                "table": "activity_hours",
                "row_id": uuid7(),
                "op": "upsert",
                "base_rev": 0,
                "fields": {"hours": "JUNK"},
            }
        ],
    }
    text = json.dumps(body).replace('"JUNK"', junk)
    answer = fuzz_target.live.request(
        "POST",
        "/v1/sync/push",
        coach.access_token,
        data=text.encode(),
        headers={"Content-Type": "application/json"},
    )
    # None of these is JSON (RFC 8259): refused as a body that is not, before any check.
    assert answer.status_code == 400, answer.text
    assert answer.json()["code"] == "invalid_request"
    assert answer.json()["message"] == "The request body is not valid JSON."
