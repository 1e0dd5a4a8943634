"""The participants list: keyset pages, filters and sorts in SQL, and the unsynced mark."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from coachapp.demo import people
from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.errors import ValidationError
from coachapp.ids import uuid7
from coachapp.models import Coach, Participant, Site
from coachapp.models.enums import ParticipantStatus, StudyGroup
from coachapp.services import intake, notes
from coachapp.services.caseload import (
    CaseloadFilter,
    CaseloadRow,
    SortBy,
    caseload_page,
    caseload_rows,
)
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY

PEOPLE = 700


@pytest.fixture
def caseload(store: LocalStore, program: DemoProgram) -> LocalStore:
    people.generate(store, program, participants=PEOPLE, today=TODAY)
    return store


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalStore, DemoProgram]]:
    """One caseload for the tests that only read it (generating it is the slow part)."""
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    identity = Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
    folder = DataFolder(tmp_path_factory.mktemp("caseload") / "CoachApp")
    opened, _key = folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    save_pulled_reference(opened, program.rows())
    people.generate(opened, program, participants=PEOPLE, today=TODAY)
    try:
        yield opened, program
    finally:
        opened.close()


def everyone(
    store: LocalStore, *, limit: int = 97, **kwargs: Any
) -> tuple[list[CaseloadRow], int | None, int]:
    """Every row, page by page as the list asks for them; also the total and page count."""
    page = caseload_page(store, limit=limit, with_total=True, **kwargs)
    rows, total, pages = list(page.rows), page.total, 1
    while page.after is not None:
        page = caseload_page(store, limit=limit, after=page.after, **kwargs)
        rows.extend(page.rows)
        pages += 1
    return rows, total, pages


def stored(store: LocalStore) -> list[dict[str, Any]]:
    with store.read() as s:
        sites = {x.id: x.name for x in s.scalars(select(Site))}
        coaches = {x.id: x.display_name for x in s.scalars(select(Coach))}
        return [
            {
                "id": p.id,
                "name_key": p.name_key,
                "status": ParticipantStatus(p.status),
                "tanf_case": p.tanf_case_number,
                "ivd_case": p.ivd_case_number,
                "date_of_birth": p.date_of_birth,
                "branch": (sites.get(p.recruitment_site_id) or "").lower() or None,
                "coach": (coaches.get(p.assigned_coach_id) or "").lower() or None,
                "site_id": p.recruitment_site_id,
                "study_group": p.study_group,
                "tanf": p.tanf_recipient,
                "coach_id": p.assigned_coach_id,
            }
            for p in s.scalars(select(Participant).where(Participant.deleted.is_(False)))
        ]


def expected_order(rows: list[dict[str, Any]], sort: SortBy, descending: bool) -> list[str]:
    by_name = sorted(rows, key=lambda r: (r["name_key"], r["id"]))
    if sort is SortBy.NAME:
        ordered = sorted(rows, key=lambda r: (r["name_key"], r["id"]), reverse=descending)
    elif sort is SortBy.STATUS:
        order = list(ParticipantStatus)
        ordered = sorted(by_name, key=lambda r: order.index(r["status"]), reverse=descending)
    else:
        present = [r for r in by_name if r[sort.value] is not None]
        missing = [r for r in by_name if r[sort.value] is None]
        ordered = sorted(present, key=lambda r: r[sort.value], reverse=descending) + missing
    return [r["id"] for r in ordered]


def test_pages_cover_the_whole_caseload_once_in_name_order(
    shared: tuple[LocalStore, DemoProgram],
) -> None:
    caseload, _ = shared
    rows, total, pages = everyone(caseload)
    assert total == PEOPLE == len(rows)
    assert len({r.id for r in rows}) == PEOPLE
    assert pages == -(-PEOPLE // 97)
    assert [r.id for r in rows] == expected_order(stored(caseload), SortBy.NAME, False)
    assert all(r.branch_name and r.coach_name for r in rows)
    assert not any(r.unsynced for r in rows)  # the demo people came from the server


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SortBy))
def test_every_column_sorts_both_ways_with_blanks_last(
    shared: tuple[LocalStore, DemoProgram], sort: SortBy, descending: bool
) -> None:
    caseload, _ = shared
    rows, _, _ = everyone(caseload, sort=sort, descending=descending, limit=150)
    assert [r.id for r in rows] == expected_order(stored(caseload), sort, descending)


def _filters(program: DemoProgram) -> list[tuple[CaseloadFilter, Callable[[dict[str, Any]], bool]]]:
    site = program.sites[0].id
    coach = program.coaches[0].id
    return [
        (CaseloadFilter(status=ParticipantStatus.ENROLLED), lambda r: r["status"] == "enrolled"),
        (CaseloadFilter(site_id=site), lambda r: r["site_id"] == site),
        (CaseloadFilter(study_group=StudyGroup.CONTROL), lambda r: r["study_group"] == "control"),
        (CaseloadFilter(tanf_recipient=True), lambda r: r["tanf"]),
        (CaseloadFilter(tanf_recipient=False), lambda r: not r["tanf"]),
        (CaseloadFilter(assigned_coach_id=coach), lambda r: r["coach_id"] == coach),
        (
            CaseloadFilter(status=ParticipantStatus.EXITED, tanf_recipient=True, site_id=site),
            lambda r: r["status"] == "exited" and r["tanf"] and r["site_id"] == site,
        ),
    ]


def test_filters_by_status_branch_study_group_tanf_and_caseload_combine(
    shared: tuple[LocalStore, DemoProgram],
) -> None:
    caseload, program = shared
    everybody = stored(caseload)
    for filters, keep in _filters(program):
        wanted = [r for r in everybody if keep(r)]
        assert 0 < len(wanted) < PEOPLE, filters
        rows, total, _ = everyone(caseload, filters=filters, sort=SortBy.DATE_OF_BIRTH)
        assert total == len(wanted), filters
        assert [r.id for r in rows] == expected_order(wanted, SortBy.DATE_OF_BIRTH, False)


def test_a_place_from_another_sort_order_is_refused(
    shared: tuple[LocalStore, DemoProgram],
) -> None:
    caseload, _ = shared
    page = caseload_page(caseload, sort=SortBy.BRANCH, limit=10)
    assert page.after is not None
    with pytest.raises(ValidationError, match="no longer valid"):
        caseload_page(caseload, sort=SortBy.NAME, after=page.after)


def test_a_participant_with_changes_waiting_to_sync_is_marked(
    caseload: LocalStore, program: DemoProgram
) -> None:
    new = intake.create_participant(
        caseload,
        intake.IntakeInput(person={"first_name": "Ana", "last_name": "Zuniga"}),
        today=TODAY,
    )
    rows, _, _ = everyone(caseload)
    synced = rows[0]
    notes.add_note(caseload, participant_id=synced.id, body="Called about CNA class.", mode="phone")
    marked = {r.id for r in everyone(caseload)[0] if r.unsynced}
    assert marked == {new.id, synced.id}


def test_rows_for_chosen_people_keep_the_order_asked_and_skip_unknown_ids(
    shared: tuple[LocalStore, DemoProgram],
) -> None:
    caseload, _ = shared
    first = caseload_page(caseload, limit=3).rows
    ids = [first[2].id, "0190aaaa-0000-7000-8000-000000000000", first[0].id]
    assert [r.id for r in caseload_rows(caseload, ids)] == [first[2].id, first[0].id]
    assert caseload_rows(caseload, []) == []
