"""The coach's casework: support services, referrals, case notes and tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import (
    Base,
    ParticipantOwnedMixin,
    SyncedMixin,
    UTCDateTime,
    enum_type,
    fk,
)
from coachapp.models.enums import (
    ContactMode,
    FollowUpRole,
    ReferralProgram,
    ReferralStatus,
    ServiceStatus,
    TaskStatus,
)


class SupportService(ParticipantOwnedMixin, SyncedMixin, Base):
    """A concrete support (childcare, transport, car repair, tuition, housing, cash), who pays."""

    __tablename__ = "support_services"
    service_type_id: Mapped[str] = mapped_column(fk("service_types.id"))
    funding_source_id: Mapped[str] = mapped_column(fk("funding_sources.id"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[ServiceStatus] = mapped_column(
        enum_type(ServiceStatus), default=ServiceStatus.REQUESTED
    )
    vendor: Mapped[str | None] = mapped_column(String(160))
    notes: Mapped[str | None] = mapped_column(Text)
    #: When the coach went ahead despite a duplicate-service warning: which record, and why.
    duplicate_of_id: Mapped[str | None] = mapped_column(String(36))
    duplicate_reason: Mapped[str | None] = mapped_column(Text)
    __extra_args__ = (
        Index("ix_support_services_participant_type", "participant_id", "service_type_id"),
        # Spend by funding source and type, added up from this index in its order (SQLite
        # only: see 0007).
        Index(
            "ix_support_services_reports",
            "funding_source_id",
            "service_type_id",
            "deleted",
            "period_start",
            "status",
            "amount_cents",
            "duplicate_of_id",
            "participant_id",
        ).ddl_if(dialect="sqlite"),
    )


class Referral(ParticipantOwnedMixin, SyncedMixin, Base):
    """A referral out, with the named person who owes the follow-up and when."""

    __tablename__ = "referrals"
    program: Mapped[ReferralProgram] = mapped_column(enum_type(ReferralProgram))
    partner_id: Mapped[str] = mapped_column(fk("partners.id"))
    reason: Mapped[str] = mapped_column(Text)
    referred_on: Mapped[date] = mapped_column(Date)
    follow_up_owner: Mapped[str] = mapped_column(String(120))
    follow_up_role: Mapped[FollowUpRole] = mapped_column(enum_type(FollowUpRole))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(
        enum_type(ReferralStatus), default=ReferralStatus.OPEN
    )
    closed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    #: Case number at the receiving agency (e.g. the IV-D case), tracked for follow-up.
    partner_case_number: Mapped[str | None] = mapped_column(String(20))
    consent_id: Mapped[str | None] = mapped_column(fk("consents.id"))
    __extra_args__ = (
        Index("ix_referrals_status_due", "status", "due_on"),
        # Referral timeliness by program and follow-up owner, added up from this index in its
        # order (SQLite only: see 0007).
        Index(
            "ix_referrals_reports",
            "program",
            "follow_up_owner",
            "follow_up_role",
            "deleted",
            "referred_on",
            "due_on",
            "closed_on",
            "status",
            "participant_id",
        ).ddl_if(dialect="sqlite"),
    )


class CaseNote(ParticipantOwnedMixin, SyncedMixin, Base):
    """A contact with the participant: when, where (which DHS branch), how, and what was said."""

    __tablename__ = "case_notes"
    contact_at: Mapped[datetime] = mapped_column(UTCDateTime)
    site_id: Mapped[str | None] = mapped_column(fk("sites.id"))
    mode: Mapped[ContactMode] = mapped_column(enum_type(ContactMode))
    body: Mapped[str] = mapped_column(Text)
    #: Confidential (e.g. DV): only the assigned coach and supervisors may read it.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[str | None] = mapped_column(fk("coaches.id"))


class Task(SyncedMixin, Base):
    """Something a coach has to do by a date, usually about one participant."""

    __tablename__ = "tasks"
    participant_id: Mapped[str | None] = mapped_column(fk("participants.id"))
    assigned_to_id: Mapped[str | None] = mapped_column(fk("coaches.id"))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[TaskStatus] = mapped_column(enum_type(TaskStatus), default=TaskStatus.OPEN)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    __extra_args__ = (
        Index("ix_tasks_assignee_status_due", "assigned_to_id", "status", "due_on"),
        Index("ix_tasks_participant", "participant_id"),
    )
