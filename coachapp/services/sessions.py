"""Information sessions at DHS branches, the people who sign up at them (leads), and turning
a lead into a participant through intake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from coachapp.errors import Conflict
from coachapp.models import Coach, Course, InfoSession, Lead, Participant, Site
from coachapp.models.enums import LeadStatus
from coachapp.services import intake
from coachapp.services.common import id_filter, live, reference, today_or
from coachapp.services.participants import ParticipantDetail, get_participant
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

MAX_ATTENDANCE = 1000


@dataclass(frozen=True)
class SessionView:
    id: str
    site_id: str
    site_name: str
    held_on: date
    facilitator_id: str | None
    team_id: str | None
    attendance: int
    notes: str | None
    lead_count: int = 0


@dataclass(frozen=True)
class LeadView:
    id: str
    info_session_id: str | None
    first_name: str
    last_name: str
    phone: str | None
    email: str | None
    tanf_recipient: bool
    interested_course_id: str | None
    status: LeadStatus
    participant_id: str | None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _session_view(s: InfoSession, site: Site | None, lead_count: int = 0) -> SessionView:
    return SessionView(
        id=s.id,
        site_id=s.site_id,
        site_name=site.name if site else "",
        held_on=s.held_on,
        facilitator_id=s.facilitator_id,
        team_id=s.team_id,
        attendance=s.attendance,
        notes=s.notes,
        lead_count=lead_count,
    )


def lead_view(lead: Lead) -> LeadView:
    return LeadView(
        id=lead.id,
        info_session_id=lead.info_session_id,
        first_name=lead.first_name,
        last_name=lead.last_name,
        phone=lead.phone,
        email=lead.email,
        tanf_recipient=lead.tanf_recipient,
        interested_course_id=lead.interested_course_id,
        status=LeadStatus(lead.status),
        participant_id=lead.participant_id,
    )


def record_info_session(
    store: LocalStore,
    *,
    site_id: str,
    held_on: date | str,
    attendance: int | str,
    notes: str | None = None,
    today: date | None = None,
) -> SessionView:
    """Record a session the signed-in coach held at a branch, credited to the coach's team."""
    fc = FieldCheck()
    day = fc.date("held_on", held_on, label="Date", required=True, not_after=today_or(today))
    count = fc.whole(
        "attendance", attendance, label="Attendance", minimum=0, maximum=MAX_ATTENDANCE
    )
    extra = fc.text("notes", notes, label="Notes", max_len=4000, multiline=True)
    fc.done()
    assert day is not None and count is not None
    with store.write() as session:
        site = reference(session, Site, site_id, field="site_id", what="branch")
        coach_id = store.actor.coach_id if store.actor else None
        coach = session.get(Coach, coach_id) if coach_id else None
        info = InfoSession(
            site_id=site.id,
            held_on=day,
            facilitator_id=coach_id,
            team_id=coach.team_id if coach else None,
            attendance=count,
            notes=extra,
        )
        session.add(info)
        return _session_view(info, site)


def list_sessions(
    store: LocalStore, *, site_id: str | None = None, since: date | None = None
) -> list[SessionView]:
    """Sessions, most recent first, with how many people signed up at each."""
    fc = FieldCheck()
    since = fc.date("since", since, label="Since")
    fc.done()
    site_id = id_filter(site_id, field="site_id", what="DHS branch")
    leads = (
        select(Lead.info_session_id, func.count().label("n"))
        .where(Lead.deleted.is_(False))
        .group_by(Lead.info_session_id)
        .subquery()
    )
    stmt = (
        select(InfoSession, Site, leads.c.n)
        .outerjoin(Site, Site.id == InfoSession.site_id)
        .outerjoin(leads, leads.c.info_session_id == InfoSession.id)
        .where(InfoSession.deleted.is_(False))
    )
    if site_id is not None:
        stmt = stmt.where(InfoSession.site_id == site_id)
    if since is not None:
        stmt = stmt.where(InfoSession.held_on >= since)
    with store.read() as session:
        rows = session.execute(
            stmt.order_by(InfoSession.held_on.desc(), InfoSession.created_at.desc())
        ).all()
        return [_session_view(s, site, int(n or 0)) for s, site, n in rows]


