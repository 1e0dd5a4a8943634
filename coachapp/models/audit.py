"""The audit trail: append-only, synced like any other row, free of personal data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, SyncedMixin, UTCDateTime, enum_type, utcnow
from coachapp.models.enums import AuditAction


class AuditEvent(SyncedMixin, Base):
    """Who did what to which record, when. Names fields, never their values."""

    __tablename__ = "audit_events"
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    participant_id: Mapped[str | None] = mapped_column(String(36))
    #: Comma-separated names of the fields changed (no values), or what was exported.
    detail: Mapped[str | None] = mapped_column(Text)
    __extra_args__ = (
        Index("ix_audit_events_record", "table_name", "record_id"),
        Index("ix_audit_events_participant", "participant_id"),
    )
