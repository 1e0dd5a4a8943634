"""Recruiting at DHS branches: information sessions and the leads they produce."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, SyncedMixin, enum_type
from coachapp.models.enums import LeadStatus

_FK = {"deferrable": True, "initially": "DEFERRED"}


class InfoSession(SyncedMixin, Base):
    """An information session held at a DHS branch or TANF office."""

    __tablename__ = "info_sessions"
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id", **_FK))
    held_on: Mapped[date] = mapped_column(Date)
    facilitator_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", **_FK))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id", **_FK))
    attendance: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    __extra_args__ = (Index("ix_info_sessions_site_held", "site_id", "held_on"),)


class Lead(SyncedMixin, Base):
    """Someone who signed up at a session: followed up, then converted into an intake."""

    __tablename__ = "leads"
    info_session_id: Mapped[str | None] = mapped_column(ForeignKey("info_sessions.id", **_FK))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    tanf_recipient: Mapped[bool] = mapped_column(Boolean, default=False)
    interested_course_id: Mapped[str | None] = mapped_column(ForeignKey("courses.id", **_FK))
    status: Mapped[LeadStatus] = mapped_column(enum_type(LeadStatus), default=LeadStatus.NEW)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", **_FK))
    assigned_coach_id: Mapped[str | None] = mapped_column(ForeignKey("coaches.id", **_FK))
    __extra_args__ = (Index("ix_leads_session", "info_session_id"),)
