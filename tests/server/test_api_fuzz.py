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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
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

from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS
from server.app import create_app
from server.settings import load_settings
from sync.protocol import PROTOCOL_VERSION
from tests.server.live import LiveServer, Session, live_server

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


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzTarget]:
    """A live server on SQLite with the demo coach signed in and a participant on file,
    so pulls answer with real rows whose shape the schema must describe."""
    database = Path(tmp_path_factory.mktemp("fuzz")) / "server.db"
    with live_server(f"sqlite:///{database}") as live:
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
    if case.operation.path == "/v1/sync/push" and isinstance(case.body, dict):
        _aim_push_at_real_records(case.body, fuzz_target.coach.device_id)
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


def _pick(name: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") % count
