"""Possible duplicates: two participant records that may be one person, flagged by the server.

Made by the server after a push (same TANF or IV-D case number, or the same name and date of
birth), pulled by everyone who can see either person, and decided through the server's API —
merged into one record or marked "not the same person", which is remembered.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, SyncedMixin, UTCDateTime, enum_type


class DuplicateReason(StrEnum):
    SAME_TANF_CASE = "same_tanf_case"
    SAME_IVD_CASE = "same_ivd_case"
    SAME_NAME_AND_BIRTH_DATE = "same_name_and_birth_date"


class DuplicateStatus(StrEnum):
    OPEN = "open"
    MERGED = "merged"
    NOT_SAME_PERSON = "not_same_person"


class PossibleDuplicate(SyncedMixin, Base):
    """A pair of participants that may be the same person (``participant_a_id`` < ``_b_id``).

    The participant ids are plain columns, not foreign keys: a coach may see only one of the
    two people, so the other record is not on their laptop.
    """

    __tablename__ = "possible_duplicates"
    participant_a_id: Mapped[str] = mapped_column(String(36))
    participant_b_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[DuplicateReason] = mapped_column(enum_type(DuplicateReason))
    status: Mapped[DuplicateStatus] = mapped_column(
        enum_type(DuplicateStatus), default=DuplicateStatus.OPEN
    )
    decided_by: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: For a merged pair: the record that was kept (the other is a tombstone).
    survivor_id: Mapped[str | None] = mapped_column(String(36))
    __extra_args__ = (
        UniqueConstraint("org_id", "participant_a_id", "participant_b_id"),
        Index("ix_possible_duplicates_a", "participant_a_id"),
        Index("ix_possible_duplicates_b", "participant_b_id"),
    )
