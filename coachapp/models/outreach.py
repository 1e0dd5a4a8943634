"""Recruiting at DHS branches: information sessions and the leads they produce."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, SyncedMixin, enum_type, fk
from coachapp.models.enums import LeadStatus


class InfoSession(SyncedMixin, Base):
    """An information session held at a DHS branch or TANF office."""

    __tablename__ = "info_sessions"
    site_id: Mapped[str] = mapped_column(fk("sites.id"))
    held_on: Mapped[date] = mapped_column(Date)
    facilitator_id: Mapped[str | None] = mapped_column(fk("coaches.id"))
    team_id: Mapped[str | None] = mapped_column(fk("teams.id"))
    attendance: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    __extra_args__ = (Index("ix_info_sessions_site_held", "site_id", "held_on"),)


class Lead(SyncedMixin, Base):
    """Someone who signed up at a session: followed up, then converted into an intake."""

    __tablename__ = "leads"
    info_session_id: Mapped[str | None] = mapped_column(fk("info_sessions.id"))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    tanf_recipient: Mapped[bool] = mapped_column(Boolean, default=False)
    interested_course_id: Mapped[str | None] = mapped_column(fk("courses.id"))
    status: Mapped[LeadStatus] = mapped_column(enum_type(LeadStatus), default=LeadStatus.NEW)
    participant_id: Mapped[str | None] = mapped_column(fk("participants.id"))
    assigned_coach_id: Mapped[str | None] = mapped_column(fk("coaches.id"))
    __extra_args__ = (Index("ix_leads_session", "info_session_id"),)
