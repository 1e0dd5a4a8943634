"""Hostile request bodies: too big, gzip bombs, JSON nested 10,000 deep, bodies that are not
JSON objects at all."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator

from coachapp.ids import uuid7
from prove.bad_input_server import World, participant_upsert, push_body
from prove.hostile_requests import MEGABYTE_TEXT, Answer, post, push, push_raw
from sync.protocol import MAX_PUSH_BYTES

# --- size ---------------------------------------------------------------------------------------


def huge_bodies(world: World) -> Iterator[Answer]:
    padding = "p" * (MAX_PUSH_BYTES + 1024 * 1024)
    body = json.dumps(push_body(world.coach.device_id, [])).replace("[]", f'[], "pad": "{padding}"')
    yield Answer("11 MB push", push_raw(world, body.encode()))

    def chunks() -> Iterator[bytes]:  # no Content-Length: refused while it streams in
        yield body.encode()[: 1 << 20]
        for _ in range(11):
            yield b" " * (1 << 20)

    yield Answer("11 MB push, chunked", push_raw(world, chunks()))  # type: ignore[arg-type]
    login = {"org": "x" * 1_000_000, "username": "u", "password": "p", "device_name": "d"}
    yield Answer("1 MB organisation code", post(world, "/v1/auth/login", token=None, json=login))
    login = {"org": "OH-HPOG", "username": "u", "password": MEGABYTE_TEXT, "device_name": "d"}
    yield Answer("1 MB password", post(world, "/v1/auth/login", token=None, json=login))
    one = participant_upsert(world.participant, "Fuzz", "Target")
    one["fields"] = {"first_name": MEGABYTE_TEXT}
    yield Answer("1 MB first name", push(world, [one]))
    one = participant_upsert(uuid7(), "Big", "Name")
    one["fields"]["city"] = "c" * 50_000
    yield Answer("50 kB city (inside the wire limit)", push(world, [one]), kind="rejected")
    many = [participant_upsert(uuid7(), "M", "N") for _ in range(1001)]
    yield Answer("1,001 mutations", push(world, many))


def gzip_bombs(world: World) -> Iterator[Answer]:
    squeezer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join(squeezer.compress(b"\0" * (1 << 20)) for _ in range(200)) + squeezer.flush()
    assert len(bomb) < 1 << 20  # under a megabyte on the wire, 200 MB inflated
    yield Answer("gzip bomb (200 MB of zeros)", push_raw(world, bomb, {"Content-Encoding": "gzip"}))
    inner = json.dumps(push_body(world.coach.device_id, [])).encode()
    yield Answer(
        "damaged gzip",
        push_raw(world, gzip.compress(inner)[:-12] + b"garbage!", {"Content-Encoding": "gzip"}),
    )
    yield Answer(
        "gzip double-wrapped",
        push_raw(world, gzip.compress(gzip.compress(inner)), {"Content-Encoding": "gzip"}),
    )
    yield Answer("brotli claimed", push_raw(world, inner, {"Content-Encoding": "br"}))


# --- shape --------------------------------------------------------------------------------------


def deep_json(world: World) -> Iterator[Answer]:
    deep = "[" * 10_000 + "]" * 10_000
    body = json.dumps(push_body(world.coach.device_id, [])).replace("[]", deep)
    yield Answer("mutations nested 10,000 deep", push_raw(world, body.encode()))
    one = json.dumps(participant_upsert(world.participant, "Fuzz", "Target"))
    one = one.replace('"Fuzz"', '{"a":' * 10_000 + "1" + "}" * 10_000)
    body = json.dumps(push_body(world.coach.device_id, [])).replace("[]", f"[{one}]")
    yield Answer("a field nested 10,000 deep", push_raw(world, body.encode()))
    login = '{"org":' + "[" * 10_000 + "]" * 10_000 + "}"
    yield Answer(
        "sign-in nested 10,000 deep",
        post(
            world,
            "/v1/auth/login",
            token=None,
            data=login,
            headers={"Content-Type": "application/json"},
        ),
    )


def not_json(world: World) -> Iterator[Answer]:
    inner = json.dumps(push_body(world.coach.device_id, []))
    yield Answer("non-UTF-8 body", push_raw(world, b'{"protocol": 1, "device_id": "\xff\xfe\xfa"}'))
    # JSON may come in UTF-16 (RFC 7159); an empty batch so encoded is answered, or refused.
    yield Answer("UTF-16 body", push_raw(world, inner.encode("utf-16")), kind="answered")
    yield Answer(
        "Latin-1 sign-in",
        post(
            world,
            "/v1/auth/login",
            token=None,
            data='{"org": "Ó", "username": "é", "password": "x", "device_name": "d"}'.encode(
                "latin-1"
            ),
            headers={"Content-Type": "application/json"},
        ),
    )
    yield Answer("empty body", push_raw(world, b""))
    yield Answer("JSON null", push_raw(world, b"null"))
    yield Answer("JSON array", push_raw(world, b"[1, 2, 3]"))
    yield Answer("truncated JSON", push_raw(world, inner.encode()[:-7]))
    yield Answer(
        "NaN in a field",
        push_raw(world, inner.replace('"mutations": []', '"mutations": NaN').encode()),
    )
    yield Answer(
        "form-encoded",
        post(world, "/v1/sync/push", token=world.coach.access_token, data={"protocol": "1"}),
    )
