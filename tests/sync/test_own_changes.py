"""A laptop's own pushed changes are not downloaded again by the pull that follows the push
(the answers carried them), while everything anyone else changed still comes — even a change
to a row this laptop pushed a moment before — and a laptop set up again from nothing under
the same device gets all of its own records back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from coachapp.services import participants
from coachapp.store.local import LocalStore
from sync.engine import SyncEngine
from sync.protocol import PullResponse
from tests.server.live import LiveServer
from tests.sync.casework import assert_matches_server
from tests.sync.laptops import Laptop
from tests.sync.test_engine import enroll


def test_a_push_is_not_pulled_back_but_the_other_laptop_gets_it(
    live: LiveServer, dana: Laptop, sam: Laptop
) -> None:
    made = [enroll(dana, f"Echo{i}", city="Columbus") for i in range(6)]

    report = dana.sync()

    assert report.pushed >= len(made) and report.rejected == 0
    assert report.pulled == 0  # every row came back in the push's answers
    assert_matches_server(live, dana)
    pulled_by_sam = sam.sync().pulled
    assert pulled_by_sam >= len(made)
    assert {participants.get_participant(sam.store, pid).city for pid in made} == {"Columbus"}


def _on_both(dana: Laptop, sam: Laptop, first: str) -> str:
    """A participant Dana enrolls in Columbus, synced to Sam's laptop too."""
    pid = enroll(dana, first, city="Columbus")
    dana.sync()
    sam.sync()
    return pid


class _SamSyncsBeforeDanaPulls:
    """Dana's server, except that the first pull of a cycle waits for Sam to sync first."""

    def __init__(self, server: Any, sam: Laptop) -> None:
        self.server, self.sam, self.pulls = server, sam, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.server, name)

    def pull(self, **kwargs: Any) -> PullResponse:
        self.pulls += 1
        if self.pulls == 1:
            self.sam.sync()
        return self.server.pull(**kwargs)  # type: ignore[no-any-return]


def test_a_change_made_elsewhere_after_the_push_is_still_pulled(
    live: LiveServer, dana: Laptop, sam: Laptop
) -> None:
    pid = _on_both(dana, sam, "Ifeoma")
    participants.update_participant(dana.store, pid, changes={"city": "Dayton"})
    participants.update_participant(sam.store, pid, changes={"phone": "614-555-0199"})
    dana.engine.server = _SamSyncsBeforeDanaPulls(dana.engine.server, sam)

    report = dana.sync()  # pushes the city; Sam pushes the phone; then Dana pulls

    assert report.pulled >= 1
    detail = participants.get_participant(dana.store, pid)
    assert (detail.city, detail.phone) == ("Dayton", "614-555-0199")
    assert_matches_server(live, dana)


def test_a_merged_edit_comes_back_whole_in_the_answer(
    live: LiveServer, dana: Laptop, sam: Laptop
) -> None:
    pid = _on_both(dana, sam, "Chinedu")
    participants.update_participant(sam.store, pid, changes={"phone": "614-555-0142"})
    sam.sync()
    participants.update_participant(dana.store, pid, changes={"city": "Akron"})

    report = dana.sync()  # the push merges Sam's phone into the row it answers with

    assert report.merged >= 1
    detail = participants.get_participant(dana.store, pid)
    assert (detail.city, detail.phone) == ("Akron", "614-555-0142")
    assert_matches_server(live, dana)


def test_a_laptop_set_up_again_under_the_same_device_gets_its_own_records_back(
    live: LiveServer, dana: Laptop, tmp_path: Path
) -> None:
    made = [enroll(dana, f"Again{i}", city="Marion") for i in range(4)]
    assert dana.sync().pulled == 0

    # The laptop's database is lost; a new one is made and signed in as the same device.
    fresh = LocalStore.open(tmp_path / "again.db", key=os.urandom(32), actor=dana.store.actor)
    try:
        again = SyncEngine(fresh, dana.transport)
        report = again.sync()
        assert report.pulled >= len(made)
        assert {participants.get_participant(fresh, pid).city for pid in made} == {"Marion"}
    finally:
        fresh.close()
