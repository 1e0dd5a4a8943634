"""Laptops for sync tests: a real encrypted store per coach, synced with a live server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from sync.engine import StoreTokens, SyncEngine, SyncReport
from sync.transport import Transport
from tests.conftest import FAST_KDF
from tests.server.live import ORG_CODE, PASSWORD, LiveServer


@dataclass
class Laptop:
    username: str
    folder: DataFolder
    store: LocalStore
    transport: Transport
    engine: SyncEngine

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.engine.sync(**kwargs)

    def close(self) -> None:
        self.transport.close()
        self.store.close()


def laptop(live: LiveServer, username: str, root: Path) -> Laptop:
    """Sign in as ``username`` on a new laptop with its own data folder, and sync once."""
    folder = DataFolder(root / username)
    pending_tokens = _MemoryTokens()
    transport = Transport(live.url, device_id=None, tokens=pending_tokens)
    login = transport.login(
        org=ORG_CODE, username=username, password=PASSWORD, device_name=f"{username} laptop"
    )
    identity = Identity(
        org_id=login.coach.org_id,
        coach_id=login.coach.coach_id,
        device_id=login.device_id,
        username=username,
        display_name=login.coach.display_name,
        server_url=live.url,
    )
    store, _key = folder.create(identity=identity, passphrase=PASSWORD, kdf=FAST_KDF)
    tokens = StoreTokens(store)
    tokens.save_refresh_token(pending_tokens.refresh_token())
    transport.tokens = tokens
    engine = SyncEngine(store, transport)
    machine = Laptop(username, folder, store, transport, engine)
    machine.sync()
    return machine


class _MemoryTokens:
    def __init__(self) -> None:
        self._token: str | None = None

    def refresh_token(self) -> str | None:
        return self._token

    def save_refresh_token(self, token: str | None) -> None:
        self._token = token
