"""Part 7, Access: the server's authorization matrix as raw HTTP probes; expired, forged and
cross-device tokens; a revoked laptop wiping itself; restricted views in the server's audit log.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from coachapp import logs
from coachapp.models import AuditEvent
from coachapp.models.enums import AuditAction, CoachRole
from coachapp.services import barriers, notes
from coachapp.store.profile import DataFolder
from coachapp.store.unlock_guard import UnlockGuard
from prove.access_matrix import ACTIVE, SHUT_OUT, run_matrix
from prove.access_support import AccessWorld, access_world, admin
from prove.access_tokens import ROUTES, bad_tokens, cross_device_probes, route_call
from prove.conftest import Figures, Size
from server.storage.tables import ServerAuditEvent
from sync.errors import AccessWithdrawn
from sync.provision import connect, provision
from tests.conftest import FAST_KDF
from tests.server.conftest import PG_URL, fresh_postgres_database
from tests.server.live import ORG_CODE, PASSWORD
from tests.sync.laptops import laptop
from tests.ui.people import add_person

SECTION = 7


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        full = metafunc.config.getoption("--prove-size") == "full"
        backends = ["sqlite", "postgresql"] if full and PG_URL else ["sqlite"]
        metafunc.parametrize("backend", backends, scope="module")


@pytest.fixture(scope="module")
def world(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AccessWorld]:
    if backend == "postgresql":
        with fresh_postgres_database() as url, access_world(url) as made:
            yield made
        return
    url = f"sqlite:///{tmp_path_factory.mktemp('access')}/server.db"
    with access_world(url) as made:
        yield made


def test_authorization_matrix(world: AccessWorld, figures: Figures) -> None:
    """Authorization matrix over raw HTTP: every caller x every route answers as it should"""
    cells = run_matrix(world)
    wrong = [c for c in cells if c.got != c.want]
    leaks = [c for c in cells if c.leaked]
    callers = Counter(c.who for c in cells)
    figures.add("callers", len(callers), target=f"{len(ACTIVE) + len(SHUT_OUT)}")
    figures.add("routes and records probed", len({c.column for c in cells}))
    figures.add("cells probed", len(cells))
    figures.add("cells answered as expected", len(cells) - len(wrong), target=f"{len(cells)}")
    figures.add("refused pushes answered with the record", len(leaks), target="0", ok=not leaks)
    for cell in wrong[:10]:
        figures.add(f"WRONG {cell.who} / {cell.column}", cell.got, target=cell.want, ok=False)
    assert not wrong, [f"{c.who} {c.column}: got {c.got}, want {c.want}" for c in wrong]
    assert not leaks


def test_admin_reads_are_audited(world: AccessWorld, figures: Figures) -> None:
    """An administrator's pull of participant data is written to the server's audit log"""
    ada = world.who["ada.admin"]
    answer, seen = world.pull_ids(ada)
    assert answer.status == 200 and world.x in seen
    with world.live.db.session() as s:
        reads = s.scalars(
            select(ServerAuditEvent).where(
                ServerAuditEvent.action == "admin_read",
                ServerAuditEvent.account_id == ada.account_id,
            )
        ).all()
    figures.add("admin_read entries for the administrator", len(reads), target=">= 1")
    assert reads


def test_expired_forged_and_cross_device_tokens(world: AccessWorld, figures: Figures) -> None:
    """Expired, forged and another laptop's tokens: every probe refused, nothing else harmed"""
    tokens = bad_tokens(world)
    wrong: list[str] = []
    probes = 0
    for name, (token, want) in tokens.items():
        for route in ROUTES:
            probes += 1
            got = route_call(world, route, token).shown()
            if got != want:
                wrong.append(f"{name} on {route}: got {got}, want {want}")
    cross = cross_device_probes(world)
    wrong += [f"{p.name}: got {p.got}, want {p.want}" for p in cross if p.got != p.want]
    expired = sum(1 for _, w in tokens.values() if w.endswith("token_expired"))
    figures.add("expired tokens x routes", expired * len(ROUTES), target="401 token_expired")
    figures.add(
        "forged tokens x routes",
        (len(tokens) - expired) * len(ROUTES),
        target="401 unauthenticated",
    )
    figures.add("cross-device probes", len(cross))
    figures.add(
        "probes answered as expected",
        probes + len(cross) - len(wrong),
        target=str(probes + len(cross)),
    )
    assert not wrong, wrong


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def app_logs_in(tmp_path: Path) -> Iterator[DataFolder]:
    """A laptop's data folder with the app's log file in it, as ``launch`` sets it up."""
    folder = DataFolder(tmp_path / "laptop")
    kept = {n: list(logging.getLogger(n).handlers) for n in logs.APP_LOGGERS}
    logs.configure(folder.logs_path)
    try:
        yield folder
    finally:
        for name, handlers in kept.items():
            logger = logging.getLogger(name)
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
                handler.close()
            for handler in handlers:
                logger.addHandler(handler)


