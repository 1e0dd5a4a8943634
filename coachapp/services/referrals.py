"""Referrals out (child support, child welfare prevention, employment, behavioural health,
DV, housing), each with a named owner of the follow-up and a due date.

A referral to an agency that needs consent is refused until the participant has an active
signed consent for that agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coachapp.errors import PolicyRefused, ValidationError
from coachapp.models import Participant, Partner, Referral
from coachapp.models.enums import ConsentScope, FollowUpRole, ReferralProgram, ReferralStatus
from coachapp.services.common import expect, id_filter, live, reference, row_count, today_or
from coachapp.services.consents import active_consent_for
from coachapp.store.local import LocalStore
from coachapp.validation import FieldCheck

OPEN_STATUSES = (ReferralStatus.OPEN, ReferralStatus.IN_PROGRESS)
#: Consents that allow making a referral (sharing information alone does not).
REFERRAL_SCOPES = (ConsentScope.MAKE_REFERRAL, ConsentScope.SHARE_AND_REFER)


@dataclass(frozen=True)
class ReferralInput:
    participant_id: str
    partner_id: str
    reason: str
    follow_up_owner: str
    follow_up_role: FollowUpRole | str
    due_on: date | str
    referred_on: date | str | None = None
    partner_case_number: str | None = None


@dataclass(frozen=True)
class ReferralView:
    id: str
    participant_id: str
    program: ReferralProgram
    partner_id: str
    partner: str
    reason: str
    referred_on: date
    follow_up_owner: str
    follow_up_role: FollowUpRole
    due_on: date
    status: ReferralStatus
    closed_on: date | None
    outcome: str | None
    partner_case_number: str | None
    consent_id: str | None
    overdue: bool


class ConsentRequired(PolicyRefused):
    """The agency needs the participant's signed consent before a referral."""


def _view(session: Session, r: Referral, today: date) -> ReferralView:
    partner = session.get(Partner, r.partner_id)
    status = ReferralStatus(r.status)
    return ReferralView(
        id=r.id,
        participant_id=r.participant_id,
        program=ReferralProgram(r.program),
        partner_id=r.partner_id,
        partner=partner.name if partner else "Unknown agency",
        reason=r.reason,
        referred_on=r.referred_on,
        follow_up_owner=r.follow_up_owner,
        follow_up_role=FollowUpRole(r.follow_up_role),
        due_on=r.due_on,
        status=status,
        closed_on=r.closed_on,
        outcome=r.outcome,
        partner_case_number=r.partner_case_number,
        consent_id=r.consent_id,
        overdue=status in OPEN_STATUSES and r.due_on < today,
    )


def create_referral(
    store: LocalStore, entry: ReferralInput, *, today: date | None = None
) -> ReferralView:
    """Refer a participant to a partner agency, naming who follows up and by when."""
    entry = expect(entry, ReferralInput, field="referral", what="referral form")
    day = today_or(today)
    fc = FieldCheck()
    reason = fc.required_text("reason", entry.reason, label="Reason", max_len=2000)
    owner = fc.required_text(
        "follow_up_owner", entry.follow_up_owner, label="Follow-up owner", max_len=120
    )
    role = fc.choice("follow_up_role", entry.follow_up_role, FollowUpRole, label="Owner's role")
    referred = fc.date(
        "referred_on", entry.referred_on or day, label="Referral date", required=True, not_after=day
    )
    due = fc.date("due_on", entry.due_on, label="Follow-up due", required=True)
    if referred and due and due < referred:
        fc.fail("due_on", "The follow-up cannot be due before the referral date.")
    case_number = fc.case_number(
        "partner_case_number", entry.partner_case_number, label="Agency case number"
    )
    fc.done()
    assert referred and due and role
    with store.write() as session:
        live(session, Participant, entry.participant_id, what="participant")
        partner = reference(session, Partner, entry.partner_id, field="partner_id", what="agency")
        consent = active_consent_for(
            session,
            participant_id=entry.participant_id,
            partner_id=partner.id,
            on=referred,
            scopes=REFERRAL_SCOPES,
        )
        if partner.requires_consent and consent is None:
            raise ConsentRequired(
                f"{partner.name} needs the participant's signed consent to a referral before "
                "one can be sent. Record the signed consent for this agency (allowing a "
                "referral, not only sharing information) first, then refer."
            )
        referral = Referral(
            participant_id=entry.participant_id,
            program=partner.program,
            partner_id=partner.id,
            reason=reason,
            referred_on=referred,
            follow_up_owner=owner,
            follow_up_role=role,
            due_on=due,
            status=ReferralStatus.OPEN,
            partner_case_number=case_number,
            consent_id=consent.id if consent is not None else None,
        )
        session.add(referral)
        return _view(session, referral, day)


