"""A small program whose every report figure was worked out by hand (tests/services/test_reports*).

Reporting period: calendar 2025, as of 2026-03-16. Two teams, two coaches, four DHS branches.
Fourteen people; who they are, in short (TANF recipients marked *):

====  ==============================================================================
P1*   coach A, East. Enrolled 2025-02-03, CNA completed 04-30, credential 05-10. Exited
      06-30 working as a CNA ($16.00, 30 h); at six months a better health job ($19, 36 h).
P2    coach A, East. Enrolled 03-03, course completed (no credential). Exited 07-15 in
      retail ($14, 26 h); that job ended 10-01, so not working at six months.
P3*   coach B, Madison. Enrolled 04-01, withdrew. Exited 10-31 (too recent for the
      six-month look); a job started after exit.
P4*   coach B, Madison, control group. Enrolled 2024-12-31 — the day before the period.
      Course completed 02-28, credential 03-05. Still enrolled; two-parent family.
P5    coach A, West. Enrolled 2025-12-31, the period's last day.
P6*   coach A, East. Enrolled 01-15; an old course completed 2024-12-20. Exited 05-20 holding
      a retail job (40 h) and a health job ($17, 20 h); at six months only the retail one.
P7*   coach B, Madison. Exited 2024-11-30, before the period: in no 2025 figure.
P8    coach A, no site. A lead whose record was made 2025-09-01.
P9*   coach A, East. Applied 2025-11-10.
P10   coach A, West. Enrolled 01-06, exited 03-31 in a health job ($20, 40 h) where they
      were promoted by six months. Their TANF unit has no parent in it.
P11*  deleted: in nothing.
P12*  coach A, East. Applied 03-01, left 04-10 without enrolling: not an exiter.
P13   coach B, Madison. Enrolled 01-02, course completed (no end date recorded, expected
      02-01). Exited 02-28 in a health job ($18, 38 h), the same at six months.
P14   coach B, Pickaway. A lead made 2026-02-01, after the period.
P15   coach B, recruited at the college (no team adopted it). Applied 2024-10-01; still
      an applicant.
====  ==============================================================================

Support services S1–S11 and referrals are listed where they are made, below.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from coachapp.ids import uuid7
from coachapp.models import (
    ActivityHours,
    Base,
    Coach,
    Course,
    Employment,
    EnrollmentGoal,
    FundingSource,
    Household,
    HouseholdMember,
    Participant,
    Partner,
    Referral,
    ServiceType,
    Site,
    SupportService,
    Team,
    TrainingEnrollment,
)
from coachapp.models.enums import (
    FollowUpRole,
    FundingKind,
    HouseholdRole,
    ParticipantStatus,
    ReferralProgram,
    ReferralStatus,
    ServiceCategory,
    ServiceStatus,
    SiteKind,
    StudyGroup,
    TrainingStatus,
)
from coachapp.rules.work_participation import TanfActivity
from coachapp.services.reports import ReportFilter

PERIOD = (date(2025, 1, 1), date(2025, 12, 31))
AS_OF = date(2026, 3, 16)
WEEK = date(2025, 3, 3)  # the Monday whose TANF hours were recorded

E, L, A, X = (
    ParticipantStatus.ENROLLED,
    ParticipantStatus.LEAD,
    ParticipantStatus.APPLICANT,
    ParticipantStatus.EXITED,
)
TREATMENT, CONTROL, NOT_IN_STUDY = StudyGroup.TREATMENT, StudyGroup.CONTROL, StudyGroup.NOT_IN_STUDY


def d(text: str) -> date:
    return date.fromisoformat(text)


def year(**filters: Any) -> ReportFilter:
    """The 2025 report, as of 2026-03-16, with any filters."""
    filters.setdefault("as_of", AS_OF)
    return ReportFilter(period_start=PERIOD[0], period_end=PERIOD[1], **filters)


@dataclass
class World:
    org_id: str = field(default_factory=uuid7)
    ids: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.ids[name]


def build(session: Session) -> World:
    """Write the program into ``session`` (flushes; the caller commits)."""
    w = World()
    rows: list[Any] = []

    def add(name: str, row: Any) -> Any:
        row.org_id = w.org_id
        w.ids[name] = row.id
        rows.append(row)
        return row

    add("north", Team(name="North Team", code="NORTH"))
    add("south", Team(name="South Team", code="SOUTH"))
    add("coach_a", Coach(username="a", display_name="Dana Demo", team_id=w["north"]))
    add("coach_b", Coach(username="b", display_name="Lee Coach", team_id=w["south"]))
    for key, name, team in (
        ("east", "East Branch", "north"),
        ("west", "West Branch", "north"),
        ("mad", "Madison TANF Office", "south"),
        ("pick", "Pickaway Branch", "south"),
    ):
        kind = SiteKind.TANF_OFFICE if key == "mad" else SiteKind.DHS_BRANCH
        add(key, Site(name=name, code=key, kind=kind, adopted_by_team_id=w[team]))
    add("college", Site(name="College", code="CC", kind=SiteKind.TRAINING_PROVIDER))
    add("hpog", FundingSource(code="HPOG", name="HPOG grant", kind=FundingKind.HPOG))
    add("dhs", FundingSource(code="DHS", name="DHS / TANF", kind=FundingKind.TANF_DHS))
    add("wioa", FundingSource(code="WIOA", name="WIOA", kind=FundingKind.WIOA))
    add(
        "childcare",
        ServiceType(code="CC", name="Childcare", category=ServiceCategory.CHILDCARE),
    )
    add(
        "bus",
        ServiceType(code="BUS", name="Bus pass", category=ServiceCategory.TRANSPORTATION),
    )
    add("cna", Course(name="CNA", provider="College", occupation="Nursing assistant"))
    add("partner", Partner(name="Partner", program=ReferralProgram.OTHER))

    # --- goals ------------------------------------------------------------------------------
    for key, team, start, end, target, deleted in (
        ("goal_north", "north", "2025-01-01", "2025-12-31", 10, False),
        ("goal_south", "south", "2025-01-01", "2025-12-31", 4, False),
        ("goal_north_2024", "north", "2024-01-01", "2024-12-31", 99, False),
        ("goal_gone", "north", "2025-01-01", "2025-12-31", 500, True),
    ):
        add(
            key,
            EnrollmentGoal(
                team_id=w[team],
                period_start=d(start),
                period_end=d(end),
                target=target,
                deleted=deleted,
            ),
        )

    # --- people -----------------------------------------------------------------------------
    people = (
        # name, tanf, coach, site, group, status, applied, enrolled, exited
        ("P1", True, "a", "east", TREATMENT, X, "2025-01-20", "2025-02-03", "2025-06-30"),
        ("P2", False, "a", "east", NOT_IN_STUDY, X, "2025-02-20", "2025-03-03", "2025-07-15"),
        ("P3", True, "b", "mad", TREATMENT, X, "2025-03-15", "2025-04-01", "2025-10-31"),
        ("P4", True, "b", "mad", CONTROL, E, "2024-12-01", "2024-12-31", None),
        ("P5", False, "a", "west", TREATMENT, E, "2025-12-01", "2025-12-31", None),
        ("P6", True, "a", "east", NOT_IN_STUDY, X, "2025-01-05", "2025-01-15", "2025-05-20"),
        ("P7", True, "b", "mad", TREATMENT, X, "2024-05-01", "2024-06-01", "2024-11-30"),
        ("P8", False, "a", None, None, L, None, None, None),
        ("P9", True, "a", "east", None, A, "2025-11-10", None, None),
        ("P10", False, "a", "west", TREATMENT, X, "2024-12-20", "2025-01-06", "2025-03-31"),
        ("P11", True, "a", "east", TREATMENT, E, "2025-05-01", "2025-05-05", None),
        ("P12", True, "a", "east", None, X, "2025-03-01", None, "2025-04-10"),
        ("P13", False, "b", "mad", NOT_IN_STUDY, X, "2024-12-15", "2025-01-02", "2025-02-28"),
        ("P14", False, "b", "pick", None, L, None, None, None),
        ("P15", False, "b", "college", None, A, "2024-10-01", None, None),
    )
    made = {"P8": datetime(2025, 9, 1, 15, tzinfo=UTC), "P14": datetime(2026, 2, 1, 15, tzinfo=UTC)}
    for name, tanf, coach, site, group, status, applied, enrolled, exited in people:
        add(
            name,
            Participant(
                first_name=name,
                last_name="Test",
                name_key=f"test {name.lower()}",
                tanf_recipient=tanf,
                assigned_coach_id=w[f"coach_{coach}"],
                team_id=w["north" if coach == "a" else "south"],
                recruitment_site_id=w[site] if site else None,
                study_group=group,
                status=status,
                applied_on=d(applied) if applied else None,
                enrolled_on=d(enrolled) if enrolled else None,
                exited_on=d(exited) if exited else None,
                deleted=name == "P11",
                created_at=made.get(name, datetime(2024, 1, 2, tzinfo=UTC)),
            ),
        )

    # --- training ---------------------------------------------------------------------------
    done, gone = TrainingStatus.COMPLETED, TrainingStatus.WITHDRAWN
    for who, started, ended, expected, status, credential, deleted in (
        ("P1", "2025-02-10", "2025-04-30", None, done, "2025-05-10", False),
        ("P2", "2025-03-10", "2025-06-15", None, done, None, False),
        ("P3", "2025-04-10", "2025-05-01", None, gone, None, False),
        ("P4", "2025-01-05", "2025-02-28", None, done, "2025-03-05", False),
        ("P6", "2024-10-01", "2024-12-20", None, done, "2024-12-28", False),
        ("P13", "2025-01-05", None, "2025-02-01", done, None, False),
        ("P5", "2025-05-01", "2025-06-01", None, done, "2025-06-02", True),
        ("P11", "2025-05-06", "2025-06-01", None, done, "2025-06-02", False),
    ):
        rows.append(
            TrainingEnrollment(
                org_id=w.org_id,
                participant_id=w[who],
                course_id=w["cna"],
                started_on=d(started),
                ended_on=d(ended) if ended else None,
                expected_end_on=d(expected) if expected else None,
                status=status,
                credential_name="STNA" if credential else None,
                credential_earned_on=d(credential) if credential else None,
                deleted=deleted,
            )
        )

    # --- jobs -------------------------------------------------------------------------------
    for who, health, cents, hours, started, ended, advanced, deleted in (
        ("P1", True, 1600, 30.0, "2025-06-01", "2025-09-30", False, False),
        ("P1", True, 1900, 36.0, "2025-10-01", None, False, False),
        ("P1", True, 5000, 40.0, "2025-01-01", None, False, True),  # deleted: never counts
        ("P2", False, 1400, 26.0, "2025-01-10", "2025-10-01", False, False),
        ("P3", False, 1500, 30.0, "2025-11-15", None, False, False),
        ("P6", False, 1500, 40.0, "2025-01-01", None, False, False),
        ("P6", True, 1700, 20.0, "2025-05-01", "2025-08-01", False, False),
        ("P10", True, 2000, 40.0, "2025-03-01", None, True, False),
        ("P13", True, 1800, 38.0, "2025-01-20", None, False, False),
        ("P7", True, 2500, 40.0, "2024-11-01", None, False, False),
    ):
        rows.append(
            Employment(
                org_id=w.org_id,
                participant_id=w[who],
                employer="Demo employer",
                occupation="Nursing assistant" if health else "Retail",
                is_healthcare=health,
                hourly_wage_cents=cents,
                weekly_hours=hours,
                started_on=d(started),
                ended_on=d(ended) if ended else None,
                advanced_position=advanced,
                deleted=deleted,
            )
        )

    # --- support services -------------------------------------------------------------------
    paid, approved, requested = ServiceStatus.PAID, ServiceStatus.APPROVED, ServiceStatus.REQUESTED
    for key, who, kind, funder, cents, start, end, status, duplicates, deleted in (
        ("S1", "P1", "childcare", "hpog", 30000, "2025-03-01", "2025-03-31", paid, None, False),
        ("S2", "P1", "childcare", "dhs", 25000, "2025-03-01", "2025-03-31", paid, "S1", False),
        ("S3", "P2", "bus", "hpog", 5000, "2025-04-10", "2025-04-10", approved, None, False),
        ("S4", "P2", "bus", "wioa", 4000, "2025-04-10", "2025-04-10", paid, "S3", False),
        ("S5", "P6", "bus", "hpog", 7000, "2025-05-01", "2025-05-01", requested, None, False),
        ("S6", "P6", "childcare", "hpog", 9900, "2024-12-15", "2025-01-14", paid, None, False),
        ("S7", "P3", "childcare", "wioa", 12000, "2025-12-31", "2025-12-31", paid, None, False),
        ("S8", "P3", "childcare", "hpog", 99999, "2025-06-01", "2025-06-30", paid, None, True),
        ("S10", "P6", "childcare", "dhs", 20000, "2025-09-01", "2025-09-30", paid, None, False),
        ("S9", "P6", "childcare", "hpog", 15000, "2025-09-01", "2025-09-30", approved, "S10",
         False),
        ("S11", "P2", "bus", "dhs", 3000, "2025-04-10", "2025-04-10", ServiceStatus.DENIED,
         "S3", False),
    ):  # fmt: skip
        add(
            key,
            SupportService(
                participant_id=w[who],
                service_type_id=w[kind],
                funding_source_id=w[funder],
                amount_cents=cents,
                period_start=d(start),
                period_end=d(end),
                status=status,
                duplicate_of_id=w[duplicates] if duplicates else None,
                duplicate_reason="DHS pays part" if duplicates else None,
                deleted=deleted,
            ),
        )

    # --- referrals --------------------------------------------------------------------------
    coach, dhs, agency = (
        FollowUpRole.HPOG_CAREER_COACH,
        FollowUpRole.DHS_FAMILY_COACH,
        FollowUpRole.PARTNER_AGENCY,
    )
    rp, rs = ReferralProgram, ReferralStatus
    for who, program, owner, role, referred, due, status, closed in (
        ("P1", rp.CHILD_SUPPORT, "Dana Demo", coach, "2025-02-01", "2025-02-15", rs.COMPLETED,
         "2025-02-10"),
        ("P1", rp.HOUSING, "Pat DHS", dhs, "2025-03-01", "2025-03-15", rs.COMPLETED, "2025-03-20"),
        ("P2", rp.EMPLOYMENT, "Dana Demo", coach, "2025-11-01", "2025-12-01", rs.OPEN, None),
        ("P3", rp.HOUSING, "Pat DHS", dhs, "2025-12-15", "2026-01-02", rs.OPEN, None),
        ("P6", rp.BEHAVIORAL_HEALTH, "Partner Intake", agency, "2025-12-20", "2026-01-20",
         rs.IN_PROGRESS, None),
        ("P3", rp.CHILD_SUPPORT, "Dana Demo", coach, "2025-10-01", "2025-10-15", rs.COMPLETED,
         "2026-01-10"),
        ("P4", rp.EMPLOYMENT, "Pat DHS", dhs, "2024-11-01", "2024-11-15", rs.COMPLETED,
         "2024-11-10"),
        ("P10", rp.CHILD_WELFARE_PREVENTION, "Dana Demo", coach, "2025-06-01", "2025-06-15",
         rs.CANCELLED, "2025-06-15"),
    ):  # fmt: skip
        rows.append(
            Referral(
                org_id=w.org_id,
                participant_id=w[who],
                program=program,
                partner_id=w["partner"],
                reason="Test",
                referred_on=d(referred),
                follow_up_owner=owner,
                follow_up_role=role,
                due_on=d(due),
                status=status,
                closed_on=d(closed) if closed else None,
            )
        )

    # --- households and TANF hours for the week of 2025-03-03 -------------------------------
    for who, parents, child_born in (
        ("P1", 1, "2019-03-04"),  # the child turns 6 the day after the Monday: under 6
        ("P4", 2, None),
        ("P6", 1, "2016-06-01"),
        ("P10", 0, None),  # a unit with no parent: no work requirement
    ):
        household = add(f"{who}_home", Household(participant_id=w[who], parents_in_unit=parents))
        if child_born:
            rows.append(
                HouseholdMember(
                    org_id=w.org_id,
                    participant_id=w[who],
                    household_id=household.id,
                    role=HouseholdRole.CHILD,
                    first_name="Kid",
                    last_name="Test",
                    date_of_birth=d(child_born),
                )
            )
    ta = TanfActivity
    recorded = datetime(2025, 3, 10, 12, tzinfo=UTC)
    earlier = datetime(2025, 3, 9, 12, tzinfo=UTC)
    for who, activity, hours, when in (
        ("P1", ta.VOCATIONAL_TRAINING, 20, recorded),
        ("P1", ta.JOB_SKILLS_TRAINING, 5, recorded),
        ("P2", ta.UNSUBSIDIZED_EMPLOYMENT, 32, recorded),
        ("P4", ta.UNSUBSIDIZED_EMPLOYMENT, 25, recorded),
        ("P4", ta.VOCATIONAL_TRAINING, 6, recorded),
        ("P4", ta.EDUCATION_RELATED_TO_EMPLOYMENT, 4, recorded),
        ("P6", ta.VOCATIONAL_TRAINING, 18, recorded),
        ("P6", ta.VOCATIONAL_TRAINING, 10, earlier),  # the same week on another laptop: older
        ("P6", ta.JOB_SKILLS_TRAINING, 12, recorded),
        ("P10", ta.UNSUBSIDIZED_EMPLOYMENT, 40, recorded),
        ("P5", ta.UNSUBSIDIZED_EMPLOYMENT, 40, recorded),  # not enrolled until December
    ):
        rows.append(
            ActivityHours(
                org_id=w.org_id,
                participant_id=w[who],
                week_start=WEEK,
                activity=activity,
                hours=float(hours),
                created_at=when,
                updated_at=when,
            )
        )
    session.add_all(rows)
    session.flush()
    return w


# --- where the world lives: SQLite in memory, and PostgreSQL when the CI provides one -------

POSTGRES_URL = os.environ.get("COACHAPP_TEST_DATABASE_URL")
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not POSTGRES_URL, reason="COACHAPP_TEST_DATABASE_URL not set (.ci/run sets it)"
            ),
        ],
    ),
]


@contextmanager
def world_on(backend: str) -> Iterator[tuple[Session, World]]:
    """A fresh schema on ``backend`` holding the world; the session stays open for reading."""
    if backend == "sqlite":
        engine: Engine = create_engine("sqlite://")
        Base.metadata.create_all(engine)
        try:
            with Session(engine) as session:
                world = build(session)
                session.commit()
                yield session, world
        finally:
            engine.dispose()
        return
    assert POSTGRES_URL is not None
    engine = create_engine(POSTGRES_URL)
    schema = f"t_{uuid7().replace('-', '')[:20]}"
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = engine.execution_options(schema_translate_map={None: schema})
        Base.metadata.create_all(scoped)
        with Session(scoped) as session:
            world = build(session)
            session.commit()
            yield session, world
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()
