"""The fault proxy does exactly the harm it is asked to, and nothing else.

The fault tests only prove something if "the answer was lost after the server committed"
really means the server committed, and a seeded schedule really replays. Checked here,
against the real server, with a sign-in (which registers a laptop: a visible commit).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import func, select

from server.storage.tables import Device
from tests.server.live import ORG_CODE, PASSWORD, LiveServer, live_server
from tests.sync.fault_plans import Action, Chaos, Exchange, Fault, Rule, Scripted
from tests.sync.fault_proxy import FaultProxy


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root: Path = tmp_path_factory.mktemp("proxy")
    with live_server(f"sqlite:///{root / 'server.db'}") as server:
        yield server


@pytest.fixture
def proxy(live: LiveServer) -> Iterator[FaultProxy]:
    with FaultProxy(port_of(live.url)) as running:
        yield running


def port_of(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


def sign_in(url: str) -> requests.Response:
    body = {"org": ORG_CODE, "username": "demo.coach", "password": PASSWORD, "device_name": "x"}
    return requests.post(url + "/v1/auth/login", json=body, timeout=10)


def laptops_registered(live: LiveServer) -> int:
    with live.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Device)) or 0)


def test_requests_pass_through_untouched_and_keep_alive_works(
    live: LiveServer, proxy: FaultProxy
) -> None:
    with requests.Session() as session:
        first = session.get(proxy.url + "/healthz", timeout=10)
        second = session.get(proxy.url + "/healthz", timeout=10)
    assert first.status_code == second.status_code == 200
    assert first.json() == requests.get(live.url + "/healthz", timeout=10).json()
    assert [r.exchange.connection for r in proxy.log] == [1, 1]
    assert proxy.faults() == []


def test_a_dropped_answer_was_committed_by_the_server_before_the_laptop_lost_it(
    live: LiveServer, proxy: FaultProxy
) -> None:
    proxy.schedule = Scripted(Rule(Fault.drop(), method="POST", path="/v1/auth/login"))
    before = laptops_registered(live)
    with pytest.raises(requests.ConnectionError):
        sign_in(proxy.url)
    assert laptops_registered(live) == before + 1  # the server did its work
    [dropped] = proxy.faults()
    assert (dropped.fault.action, dropped.status) == (Action.DROP, 200)


def test_a_reset_before_the_server_means_the_server_never_saw_the_request(
    live: LiveServer, proxy: FaultProxy
) -> None:
    proxy.schedule = Scripted(Rule(Fault.reset(before_server=True), path="/v1/auth/login"))
    before = laptops_registered(live)
    with pytest.raises(requests.ConnectionError) as caught:
        sign_in(proxy.url)
    assert "reset" in repr(caught.value).lower()
    assert laptops_registered(live) == before
    assert sign_in(proxy.url).status_code == 200  # the next attempt goes through


def test_a_truncated_answer_cannot_be_read_as_a_whole_one(proxy: FaultProxy) -> None:
    proxy.schedule = Scripted(Rule(Fault.truncate(200), path="/v1/auth/login"))
    with pytest.raises(requests.RequestException):
        sign_in(proxy.url).json()


def test_a_delayed_answer_arrives_late_but_whole(proxy: FaultProxy) -> None:
    proxy.schedule = Scripted(Rule(Fault.delay(300), path="/healthz"))
    started = time.monotonic()
    answer = requests.get(proxy.url + "/healthz", timeout=10)
    assert answer.status_code == 200 and time.monotonic() - started >= 0.3


def test_refusing_means_connection_refused_until_the_window_ends(proxy: FaultProxy) -> None:
    proxy.schedule = Scripted(Rule(Fault.refuse(1500), path="/healthz"))
    with pytest.raises(requests.ConnectionError):
        requests.get(proxy.url + "/healthz", timeout=10)
    with pytest.raises(ConnectionRefusedError):  # well inside the 1.5 s window
        socket.create_connection(("127.0.0.1", proxy.port), timeout=1).close()
    deadline = time.monotonic() + 10
    while True:
        try:
            assert requests.get(proxy.url + "/healthz", timeout=10).status_code == 200
            break
        except requests.ConnectionError:
            assert time.monotonic() < deadline, "the proxy never listened again"
            time.sleep(0.05)


def test_the_proxy_can_be_taken_offline_and_back(proxy: FaultProxy) -> None:
    with proxy.refusing(), pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", proxy.port), timeout=1).close()
    assert requests.get(proxy.url + "/healthz", timeout=10).status_code == 200


def test_the_same_seed_gives_the_same_faults_on_the_same_requests() -> None:
    menu = [Fault.drop(), Fault.reset(), Fault.truncate(10), Fault.delay(5)]
    runs = []
    for _ in range(2):
        chaos = Chaos(7, rate=0.5, menu=menu, paths=("/v1/sync",))
        runs.append(
            [
                chaos(Exchange(n, 1, "POST", "/v1/sync/push" if n % 3 else "/healthz"))
                for n in range(1, 60)
            ]
        )
    assert runs[0] == runs[1]
    assert {f.action for f in runs[0]} >= {Action.PASS, Action.DROP, Action.RESET}
    assert all(f.action is Action.PASS for n, f in enumerate(runs[0], 1) if n % 3 == 0)


def test_stopping_closes_idle_connections_and_joins_every_thread(live: LiveServer) -> None:
    proxy = FaultProxy(port_of(live.url))
    session = requests.Session()
    assert session.get(proxy.url + "/healthz", timeout=10).status_code == 200
    started = time.monotonic()
    proxy.stop()  # a keep-alive connection is still open from the laptop's side
    assert time.monotonic() - started < 5
    with pytest.raises(requests.ConnectionError):
        session.get(proxy.url + "/healthz", timeout=2)
    session.close()


def test_the_proxy_only_forwards_to_this_machine() -> None:
    with pytest.raises(ValueError):
        FaultProxy(80, upstream_host="192.0.2.1")
