"""Sync test fixtures: a live server on the server's database fixtures (SQLite, and PostgreSQL
when CI has it), and the demo coach's and supervisor's laptops signed in to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import server_db_url  # noqa: F401 - a fixture, used by name
from tests.server.live import LiveServer, live_server
from tests.sync.laptops import Laptop, laptop


@pytest.fixture
def live(server_db_url: str) -> Iterator[LiveServer]:  # noqa: F811 - the fixture above
    with live_server(server_db_url) as server:
        yield server


@pytest.fixture
def dana(live: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """The demo coach (North team) on her own laptop, synced once."""
    machine = laptop(live, "demo.coach", tmp_path)
    yield machine
    machine.close()


@pytest.fixture
def sam(live: LiveServer, tmp_path: Path) -> Iterator[Laptop]:
    """The North team's supervisor on his own laptop, synced once."""
    machine = laptop(live, "sam.supervisor", tmp_path)
    yield machine
    machine.close()
