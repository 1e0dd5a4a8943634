"""A laptop store with one record of every kind, made through the services as a coach would,
so junk calls that name a real id reach past the first lookup."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from coachapp.demo.reference import DemoProgram
from coachapp.ids import uuid7
from coachapp.models import Conflict
from coachapp.models.enums import (
    BarrierCategory,
    ContactMode,
    FollowUpRole,
    FundingKind,
    HouseholdRole,
    ServiceCategory,
)
from coachapp.rules.work_participation import TanfActivity
from coachapp.services import (
    activity,
    barriers,
    consents,
    drafts,
    eligibility,
    employment,
    household,
    intake,
    notes,
    referrals,
    sessions,
    support,
    tasks,
    training,
)
from coachapp.store.local import LocalStore
from prove.junk_values import Ids

TODAY = date(2026, 3, 16)


def seed(store: LocalStore, program: DemoProgram) -> Ids:
    """Two participants and a record of every kind for the first; returns their ids."""
    ids = Ids()
    add = ids.by_kind.setdefault
    add("site", []).extend(s.id for s in program.sites)
    add("partner", []).extend(p.id for p in program.partners)
    add("course", []).extend(c.id for c in program.courses)
    add("coach", []).extend(c.id for c in program.coaches)
    add("team", []).extend(t.id for t in program.teams)
    add("service_type", []).extend(t.id for t in program.service_types)
    add("funding_source", []).extend(f.id for f in program.funding_sources)
    people = [
        intake.create_participant(
            store,
            intake.IntakeInput(
                person={"first_name": first, "last_name": "Junkfield", "date_of_birth": born},
                eligibility=eligibility.EligibilityInput(
                    household_size=3, annual_income="18,000", state="OH"
                ),
                shared_with_team=True,
            ),
            today=TODAY,
        ).id
        for first, born in (("Avery", "1990-04-02"), ("Blake", "1985-11-20"))
    ]
    add("participant", []).extend(people)
    first = people[0]
    partner = program.partners[0].id
    add("member", []).append(
        household.add_member(
            store,
            first,
            intake.HouseholdMemberInput(role=HouseholdRole.CHILD, first_name="Kit", last_name="J"),
            today=TODAY,
        ).id
    )
    add("consent", []).append(
        consents.add_consent(
            store,
            participant_id=first,
            partner_id=partner,
            scope="share_and_refer",
            signed_on=TODAY,
            today=TODAY,
        ).id
    )
    add("barrier", []).append(
        barriers.add_barrier(
            store, participant_id=first, category=BarrierCategory.CHILDCARE, today=TODAY
        ).id
    )
    add("service", []).append(
        support.record_support_service(
            store,
            support.ServiceInput(
                participant_id=first,
                service_type_id=program.service_type(ServiceCategory.CHILDCARE).id,
                funding_source_id=program.funding(FundingKind.HPOG).id,
                amount="120.00",
                period_start=date(2026, 3, 1),
                period_end=date(2026, 3, 31),
            ),
        ).id
    )
    add("referral", []).append(
        referrals.create_referral(
            store,
            referrals.ReferralInput(
                participant_id=first,
                partner_id=partner,
                reason="Help with housing",
                follow_up_owner="Coach",
                follow_up_role=FollowUpRole.HPOG_CAREER_COACH,
                due_on=date(2026, 3, 30),
            ),
            today=TODAY,
        ).id
    )
    add("note", []).append(
        notes.add_note(
            store, participant_id=first, body="Met at branch", mode=ContactMode.IN_PERSON
        ).id
    )
    add("task", []).append(
        tasks.add_task(store, title="Call back", due_on=date(2026, 3, 20), participant_id=first).id
    )
    add("enrollment", []).append(
        training.enroll_in_training(
            store, participant_id=first, course_id=program.courses[0].id, started_on=TODAY
        ).id
    )
    add("job", []).append(
        employment.record_job(
            store,
            participant_id=first,
            employer="Demo Clinic",
            occupation="CNA",
            is_healthcare=True,
            hourly_wage="17.50",
            weekly_hours=32,
            started_on=TODAY,
        ).id
    )
    activity.record_hours(
        store,
        participant_id=first,
        week_start=date(2026, 3, 9),
        activity=TanfActivity.JOB_SKILLS_TRAINING,
        hours=12,
    )
    info = sessions.record_info_session(
        store, site_id=program.sites[0].id, held_on=TODAY, attendance=5, today=TODAY
    ).id
    add("info_session", []).append(info)
    add("lead", []).append(
        sessions.add_lead(store, info_session_id=info, first_name="Lee", last_name="Lead").id
    )
    add("draft", []).append(
        drafts.save_draft(store, intake.IntakeInput(person={"first_name": "Dana"})).id
    )
    add("conflict", []).append(_pulled_conflict(store, first))
    return ids


def _pulled_conflict(store: LocalStore, participant_id: str) -> str:
    """A conflict as a pull brings it (the server made it): written as the server's row."""
    conflict_id = uuid7()
    with store.write(remote=True) as session:
        session.add(
            Conflict(
                id=conflict_id,
                org_id=store.actor.org_id if store.actor else "",
                table_name="participants",
                row_id=participant_id,
                field_name="city",
                participant_id=participant_id,
                base_value=json.dumps("Dayton"),
                server_value=json.dumps("Columbus"),
                client_value=json.dumps("Akron"),
                server_author_id=None,
                server_changed_at=datetime(2026, 3, 16, 9, 0, tzinfo=UTC),
                client_author_id=None,
                client_device_id=uuid7(),
                client_changed_at=datetime(2026, 3, 16, 9, 5, tzinfo=UTC),
                rev=1,
            )
        )
    return conflict_id
