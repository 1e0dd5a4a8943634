"""Demo families can be made against the reference data a laptop pulled (``make run``)."""

from __future__ import annotations

from sqlalchemy import func, select

from coachapp.demo import people
from coachapp.demo.reference import DemoProgram, program_in_store
from coachapp.models import Participant
from coachapp.store.local import LocalStore
from tests.conftest import TODAY


def test_the_program_read_back_from_a_laptop_has_the_servers_ids(
    store: LocalStore, program: DemoProgram
) -> None:
    found = program_in_store(store)

    assert found.org_id == program.org_id
    assert {c.id for c in found.coaches} == {c.id for c in program.coaches}
    assert {s.id for s in found.sites} == {s.id for s in program.sites}
    assert {p.id for p in found.partners} == {p.id for p in program.partners}
    assert found.coaches[0].display_name  # detached, yet readable


def test_families_generated_against_it_belong_to_the_pulled_coaches(
    store: LocalStore, program: DemoProgram
) -> None:
    found = program_in_store(store)
    found.coaches = [c for c in found.coaches if c.username == "demo.coach"]

    people.generate(store, found, participants=5, unsynced=True, today=TODAY)

    with store.read() as s:
        coaches = set(s.scalars(select(Participant.assigned_coach_id)))
        assert s.scalar(select(func.count()).select_from(Participant)) == 5
    assert coaches == {found.coaches[0].id}
