"""What the Reports page needs from the core besides the figures: progress as each group of
indicators is done, the periods a coach picks from, and exports recorded in the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.errors import ValidationError
from coachapp.models import AuditEvent, EnrollmentGoal
from coachapp.models.enums import AuditAction
from coachapp.services.reports import (
    GROUPS,
    ExportKind,
    all_reports,
    last_month,
    program_year,
    program_year_of,
    record_export,
    reports,
    this_month,
    this_quarter,
)
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from tests.services import reports_world
from tests.services.reports_world import World, d, world_on, year


@pytest.fixture
def db() -> Iterator[tuple[Session, World]]:
    with world_on("sqlite") as opened:
        yield opened


# --- progress -----------------------------------------------------------------------------------


def test_each_group_of_indicators_is_reported_as_it_is_done(db: tuple[Session, World]) -> None:
    session, _ = db
    heard: list[tuple[str, int, int]] = []
    told = all_reports(
        session, year(), lambda group, done, total: heard.append((group, done, total))
    )
    assert heard == [(group, n, 6) for n, group in enumerate(GROUPS, 1)]
    assert [g for g, *_ in heard] == [
        "performance",
        "enrollment",
        "spending",
        "referrals",
        "work_participation",
        "caseload",
    ]
    assert told == all_reports(session, year())  # the same figures with or without listening


def test_progress_that_raises_stops_the_work_there(db: tuple[Session, World]) -> None:
    session, _ = db
    heard: list[str] = []

    class Cancelled(Exception):
        pass

    def listen(group: str, done: int, total: int) -> None:
        heard.append(group)
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        all_reports(session, year(), listen)
    assert heard == ["performance", "enrollment"]


def test_laptop_reports_pass_progress_through(store: LocalStore) -> None:
    with store.write(remote=True) as session:
        w = reports_world.build(session)
    heard: list[str] = []
    result = reports(store, year(org_id=w.org_id), lambda group, *_: heard.append(group))
    assert heard == list(GROUPS)
    assert result.performance.all.enrollees == 7


# --- periods ------------------------------------------------------------------------------------


def test_periods_a_coach_picks_from() -> None:
    assert this_month(d("2026-03-16")) == (d("2026-03-01"), d("2026-03-31"))
    assert this_month(d("2024-02-10")) == (d("2024-02-01"), d("2024-02-29"))
    assert last_month(d("2026-03-16")) == (d("2026-02-01"), d("2026-02-28"))
    assert last_month(d("2026-01-31")) == (d("2025-12-01"), d("2025-12-31"))
    assert this_quarter(d("2026-03-16")) == (d("2026-01-01"), d("2026-03-31"))
    assert this_quarter(d("2026-11-23")) == (d("2026-10-01"), d("2026-12-31"))
    assert this_quarter(d("2026-04-01")) == (d("2026-04-01"), d("2026-06-30"))


def test_program_year_follows_the_enrollment_goals_covering_today(
    db: tuple[Session, World],
) -> None:
    session, w = db
    # The teams' 2025 goals (not the deleted one, not 2024's).
    assert program_year_of(session, d("2025-06-01")) == (d("2025-01-01"), d("2025-12-31"))
    assert program_year_of(session, d("2024-12-31")) == (d("2024-01-01"), d("2024-12-31"))
    # No goal covers 2026 yet: the calendar year.
    assert program_year_of(session, d("2026-03-16")) == (d("2026-01-01"), d("2026-12-31"))
    # A program-wide goal (a grant year from July) wins over the teams' goals.
    session.add(
        EnrollmentGoal(
            org_id=w.org_id, period_start=d("2025-07-01"), period_end=d("2026-06-30"), target=30
        )
    )
    session.flush()
    assert program_year_of(session, d("2025-09-30")) == (d("2025-07-01"), d("2026-06-30"))
    assert program_year_of(session, d("2026-03-16")) == (d("2025-07-01"), d("2026-06-30"))
    assert program_year_of(session, d("2025-06-30")) == (d("2025-01-01"), d("2025-12-31"))


def test_program_year_on_the_laptop(store: LocalStore) -> None:
    with store.write(remote=True) as session:
        reports_world.build(session)
    assert program_year(store, date(2025, 2, 1)) == (d("2025-01-01"), d("2025-12-31"))


# --- exports ------------------------------------------------------------------------------------


def test_an_export_is_recorded_in_the_audit_trail_with_its_period_and_filters_only(
    store: LocalStore,
) -> None:
    with store.write(remote=True) as session:
        w = reports_world.build(session)
    f = year(site_id=w["east"], study_group="treatment")
    event_id = record_export(store, kind="csv", report_filter=f)

    with store.read() as session:
        [event] = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)
        ).all()
        assert event.record_id == event_id
        assert event.table_name == "reports"
        assert event.participant_id is None
        assert event.actor_id == store.actor.coach_id
        assert event.detail == (
            f"csv; period 2025-01-01..2025-12-31; as of 2026-03-16; site {w['east']}; "
            "study group treatment"
        )
        # Queued for the server like every audit event.
        queued = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.table_name == "audit_events", OutboxEntry.row_id == event.id
            )
        ).all()
        assert len(queued) == 1
    # No one's name or figure went into it.
    assert "Test" not in (event.detail or "") and "P1" not in (event.detail or "")

    record_export(store, kind=ExportKind.PDF, report_filter=year())
    with store.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == AuditAction.EXPORT)
        ).all()
    assert sorted(x.split(";")[0] for x in details if x) == ["csv", "pdf"]


def test_an_export_of_an_unknown_kind_is_refused(store: LocalStore) -> None:
    with pytest.raises(ValidationError) as refused:
        record_export(store, kind="xlsx", report_filter=year())
    assert set(refused.value.fields) == {"kind"}
