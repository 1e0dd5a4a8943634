"""A slow server: pushes that overlap, from two laptops or from one laptop that gave up
waiting and sent its batch again while the server was still saving the first copy.

The server runs in this process, so a test can hold one push open (it has locked its laptop's
device row and decided every mutation; its writes and its commit are still to come) and send
another meanwhile: deterministic overlap. (On SQLite this failed with "database is locked"
until server/db.py began transactions IMMEDIATE.)
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import server.storage.push as push_module
from coachapp.errors import CoachAppError
from tests.server.live import LiveServer
from tests.sync.casework import (
    add_note,
    assert_matches_server,
    enroll,
    server_notes_saying,
    server_participants_named,
)
from tests.sync.fault_plans import Action, Fault, Rule, Scripted
from tests.sync.fault_proxy import FaultProxy
from tests.sync.fleet import laptop_via, sync_until_quiet, try_sync

HOLD_SECONDS = 1.5


class HeldPush:
    """Holds the next push inside its transaction for a while: decided, not yet written and
    committed (on PostgreSQL the writes commit in the same round trip)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.armed = False
        self.holding = threading.Event()
        original = push_module.finish

        def held(*args: Any, **kwargs: Any) -> Any:
            if self.armed:
                self.armed = False
                self.holding.set()
                threading.Event().wait(HOLD_SECONDS)  # a slow disk, a long batch
            return original(*args, **kwargs)

        monkeypatch.setattr(push_module, "finish", held)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> HeldPush:
    return HeldPush(monkeypatch)


def test_two_laptops_pushing_at_the_same_moment_both_get_through(
    live: LiveServer,
    held: HeldPush,
    tmp_path: Path,
) -> None:
    dana = laptop_via(live.url, "demo.coach", tmp_path)
    lee = laptop_via(live.url, "lee.coach", tmp_path)
    try:
        mine = enroll(dana, "Zainab", last="Together")
        theirs = enroll(lee, "Yusuf", last="Together")
        outcomes: dict[str, Any] = {}
        held.armed = True
        first = threading.Thread(target=lambda: outcomes.update(dana=try_sync(dana)))
        first.start()
        assert held.holding.wait(10)
        outcomes["lee"] = try_sync(lee)  # while Dana's push is still being saved
        first.join(30)

        failed = {k: str(v) for k, v in outcomes.items() if isinstance(v, CoachAppError)}
        assert failed == {}, f"a coach saw an error for a normal sync: {failed}"
        assert sorted(server_participants_named(live, "Together")) == sorted([mine, theirs])
        sync_until_quiet([dana, lee])
        assert_matches_server(live, dana)
        assert_matches_server(live, lee)
    finally:
        dana.close()
        lee.close()


def test_a_push_sent_again_while_the_server_still_saves_the_first_copy_is_saved_once(
    live: LiveServer,
    held: HeldPush,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    server_db_url: str,
) -> None:
    port = urlsplit(live.url).port
    assert port is not None
    with FaultProxy(port) as proxy:
        dana = laptop_via(proxy.url, "demo.coach", tmp_path)
        try:
            people = [enroll(dana, f"Twice{i}", last="Impatient") for i in range(3)]
            for pid in people:
                add_note(dana, pid, f"Impatient note {pid}")
            # The Wi-Fi drops 0.2 s into a push the server takes 1.5 s to save: the laptop
            # sends the batch again at once, while the first copy is still being saved.
            proxy.schedule = Scripted(Rule(Fault.abandon(200), method="POST", path="/v1/sync/push"))
            held.armed = True

            outcome = try_sync(dana)

            assert [r.fault.action for r in proxy.faults()] == [Action.ABANDON]
            assert not isinstance(outcome, CoachAppError), f"the coach saw: {outcome}"
            assert sorted(server_participants_named(live, "Impatient")) == sorted(people)
            for pid in people:
                assert server_notes_saying(live, f"Impatient note {pid}") == 1
            sync_until_quiet([dana])
            assert_matches_server(live, dana)
        finally:
            dana.close()