def add_lead(
    store: LocalStore,
    *,
    info_session_id: str,
    first_name: str,
    last_name: str,
    phone: str | None = None,
    email: str | None = None,
    tanf_recipient: bool = False,
    interested_course_id: str | None = None,
) -> LeadView:
    """Add someone from a session's sign-up sheet, to be followed up by the signed-in coach."""
    fc = FieldCheck()
    first = fc.required_text("first_name", first_name, label="First name")
    last = fc.required_text("last_name", last_name, label="Last name")
    cleaned_phone = fc.phone("phone", phone)
    cleaned_email = fc.email("email", email)
    flag: object = tanf_recipient  # the form may hand over anything
    if not isinstance(flag, bool):
        fc.fail("tanf_recipient", "Receives TANF must be yes or no.")
    fc.done()
    with store.write() as session:
        info = live(session, InfoSession, info_session_id, what="information session")
        if interested_course_id:
            reference(
                session, Course, interested_course_id, field="interested_course_id", what="course"
            )
        lead = Lead(
            info_session_id=info.id,
            first_name=first,
            last_name=last,
            phone=cleaned_phone,
            email=cleaned_email,
            tanf_recipient=tanf_recipient,
            interested_course_id=interested_course_id or None,
            status=LeadStatus.NEW,
            assigned_coach_id=store.actor.coach_id if store.actor else None,
        )
        session.add(lead)
        return lead_view(lead)


def list_leads(store: LocalStore, info_session_id: str) -> list[LeadView]:
    """The session's sign-ups, by name."""
    with store.read() as session:
        info = live(session, InfoSession, info_session_id, what="information session")
        rows = session.scalars(
            select(Lead)
            .where(Lead.info_session_id == info.id, Lead.deleted.is_(False))
            .order_by(Lead.last_name, Lead.first_name, Lead.id)
        ).all()
        return [lead_view(x) for x in rows]


def mark_lead(store: LocalStore, lead_id: str, *, status: LeadStatus | str) -> LeadView:
    """Note how following up a lead went: contacted, or not interested."""
    fc = FieldCheck()
    new = fc.choice("status", status, LeadStatus, label="Status")
    if new is LeadStatus.CONVERTED:
        fc.fail("status", "A lead becomes converted by starting their intake.")
    fc.done()
    assert new is not None
    with store.write() as session:
        lead = live(session, Lead, lead_id, what="lead")
        if lead.status == LeadStatus.CONVERTED:
            raise Conflict("This lead is already a participant.")
        lead.status = new
        return lead_view(lead)


def lead_intake_draft(store: LocalStore, lead_id: str) -> intake.IntakeInput:
    """An intake form filled in with what the sign-up sheet said, for the coach to complete."""
    with store.read() as session:
        lead = live(session, Lead, lead_id, what="lead")
        info = session.get(InfoSession, lead.info_session_id) if lead.info_session_id else None
        person: dict[str, Any] = {
            "first_name": lead.first_name,
            "last_name": lead.last_name,
            "tanf_recipient": lead.tanf_recipient,
        }
        if lead.phone:
            person["phone"] = lead.phone
        if lead.email:
            person["email"] = lead.email
        if info is not None:
            person["recruitment_site_id"] = info.site_id
        return intake.IntakeInput(
            person=person,
            assigned_coach_id=lead.assigned_coach_id,
            # Not participant fields, but the wizard shows them (and the course of interest).
            extra={"lead_id": lead.id, "interested_course_id": lead.interested_course_id},
        )


def convert_lead(
    store: LocalStore,
    lead_id: str,
    intake_input: intake.IntakeInput,
    *,
    confirmed_new_person: bool = False,
    today: date | None = None,
) -> ParticipantDetail:
    """Run the lead's intake and mark the lead converted. A converted lead returns its person.

    Two transactions: intake owns its own ``store.write()`` and cannot be joined from here.
    If the laptop stops between them, the participant exists but the lead still looks open;
    converting again then meets the duplicate check, and ``link_lead`` ties the two together.
    """
    with store.read() as session:
        lead = live(session, Lead, lead_id, what="lead")
        done = lead.participant_id if lead.status == LeadStatus.CONVERTED else None
    if done is not None:
        return get_participant(store, done)
    detail = intake.create_participant(
        store, intake_input, confirmed_new_person=confirmed_new_person, today=today
    )
    link_lead(store, lead_id, participant_id=detail.id)
    return detail


def link_lead(store: LocalStore, lead_id: str, *, participant_id: str) -> LeadView:
    """Mark a lead converted into a participant (for one already in CoachApp, too)."""
    with store.write() as session:
        lead = live(session, Lead, lead_id, what="lead")
        person = live(session, Participant, participant_id, what="participant")
        if lead.status == LeadStatus.CONVERTED and lead.participant_id not in (None, person.id):
            raise Conflict("This lead is already linked to another participant.")
        lead.status = LeadStatus.CONVERTED
        lead.participant_id = person.id
        return lead_view(lead)
