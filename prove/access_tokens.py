"""Part 7's bad tokens: expired, forged and another laptop's, each sent as a raw HTTP probe.

Expired tokens are made with the server's own secret (so only the expiry is wrong); forged
ones are signed with another secret, carry ``alg: none``, or change the payload under the
genuine signature. Each probe names what the server must answer.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from coachapp.ids import uuid7
from prove.access_support import AccessWorld, Answer, Principal
from server.auth.tokens import issue_access_token
from server.settings import Settings

#: The Bearer routes every bad token is tried on: a read, a write, the key, a report.
ROUTES = ("pull", "push", "escrow", "report")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _payload(token: str) -> dict[str, object]:
    body = token.split(".")[0]
    decoded: dict[str, object] = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return decoded


def _token(
    world: AccessWorld, who: Principal, *, secret: str | None = None, **when: datetime
) -> str:
    settings: Settings = world.live.app.state.settings
    if secret is not None:
        settings = replace(settings, token_secret=secret)
    return issue_access_token(
        account_id=who.account_id,
        coach_id=who.coach_id,
        device_id=who.device_id,
        org_id=str(_payload(who.token or "")["org"]),
        role="coach",
        via="password",
        settings=settings,
        now=when.get("now"),
    )


def bad_tokens(world: AccessWorld) -> dict[str, tuple[str, str]]:
    """name → (token, the answer every route must give)."""
    dana = world.who["demo.coach"]
    genuine = dana.token or ""
    body, signature = genuine.split(".")
    claims = _payload(genuine)
    now = datetime.now(UTC)

    def resigned(**changes: object) -> str:  # payload changed, the genuine signature kept
        return f"{_b64(json.dumps({**claims, **changes}).encode())}.{signature}"

    none_header = _b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return {
        "expired 16 minutes ago (server's own secret)": (
            _token(world, dana, now=now - timedelta(minutes=16)),
            "401 token_expired",
        ),
        "expired a year ago": (
            _token(world, dana, now=now - timedelta(days=365)),
            "401 token_expired",
        ),
        "issued an hour in the future": (
            _token(world, dana, now=now + timedelta(hours=1)),
            "401 unauthenticated",
        ),
        "signed with another secret": (
            _token(world, dana, secret="another-secret-" + "z" * 40),
            "401 unauthenticated",
        ),
        "alg=none JWT, no signature": (
            f"{none_header}.{body}.",
            "401 unauthenticated",
        ),
        "alg=none, payload only": (f"{body}.", "401 unauthenticated"),
        "payload tampered: role admin": (resigned(role="admin"), "401 unauthenticated"),
        "payload tampered: another coach's id": (
            resigned(cid=world.who["sam.supervisor"].coach_id),
            "401 unauthenticated",
        ),
        "payload tampered: expiry pushed a year on": (
            resigned(exp=int(claims["exp"]) + 365 * 86400),  # type: ignore[call-overload]
            "401 unauthenticated",
        ),
        "signature truncated": (genuine[:-4], "401 unauthenticated"),
        "signature of another token": (
            f"{body}.{(world.who['kim.coach'].token or '').split('.')[1]}",
            "401 unauthenticated",
        ),
        "refresh token used as an access token": (dana.refresh, "401 unauthenticated"),
        "empty": ("", "401 unauthenticated"),
    }


def route_call(world: AccessWorld, route: str, token: str) -> Answer:
    """One Bearer route, with ``token`` as it stands (no principal's own)."""
    anyone = Principal("probe", token=token)
    dana = world.who["demo.coach"]
    if route == "pull":
        return world.call("GET", "/v1/sync/pull?cursor=0", anyone)
    if route == "push":
        return world.push(anyone, device=dana.device_id)
    if route == "escrow":
        return world.call("GET", "/v1/auth/escrow", anyone)
    return world.call(
        "GET", "/v1/reports/performance?period_start=2025-07-01&period_end=2026-06-30", anyone
    )


@dataclass
class Probe:
    name: str
    want: str
    got: str


def cross_device_probes(world: AccessWorld) -> list[Probe]:
    """Laptop A's tokens used for laptop B: each must be refused, and A must still work."""
    a, b = world.who["demo.coach"], world.who["kim.coach"]
    probes: list[Callable[[], tuple[str, str, Answer]]] = [
        lambda: (
            "A's access token, B's laptop id in the push",
            "403 forbidden",
            world.push(a, device=b.device_id),
        ),
        lambda: (
            "A's access token, a made-up laptop id in the push",
            "403 forbidden",
            world.push(a, device=uuid7()),
        ),
        lambda: (
            "A's access token asks for B's escrowed key",
            "403 forbidden",
            world.call("GET", f"/v1/auth/escrow?device_id={b.device_id}", a),
        ),
        lambda: (
            "A's refresh token presented by B",
            "401 unauthenticated",
            _refresh(world, device=b.device_id, token=a.refresh),
        ),
        lambda: (
            "A's refresh token presented with a made-up laptop id",
            "401 unauthenticated",
            _refresh(world, device=uuid7(), token=a.refresh),
        ),
        lambda: (
            "A signs in naming B's laptop",
            "401 unauthenticated",
            world.http.call(
                "POST",
                "/v1/auth/login",
                body={
                    "org": a.org,
                    "username": a.name,
                    "password": _password(),
                    "device_name": "not mine",
                    "device_id": b.device_id,
                },
            ),
        ),
    ]
    found = []
    for make in probes:
        name, want, answer = make()
        found.append(Probe(name, want, answer.shown()))
    # None of that cost A anything: its own refresh token still works, and B's too.
    for who in (a, b):
        answer = _refresh(world, device=who.device_id, token=who.refresh)
        if answer.status == 200:
            who.refresh = answer.body["refresh_token"]
        found.append(Probe(f"{who.name}'s own refresh afterwards", "200", answer.shown()))
    return found


def _refresh(world: AccessWorld, *, device: str, token: str) -> Answer:
    body = {"device_id": device, "refresh_token": token}
    return world.http.call("POST", "/v1/auth/refresh", body=body)


def _password() -> str:
    from tests.server.live import PASSWORD

    return PASSWORD