def test_revoked_laptop_wipes_itself(
    world: AccessWorld, app_logs_in: DataFolder, figures: Figures
) -> None:
    """A revoked laptop wipes itself at its next contact: every file of its data folder gone"""
    folder = app_logs_in
    world.live.add_account("lost.coach", role=CoachRole.COACH, team_id=world.north)
    laptop_ = provision(
        folder,
        server_url=world.live.url,
        org=ORG_CODE,
        username="lost.coach",
        password=PASSWORD,
        kdf=FAST_KDF,
    )
    add_person(laptop_.store, "Marisol", "Quintanilla", tanf_case_number="OH-5150-2211")
    laptop_.sync()
    add_person(laptop_.store, "Thaddeus", "Oyelaran")  # not synced yet: lost with the laptop
    UnlockGuard(folder.path).failed()  # a mistyped password earlier today
    device = laptop_.identity.device_id
    laptop_.close()

    admin(world.database_url, "revoke-device", "--org", ORG_CODE, "--device", device)
    reopened = connect(folder, PASSWORD)  # the next time the coach unlocks it, online
    before = _files(folder.path)  # the database open: its WAL and shared-memory files too
    with pytest.raises(AccessWithdrawn) as told:
        reopened.sync()
    after = _files(folder.path)

    figures.add("files in the data folder before", len(before), unit="files")
    figures.add("files before", ", ".join(before))
    figures.add("files left after the wipe", len(after), unit="files", target="0", ok=not after)
    if after:
        figures.add("left behind", ", ".join(after), ok=False)
    figures.add("the coach is told", str(told.value))
    kept = {"coachapp.db", "coachapp.db-wal", "coachapp.db-shm", "vault.json", "profile.json"}
    assert kept | {"logs/coachapp.log", "unlock-attempts.json"} <= set(before)
    assert after == [], after
    assert not folder.is_provisioned()


def test_restricted_views_reach_the_server_audit_log(
    world: AccessWorld, tmp_path: Path, figures: Figures, size: Size
) -> None:
    """Restricted-record views made on laptops appear in the server's audit log after sync"""
    rounds = size.pick(quick=2, full=5)
    made: list[tuple[str, str, str]] = []  # (account, device, participant)
    machines = [laptop(world.live, n, tmp_path) for n in ("demo.coach", "sam.supervisor")]
    try:
        for machine in machines:
            account = world.who[machine.username].account_id
            device = machine.engine.store.actor.device_id
            for _ in range(rounds):
                barriers.open_restricted(machine.store, world.x)
                made.append((account, device, world.x))
                shown = notes.list_notes(machine.store, world.x, include_restricted=True)
                assert any(n.restricted for n in shown)
                made.append((account, device, world.x))
            machine.sync()
    finally:
        for machine in machines:
            machine.close()
    with world.live.db.session() as s:
        logged = s.scalars(
            select(ServerAuditEvent).where(
                ServerAuditEvent.action == AuditAction.VIEW_RESTRICTED.value
            )
        ).all()
        synced = s.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW_RESTRICTED)
        ).all()
        found = [(e.account_id, e.device_id, json.loads(e.detail or "{}")) for e in logged]
    matched = Counter((a, d, detail.get("participant_id")) for a, d, detail in found)
    missing = Counter(made) - matched
    figures.add("restricted views made on 2 laptops", len(made))
    figures.add("view events synced to the server", len(synced), target=str(len(made)))
    figures.add(
        "views in the server audit log (server_audit)",
        sum((Counter(made) & matched).values()),
        target=str(len(made)),
    )
    words = " ".join(e.detail or "" for e in logged)
    assert "Xena" not in words and "Probe" not in words  # ids only, never a name
    assert len(synced) == len(made)
    assert not missing, missing
