"""What a hostile request check is made of: the answers a case collects, the helpers that send
raw requests to the live server, and the verdicts an answer is held to — ``refused_cleanly``
(a 4xx with an ``ErrorBody``, a code and a sentence, quickly) or, for a push whose batch is
well-formed but whose mutations are not, ``every_mutation_rejected``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import requests

from prove.bad_input_server import World, push_body

PROMPT_SECONDS = 5.0
MEGABYTE_TEXT = "m" * 1_000_000


@dataclass(frozen=True)
class Answer:
    label: str
    response: requests.Response
    kind: str = "refusal"  # "refusal": a 4xx; "rejected": a 200 push whose mutations all failed


@dataclass(frozen=True)
class Case:
    name: str
    send: Callable[[World], Iterator[Answer]]


def post(world: World, path: str, *, token: str | None, **kwargs: Any) -> requests.Response:
    return world.live.request("POST", path, token, **kwargs)


def push_raw(world: World, data: bytes, headers: dict[str, str] | None = None) -> requests.Response:
    return post(
        world,
        "/v1/sync/push",
        token=world.coach.access_token,
        data=data,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def push(world: World, mutations: list[dict[str, Any]], **top: Any) -> requests.Response:
    body = push_body(world.coach.device_id, mutations)
    body.update(top)
    return post(world, "/v1/sync/push", token=world.coach.access_token, json=body)


def refused_cleanly(response: requests.Response, seconds: float) -> str | None:
    """Why ``response`` is not a clean refusal, or None when it is one."""
    if not 400 <= response.status_code < 500:
        return f"status {response.status_code}"
    if seconds > PROMPT_SECONDS:
        return f"took {seconds:.1f} s"
    return _error_body(response)


def _error_body(response: requests.Response) -> str | None:
    if not response.headers.get("content-type", "").startswith("application/json"):
        return f"content type {response.headers.get('content-type')!r}"
    try:
        body = response.json()
    except ValueError:
        return "body is not JSON"
    if not isinstance(body, dict) or not body.get("code") or not body.get("message"):
        return f"no code and message: {str(body)[:120]}"
    if len(body["message"]) > 300:
        return "message quotes the request"
    return None


def every_mutation_rejected(response: requests.Response, seconds: float) -> str | None:
    if response.status_code != 200:
        return refused_cleanly(response, seconds)  # refusing the whole batch is fine too
    if seconds > PROMPT_SECONDS:
        return f"took {seconds:.1f} s"
    for result in response.json()["results"]:
        if result["outcome"] != "rejected" or not result.get("code") or not result.get("message"):
            return f"a mutation was {result['outcome']}: {str(result)[:200]}"
    return None


def answered_plainly(response: requests.Response, seconds: float) -> str | None:
    """A report over an odd but valid period: an answer (200) or a clean refusal."""
    if response.status_code == 200 and seconds <= PROMPT_SECONDS:
        return None
    return refused_cleanly(response, seconds)


VERDICTS = {
    "refusal": refused_cleanly,
    "rejected": every_mutation_rejected,
    "answered": answered_plainly,
}
