"""Hostile requests made by hand: wrong types in every field and column of a push, unknown
names, another organisation's ids, malformed tokens, absurd query values — and the list of
every case the check runs (the bodies are in ``prove.hostile_bodies``).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import requests
from sqlalchemy import Boolean, Date, Enum, Float, Integer

from coachapp.ids import uuid7
from coachapp.models import SYNC_COLUMNS, SYNCED_MODELS
from coachapp.models.base import UTCDateTime
from prove.bad_input_server import World, participant_upsert, push_body
from prove.hostile_bodies import deep_json, gzip_bombs, huge_bodies, not_json
from prove.hostile_requests import Answer, Case, post, push
from server.storage.revisions import REFERENCE_TABLES


def wrong_types_in_push(world: World) -> Iterator[Answer]:
    """Each top-level field and each mutation field, in turn, of a wrong type."""
    good = push_body(
        world.coach.device_id, [participant_upsert(world.participant, "Fuzz", "Target")]
    )
    wrong = ["text", "1", 12, -1, 1.5, True, None, [], {}, [1, 2], {"a": 1}]
    for name in ("protocol", "device_id", "batch_id", "mutations"):
        for value in wrong:
            if name == "protocol" and value == 12:
                continue  # a newer protocol: a refusal too, but not of a wrong type
            if name == "mutations" and value == []:
                continue  # an empty batch is a valid batch
            body = dict(good, **{name: value})
            yield Answer(
                f"push {name}={value!r}",
                post(world, "/v1/sync/push", token=world.coach.access_token, json=body),
            )
    for name in ("mutation_id", "table", "row_id", "op", "base_rev", "fields", "base"):
        for value in wrong:
            mutation = dict(good["mutations"][0], **{name: value})
            if name in ("fields", "base") and value == {}:
                continue  # an empty change is a valid (no-op) mutation
            if name == "base_rev" and value == 12:
                continue  # a whole number: the right type (a base from the future merges)
            if name == "table" and value == "text":
                continue  # a well-formed unknown table name: see unknown_names
            body = dict(good, mutations=[mutation])
            answer = post(world, "/v1/sync/push", token=world.coach.access_token, json=body)
            # Refused whole (422), or this one mutation answered "rejected".
            yield Answer(f"mutation {name}={value!r}", answer, kind="rejected")


def _wrong_value(column: Any) -> Any:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "2026-03-16T09:00:00"  # no time zone
    if isinstance(kind, Date):
        return 20260316
    if isinstance(kind, Boolean):
        return "yes"
    if isinstance(kind, Enum):
        return "no-such-choice"
    if isinstance(kind, Integer | Float):
        return "twelve"
    return 12345


def wrong_types_in_every_column(world: World) -> Iterator[Answer]:
    """For every pushable table, one mutation per column with a value of the wrong type."""
    for table, model in sorted(SYNCED_MODELS.items()):
        if table in REFERENCE_TABLES or table == "possible_duplicates":
            continue
        mutations = []
        for column in model.__table__.columns:  # type: ignore[attr-defined]
            if column.key in SYNC_COLUMNS:
                continue
            mutations.append(
                {
                    "mutation_id": uuid7(),
                    "table": table,
                    "row_id": world.participant if table == "participants" else uuid7(),
                    "op": "upsert",
                    "base_rev": 0,
                    "fields": {column.key: _wrong_value(column)},
                }
            )
        yield Answer(
            f"wrong type in each column of {table}", push(world, mutations), kind="rejected"
        )


def unknown_names(world: World) -> Iterator[Answer]:
    one = participant_upsert(uuid7(), "Un", "Known")
    yield Answer("unknown table", push(world, [dict(one, table="payroll")]), kind="rejected")
    yield Answer("reference table", push(world, [dict(one, table="sites")]), kind="rejected")
    yield Answer(
        "unknown field",
        push(world, [dict(one, fields={**one["fields"], "salary": 1})]),
        kind="rejected",
    )
    yield Answer(
        "unknown base field", push(world, [dict(one, base={"salary": 1})]), kind="rejected"
    )
    yield Answer("unknown top-level key", push(world, [], extra_key=True))
    yield Answer("unknown mutation key", push(world, [dict(one, sql="DROP TABLE participants")]))


def other_organisation(world: World) -> Iterator[Answer]:
    """The demo coach aims at a participant of the second organisation."""
    theirs = world.other_participant
    change = participant_upsert(theirs, "Stolen", "Record")
    change["base_rev"] = 1
    yield Answer("update another org's participant", push(world, [change]), kind="rejected")
    delete = {
        "mutation_id": uuid7(),
        "table": "participants",
        "row_id": theirs,
        "op": "delete",
        "base_rev": 1,
    }
    yield Answer("delete another org's participant", push(world, [delete]), kind="rejected")
    note = {
        "mutation_id": uuid7(),
        "table": "case_notes",
        "row_id": uuid7(),
        "op": "upsert",
        "base_rev": 0,
        "fields": {
            "participant_id": theirs,
            "contact_at": "2026-03-16T09:00:00+00:00",
            "mode": "phone",
            "body": "x",
            "restricted": False,
        },
    }
    yield Answer("a note on another org's participant", push(world, [note]), kind="rejected")
    assert world.other is not None
    device = world.other.device_id
    yield Answer("another org's device in a push", push(world, [], device_id=device))
    yield Answer(
        "another org's laptop key",
        world.live.request("GET", f"/v1/auth/escrow?device_id={device}", world.coach.access_token),
    )
    yield Answer(
        "merge a pair of another org",
        post(
            world,
            f"/v1/duplicates/{theirs}/merge",
            token=world.sessions["admin"].access_token,
            json={"survivor_id": theirs},
        ),
    )
    yield Answer(
        "another org's refresh token",
        post(
            world,
            "/v1/auth/refresh",
            token=None,
            json={"device_id": world.coach.device_id, "refresh_token": world.other.refresh_token},
        ),
    )


def malformed_tokens(world: World) -> Iterator[Answer]:
    token = world.coach.access_token
    head, _, rest = token.partition(".")
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    forged = base64.urlsafe_b64encode(b'{"alg":"none","role":"admin"}').decode().rstrip("=")
    for label, header in (
        ("no scheme", token),
        ("Basic", "Basic " + base64.b64encode(b"demo.coach:x").decode()),
        ("empty bearer", "Bearer "),
        ("tampered signature", "Bearer " + tampered),
        ("forged header", f"Bearer {forged}.{rest}"),
        ("10 kB token", "Bearer " + "a" * 10_000),
        ("control characters", "Bearer \x01\x02\x03"),
        (
            "another laptop's token for this device",
            f"Bearer {world.sessions['supervisor'].access_token}",
        ),
        ("a refresh token as access", f"Bearer {world.coach.refresh_token}"),
        ("three dots", "Bearer a.b.c.d"),
    ):
        answer = requests.get(
            world.live.url + "/v1/sync/pull", headers={"Authorization": header}, timeout=30
        )
        if label.startswith("another laptop"):
            # A real token of another device is valid for that device: push as it names this one.
            answer = world.live.request(
                "POST",
                "/v1/sync/push",
                world.sessions["supervisor"].access_token,
                json=push_body(world.coach.device_id, []),
            )
        yield Answer(f"token: {label}", answer)
    _ = head


def bad_query_values(world: World) -> Iterator[Answer]:
    token = world.sessions["supervisor"].access_token
    for query in (
        "limit=1000000000000000000000000",
        "limit=-5",
        "limit=0",
        "cursor=-1",
        "cursor=99999999999999999999999",
        "cursor=abc",
        "cursor=1e3",
        "cursor=%00",
    ):
        yield Answer(
            f"pull {query}",
            world.live.request("GET", f"/v1/sync/pull?{query}", world.coach.access_token),
        )
    yield Answer("reference since=-1", world.live.request("GET", "/v1/reference?since=-1", token))
    for query in (
        "period_start=0001-01-01&period_end=9999-12-31",
        "period_start=2026-12-31&period_end=2026-01-01",
        "period_start=2026-02-30&period_end=2026-03-01",
        "period_start=2026-01-01&period_end=2026-03-01&coach=" + "1" * 36,
        "period_start=2026-01-01&period_end=2026-03-01&study_group=martians",
        "period_start=2026-01-01&period_end=2026-03-01&as_of=0000-00-00",
    ):
        answer = world.live.request("GET", f"/v1/reports/all?{query}", token)
        kind = "refusal" if answer.status_code != 200 else "answered"
        yield Answer(f"report {query}", answer, kind=kind)
    yield Answer(
        "escrow device_id=junk",
        world.live.request("GET", "/v1/auth/escrow?device_id=../../x", world.coach.access_token),
    )
    yield Answer(
        "merge pair_id=junk", post(world, "/v1/duplicates/%2e%2e/merge", token=token, json={})
    )


CASES = [
    Case("huge bodies and strings", huge_bodies),
    Case("gzip bombs and encodings", gzip_bombs),
    Case("JSON nested 10,000 deep", deep_json),
    Case("bodies that are not JSON objects", not_json),
    Case("wrong types in every field of a push", wrong_types_in_push),
    Case("wrong types in every column of every table", wrong_types_in_every_column),
    Case("unknown tables and fields", unknown_names),
    Case("another organisation's ids", other_organisation),
    Case("malformed tokens", malformed_tokens),
    Case("huge limits, negative cursors, impossible periods", bad_query_values),
]
