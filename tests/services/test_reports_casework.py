"""Support spend, referral timeliness, TANF work participation and caseload, worked out by hand.

The people are described in ``reports_world``; each expected figure below says who it counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from coachapp.models.enums import FollowUpRole, ParticipantStatus, ReferralProgram, SiteKind
from coachapp.services.reports import (
    Rate,
    ReferralCounts,
    ReportFilter,
    Spend,
    Split,
    caseload_summary,
    referral_timeliness,
    support_spending,
    work_participation,
)
from tests.services.reports_world import BACKENDS, WEEK, World, d, world_on, year


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Iterator[tuple[Session, World]]:
    with world_on(request.param) as opened:
        yield opened


# --- support services ---------------------------------------------------------------------------


def test_spend_by_funding_source_and_type_counts_paid_and_approved_supports_in_the_period(
    db: tuple[Session, World],
) -> None:
    session, w = db
    spending = support_spending(session, year())

    # S5 is only requested, S11 denied; S6 began in 2024; S8 was deleted. S7 starts on
    # 2025-12-31.
    assert [(line.name, line.kind) for line in spending.by_funding_source] == [
        ("HPOG grant", "hpog"),  # S1 paid 300; S3 approved 50, S9 approved 150
        ("DHS / TANF", "tanf_dhs"),  # S2 250, S10 200
        ("WIOA", "wioa"),  # S4 40 + S7 120
    ]
    hpog, dhs, wioa = spending.by_funding_source
    assert hpog.id == w["hpog"]
    # S1 is P1's and S9 P6's (TANF); S3 is P2's.
    assert hpog.spend == Split(all=Spend(3, 30000, 20000), tanf=Spend(2, 30000, 15000))
    assert dhs.spend == Split(all=Spend(2, 45000, 0), tanf=Spend(2, 45000, 0))
    assert wioa.spend == Split(all=Spend(2, 16000, 0), tanf=Spend(1, 12000, 0))  # S7 is P3's

    childcare, bus = spending.by_service_type
    assert (childcare.name, childcare.kind, bus.name) == ("Childcare", "childcare", "Bus pass")
    # S1 S2 S7 S9 S10, all for TANF recipients.
    assert childcare.spend == Split(all=Spend(5, 87000, 15000), tanf=Spend(5, 87000, 15000))
    assert bus.spend == Split(all=Spend(2, 4000, 5000), tanf=Spend(0, 0, 0))  # S3 S4
    assert spending.total == Split(all=Spend(7, 91000, 20000), tanf=Spend(5, 87000, 15000))
    assert spending.total.all.total_cents == 111000


def test_duplicate_warnings_the_coach_went_past_are_counted_and_those_involving_dhs(
    db: tuple[Session, World],
) -> None:
    session, w = db
    spending = support_spending(session, year())
    # S2: DHS childcare over HPOG's (P1). S4: WIOA bus pass over HPOG's (P2). S9: HPOG
    # childcare over DHS's (P6). S11: a DHS bus pass over HPOG's, later denied (P2).
    assert spending.duplicates_overridden == Split(all=4, tanf=2)
    assert spending.duplicates_overridden_with_dhs == Split(all=3, tanf=2)  # S2 S9 S11
    coach_b = support_spending(session, year(coach_id=w["coach_b"]))
    assert coach_b.duplicates_overridden == Split(all=0, tanf=0)
    assert coach_b.total.all == Spend(1, 12000, 0)  # S7, P3's


# --- referrals ----------------------------------------------------------------------------------


def test_referral_timeliness_as_it_stood_at_the_end_of_the_period(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    timeliness = referral_timeliness(session, year())

    # Judged on 2025-12-31 (the period ended before 2026-03-16); that week ends 2026-01-04.
    assert timeliness.snapshot_day == date(2025, 12, 31)
    # Made in 2025: all but P4's from 2024. Open then: P2's (overdue since 12-01), P3's
    # housing (due 01-02: this week), P6's (due 01-20) and P3's child support — closed only
    # on 2026-01-10, so open and overdue on 12-31. Closed in 2025: P1's two (one late) and
    # P10's, cancelled on its due day.
    assert timeliness.total.all == ReferralCounts(
        made=7, open=4, due_this_week=1, overdue=2, closed_on_time=Rate(2, 3, 66.7)
    )
    assert timeliness.total.tanf == ReferralCounts(
        made=5, open=3, due_this_week=1, overdue=1, closed_on_time=Rate(1, 2, 50.0)
    )


def test_referrals_by_program_and_by_follow_up_owner(db: tuple[Session, World]) -> None:
    session, _ = db
    timeliness = referral_timeliness(session, year())

    by_program = {line.key: line.counts.all for line in timeliness.by_program}
    assert list(by_program) == [
        ReferralProgram.CHILD_SUPPORT,
        ReferralProgram.CHILD_WELFARE_PREVENTION,
        ReferralProgram.EMPLOYMENT,
        ReferralProgram.BEHAVIORAL_HEALTH,
        ReferralProgram.HOUSING,
    ]
    assert by_program["child_support"] == ReferralCounts(2, 1, 0, 1, Rate(1, 1, 100.0))
    assert by_program["employment"] == ReferralCounts(1, 1, 0, 1, Rate(0, 0, None))
    assert by_program["housing"] == ReferralCounts(2, 1, 1, 0, Rate(0, 1, 0.0))

    # Most overdue first.
    owners = [(line.key, line.role) for line in timeliness.by_follow_up_owner]
    assert owners == [
        ("Dana Demo", FollowUpRole.HPOG_CAREER_COACH),
        ("Partner Intake", FollowUpRole.PARTNER_AGENCY),
        ("Pat DHS", FollowUpRole.DHS_FAMILY_COACH),
    ]
    dana, partner, pat = (line.counts for line in timeliness.by_follow_up_owner)
    assert dana.all == ReferralCounts(4, 2, 0, 2, Rate(2, 2, 100.0))
    assert dana.tanf == ReferralCounts(2, 1, 0, 1, Rate(1, 1, 100.0))  # P1's, P3's
    assert partner.all == ReferralCounts(1, 1, 0, 0, Rate(0, 0, None))
    assert pat.all == ReferralCounts(2, 1, 1, 0, Rate(0, 1, 0.0))


def test_open_and_overdue_are_judged_on_the_as_of_day_inside_the_period(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    # As of Wednesday 2025-10-15: P3's child support referral is due today (this week, not
    # overdue); P2's is not made yet.
    counts = referral_timeliness(session, year(as_of=date(2025, 10, 15))).total.all
    assert (counts.open, counts.due_this_week, counts.overdue) == (1, 1, 0)


# --- TANF work participation --------------------------------------------------------------------


def test_weekly_work_participation_applies_each_familys_tanf_requirement(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    weeks = {w.week_start: w for w in work_participation(session, year()).weeks}

    week = weeks[WEEK]
    # Enrolled that week: P1 P2 P4 P6. P10's unit has no parent (no requirement); P5 enrolls
    # in December; P13 left 02-28.
    assert week.enrolled == Split(all=4, tanf=3)
    assert week.with_hours == Split(all=4, tanf=3)
    # P1: child is 5 on the Monday, so 20 core hours: 20 vocational — met.
    # P2: no household on file, so 30 hours: 32 of work — met.
    # P4: two parents, 35 with 30 core: 31 core + 4 education — met.
    # P6: 30 with 20 core: the later 18 vocational hours stand (not 18 + 10), + 12 job
    # skills — short of core.
    assert week.meeting == Split(all=Rate(3, 4, 75.0), tanf=Rate(2, 3, 66.7))


def test_work_participation_weeks_cover_the_period_and_count_who_was_enrolled(
    db: tuple[Session, World],
) -> None:
    session, _ = db
    report = work_participation(session, year())

    mondays = [w.week_start for w in report.weeks]
    assert (mondays[0], mondays[-1], len(mondays)) == (date(2024, 12, 30), date(2025, 12, 29), 53)
    first, last = report.weeks[0], report.weeks[-1]
    assert first.enrolled == Split(all=2, tanf=1)  # P4 (12-31) and P13 (01-02)
    assert first.meeting.all == Rate(0, 2, 0.0)
    assert last.enrolled == Split(all=2, tanf=1)  # P4, and P5 from 12-31
    # Hours were recorded for one week only.
    assert report.overall.all.count == 3
    assert report.overall.tanf.count == 2


def test_the_week_in_progress_is_left_out(db: tuple[Session, World]) -> None:
    session, _ = db
    one_week = ReportFilter(period_start=WEEK, period_end=d("2025-03-09"), as_of=d("2025-03-09"))
    assert work_participation(session, one_week).weeks == ()
    after = ReportFilter(period_start=WEEK, period_end=d("2025-03-09"), as_of=d("2025-03-10"))
    [week] = work_participation(session, after).weeks
    assert week.meeting.all == Rate(3, 4, 75.0)


# --- caseload -----------------------------------------------------------------------------------


def test_caseload_by_status_for_the_year(db: tuple[Session, World]) -> None:
    session, _ = db
    result = caseload_summary(session, year())

    # Not P7 (left in 2024), P11 (deleted) or P14 (first seen in 2026).
    assert dict(result.by_status) == {
        ParticipantStatus.LEAD: Split(all=1, tanf=0),  # P8
        ParticipantStatus.APPLICANT: Split(all=2, tanf=1),  # P9 P15
        ParticipantStatus.ENROLLED: Split(all=2, tanf=1),  # P4 P5
        ParticipantStatus.EXITED: Split(all=7, tanf=4),  # P1 P2 P3 P6 P10 P12 P13
    }
    assert result.total == Split(all=12, tanf=6)


def test_recruits_by_dhs_branch_show_the_adopting_team_and_branches_with_none(
    db: tuple[Session, World],
) -> None:
    session, w = db
    sites = caseload_summary(session, year()).by_site

    assert [(s.site_name, s.adopted_by_team) for s in sites] == [
        ("East Branch", "North Team"),
        ("Madison TANF Office", "South Team"),
        ("West Branch", "North Team"),
        ("No site recorded", None),
        ("Pickaway Branch", "South Team"),  # adopted, nobody recruited in 2025 (P14: 2026)
    ]  # Not the college: nobody recruited or enrolled there in 2025, and no team adopted it.
    east, madison, west, nowhere, pickaway = sites
    # Applied in 2025: P1 P2 P6 P9 P12; of them, and others, enrolled in 2025: P1 P2 P6.
    assert (east.recruited, east.enrolled) == (Split(5, 4), Split(3, 2))
    assert east.site_kind is SiteKind.DHS_BRANCH
    assert (madison.recruited, madison.enrolled) == (Split(1, 1), Split(2, 1))  # P3; P3 P13
    assert (west.recruited, west.enrolled) == (Split(1, 0), Split(2, 0))  # P5; P5 P10
    assert (nowhere.site_id, nowhere.recruited) == (None, Split(1, 0))  # P8, a lead
    assert (pickaway.recruited, pickaway.enrolled) == (Split(0, 0), Split(0, 0))
    assert pickaway.adopted_by_team_id == w["south"]

    south = caseload_summary(session, year(team_id=w["south"])).by_site
    assert [s.site_name for s in south] == ["Madison TANF Office", "Pickaway Branch"]
    east_only = caseload_summary(session, year(site_id=w["east"]))
    assert [s.site_name for s in east_only.by_site] == ["East Branch"]
    assert east_only.total == Split(all=5, tanf=4)  # P1 P2 P6 P9 P12
