"""Bad input, by hand: hostile requests against a live server, each refused cleanly (a 4xx
with a code and a sentence, within seconds, never a 500) and leaving every record table
exactly as it was (a digest of row counts and contents before and after each request).

Replays are checked on their own: a replayed batch gets the first answer again and changes
nothing, and a replayed refresh token revokes every token of its laptop.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.engine import Engine

from coachapp.ids import uuid7
from prove.bad_input_server import (
    Digest,
    World,
    digest,
    participant_upsert,
    preferred_backend,
    push_body,
    world,
)
from prove.conftest import Figures, Size
from prove.hostile_cases import CASES
from prove.hostile_requests import VERDICTS
from server.storage.tables import AppliedMutation
from tests.server import test_wire_types as regressions

SECTION = 5


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with world(preferred_backend(), tmp_path_factory.mktemp("hostile")) as made:
        yield made


def test_hostile_payloads_are_refused_cleanly_and_change_nothing(
    server: World, size: Size, figures: Figures
) -> None:
    """Hostile payloads by hand: each refused with a 4xx and a message, no record changed"""
    engine = server.live.db.engine
    # The full size compares the tables after every request; the quick size after every case
    # (a few dozen requests of one kind), which finds the same change but names its case only.
    every_request = not size.quick
    remembered_before = _remembered(server)
    tried = 0
    faults: list[str] = []
    changed: list[str] = []
    bookkeeping: dict[str, int] = {}
    slowest, slowest_label = 0.0, ""
    for case in CASES:
        before = digest(engine)
        for answer in case.send(server):
            # From the request sent to the answer's headers: the server's time, not the
            # time this test took to build the payload (a gzip bomb takes a while to make).
            seconds = answer.response.elapsed.total_seconds()
            if seconds > slowest:
                slowest, slowest_label = seconds, answer.label
            tried += 1
            why = VERDICTS[answer.kind](answer.response, seconds)
            if why is not None:
                faults.append(f"{case.name} / {answer.label}: {why}")
            if every_request:
                before = _compare(
                    engine, before, f"{case.name} / {answer.label}", changed, bookkeeping
                )
        if not every_request:
            _compare(engine, before, case.name, changed, bookkeeping)
    # The only answers remembered for these requests' mutations are refusals.
    kept = {o for m, o in _remembered(server).items() if m not in remembered_before}
    figures.add("backend", server.backend)
    figures.add("hostile payloads tried", tried)
    figures.add("refused cleanly", tried - len(faults), target=f"{tried}", ok=not faults)
    figures.add("server errors (500)", sum("status 5" in f for f in faults), target="0")
    figures.add("record tables changed", len(changed), target="0", ok=not changed)
    figures.add(f"slowest: {slowest_label}", round(slowest, 2), unit="s", target="≤ 5 s")
    figures.add(
        "bookkeeping rows added",
        ", ".join(f"{k} +{v}" for k, v in sorted(bookkeeping.items())) or "none",
    )
    figures.add("remembered answers other than rejected", len(kept - {"rejected"}), target="0")
    figures.add(
        "regression tests of defects found here",
        sum(name.startswith("test_") for name in vars(regressions)),
        unit="in tests/server/test_wire_types.py",
    )
    assert not faults, "\n".join(faults)
    assert not changed, "\n".join(changed)
    assert kept <= {"rejected"}, kept


def _compare(
    engine: Engine, before: Digest, label: str, changed: list[str], bookkeeping: dict[str, int]
) -> Digest:
    """The tables now; a changed record table is noted under ``label``, bookkeeping counted."""
    after = digest(engine)
    if after.records != before.records:
        changed.append(f"{label}: {before.changed_tables(after)}")
    for table in before.changed_tables(after):
        bookkeeping[table] = bookkeeping.get(table, 0) + after.counts[table] - before.counts[table]
    return after


def _remembered(server: World) -> dict[str, str]:
    """Mutation id → the outcome the server remembered for it."""
    with server.live.db.session() as session:
        rows = session.execute(select(AppliedMutation.mutation_id, AppliedMutation.result)).all()
    return {mutation_id: result["outcome"] for mutation_id, result in rows}


def test_a_replayed_batch_gets_its_first_answer_and_changes_nothing(
    server: World, figures: Figures
) -> None:
    """Replayed batch and mutation ids with other content: first answer again, nothing changed"""
    live, coach = server.live, server.coach
    row = uuid7()
    first = push_body(coach.device_id, [participant_upsert(row, "Replay", "Original")])
    answer = live.request("POST", "/v1/sync/push", coach.access_token, json=first)
    assert answer.status_code == 200 and answer.json()["results"][0]["outcome"] == "applied"
    before = digest(live.db.engine)
    replays = 0
    for first_name, last_name in (("Replay", "Altered"), ("Evil", "Twin"), ("", "")):
        altered = dict(first, mutations=[dict(first["mutations"][0])])
        altered["mutations"][0]["fields"] = {"first_name": first_name, "last_name": last_name}
        again = live.request("POST", "/v1/sync/push", coach.access_token, json=altered)
        replays += 1
        assert again.status_code == 200, again.text
        assert again.json() == answer.json()
    same_ids_new_batch = dict(first, batch_id=uuid7())
    again = live.request("POST", "/v1/sync/push", coach.access_token, json=same_ids_new_batch)
    replays += 1
    assert again.json()["results"] == answer.json()["results"]
    after = digest(live.db.engine)
    figures.add("replays sent", replays)
    figures.add("answered with the first answer", replays, target=f"{replays}", ok=True)
    figures.add(
        "record tables changed",
        int(after.records != before.records),
        target="0",
        ok=after.records == before.records,
    )
    assert after.records == before.records, before.changed_tables(after)


def test_a_replayed_refresh_token_revokes_the_laptops_tokens(
    server: World, figures: Figures
) -> None:
    """A replayed refresh token is refused and revokes every token of its laptop"""
    live = server.live
    laptop = live.sign_in("lee.coach")

    def refresh(token: str) -> requests.Response:
        return live.request(
            "POST", "/v1/auth/refresh", json={"device_id": laptop.device_id, "refresh_token": token}
        )

    first = refresh(laptop.refresh_token)
    assert first.status_code == 200, first.text
    second_token = first.json()["refresh_token"]
    second = refresh(second_token)
    assert second.status_code == 200, second.text
    live_token = second.json()["refresh_token"]
    replayed = refresh(laptop.refresh_token)  # the first token, spent and its successor used
    assert replayed.status_code == 401, replayed.text
    assert replayed.json()["code"] and replayed.json()["message"]
    after = refresh(live_token)  # the laptop's newest token: revoked by the replay
    revoked = after.status_code == 401
    figures.add(
        "replayed token refused", replayed.status_code, target="401", ok=replayed.status_code == 401
    )
    figures.add("newest token revoked", "yes" if revoked else "no", target="yes", ok=revoked)
    assert revoked, after.text
