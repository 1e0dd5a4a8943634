"""Laptops for fault tests: signed in through any address (a fault proxy), with quick retries.

Like ``tests.sync.laptops.laptop`` but the server address and the transport's patience are
the test's to choose, and a group of laptops can be synced until nothing more moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coachapp.errors import CoachAppError
from coachapp.store.profile import DataFolder, Identity
from sync.engine import StoreTokens, SyncEngine, SyncReport
from sync.provision import MemoryTokens
from sync.transport import Transport
from tests.conftest import FAST_KDF
from tests.server.live import ORG_CODE, PASSWORD
from tests.sync.laptops import Laptop


def transport_for(url: str, *, device_id: str | None, read_timeout: float = 10) -> Transport:
    """Five attempts with short backoff (a real laptop waits longer; the tests need not)."""
    return Transport(
        url,
        device_id=device_id,
        tokens=MemoryTokens(),
        connect_timeout=2,
        read_timeout=read_timeout,
        max_attempts=5,
        backoff_base=0.05,
        backoff_cap=0.5,
    )


def laptop_via(
    url: str, username: str, root: Path, *, read_timeout: float = 10, first_sync: bool = True
) -> Laptop:
    """Sign in as ``username`` through ``url`` on a new laptop, and (by default) sync once."""
    folder = DataFolder(root / username)
    transport = transport_for(url, device_id=None, read_timeout=read_timeout)
    pending = transport.tokens
    login = transport.login(
        org=ORG_CODE, username=username, password=PASSWORD, device_name=f"{username} laptop"
    )
    identity = Identity(
        org_id=login.coach.org_id,
        coach_id=login.coach.coach_id,
        device_id=login.device_id,
        username=username,
        display_name=login.coach.display_name,
        server_url=url,
        org_code=ORG_CODE,
    )
    store, _key = folder.create(identity=identity, passphrase=PASSWORD, kdf=FAST_KDF)
    tokens = StoreTokens(store)
    tokens.save_refresh_token(pending.refresh_token())
    transport.tokens = tokens
    machine = Laptop(username, folder, store, transport, SyncEngine(store, transport))
    if first_sync:
        machine.sync()
    return machine


def restart_app(machine: Laptop, *, read_timeout: float = 10) -> None:
    """What closing and reopening CoachApp does to the connection: the access token lived
    in memory only, so the next call starts with a token refresh."""
    actor = machine.store.actor
    assert actor is not None
    url = machine.folder.identity().server_url
    assert url is not None
    machine.transport.close()
    machine.transport = transport_for(url, device_id=actor.device_id, read_timeout=read_timeout)
    machine.transport.tokens = StoreTokens(machine.store)
    machine.engine.server = machine.transport


def coach_id(machine: Laptop) -> str:
    actor = machine.store.actor
    assert actor is not None
    return actor.coach_id


def try_sync(machine: Laptop) -> SyncReport | CoachAppError:
    """One cycle; a failure the coach would see as a message is returned, not raised."""
    try:
        return machine.sync()
    except CoachAppError as exc:
        return exc


def sync_until_quiet(machines: Sequence[Laptop], *, rounds: int = 6) -> int:
    """Sync every laptop in turn until a whole round pushes and pulls nothing; returns rounds."""
    for done in range(1, rounds + 1):
        moved = 0
        for machine in machines:
            report = machine.sync()
            moved += report.pushed + report.pulled + report.removed
        if moved == 0:
            return done
    raise AssertionError(f"still moving after {rounds} rounds of syncing")
