"""Bad input, API: Schemathesis over every operation of the live server's OpenAPI document.

The same set-up as ``tests/server/test_api_fuzz.py`` (its document, its checks, its steering
of generated pushes and sign-ins onto real tables and accounts), with many more examples,
valid and invalid, signed in as a coach, a supervisor and an administrator in turn. Every
answer is sent over real HTTP on loopback; none may be a 500, and every one must match what
the document promises (status, content type, headers, body).
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode
from sqlalchemy import delete

from prove.bad_input_server import World, digest, preferred_backend, world
from prove.conftest import Figures, Size
from server.storage.tables import LoginThrottle
from tests.server.test_api_fuzz import (
    CHECKS,
    OPENAPI,
    _aim_push_at_real_records,
    _make_some_data_keys_real,
    _make_some_sign_ins_real,
    schema,
)

SECTION = 5

ROLES = ("coach", "supervisor", "admin")
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with world(preferred_backend(), tmp_path_factory.mktemp("api-fuzz")) as made:
        yield made


class Tally:
    def __init__(self) -> None:
        self.requests = 0
        self.by_class: Counter[str] = Counter()
        self.server_errors: list[str] = []
        self.violations: list[str] = []
        self.slowest = 0.0
        self.reached: set[str] = set()  # "role operation" pairs that got a request
        self.records = ""  # the digest of every record table after the last request
        self.changed_on_refusal: list[str] = []


def test_schemathesis_over_every_operation_as_every_role(
    server: World, size: Size, figures: Figures
) -> None:
    """Schemathesis over every API operation as coach, supervisor and admin: no 500"""
    # full: four times the normal suite's 25 per operation, for each of three roles (~5 min)
    examples = size.pick(quick=3, full=100)
    tally = Tally()
    http = requests.Session()
    assert server.live.request("GET", "/openapi.json").json() == OPENAPI
    tally.records = digest(server.live.db.engine).records
    started = time.monotonic()
    for role in ROLES:
        for operation in OPERATIONS:
            _fuzz(operation, server, role, examples, tally, http)
    seconds = time.monotonic() - started
    errors = len(tally.server_errors)
    violations = len(tally.violations)
    figures.add("backend", server.backend)
    figures.add("operations fuzzed", len(OPERATIONS), target=f"{len(OPERATIONS)} in the document")
    figures.add("roles", len(ROLES), target="coach, supervisor, admin")
    figures.add("requests sent", tally.requests, target=f"up to {examples} per operation and role")
    for status_class in ("2xx", "4xx", "5xx"):
        figures.add(f"answers {status_class}", tally.by_class[status_class])
    figures.add("server errors (500)", errors, target="0", ok=errors == 0)
    figures.add("answers off the documented contract", violations, target="0", ok=violations == 0)
    changed = len(tally.changed_on_refusal)
    figures.add("refused requests that changed a record", changed, target="0", ok=changed == 0)
    figures.add("slowest answer", round(tally.slowest, 2), unit="s")
    figures.add("time", round(seconds, 1), unit="s")
    assert len(tally.reached) == len(OPERATIONS) * len(ROLES)
    assert not tally.server_errors, "\n".join(tally.server_errors[:20])
    assert not tally.violations, "\n".join(tally.violations[:20])
    assert not tally.changed_on_refusal, "\n".join(tally.changed_on_refusal[:20])


def _strategy(operation: Any) -> st.SearchStrategy[schemathesis.Case]:
    modes = [operation.as_strategy(GenerationMode.POSITIVE)]
    # An operation with nothing to make invalid (GET /healthz) has no negative strategy.
    with contextlib.suppress(Exception):
        modes.append(operation.as_strategy(GenerationMode.NEGATIVE))
    return st.one_of(*modes)


def _fuzz(
    operation: Any, server: World, role: str, examples: int, tally: Tally, http: requests.Session
) -> None:
    laptop = server.sessions[role]

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=_strategy(operation))
    def one(case: schemathesis.Case) -> None:
        _steer(case, server, laptop.device_id)
        begun = time.monotonic()
        response = case.call(
            base_url=server.live.url,
            session=http,
            headers={"Authorization": f"Bearer {laptop.access_token}"},
            timeout=30,
        )
        tally.slowest = max(tally.slowest, time.monotonic() - begun)
        tally.requests += 1
        tally.by_class[f"{response.status_code // 100}xx"] += 1
        where = f"{role} {operation.label}"
        tally.reached.add(where)
        records = digest(server.live.db.engine).records
        if 400 <= response.status_code < 500 and records != tally.records:
            tally.changed_on_refusal.append(f"{where}: {response.status_code}")
        tally.records = records
        if response.status_code >= 500:
            tally.server_errors.append(f"{where}: {response.status_code} {response.text[:200]}")
            return
        try:
            case.validate_response(response, checks=CHECKS)
        except Exception as failure:  # schemathesis' FailureGroup: the answer broke the document
            tally.violations.append(f"{where}: {str(failure).strip().splitlines()[0][:200]}")

    one()


def _steer(case: schemathesis.Case, server: World, device_id: str) -> None:
    """As the normal suite does: generated pushes aim at real tables and this laptop, some
    sign-ins and key deposits are real, and each sign-in starts with a clean throttle."""
    if isinstance(case.body, dict):
        if case.operation.path == "/v1/sync/push":
            _aim_push_at_real_records(case.body, device_id)
        elif case.operation.path == "/v1/auth/escrow":
            _make_some_data_keys_real(case.body)
        elif case.operation.path == "/v1/auth/login":
            _make_some_sign_ins_real(case.body)
    if case.operation.path == "/v1/auth/login":
        with server.live.db.session() as session:
            session.execute(delete(LoginThrottle))
