"""The cheap reachability probe the app runs every minute while offline (``/healthz``)."""

from __future__ import annotations

import socket
import time

from sync.transport import Transport, server_reachable
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_probe_sees_a_running_server(live: LiveServer) -> None:
    assert server_reachable(live.url) is True


def test_the_probe_answers_quickly_no_when_nothing_listens() -> None:
    started = time.monotonic()
    assert server_reachable(f"http://127.0.0.1:{closed_port()}") is False
    assert time.monotonic() - started < 3  # no retries, no backoff


def test_the_probe_refuses_an_address_it_would_never_sync_with() -> None:
    # Plain HTTP is for loopback only: the probe must not talk to such a server either.
    assert server_reachable("http://example.org") is False
    assert server_reachable("not a url") is False


def test_a_laptops_transport_probes_its_own_server(live: LiveServer, dana: Laptop) -> None:
    assert dana.transport.reachable() is True
    elsewhere = Transport(f"http://127.0.0.1:{closed_port()}", device_id=None, tokens=_NoTokens())
    assert elsewhere.reachable(timeout=1) is False
    elsewhere.close()


class _NoTokens:
    def refresh_token(self) -> str | None:
        return None

    def save_refresh_token(self, token: str | None) -> None:
        pass
