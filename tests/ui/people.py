"""Participants for UI tests, made through the intake service as a coach's laptop would."""

from __future__ import annotations

from coachapp.services import intake
from coachapp.services.reference import sites
from coachapp.store.local import LocalStore
from tests.conftest import TODAY


def add_person(
    store: LocalStore,
    first: str,
    last: str,
    *,
    tanf_case_number: str | None = None,
    date_of_birth: str = "1991-04-02",
) -> str:
    person = {
        "first_name": first,
        "last_name": last,
        "date_of_birth": date_of_birth,
        "state": "OH",
        "tanf_recipient": tanf_case_number is not None,
        "tanf_case_number": tanf_case_number,
        "recruitment_site_id": sites(store)[0].id,
    }
    detail = intake.create_participant(
        store, intake.IntakeInput(person=person), confirmed_new_person=True, today=TODAY
    )
    return detail.id
