"""HPOG performance indicators and enrollment against goal, on a program worked out by hand.

The people are described in ``reports_world``; each expected figure below says who it counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from coachapp.errors import ValidationError
from coachapp.models import Employment, EnrollmentGoal
from coachapp.models.enums import StudyGroup
from coachapp.services.reports import (
    JobOutcome,
    Rate,
    ReportFilter,
    all_reports,
    enrollment_progress,
    performance_indicators,
    performance_report,
    reports,
)
from coachapp.store.local import LocalStore
from tests.services import reports_world
from tests.services.reports_world import AS_OF, BACKENDS, World, d, world_on, year


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Iterator[tuple[Session, World]]:
    with world_on(request.param) as opened:
        yield opened


def job(count: int, of: int, percent: float, wage: int, hours: float) -> JobOutcome:
    return JobOutcome(Rate(count, of, percent), wage, hours)


# --- (1)–(3) ------------------------------------------------------------------------------------


def test_supervisor_sees_enrollees_completions_and_credentials_for_the_year(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    result = performance_indicators(session, year())
    everyone, tanf = result.all, result.tanf

    # P1 P2 P3 P5 P6 P10 P13. Not P4 (enrolled the day before), P11 (deleted), P12 (never).
    assert everyone.enrollees == 7
    assert tanf.enrollees == 3  # P1 P3 P6
    # The enrollees and P4; P7 left in 2024.
    assert everyone.served == 8
    assert tanf.served == 4  # P1 P3 P4 P6
    # P1 P2 P4, and P13 whose course has only its expected end date. Not P6 (2024), not the
    # deleted course of P5.
    assert everyone.completed_training == Rate(4, 8, 50.0)
    assert tanf.completed_training == Rate(2, 4, 50.0)  # P1 P4
    assert everyone.earned_credential == Rate(2, 8, 25.0)  # P1 P4
    assert tanf.earned_credential == Rate(2, 4, 50.0)


# --- (4)–(8) ------------------------------------------------------------------------------------


def test_exiters_employment_at_exit_uses_one_job_each_health_care_first(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    result = performance_indicators(session, year())
    everyone, tanf = result.all, result.tanf

    # Enrolled people who left in 2025: P1 P2 P3 P6 P10 P13 (not P12, who never enrolled).
    assert (everyone.exiters, tanf.exiters) == (6, 3)
    # Working on the exit day: P1 $16/30h, P2 $14/26h, P6 (health job $17/20h over the
    # retail one), P10 $20/40h, P13 $18/38h. P3's job began after exit. P1's deleted $50 job
    # is not counted.
    assert everyone.employed_at_exit == job(5, 6, 83.3, 1700, 30.8)
    assert tanf.employed_at_exit == job(2, 3, 66.7, 1650, 25.0)  # P1 P6
    # (5): P1 P6 P10 P13.
    assert everyone.healthcare_at_exit == job(4, 6, 66.7, 1775, 32.0)
    assert tanf.healthcare_at_exit == job(2, 3, 66.7, 1650, 25.0)


def test_six_month_outcomes_count_exiters_whose_window_has_closed(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    result = performance_indicators(session, year())
    everyone, tanf = result.all, result.tanf

    # Exit + 182 ± 30 days must be over by 2026-03-16: exits up to 2025-08-16. P3 (October)
    # is too recent.
    assert (everyone.followed_up, tanf.followed_up) == (5, 2)
    # P1 (new health job $19/36h), P6 (only the retail job $15/40h left), P10 $20/40h,
    # P13 $18/38h. P2's job ended 2025-10-01, before the window.
    assert everyone.employed_six_months == job(4, 5, 80.0, 1800, 38.5)
    assert tanf.employed_six_months == job(2, 2, 100.0, 1700, 38.0)  # P1 P6
    # (7): P1 P10 P13.
    assert everyone.healthcare_six_months == job(3, 5, 60.0, 1900, 38.0)
    assert tanf.healthcare_six_months == job(1, 2, 50.0, 1900, 36.0)  # P1
    # (8): P1's wage rose ($16 → $19), P10 was promoted; P13 is where they were.
    assert everyone.healthcare_wage_gain == Rate(2, 3, 66.7)
    assert tanf.healthcare_wage_gain == Rate(1, 1, 100.0)


def test_a_job_counts_at_six_months_only_inside_the_thirty_day_window(
    db: tuple[Session, World],
) -> None:
    session, w = db
    # P2 left 2025-07-15: the window is 2025-12-14 … 2026-02-12. A job ending the day before
    # it opens does not count; one ending on its first day does.
    p2_job = session.query(Employment).filter_by(participant_id=w["P2"]).one()
    p2_job.ended_on = d("2025-12-13")
    session.flush()
    assert performance_indicators(session, year()).all.employed_six_months.employed.count == 4
    p2_job.ended_on = d("2025-12-14")
    session.flush()
    assert performance_indicators(session, year()).all.employed_six_months.employed.count == 5
    # Seen from the window's last day P2 is followed up; from the day before, not yet.
    assert performance_indicators(session, year(as_of=date(2026, 2, 12))).all.followed_up == 5
    assert performance_indicators(session, year(as_of=date(2026, 2, 11))).all.followed_up == 4


def test_filters_by_site_coach_team_and_study_group(db: tuple[Session, World]) -> None:
    session, w = db

    east = performance_indicators(session, year(site_id=w["east"])).all
    assert (east.enrollees, east.served, east.exiters) == (3, 3, 3)  # P1 P2 P6
    assert east.employed_at_exit == job(3, 3, 100.0, 1567, 25.3)

    coach_b = performance_indicators(session, year(coach_id=w["coach_b"]))
    assert (coach_b.all.enrollees, coach_b.all.served, coach_b.all.exiters) == (2, 3, 2)
    assert (coach_b.tanf.enrollees, coach_b.tanf.served) == (1, 2)  # P3; P3 P4

    south = performance_indicators(session, year(team_id=w["south"]))
    assert south == coach_b  # coach B is the South team

    treatment = performance_indicators(session, year(study_group="treatment")).all
    assert (treatment.enrollees, treatment.served) == (4, 4)  # P1 P3 P5 P10


def test_period_boundaries_count_the_first_and_last_day_and_nothing_outside(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    # P4 enrolled 2024-12-31, P5 on 2025-12-31.
    december = performance_indicators(
        session, ReportFilter(period_start=d("2024-12-01"), period_end=d("2024-12-31"))
    )
    assert december.all.enrollees == 1
    last_day = performance_indicators(
        session, ReportFilter(period_start=d("2025-12-31"), period_end=d("2025-12-31"))
    )
    assert last_day.all.enrollees == 1
    first_day = performance_indicators(
        session, ReportFilter(period_start=d("2025-01-01"), period_end=d("2025-01-01"))
    )
    assert first_day.all.enrollees == 0
    assert first_day.all.served == 1  # P4, enrolled the day before


def test_a_server_report_for_one_organisation_leaves_out_another(
    db: tuple[Session, World],
) -> None:
    session, w = db
    other = reports_world.build(session)  # the same program again, in another organisation

    mine = all_reports(session, year(org_id=w.org_id))
    assert mine.performance.all.enrollees == 7
    assert mine.enrollment.target == 14
    assert mine.spending.total.all.paid_cents == 91000
    assert mine.referrals.total.all.made == 7
    [week] = [w for w in mine.work_participation.weeks if w.week_start == reports_world.WEEK]
    assert week.meeting.all == Rate(3, 4, 75.0)
    assert mine.caseload.total.all == 12
    assert {s.site_id for s in mine.caseload.by_site} - {None} == {
        w["east"],
        w["west"],
        w["mad"],
        w["pick"],
    }
    both = performance_indicators(session, year())
    assert both.all.enrollees == 14
    assert performance_indicators(session, year(org_id=other.org_id)).all.enrollees == 7


def test_a_period_that_ends_before_it_starts_is_a_field_error() -> None:
    with pytest.raises(ValidationError) as error:
        ReportFilter(period_start=d("2025-12-31"), period_end=d("2025-01-01"))
    assert set(error.value.fields) == {"period_end"}
    with pytest.raises(ValidationError) as group:
        year(study_group="placebo")
    assert set(group.value.fields) == {"study_group"}


# --- enrollment against goal --------------------------------------------------------------------


def test_program_enrollment_is_measured_against_the_teams_goals_added_together(
    db: tuple[Session, World],
) -> None:
    session, w = db
    progress = enrollment_progress(session, year())

    # No program-wide goal: North 10 + South 4. Not the 2024 goal, not the deleted one.
    assert progress.target == 14
    assert set(progress.goal_ids) == {w["goal_north"], w["goal_south"]}
    assert (progress.enrolled.all, progress.enrolled.tanf) == (7, 3)
    assert progress.percent_of_goal == 50.0
    assert progress.remaining == 7
    # The goal's year is over on 2026-03-16: no pace to give, and it was missed.
    assert (progress.counted_to, progress.days_left) == (date(2025, 12, 31), 0)
    assert progress.needed_per_week is None and progress.needed_per_month is None
    assert (progress.expected_by_now, progress.on_track) == (14, False)


def test_team_sees_pace_needed_per_week_and_month_to_reach_its_goal(
    db: tuple[Session, World],
) -> None:
    session, w = db
    progress = enrollment_progress(session, year(team_id=w["north"], as_of=date(2025, 7, 1)))

    assert progress.target == 10
    assert progress.goal_ids == (w["goal_north"],)
    # North enrolled P6 P10 (January), P1 (February), P2 (March); P5 comes in December.
    assert progress.enrolled.all == 4
    assert progress.percent_of_goal == 40.0
    assert progress.remaining == 6
    assert progress.days_left == 183  # 2 July to 31 December
    assert progress.needed_per_week == 0.2  # 6 / (183 / 7)
    assert progress.needed_per_month == 1.0  # 6 / (183 / 30.44)
    # A straight line to 10 by 31 December stands at 4.99 on 1 July: 4 is on track.
    assert (progress.expected_by_now, progress.on_track) == (4, True)
    assert [(m.month.month, m.enrolled, m.cumulative) for m in progress.by_month] == [
        (1, 2, 2),
        (2, 1, 3),
        (3, 1, 4),
        (4, 0, 4),
        (5, 0, 4),
        (6, 0, 4),
        (7, 0, 4),
    ]
    assert progress.by_month[-1].goal_line == 5.8  # 10 x 212/365 by the end of July


def test_a_program_wide_goal_wins_over_adding_up_the_teams(db: tuple[Session, World]) -> None:
    session, w = db
    session.add(
        EnrollmentGoal(
            org_id=w.org_id,
            period_start=d("2025-01-01"),
            period_end=d("2025-12-31"),
            target=20,
        )
    )
    session.flush()
    progress = enrollment_progress(session, year())
    assert (progress.target, progress.percent_of_goal) == (20, 35.0)


def test_without_a_goal_enrollment_is_counted_for_the_period_alone(
    db: tuple[Session, World],
) -> None:
    session, w = db
    progress = enrollment_progress(session, year(site_id=w["west"]))
    assert progress.target is None and progress.percent_of_goal is None
    assert progress.enrolled.all == 2  # P5 P10


# --- on the laptop ------------------------------------------------------------------------------


def test_laptop_reports_run_on_the_encrypted_store_with_the_same_numbers(
    store: LocalStore,
) -> None:
    with store.write(remote=True) as session:
        w = reports_world.build(session)
    f = year(org_id=w.org_id)
    assert performance_report(store, f).all.employed_six_months.employed == Rate(4, 5, 80.0)
    everything = reports(store, f)
    assert everything.performance.tanf.healthcare_wage_gain == Rate(1, 1, 100.0)
    assert everything.spending.total.all.paid_cents == 91000
    assert everything.referrals.total.all.overdue == 2
    assert everything.filter.as_of == AS_OF


def test_the_reports_larger_page_cache_is_given_back_when_they_finish(
    store: LocalStore,
) -> None:
    """The report run may hold up to REPORT_CACHE_KIB of decrypted pages; afterwards every
    connection is back at the store's 64 MiB, so the memory is freed — also when the run
    stops half way."""
    with store.write(remote=True) as session:
        w = reports_world.build(session)

    def cache_sizes() -> set[int]:
        with store.read() as a, store.read() as b, store.read() as c:  # every pooled connection
            return {
                int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())
                for s in (a, b, c)
            }

    assert cache_sizes() == {-65536}
    reports(store, year(org_id=w.org_id))
    assert cache_sizes() == {-65536}

    def stop(_name: str, _done: int, _total: int) -> None:
        raise RuntimeError("the window was closed")

    with pytest.raises(RuntimeError):
        reports(store, year(org_id=w.org_id), stop)
    assert cache_sizes() == {-65536}


def test_reports_read_participants_from_their_index_also_filtered_to_one_coach_or_team(
    store: LocalStore,
) -> None:
    """A coach's laptop holds mostly that coach's people. Filtered to the coach (or a team, a
    site, a study group), the reports must read the participants' report index as they do
    unfiltered — not look each person up through the filter column's own index and then read
    the whole row, which took a coach's 80,000 participants 3.4 s against 2 s for all."""
    with store.write(remote=True) as session:
        w = reports_world.build(session)
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    filters = [
        year(),
        year(coach_id=w["coach_a"]),
        year(team_id=w["north"], study_group=StudyGroup.TREATMENT),
        year(site_id=w["east"]),
    ]
    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        for f in filters:
            reports(store, f)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    assert len(statements) > 10 * len(filters)  # every report's statements were seen

    lookups = {
        "ix_participants_coach_status",
        "ix_participants_team_id",
        "ix_participants_recruitment_site_id",
    }
    with store.read() as session:
        conn = session.connection()
        for statement, parameters in statements:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            used = {ix for _, _, _, step in plan for ix in lookups if ix in step}
            assert not used, f"{sorted(used)} in the plan of {statement[:200]}"
            # Where every participant is gone through, it is in the report index, not the rows.
            for _, _, _, step in plan:
                if step.startswith(("SCAN participants", "SEARCH participants")):
                    assert "COVERING INDEX" in step, f"{step} in the plan of {statement[:200]}"
