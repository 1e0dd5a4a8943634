"""Conflicts on one laptop: listed by record with the participant's name, settled field by
field (keep one side or type a new value), all or nothing, and queued to go out."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from coachapp.errors import ValidationError
from coachapp.ids import uuid7
from coachapp.models import Conflict
from coachapp.models.enums import ConflictStatus
from coachapp.services import conflicts, intake, participants
from coachapp.services.eligibility import EligibilityInput
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.conftest import TODAY


@pytest.fixture
def participant_id(store: LocalStore) -> str:
    return intake.create_participant(
        store,
        intake.IntakeInput(
            person={"first_name": "Tanya", "last_name": "Brooks", "city": "Dayton"},
            eligibility=EligibilityInput(household_size=3, annual_income="10,000", state="OH"),
        ),
        today=TODAY,
    ).id


def pulled_conflict(
    store: LocalStore,
    participant_id: str,
    field: str,
    *,
    base: object,
    server: object,
    client: object,
    table: str = "participants",
    row_id: str | None = None,
) -> str:
    """A conflict as the pull brings it: written as the server's row, not queued."""
    conflict = Conflict(
        id=uuid7(),
        org_id=store.actor.org_id if store.actor else "",
        table_name=table,
        row_id=row_id or participant_id,
        field_name=field,
        participant_id=participant_id,
        base_value=json.dumps(base),
        server_value=json.dumps(server),
        client_value=json.dumps(client),
        server_author_id=None,
        server_changed_at=datetime(2026, 3, 16, 9, 0, tzinfo=UTC),
        client_author_id=None,
        client_device_id="another-laptop",
        client_changed_at=datetime(2026, 3, 16, 10, 0, tzinfo=UTC),
        status=ConflictStatus.OPEN,
        rev=7,
    )
    with store.write(remote=True) as s:
        s.add(conflict)
    return conflict.id


def queued(store: LocalStore) -> set[tuple[str, str]]:
    with store.read() as s:
        return {(e.table_name, e.row_id) for e in s.scalars(select(OutboxEntry))}


def test_conflicts_are_listed_by_record_with_the_participants_name(
    store: LocalStore, participant_id: str
) -> None:
    pulled_conflict(store, participant_id, "city", base="Dayton", server="Akron", client="Marion")
    pulled_conflict(
        store, participant_id, "phone", base=None, server="614-555-0100", client="614-555-0199"
    )

    [record] = conflicts.list_conflicted_records(store)

    assert record.participant_name == "Tanya Brooks"
    assert (record.table_name, record.row_id) == ("participants", participant_id)
    assert [f.field_name for f in record.fields] == ["city", "phone"]
    city = record.fields[0]
    assert (city.base_value, city.server_value, city.client_value) == ("Dayton", "Akron", "Marion")
    assert city.kind == "text" and city.client_device_id == "another-laptop"


def test_coach_keeps_one_side_for_a_field_and_types_a_new_value_for_another(
    store: LocalStore, participant_id: str
) -> None:
    city = pulled_conflict(
        store, participant_id, "city", base="Dayton", server="Akron", client="Marion"
    )
    phone = pulled_conflict(
        store, participant_id, "phone", base=None, server="614-555-0100", client="614-555-0199"
    )
    with store.write() as s:  # what the laptop had before: nothing queued yet
        s.execute(OutboxEntry.__table__.delete())

    conflicts.resolve_conflicts(
        store,
        [
            conflicts.Resolution(city, keep="client"),
            conflicts.Resolution(phone, keep="value", text="(614) 555-0142"),
        ],
        today=TODAY,
    )

    detail = participants.get_participant(store, participant_id)
    assert detail.city == "Marion"
    assert detail.phone == "614-555-0142"
    assert conflicts.list_conflicted_records(store) == []
    settled = {c.id: c for c in conflicts.list_conflicts(store, open_only=False)}
    assert settled[city].status is ConflictStatus.RESOLVED
    # Nothing lost: both sides stay on the resolved conflict.
    assert (settled[city].server_value, settled[city].client_value) == ("Akron", "Marion")
    # An ordinary change: the record and both conflicts go out at the next sync.
    assert queued(store) >= {
        ("participants", participant_id),
        ("conflicts", city),
        ("conflicts", phone),
    }


def test_a_bad_new_value_is_refused_next_to_its_field_and_nothing_is_settled(
    store: LocalStore, participant_id: str
) -> None:
    city = pulled_conflict(
        store, participant_id, "city", base="Dayton", server="Akron", client="Marion"
    )
    phone = pulled_conflict(
        store, participant_id, "phone", base=None, server="614-555-0100", client="614-555-0199"
    )

    with pytest.raises(ValidationError) as refused:
        conflicts.resolve_conflicts(
            store,
            [
                conflicts.Resolution(city, keep="client"),
                conflicts.Resolution(phone, keep="value", text="call me"),
            ],
            today=TODAY,
        )

    assert set(refused.value.fields) == {phone}
    assert "phone" in refused.value.fields[phone].lower()
    assert participants.get_participant(store, participant_id).city == "Dayton"
    assert len(conflicts.list_conflicts(store)) == 2


def test_a_new_amount_is_typed_in_dollars_and_kept_in_cents(
    store: LocalStore, participant_id: str
) -> None:
    from coachapp.models import EligibilityAssessment

    with store.read() as s:
        assessment = s.scalars(select(EligibilityAssessment)).one()
    conflict = pulled_conflict(
        store,
        participant_id,
        "annual_income_cents",
        base=1000000,
        server=1200000,
        client=1100000,
        table="eligibility_assessments",
        row_id=assessment.id,
    )
    [view] = conflicts.list_conflicts(store)
    assert view.kind == "money"

    conflicts.resolve_conflicts(
        store, [conflicts.Resolution(conflict, keep="value", text="$11,250.50")], today=TODAY
    )

    with store.read() as s:
        assert s.get(EligibilityAssessment, assessment.id).annual_income_cents == 1125050


def test_a_choice_field_lists_its_allowed_values() -> None:
    kind, choices = conflicts.field_kind("participants", "status")
    assert kind == "choice" and "enrolled" in choices
    assert conflicts.field_kind("participants", "tanf_recipient") == ("yes_no", ())
    assert conflicts.field_kind("participants", "date_of_birth") == ("date", ())


def test_settling_a_name_keeps_the_duplicate_check_key_in_step(
    store: LocalStore, participant_id: str
) -> None:
    from coachapp.models import Participant
    from coachapp.rules.person_fields import name_key

    conflict = pulled_conflict(
        store, participant_id, "last_name", base="Brooks", server="Brooks", client="Brooks-Hale"
    )

    conflicts.resolve_conflicts(store, [conflicts.Resolution(conflict, keep="client")], today=TODAY)

    with store.read() as s:
        person = s.get(Participant, participant_id)
        assert person is not None and person.last_name == "Brooks-Hale"
        assert person.name_key == name_key("Tanya", "Brooks-Hale")
