"""Sync over real HTTP on loopback, and the authorization matrix cell by cell.

Participant X belongs to Dana (North team) and is shared with her team; participant Y is
Dana's alone. X has a confidential (restricted) barrier.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from coachapp.ids import uuid7
from coachapp.models import Participant, ServiceType, SupportService
from coachapp.models.enums import CoachRole
from coachapp.models.wire import to_wire
from server.db import Database, make_engine
from server.storage.tables import Device, ServerAuditEvent
from sync.protocol import PROTOCOL_VERSION, Outcome, PullResponse, PushResponse
from tests.server.live import LiveServer, Session, live_server


@dataclass
class World:
    live: LiveServer
    sessions: dict[str, Session]
    x: str
    y: str
    barrier: str
    note: str
    secret: str = ""  # a restricted note on X


def push(live: LiveServer, who: Session, *mutations: dict[str, Any]) -> Any:
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": who.device_id,
        "batch_id": uuid7(),
        "mutations": list(mutations),
    }
    return live.request("POST", "/v1/sync/push", who.access_token, json=body)


def insert(table: str, row_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": uuid7(),
        "table": table,
        "row_id": row_id,
        "op": "upsert",
        "base_rev": 0,
        "fields": fields,
    }


def person(first: str, *, shared: bool) -> dict[str, Any]:
    return {
        "first_name": first,
        "last_name": "Test",
        "name_key": f"test {first.lower()}",
        "status": "enrolled",
        "tanf_recipient": False,
        "shared_with_team": shared,
    }


def pull_all(live: LiveServer, who: Session) -> set[str]:
    seen: set[str] = set()
    cursor = 0
    while True:
        answer = live.request("GET", f"/v1/sync/pull?cursor={cursor}&limit=50", who.access_token)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        seen |= {c["row_id"] for c in page["changes"]}
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return seen


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    from tests.server.conftest import PG_URL, fresh_postgres_database

    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("COACHAPP_TEST_DATABASE_URL not set")
        url_cm = fresh_postgres_database()
    else:
        url_cm = None
    url = (
        url_cm.__enter__()
        if url_cm is not None
        else f"sqlite:///{tmp_path_factory.mktemp('matrix')}/server.db"
    )
    try:
        with live_server(url) as live:
            north = live.program.teams[0].id
            live.add_account("kim.coach", role=CoachRole.COACH, team_id=north)
            live.add_account("ada.admin", role=CoachRole.ADMIN, team_id=None)
            live.add_account("rev.coach", role=CoachRole.COACH, team_id=north)
            sessions = {
                name: live.sign_in(name)
                for name in (
                    "demo.coach",
                    "kim.coach",
                    "lee.coach",
                    "sam.supervisor",
                    "ada.admin",
                    "rev.coach",
                )
            }
            live.add_account("dee.coach", role=CoachRole.COACH, team_id=north)
            sessions["dee.coach"] = live.sign_in("dee.coach")
            x, y, barrier, note = uuid7(), uuid7(), uuid7(), uuid7()
            answer = push(
                live,
                sessions["demo.coach"],
                insert("participants", x, **person("Xena", shared=True)),
                insert("participants", y, **person("Yusuf", shared=False)),
                insert(
                    "barriers",
                    barrier,
                    participant_id=x,
                    category="domestic_violence",
                    restricted=True,
                    identified_on="2026-03-01",
                ),
                insert(
                    "case_notes",
                    note,
                    participant_id=x,
                    contact_at="2026-03-02T15:00:00+00:00",
                    mode="in_person",
                    body="Met at Eastside branch",
                    restricted=False,
                ),
            )
            assert [r["outcome"] for r in answer.json()["results"]] == ["applied"] * 4
            secret = uuid7()
            answer = push(
                live,
                sessions["demo.coach"],
                insert(
                    "case_notes",
                    secret,
                    participant_id=x,
                    contact_at="2026-03-02T16:00:00+00:00",
                    mode="phone",
                    body="Talked about the protective order",
                    restricted=True,
                ),
            )
            assert answer.json()["results"][0]["outcome"] == "applied"
            with live.db.session() as s:
                s.execute(
                    update(Device)
                    .where(Device.id == sessions["rev.coach"].device_id)
                    .values(revoked_at=s.get(Participant, x).created_at)
                )  # type: ignore[union-attr]
                from coachapp.models import Coach
                from server.storage.tables import Account

                s.execute(
                    update(Account).where(Account.username == "dee.coach").values(active=False)
                )
                s.execute(update(Coach).where(Coach.username == "dee.coach").values(active=False))
            yield World(live, sessions, x, y, barrier, note, secret)
    finally:
        if url_cm is not None:
            url_cm.__exit__(None, None, None)


#: who → (sees X, sees X's restricted barrier, sees Y, may edit X)
MATRIX = {
    "demo.coach": (True, True, True, True),  # assigned coach
    "kim.coach": (True, False, False, True),  # same team, X is shared with the team
    "lee.coach": (False, False, False, False),  # other team
    "sam.supervisor": (True, True, True, True),  # the team's supervisor
    "ada.admin": (True, True, True, True),  # administrator (reads are audited)
}


@pytest.mark.parametrize("who", list(MATRIX))
def test_each_role_reads_exactly_its_scope(world: World, who: str) -> None:
    sees_x, sees_restricted, sees_y, _ = MATRIX[who]
    seen = pull_all(world.live, world.sessions[who])
    assert (world.x in seen, world.barrier in seen, world.y in seen) == (
        sees_x,
        sees_restricted,
        sees_y,
    )
    assert (world.note in seen) == sees_x  # an ordinary note travels with its participant


@pytest.mark.parametrize("who", list(MATRIX))
def test_each_role_writes_exactly_its_scope(world: World, who: str) -> None:
    *_, may_edit = MATRIX[who]
    with world.live.db.session() as s:
        row = s.get(Participant, world.x)
        assert row is not None
        rev, city = row.rev, to_wire(row.city)
    answer = push(
        world.live,
        world.sessions[who],
        {
            "mutation_id": uuid7(),
            "table": "participants",
            "row_id": world.x,
            "op": "upsert",
            "base_rev": rev,
            "fields": {"city": f"City of {who}"},
            "base": {"city": city},
        },
    )
    assert answer.status_code == 200
    result = answer.json()["results"][0]
    if may_edit:
        assert result["outcome"] == "applied" and result["row"]["city"] == f"City of {who}"
    else:
        assert (result["outcome"], result["code"]) == ("rejected", "forbidden")


@pytest.mark.parametrize(
    ("who", "code"), [("dee.coach", "account_disabled"), ("rev.coach", "device_revoked")]
)
def test_disabled_coach_and_revoked_laptop_are_refused_reads_and_writes(
    world: World, who: str, code: str
) -> None:
    session = world.sessions[who]
    read = world.live.request("GET", "/v1/sync/pull", session.access_token)
    write = push(
        world.live, session, insert("participants", uuid7(), **person("Zed", shared=False))
    )
    for answer in (read, write):
        assert answer.status_code == 403
        assert answer.json()["code"] == code


def test_a_coach_cannot_edit_an_unshared_participant_of_a_teammate(world: World) -> None:
    with world.live.db.session() as s:
        rev = s.scalar(select(Participant.rev).where(Participant.id == world.y))
    answer = push(
        world.live,
        world.sessions["kim.coach"],
        {
            "mutation_id": uuid7(),
            "table": "participants",
            "row_id": world.y,
            "op": "upsert",
            "base_rev": rev,
            "fields": {"city": "Nope"},
            "base": {"city": None},
        },
    )
    assert answer.json()["results"][0]["code"] == "forbidden"


@pytest.mark.parametrize(
    ("table", "row", "field"),
    [("barriers", "barrier", "description"), ("case_notes", "secret", "body")],
)
def test_a_teammate_cannot_change_a_restricted_record_nor_read_it_in_the_answer(
    world: World, table: str, row: str, field: str
) -> None:
    from coachapp.models import Barrier, CaseNote

    model = Barrier if table == "barriers" else CaseNote
    row_id = getattr(world, row)
    with world.live.db.session() as s:
        stored = s.get(model, row_id)
        assert stored is not None and stored.restricted
        rev, value = stored.rev, to_wire(getattr(stored, field))
    mutation = {
        "mutation_id": uuid7(),
        "table": table,
        "row_id": row_id,
        "op": "upsert",
        "base_rev": rev,
        "fields": {field: "Overwritten by a teammate"},
        "base": {field: value},
    }
    for attempt in (mutation, {**mutation, "mutation_id": uuid7(), "base_rev": 0}):
        answer = push(world.live, world.sessions["kim.coach"], attempt)
        result = answer.json()["results"][0]
        assert (result["outcome"], result["code"], result["row"]) == ("rejected", "forbidden", None)
    deleted = push(
        world.live,
        world.sessions["kim.coach"],
        {"mutation_id": uuid7(), "table": table, "row_id": row_id, "op": "delete", "base_rev": rev},
    )
    assert deleted.json()["results"][0]["code"] == "forbidden"
    with world.live.db.session() as s:
        after = s.get(model, row_id)
        assert after is not None and after.rev == rev and not after.deleted


def test_restricted_views_reported_by_a_laptop_are_in_the_server_audit_log(world: World) -> None:
    dana = world.sessions["demo.coach"]
    event = uuid7()
    answer = push(
        world.live,
        dana,
        insert(
            "audit_events",
            event,
            occurred_at="2026-03-03T09:00:00+00:00",
            action="view_restricted",
            table_name="barriers",
            record_id=world.x,
            participant_id=world.x,
            detail="opened",
        ),
    )
    assert answer.json()["results"][0]["outcome"] == "applied"
    push(world.live, dana, insert("audit_events", event))  # sent again: logged once
    with world.live.db.session() as s:
        logged = s.scalars(
            select(ServerAuditEvent).where(
                ServerAuditEvent.action == "view_restricted",
                ServerAuditEvent.device_id == dana.device_id,
            )
        ).all()
    assert len(logged) == 1
    detail = json.loads(logged[0].detail or "{}")
    assert (detail["audit_event_id"], detail["participant_id"], detail["table"]) == (
        event,
        world.x,
        "barriers",
    )
    assert "Xena" not in (logged[0].detail or "")


def test_admin_reads_of_participant_data_are_audited(world: World) -> None:
    pull_all(world.live, world.sessions["ada.admin"])
    with world.live.db.session() as s:
        actions = set(s.scalars(select(ServerAuditEvent.action)))
    assert "admin_read" in actions


def test_gzip_push_is_accepted_and_an_oversize_one_refused(world: World) -> None:
    who = world.sessions["demo.coach"]
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": who.device_id,
        "batch_id": uuid7(),
        "mutations": [insert("participants", uuid7(), **person("Gzip", shared=False))],
    }
    answer = world.live.request(
        "POST",
        "/v1/sync/push",
        who.access_token,
        data=gzip.compress(json.dumps(body).encode()),
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert answer.status_code == 200 and answer.json()["results"][0]["outcome"] == "applied"
    bomb = gzip.compress(b" " * (11 * 1024 * 1024))
    refused = world.live.request(
        "POST",
        "/v1/sync/push",
        who.access_token,
        data=bomb,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert refused.status_code == 413 and refused.json()["code"] == "payload_too_large"


def test_a_batch_naming_another_device_or_too_many_mutations_is_refused(world: World) -> None:
    who = world.sessions["demo.coach"]
    other = push(world.live, who)  # fine: empty batch
    assert other.status_code == 200 and other.json()["results"] == []
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": uuid7(),
        "batch_id": uuid7(),
        "mutations": [],
    }
    assert (
        world.live.request("POST", "/v1/sync/push", who.access_token, json=body).status_code == 403
    )
    many = {
        **body,
        "device_id": who.device_id,
        "mutations": [insert("participants", uuid7(), **person("M", shared=False))] * 1001,
    }
    too_many = world.live.request("POST", "/v1/sync/push", who.access_token, json=many)
    assert too_many.status_code == 422 and too_many.json()["code"] == "invalid_request"


def test_a_pull_with_a_junk_own_from_is_refused_with_a_readable_message(world: World) -> None:
    who = world.sessions["demo.coach"]
    for junk in ("0", "-5", "abc", str(2**63)):
        answer = world.live.request(
            "GET", f"/v1/sync/pull?cursor=0&limit=10&own_from={junk}", who.access_token
        )
        assert answer.status_code == 422, (junk, answer.text)
        assert answer.json()["code"] == "invalid_request" and answer.json()["message"]
    fine = world.live.request("GET", "/v1/sync/pull?cursor=0&limit=10&own_from=1", who.access_token)
    assert fine.status_code == 200


@pytest.mark.parametrize("who", ["demo.coach", "sam.supervisor"])
def test_a_pulled_page_is_the_checked_answer_the_server_would_build(world: World, who: str) -> None:
    """The pull route writes its JSON without building a model per row; what a laptop
    receives must still be exactly the checked ``PullResponse`` of the same page."""
    from server.storage.pull import pull
    from tests.server.conftest import caller_for

    session = world.sessions[who]
    program = world.live.program
    viewer = caller_for(program, [c.username for c in program.coaches].index(who))
    answer = world.live.request("GET", "/v1/sync/pull?cursor=0&limit=3", session.access_token)
    assert answer.status_code == 200
    with world.live.db.session() as s:
        expected = pull(s, viewer, cursor=0, limit=3).model()
    assert len(expected.changes) == 3 and expected.has_more
    assert answer.json() == json.loads(expected.model_dump_json())
    assert PullResponse.model_validate(answer.json()) == expected


def test_a_push_answer_is_the_checked_answer_and_a_retry_gets_the_same(world: World) -> None:
    """The push route writes its JSON without building a model per result; what a laptop
    receives must still be exactly a ``PushResponse`` (every field, nothing more), the same
    when the batch is sent again and the answers come from the stored ones."""
    dana = world.sessions["demo.coach"]
    pid = uuid7()
    mutations = [
        insert("participants", pid, **person("Echo", shared=False)),
        insert("no_such_table", uuid7(), name="x"),
    ]
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": dana.device_id,
        "batch_id": uuid7(),
        "mutations": mutations,
    }
    first = world.live.request("POST", "/v1/sync/push", dana.access_token, json=body)
    assert first.status_code == 200, first.text
    checked = PushResponse.model_validate(first.json())
    assert first.json() == json.loads(checked.model_dump_json())
    applied, rejected = checked.results
    assert (applied.outcome, applied.row is not None, applied.row["id"]) == (
        Outcome.APPLIED,
        True,
        pid,
    )
    assert applied.rev == applied.row["rev"] > 0
    assert rejected.outcome is Outcome.REJECTED and rejected.code and rejected.message
    again = world.live.request("POST", "/v1/sync/push", dana.access_token, json=body)
    assert again.status_code == 200
    assert again.json() == first.json()


def test_a_batch_the_database_refuses_in_part_is_kept_in_part_over_http(world: World) -> None:
    """The push route commits with the batch's writes. When PostgreSQL refuses them (an
    amount too big for its column), the batch goes one mutation at a time and the rest is
    still committed; the laptop is told which one failed."""
    dana = world.sessions["demo.coach"]
    program = world.live.program
    pid = uuid7()
    service = {
        "participant_id": pid,
        "service_type_id": program.service_types[0].id,
        "funding_source_id": program.funding_sources[0].id,
        "period_start": "2026-03-02",
        "period_end": "2026-04-01",
    }
    too_big = insert("support_services", uuid7(), **service, amount_cents=2**40)
    fine = insert("support_services", uuid7(), **service, amount_cents=6500)
    answer = push(
        world.live, dana, insert("participants", pid, **person("Kept", shared=False)), too_big, fine
    )
    assert answer.status_code == 200, answer.text
    outcomes = [(r["outcome"], r["code"]) for r in answer.json()["results"]]
    postgres = world.live.db.engine.dialect.name == "postgresql"
    refused = ("rejected", "invalid_record") if postgres else ("applied", None)
    assert outcomes == [("applied", None), refused, ("applied", None)]
    with world.live.db.session() as s:
        assert s.get(Participant, pid) is not None
        kept = s.scalars(select(SupportService.id).where(SupportService.participant_id == pid))
        assert set(kept) == {fine["row_id"]} | (set() if postgres else {too_big["row_id"]})
    assert pid in pull_all(world.live, dana)


def test_a_record_naming_reference_data_removed_behind_the_servers_back_is_refused_alone(
    world: World,
) -> None:
    """An administrator deletes an unused service type at the database's prompt while the
    server runs. The server process remembered it from an earlier push, so it lets a record
    naming it through, and the database refuses the batch at its commit. The laptop must be
    told which record is wrong, not get a server error, and the rest of its batch is kept."""
    dana = world.sessions["demo.coach"]
    program = world.live.program
    gone = ServiceType(
        org_id=program.org_id, code="TMP-REMOVED", name="Removed later", category="transportation"
    )
    with world.live.db.session() as s:
        s.add(gone)
        s.commit()
        gone_id = gone.id
    service = {
        "service_type_id": gone_id,
        "funding_source_id": program.funding_sources[0].id,
        "period_start": "2026-03-02",
        "period_end": "2026-04-01",
        "amount_cents": 4000,
    }
    # Refused (no such participant), but the server has looked the service type up.
    unknown_person = insert("support_services", uuid7(), **service, participant_id=uuid7())
    looked_up = push(world.live, dana, unknown_person)
    assert looked_up.status_code == 200 and looked_up.json()["results"][0]["outcome"] == "rejected"
    with world.live.db.session() as s:
        s.execute(delete(ServiceType).where(ServiceType.id == gone_id))
        s.commit()

    pid = uuid7()
    naming_it = insert("support_services", uuid7(), **service, participant_id=pid)
    answer = push(
        world.live, dana, insert("participants", pid, **person("Ada", shared=False)), naming_it
    )
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["outcome"] for r in results] == ["applied", "rejected"]
    assert (results[1]["code"], results[1]["message"]) == (
        "invalid_link",
        "service_type_id points at a record that does not exist.",
    )
    assert pid in pull_all(world.live, dana)


def test_reference_data_reaches_every_coach(world: World) -> None:
    answer = world.live.request(
        "GET", "/v1/reference?since=0", world.sessions["lee.coach"].access_token
    )
    tables = {c["table"] for c in answer.json()["changes"]}
    assert {"sites", "partners", "courses", "service_types", "funding_sources", "coaches"} <= tables


def test_health_check_names_the_database(world: World) -> None:
    answer = world.live.request("GET", "/healthz")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"


def test_server_logs_are_json_lines_with_ids_not_names(world: World) -> None:
    import io
    import logging

    from server.logs import JsonFormatter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logging.getLogger("server").addHandler(handler)
    try:
        who = world.sessions["demo.coach"]
        push(world.live, who, insert("participants", uuid7(), **person("Quillon", shared=False)))
    finally:
        logging.getLogger("server").removeHandler(handler)
    lines = stream.getvalue().splitlines()
    entries = [json.loads(line) for line in lines]
    pushes = [e for e in entries if e["message"].startswith("push ")]
    assert pushes and who.device_id in pushes[-1]["message"]
    assert pushes[-1]["level"] == "info" and pushes[-1]["logger"] == "server.api.sync"
    assert all("Quillon" not in line for line in lines)


def test_more_laptops_at_one_instant_than_connections_wait_their_turn(server_db_url: str) -> None:
    """A worker keeps ``db_connections`` connections and works on that many requests at once:
    ten times as many pulls arriving together are all answered, none refused as busy."""
    with live_server(server_db_url) as live:
        who = live.sign_in("demo.coach")
        count = 10 * live.app.state.settings.db_connections
        start = threading.Barrier(count)
        answers: list[int] = []

        def pull() -> None:
            start.wait(timeout=30)
            answer = live.request("GET", "/v1/sync/pull", who.access_token)
            answers.append(answer.status_code)

        threads = [threading.Thread(target=pull) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(answers) == [200] * count


def test_connections_the_database_ended_are_replaced_before_a_laptop_sees_them(
    server_db_url: str,
) -> None:
    """PostgreSQL restarted, or an administrator ended the server's sessions: the pooled
    connections are dead, and the next requests still succeed, on fresh ones (the pool looks
    at each connection it hands out instead of asking PostgreSQL every time)."""
    if not server_db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL ends connections; the embedded SQLite has none to end")
    with live_server(server_db_url) as live:
        who = live.sign_in("demo.coach")
        for _ in range(3):  # several pooled connections in use, then back in the pool
            assert live.request("GET", "/v1/sync/pull", who.access_token).status_code == 200
        engine = live.app.state.db.engine
        with engine.connect() as conn:
            mine = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        killer = make_engine(server_db_url)
        try:
            with killer.connect() as conn:
                ended = conn.exec_driver_sql(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).scalar()
        finally:
            killer.dispose()
        assert ended and ended >= 1 and mine is not None
        answers = [
            live.request("GET", "/v1/sync/pull", who.access_token).status_code for _ in range(3)
        ]
        pushed = push(live, who, insert("participants", uuid7(), **person("Ended", shared=False)))
        assert answers == [200, 200, 200]
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["results"][0]["outcome"] == "applied"


def test_a_database_out_of_reach_is_a_503_the_laptop_retries_not_a_500(tmp_path: Path) -> None:
    """Too many clients, a restarting PostgreSQL: the laptop is told to come back, with no
    reference to a server fault, and the next request after the database is back works."""
    with live_server(f"sqlite:///{tmp_path}/server.db") as live:
        who = live.sign_in("demo.coach")
        working = live.app.state.db
        live.app.state.db = Database(make_engine(f"sqlite:///{tmp_path}/gone/server.db"))
        try:
            answer = live.request("GET", "/v1/sync/pull", who.access_token)
        finally:
            live.app.state.db.dispose()
            live.app.state.db = working
        assert answer.status_code == 503, answer.text
        assert answer.json()["code"] == "server_busy"
        assert int(answer.headers["Retry-After"]) > 0
        assert live.request("GET", "/v1/sync/pull", who.access_token).status_code == 200


def test_a_laptops_last_contact_is_kept_for_the_administrators_device_list(world: World) -> None:
    """``list-devices`` tells an administrator when each laptop was last heard from: a sync
    request moves it on (at most once a minute), and it stays moved."""
    from datetime import timedelta

    from coachapp.models import utcnow
    from server.admin.devices import list_devices
    from tests.server.live import ORG_CODE

    session = world.sessions["lee.coach"]
    long_ago = utcnow() - timedelta(days=3)
    with world.live.db.session() as s:
        s.execute(
            update(Device).where(Device.id == session.device_id).values(last_seen_at=long_ago)
        )
    answer = world.live.request("GET", "/v1/sync/pull?cursor=0&limit=1", session.access_token)
    assert answer.status_code == 200
    with world.live.db.session() as s:
        listed = list_devices(s, org_code=ORG_CODE, username="lee.coach")
    seen = next(d.last_seen_at for d in listed if d.device_id == session.device_id)
    assert seen is not None and utcnow() - seen < timedelta(minutes=1)


def test_an_opentelemetry_set_up_on_the_server_machine_is_sent_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FastAPI traces every request and logs every unhandled exception, message and stack
    included, to whatever OpenTelemetry set-up the process finds (an SDK configured by an
    agent, ``FASTAPI_OTEL_AUTO_CONFIGURE``). The server keeps participants' data to itself:
    with a set-up present, it still hands it nothing."""
    pytest.importorskip("opentelemetry", reason="this FastAPI has no OpenTelemetry of its own")
    from opentelemetry import trace
    from opentelemetry._logs import LoggerProvider, NoOpLogger
    from opentelemetry._logs import _internal as otel_logs

    heard: list[str] = []

    class Tracer(trace.NoOpTracer):
        def start_span(self, name: str, *args: Any, **kwargs: Any) -> trace.Span:
            heard.append(f"span {name}")
            return super().start_span(name, *args, **kwargs)

        def start_as_current_span(self, name: str, *args: Any, **kwargs: Any) -> Any:
            heard.append(f"span {name}")
            return super().start_as_current_span(name, *args, **kwargs)

    class Tracers(trace.TracerProvider):
        def get_tracer(self, *args: Any, **kwargs: Any) -> trace.Tracer:
            return Tracer()

    class Logger(NoOpLogger):
        def emit(self, *args: Any, **kwargs: Any) -> None:
            heard.append(f"log {args} {kwargs}")

    class Loggers(LoggerProvider):
        def get_logger(self, name: str, *args: Any, **kwargs: Any) -> Logger:
            return Logger(name)

    monkeypatch.setattr(trace, "_TRACER_PROVIDER", Tracers())
    monkeypatch.setattr(otel_logs, "_LOGGER_PROVIDER", Loggers())
    who = world.sessions["demo.coach"]
    new = insert("participants", uuid7(), **person("Ysolde", shared=False))
    answer = push(world.live, who, new)
    assert answer.json()["results"][0]["outcome"] == "applied"
    refused = world.live.request(
        "POST",
        "/v1/sync/push",
        who.access_token,
        data=b'{"mutations": [{"first_name": "Ysolde"',
        headers={"Content-Type": "application/json"},
    )
    assert refused.status_code == 400
    assert heard == []
