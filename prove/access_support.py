"""Part 7's world: a live server probed with raw HTTP (``http.client``, none of our client code).

Who: the assigned coach, a teammate, another team's coach, the team's supervisor, the
administrator, an administrator of another organisation, a disabled coach, a revoked laptop and
nobody (no token). What: participant X (Dana's, shared with her team) with a restricted barrier,
a restricted note and an ordinary note; participant Y (Dana's alone) and Y2, the same person
entered twice (a possible-duplicate pair).
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from coachapp.ids import uuid7
from coachapp.models import Coach, Participant, PossibleDuplicate, Team
from coachapp.models.enums import CoachRole
from server import admin_cli
from server.storage import revisions
from server.storage.tables import Account, Organization
from sync.protocol import PROTOCOL_VERSION
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, _hash, live_server

OTHER_ORG = "OTHER-HPOG"


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any
    headers: dict[str, str]

    @property
    def code(self) -> str:
        return str(self.body.get("code")) if isinstance(self.body, dict) else ""

    def shown(self) -> str:
        """``200``, or ``403 device_revoked``: what a matrix cell compares."""
        return str(self.status) if self.status < 300 else f"{self.status} {self.code}".strip()


class RawHttp:
    """One request per connection, JSON in and out, nothing else."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80

    def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        sent = {"Accept": "application/json", **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            conn.request(method, path, body=data, headers=sent)
            response = conn.getresponse()
            raw = response.read()
            got = {k.lower(): v for k, v in response.getheaders()}
        finally:
            conn.close()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode("utf-8", "replace")
        return Answer(response.status, parsed, got)


@dataclass
class Principal:
    """Someone calling the server: their tokens and laptop (all empty for nobody)."""

    name: str
    org: str = ORG_CODE
    token: str | None = None
    refresh: str = ""
    device_id: str = ""
    account_id: str = ""
    coach_id: str = ""


@dataclass
class AccessWorld:
    live: LiveServer
    http: RawHttp
    database_url: str
    who: dict[str, Principal]
    x: str
    y: str
    y2: str
    pair: str
    barrier: str
    restricted_note: str
    note: str
    north: str
    notes: dict[str, str] = field(default_factory=dict)

    def call(self, method: str, path: str, who: Principal, **kwargs: Any) -> Answer:
        return self.http.call(method, path, token=who.token, **kwargs)

    def push(self, who: Principal, *mutations: dict[str, Any], device: str = "") -> Answer:
        body = {
            "protocol": PROTOCOL_VERSION,
            "device_id": device or who.device_id or uuid7(),
            "batch_id": uuid7(),
            "mutations": list(mutations),
        }
        return self.call("POST", "/v1/sync/push", who, body=body)

    def pull_ids(self, who: Principal) -> tuple[Answer, set[str]]:
        seen: set[str] = set()
        cursor = 0
        while True:
            answer = self.call("GET", f"/v1/sync/pull?cursor={cursor}&limit=500", who)
            if answer.status != 200:
                return answer, seen
            seen |= {c["row_id"] for c in answer.body["changes"]}
            cursor = answer.body["next_cursor"]
            if not answer.body["has_more"]:
                return answer, seen

    def row(self, model: Any, row_id: str) -> Any:
        with self.live.db.session() as s:
            found = s.get(model, row_id)
            assert found is not None
            s.expunge(found)
            return found


def insert(table: str, row_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": uuid7(),
        "table": table,
        "row_id": row_id,
        "op": "upsert",
        "base_rev": 0,
        "fields": fields,
    }


def person(first: str, *, shared: bool, born: str | None = None) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "first_name": first,
        "last_name": "Probe",
        "name_key": f"probe {first.lower()}",
        "status": "enrolled",
        "tanf_recipient": False,
        "shared_with_team": shared,
    }
    if born:
        fields["date_of_birth"] = born
    return fields


def sign_in(http: RawHttp, who: Principal) -> Principal:
    answer = http.call(
        "POST",
        "/v1/auth/login",
        body={
            "org": who.org,
            "username": who.name,
            "password": PASSWORD,
            "device_name": f"{who.name} probe laptop",
        },
    )
    assert answer.status == 200, answer.body
    data = answer.body
    who.token = data["tokens"]["access_token"]
    who.refresh = data["tokens"]["refresh_token"]
    who.device_id = data["device_id"]
    who.coach_id = data["coach"]["coach_id"]
    return who


