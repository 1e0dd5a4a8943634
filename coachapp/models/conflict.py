"""Conflicts: the same field changed differently on two sides, both values kept for a person.

Made by the server during a three-way merge, pulled by the laptops in scope, resolved by an
ordinary change to the row plus marking the conflict resolved (which syncs like any row).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, SyncedMixin, UTCDateTime, enum_type
from coachapp.models.enums import ConflictResolution, ConflictStatus


class Conflict(SyncedMixin, Base):
    __tablename__ = "conflicts"
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    #: The column in dispute; ``deleted`` when one side deleted a row the other changed.
    field_name: Mapped[str] = mapped_column(String(60))
    participant_id: Mapped[str | None] = mapped_column(String(36))
    #: JSON-encoded values (coachapp.models.wire): what both sides started from, and each side.
    base_value: Mapped[str] = mapped_column(Text)
    server_value: Mapped[str] = mapped_column(Text)
    client_value: Mapped[str] = mapped_column(Text)
    server_author_id: Mapped[str | None] = mapped_column(String(36))
    server_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    client_author_id: Mapped[str | None] = mapped_column(String(36))
    client_device_id: Mapped[str | None] = mapped_column(String(36))
    client_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[ConflictStatus] = mapped_column(
        enum_type(ConflictStatus), default=ConflictStatus.OPEN
    )
    resolution: Mapped[ConflictResolution | None] = mapped_column(enum_type(ConflictResolution))
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __extra_args__ = (
        Index("ix_conflicts_row", "table_name", "row_id"),
        Index("ix_conflicts_participant", "participant_id"),
    )