_MOVES = {
    ReferralStatus.OPEN: {
        ReferralStatus.IN_PROGRESS,
        ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED,
        ReferralStatus.CANCELLED,
    },
    ReferralStatus.IN_PROGRESS: {
        ReferralStatus.COMPLETED,
        ReferralStatus.DECLINED,
        ReferralStatus.CANCELLED,
    },
    ReferralStatus.COMPLETED: set(),
    ReferralStatus.DECLINED: set(),
    ReferralStatus.CANCELLED: set(),
}


def next_referral_statuses(status: ReferralStatus | str) -> list[ReferralStatus]:
    """The statuses a referral in ``status`` may move to (for a form's choices)."""
    return sorted(_MOVES[ReferralStatus(status)], key=list(ReferralStatus).index)


def _words(status: ReferralStatus) -> str:
    return status.value.replace("_", " ")


def set_referral_status(
    store: LocalStore,
    referral_id: str,
    *,
    status: ReferralStatus | str,
    on: date | None = None,
    outcome: str | None = None,
    today: date | None = None,
) -> ReferralView:
    """Move a referral along; closing it (completed, declined, cancelled) records the outcome."""
    day = today_or(today)
    fc = FieldCheck()
    target = fc.choice("status", status, ReferralStatus, label="Status")
    closed = fc.date("on", on or day, label="Date", required=True, not_after=day)
    text = fc.text("outcome", outcome, label="Outcome", max_len=2000, multiline=True)
    fc.done()
    assert target is not None and closed is not None
    with store.write() as session:
        referral = live(session, Referral, referral_id, what="referral")
        current = ReferralStatus(referral.status)
        if target not in _MOVES[current]:
            raise ValidationError(
                {"status": f"A {_words(current)} referral cannot become {_words(target)}."}
            )
        if target not in OPEN_STATUSES:
            if target is ReferralStatus.COMPLETED and not text:
                raise ValidationError({"outcome": "Say what came of the referral."})
            if closed < referral.referred_on:
                raise ValidationError({"on": "A referral cannot close before it was made."})
            referral.closed_on = closed
            referral.outcome = text
        referral.status = target
        return _view(session, referral, day)


def reassign_follow_up(
    store: LocalStore,
    referral_id: str,
    *,
    owner: str,
    role: FollowUpRole | str,
    due_on: date | str | None = None,
    today: date | None = None,
) -> ReferralView:
    """Hand the follow-up to someone else (e.g. the DHS family coach), maybe with a new date."""
    day = today_or(today)
    fc = FieldCheck()
    name = fc.required_text("follow_up_owner", owner, label="Follow-up owner", max_len=120)
    new_role = fc.choice("follow_up_role", role, FollowUpRole, label="Owner's role")
    due = fc.date("due_on", due_on, label="Follow-up due")
    fc.done()
    assert new_role is not None
    with store.write() as session:
        referral = live(session, Referral, referral_id, what="referral")
        if ReferralStatus(referral.status) not in OPEN_STATUSES:
            raise ValidationError({"status": "This referral is closed; its follow-up is done."})
        if due is not None and due < referral.referred_on:
            raise ValidationError({"due_on": "The follow-up cannot be due before the referral."})
        referral.follow_up_owner = name
        referral.follow_up_role = new_role
        if due is not None:
            referral.due_on = due
        return _view(session, referral, day)


