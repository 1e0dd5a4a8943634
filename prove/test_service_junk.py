"""Bad input, services: hypothesis-made junk into every public service function.

Each function of ``coachapp.services.*`` that takes the store (or a session on it) first is
called with junk in every input parameter — wrong types, 1 MB strings, None, negative and
huge numbers, NaN, far dates, control characters, lone surrogates — against a real SQLCipher
store seeded with a record of every kind. The only acceptable answers are success or a
``CoachAppError`` (a message a coach can read); any other exception is a defect. After a
refused call the store (every table: records, outbox, audit, settings) must be unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from prove.conftest import Figures, Size
from prove.junk_values import Ids
from prove.junk_world import seed
from prove.service_junk_support import (
    ServiceFunction,
    Tally,
    arguments,
    call,
    quiet_logs,
    service_functions,
    store_digest,
)
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services import test_bad_input as regressions

SECTION = 5

FUNCTIONS = service_functions()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalStore, Ids]]:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    identity = Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
    folder = DataFolder(tmp_path_factory.mktemp("junk") / "CoachApp")
    store, _key = folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    save_pulled_reference(store, program.rows())
    try:
        yield store, seed(store, program)
    finally:
        store.close()


def test_junk_into_every_service_function(
    world: tuple[LocalStore, Ids], size: Size, figures: Figures
) -> None:
    """Junk into every service function: success or a readable refusal, never a crash"""
    store, ids = world
    examples = size.pick(quick=5, full=100)
    tally = Tally()
    started = time.monotonic()
    with quiet_logs():
        for fn in FUNCTIONS:
            _fuzz(fn, store, ids, examples, tally)
    seconds = time.monotonic() - started
    unhandled = len(tally.unhandled)
    figures.add("service functions covered", len(tally.functions), target=f"{len(FUNCTIONS)}")
    figures.add("calls made", tally.calls, target=f"{examples} per function")
    figures.add("calls that succeeded", tally.succeeded)
    figures.add("calls refused with a CoachAppError", tally.refused)
    figures.add("unhandled exceptions", unhandled, target="0", ok=unhandled == 0)
    changed = len(tally.changed_on_refusal)
    figures.add("refused calls that changed the store", changed, target="0", ok=changed == 0)
    figures.add(
        "regression tests of defects found here",
        sum(name.startswith("test_") for name in vars(regressions)),
        unit="in tests/services/test_bad_input.py",
    )
    figures.add("time", round(seconds, 1), unit="s")
    assert tally.functions == {fn.label for fn in FUNCTIONS}
    assert not tally.unhandled, "unhandled exceptions:\n" + "\n".join(tally.unhandled[:40])
    assert not tally.changed_on_refusal, "\n".join(tally.changed_on_refusal[:40])


def _fuzz(fn: ServiceFunction, store: LocalStore, ids: Ids, examples: int, tally: Tally) -> None:
    before = {"digest": store_digest(store)}

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(raw=arguments(fn, store, ids))
    def one(raw: dict[str, object]) -> None:
        tally.calls += 1
        tally.functions.add(fn.label)
        outcome = call(fn, store, raw)
        if outcome.succeeded:
            tally.succeeded += 1
            before["digest"] = store_digest(store)
            return
        if outcome.unhandled is not None:
            tally.note_unhandled(fn, raw, outcome.unhandled)
        else:
            tally.refused += 1
        after = store_digest(store)
        if after != before["digest"]:
            tally.changed_on_refusal.append(f"{fn.label}: {outcome.refused or 'crash'}")
            before["digest"] = after

    one()
