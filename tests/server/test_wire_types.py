"""Wrong JSON types in the wire bodies are refused, not coerced: found by the proof suite's
hostile payloads (prove/test_hostile_payloads.py), where ``"protocol": true`` was read as
protocol 1 and ``"base_rev": true`` as revision 1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp.ids import uuid7
from sync.protocol import PROTOCOL_VERSION
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder: Path = tmp_path_factory.mktemp("wire-types")
    with live_server(f"sqlite:///{folder / 'server.db'}") as server:
        yield server


@pytest.mark.parametrize("value", [True, "1", 1.0])
def test_a_push_whose_protocol_is_not_a_whole_number_is_refused(
    live: LiveServer, value: object
) -> None:
    coach = live.sign_in("demo.coach")
    body = {"protocol": value, "device_id": coach.device_id, "batch_id": uuid7(), "mutations": []}
    answer = live.request("POST", "/v1/sync/push", coach.access_token, json=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == "protocol"


@pytest.mark.parametrize("value", [True, "0", 0.0])
def test_a_mutation_whose_base_revision_is_not_a_whole_number_is_refused(
    live: LiveServer, value: object
) -> None:
    coach = live.sign_in("demo.coach")
    mutation = {
        "mutation_id": uuid7(),
        "table": "participants",
        "row_id": uuid7(),
        "op": "upsert",
        "base_rev": value,
        "fields": {"first_name": "Wire", "last_name": "Types"},
    }
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": coach.device_id,
        "batch_id": uuid7(),
        "mutations": [mutation],
    }
    answer = live.request("POST", "/v1/sync/push", coach.access_token, json=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == "mutations.0.base_rev"


def test_a_sign_in_whose_protocol_is_true_is_refused(live: LiveServer) -> None:
    body = {
        "protocol": True,
        "org": ORG_CODE,
        "username": "demo.coach",
        "password": PASSWORD,
        "device_name": "Front desk laptop",
    }
    answer = live.request("POST", "/v1/auth/login", json=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == "protocol"