def list_referrals(
    store: LocalStore,
    *,
    participant_id: str | None = None,
    status: ReferralStatus | None = None,
    open_only: bool = False,
    overdue_only: bool = False,
    due_within_days: int | None = None,
    follow_up_owner: str | None = None,
    today: date | None = None,
    limit: int = 500,
) -> list[ReferralView]:
    """The referral tracker: by participant, status or owner, soonest due first."""
    day = today_or(today)
    fc = FieldCheck()
    status = fc.choice("status", status, ReferralStatus, label="Status", required=False)
    follow_up_owner = fc.text(
        "follow_up_owner", follow_up_owner, label="Follow-up owner", max_len=120
    )
    if due_within_days is not None:
        due_within_days = fc.whole(
            "due_within_days", due_within_days, label="Due within", minimum=0, maximum=3660
        )
    fc.done()
    participant_id = id_filter(participant_id, field="participant_id", what="participant")
    limit = row_count(limit)
    where: list[ColumnElement[bool]] = [Referral.deleted.is_(False)]
    if participant_id is not None:
        where.append(Referral.participant_id == participant_id)
    if status is not None:
        where.append(Referral.status == status)
    if open_only or overdue_only or due_within_days is not None:
        where.append(Referral.status.in_(OPEN_STATUSES))
    if overdue_only:
        where.append(Referral.due_on < day)
    if due_within_days is not None:
        where.append(Referral.due_on <= day + timedelta(days=due_within_days))
    if follow_up_owner:
        where.append(Referral.follow_up_owner == follow_up_owner)
    with store.read() as session:
        rows = session.scalars(
            select(Referral)
            .where(*where)
            .order_by(Referral.due_on, Referral.created_at)
            .limit(max(1, min(limit, 5000)))
        ).all()
        return [_view(session, r, day) for r in rows]


class TrackerShow(StrEnum):
    """Which referrals the caseload tracker shows."""

    OPEN = "open"
    OVERDUE = "overdue"
    DUE_THIS_WEEK = "due_this_week"  # open, due from today to Sunday, not yet overdue
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class TrackedReferral:
    """A referral in the caseload tracker, with whose it is."""

    referral: ReferralView
    participant_name: str


def list_referral_tracker(
    store: LocalStore,
    *,
    show: TrackerShow | str = TrackerShow.OPEN,
    follow_up_owner: str | None = None,
    today: date | None = None,
    limit: int = 2000,
) -> list[TrackedReferral]:
    """Referrals across the caseload on this laptop: overdue first, then soonest due.

    Closed ones are listed most recently closed first.
    """
    day = today_or(today)
    fc = FieldCheck()
    which = fc.choice("show", show, TrackerShow, label="Show")
    follow_up_owner = fc.text(
        "follow_up_owner", follow_up_owner, label="Follow-up owner", max_len=120
    )
    fc.done()
    limit = row_count(limit)
    where: list[ColumnElement[bool]] = [
        Referral.deleted.is_(False),
        Participant.deleted.is_(False),
    ]
    closed = [s for s in ReferralStatus if s not in OPEN_STATUSES]
    if which is TrackerShow.CLOSED:
        where.append(Referral.status.in_(closed))
    elif which is not TrackerShow.ALL:
        where.append(Referral.status.in_(OPEN_STATUSES))
    if which is TrackerShow.OVERDUE:
        where.append(Referral.due_on < day)
    elif which is TrackerShow.DUE_THIS_WEEK:
        sunday = day + timedelta(days=6 - day.weekday())
        where.extend([Referral.due_on >= day, Referral.due_on <= sunday])
    if follow_up_owner:
        where.append(Referral.follow_up_owner == follow_up_owner)
    order = (
        (Referral.closed_on.desc(), Referral.due_on)
        if which is TrackerShow.CLOSED
        else (Referral.due_on, Referral.created_at)
    )
    with store.read() as session:
        rows = session.execute(
            select(Referral, Participant)
            .join(Participant, Participant.id == Referral.participant_id)
            .where(*where)
            .order_by(*order)
            .limit(max(1, min(limit, 10_000)))
        ).all()
        return [
            TrackedReferral(
                _view(session, r, day), f"{p.preferred_name or p.first_name} {p.last_name}"
            )
            for r, p in rows
        ]
