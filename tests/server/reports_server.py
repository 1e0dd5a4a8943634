"""The hand-worked reports program (``tests/services/reports_world``) on a laptop and a server.

The program is written once into an encrypted laptop store and its rows copied, ids and all,
into a live server's database, where a second copy of the program (new ids) lives in another
organisation and the demo program in a third. The laptop's numbers are the yardstick the
server's HTTP answers and ``python -m server report`` are held to.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import insert, select

from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS, Base, Coach
from coachapp.models.enums import CoachRole
from coachapp.services.reference import save_pulled_reference
from coachapp.services.reports import ReportFilter
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from server.auth.passwords import hash_password
from server.storage import reports as storage
from server.storage.tables import Account, Organization
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.server.conftest import _backends, fresh_postgres_database
from tests.server.live import PASSWORD, LiveServer, live_server
from tests.services import reports_world
from tests.services.reports_world import World

ORG = "WORLD"
OTHER_ORG = "OTHER"
PERIOD = {"period_start": "2025-01-01", "period_end": "2025-12-31", "as_of": "2026-03-16"}


@dataclass
class ReportsServer:
    live: LiveServer
    database_url: str
    laptop: LocalStore
    world: World  # on the laptop and, with the same ids, on the server
    other: World  # the same program in organisation OTHER, on the server only
    tokens: dict[str, str] = field(default_factory=dict)  # username → access token

    def get(self, path: str, who: str | None, **params: Any) -> requests.Response:
        token = self.tokens[who] if who is not None else None
        return self.live.request("GET", path, token, params=params)

    def on_laptop(self, name: str, **filters: Any) -> Any:
        """The core's answer on the laptop for the 2025 report (as of 2026-03-16)."""
        f = laptop_filter(self.world, **filters)
        with self.laptop.read() as session:
            return storage.run_report(session, name, f)


def laptop_filter(world: World, **filters: Any) -> ReportFilter:
    return reports_world.year(org_id=world.org_id, **filters)


@pytest.fixture(scope="module", params=_backends())
def reports_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ReportsServer]:
    with ExitStack() as stack:
        if request.param == "postgresql":
            url = stack.enter_context(fresh_postgres_database())
        else:
            url = f"sqlite:///{tmp_path_factory.mktemp('reports') / 'server.db'}"
        live = stack.enter_context(live_server(url))
        laptop = _laptop(tmp_path_factory.mktemp("laptop"))
        stack.callback(laptop.close)
        with laptop.write(remote=True) as session:
            world = reports_world.build(session)
        with live.db.session() as session:
            _copy_program(laptop, session, world.org_id)
            other = reports_world.build(session)
            session.add(Organization(id=world.org_id, code=ORG, name="Hand-worked program"))
            session.add(Organization(id=other.org_id, code=OTHER_ORG, name="Its twin"))
        served = ReportsServer(live=live, database_url=url, laptop=laptop, world=world, other=other)
        _accounts(served)
        yield served


def _laptop(folder: Path) -> LocalStore:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    identity = Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
    store, _key = DataFolder(folder / "CoachApp").create(
        identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    save_pulled_reference(store, program.rows())
    return store


def _copy_program(laptop: LocalStore, server: Any, org_id: str) -> None:
    """Every row of the organisation, as the laptop holds it, into the server's tables."""
    synced = {model.__tablename__ for model in SYNCED_MODELS.values()}  # type: ignore[attr-defined]
    with laptop.read() as session:
        for table in Base.metadata.sorted_tables:  # parents before children
            if table.name not in synced:
                continue
            rows = [
                dict(r._mapping)
                for r in session.execute(select(table).where(table.c.org_id == org_id))
            ]
            if rows:
                server.execute(insert(table), rows)


def _accounts(served: ReportsServer) -> None:
    """Sign-ins for the program: coach "a" (North), a supervisor of each team, an admin;
    and an admin of the twin organisation."""
    w, o = served.world, served.other
    people = [
        (ORG, w.org_id, "a", None, CoachRole.COACH, w["north"]),
        (ORG, w.org_id, "sup.north", uuid7(), CoachRole.SUPERVISOR, w["north"]),
        (ORG, w.org_id, "sup.south", uuid7(), CoachRole.SUPERVISOR, w["south"]),
        (ORG, w.org_id, "sup.none", uuid7(), CoachRole.SUPERVISOR, None),
        (ORG, w.org_id, "admin", uuid7(), CoachRole.ADMIN, None),
        (OTHER_ORG, o.org_id, "other.admin", uuid7(), CoachRole.ADMIN, None),
    ]
    password_hash = hash_password(PASSWORD)
    with served.live.db.session() as s:
        for _org, org_id, username, new_id, role, team_id in people:
            coach_id = w["coach_a"] if new_id is None else new_id
            if new_id is not None:
                s.add(
                    Coach(
                        id=new_id,
                        org_id=org_id,
                        username=username,
                        display_name=username.title(),
                        role=role,
                        team_id=team_id,
                    )
                )
            s.add(
                Account(
                    org_id=org_id,
                    coach_id=coach_id,
                    username=username,
                    password_hash=password_hash,
                    role=role.value,
                    active=True,
                )
            )
    for org, _org_id, username, *_ in people:
        answer = served.live.request(
            "POST",
            "/v1/auth/login",
            json={
                "org": org,
                "username": username,
                "password": PASSWORD,
                "device_name": f"{username}'s laptop",
            },
        )
        assert answer.status_code == 200, answer.text
        served.tokens[username] = answer.json()["tokens"]["access_token"]