def add_other_org(live: LiveServer, username: str) -> None:
    """A second organisation with its own team and administrator."""
    with live.db.session() as s:
        org = Organization(code=OTHER_ORG, name="Another Program")
        s.add(org)
        s.flush()
        team = Team(org_id=org.id, name="Elsewhere", code="EL")
        s.add(team)
        s.flush()
        coach = Coach(
            org_id=org.id,
            username=username,
            display_name="Zoe Other",
            role=CoachRole.ADMIN,
            team_id=team.id,
            active=True,
        )
        s.add(coach)
        s.flush()
        revisions.stamp(s, [team, coach])
        s.add(
            Account(
                org_id=org.id,
                coach_id=coach.id,
                username=username,
                password_hash=_hash(),
                role="admin",
                active=True,
            )
        )


def admin(database_url: str, *args: str) -> None:
    """The server's administrator command line, in this process."""
    assert admin_cli.main(["--database-url", database_url, *args]) == 0


@contextmanager
def access_world(database_url: str) -> Iterator[AccessWorld]:
    with live_server(database_url) as live:
        http = RawHttp(live.url)
        north = live.program.teams[0].id
        for name, role in (
            ("kim.coach", CoachRole.COACH),
            ("ada.admin", CoachRole.ADMIN),
            ("dee.coach", CoachRole.COACH),
            ("rev.coach", CoachRole.COACH),
        ):
            live.add_account(name, role=role, team_id=None if role is CoachRole.ADMIN else north)
        add_other_org(live, "zoe.admin")
        names = ["demo.coach", "kim.coach", "lee.coach", "sam.supervisor", "ada.admin"]
        who = {n: sign_in(http, Principal(n)) for n in [*names, "dee.coach", "rev.coach"]}
        who["zoe.admin"] = sign_in(http, Principal("zoe.admin", org=OTHER_ORG))
        who["nobody"] = Principal("nobody", refresh="made-up-refresh-token-" + "x" * 20)
        x, y, y2, barrier, restricted_note, note = (uuid7() for _ in range(6))
        world = AccessWorld(
            live, http, database_url, who, x, y, y2, "", barrier, restricted_note, note, north
        )
        answer = world.push(
            who["demo.coach"],
            insert("participants", x, **person("Xena", shared=True)),
            insert("participants", y, **person("Yusuf", shared=False, born="1990-04-01")),
            insert("participants", y2, **person("Yusuf", shared=False, born="1990-04-01")),
            insert(
                "barriers",
                barrier,
                participant_id=x,
                category="domestic_violence",
                restricted=True,
                description="Safety plan with the shelter",
                identified_on="2026-03-01",
            ),
            insert(
                "case_notes",
                restricted_note,
                participant_id=x,
                contact_at="2026-03-02T15:00:00+00:00",
                mode="in_person",
                body="Restricted: talked about the protective order",
                restricted=True,
            ),
            insert(
                "case_notes",
                note,
                participant_id=x,
                contact_at="2026-03-02T15:30:00+00:00",
                mode="in_person",
                body="Met at Eastside branch",
                restricted=False,
            ),
        )
        assert [r["outcome"] for r in answer.body["results"]] == ["applied"] * 6, answer.body
        with live.db.session() as s:
            pair = s.scalar(
                select(PossibleDuplicate.id).where(
                    PossibleDuplicate.participant_a_id.in_([y, y2]),
                    PossibleDuplicate.participant_b_id.in_([y, y2]),
                )
            )
            assert pair is not None, "the same person entered twice was not paired"
            for p in who.values():
                if p.coach_id:
                    p.account_id = s.scalar(
                        select(Account.id).where(Account.coach_id == p.coach_id)
                    )
        world.pair = pair
        # The administrator's own tools: disable one coach, revoke another's laptop.
        admin(database_url, "disable-coach", "--org", ORG_CODE, "--username", "dee.coach")
        admin(
            database_url, "revoke-device", "--org", ORG_CODE, "--device", who["rev.coach"].device_id
        )
        yield world


def participant_count(world: AccessWorld) -> int:
    with world.live.db.session() as s:
        return len(s.scalars(select(Participant.id)).all())
