"""Progress toward a health career: training, credentials, jobs and TANF activity hours."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coachapp.models.base import Base, ParticipantOwnedMixin, SyncedMixin, enum_type, fk
from coachapp.models.enums import TrainingStatus
from coachapp.rules.work_participation import TanfActivity


class TrainingEnrollment(ParticipantOwnedMixin, SyncedMixin, Base):
    """A course the participant is taking, and the credential it led to."""

    __tablename__ = "training_enrollments"
    course_id: Mapped[str] = mapped_column(fk("courses.id"))
    started_on: Mapped[date] = mapped_column(Date)
    expected_end_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[TrainingStatus] = mapped_column(
        enum_type(TrainingStatus), default=TrainingStatus.ENROLLED
    )
    credential_name: Mapped[str | None] = mapped_column(String(160))
    credential_earned_on: Mapped[date | None] = mapped_column(Date)
    # Completions and credentials of a participant, answered from the index alone (SQLite
    # only: see 0007).
    __extra_args__ = (
        Index(
            "ix_training_enrollments_reports",
            "participant_id",
            "deleted",
            "status",
            "ended_on",
            "expected_end_on",
            "credential_earned_on",
        ).ddl_if(dialect="sqlite"),
    )


class Employment(ParticipantOwnedMixin, SyncedMixin, Base):
    """A job: employer, occupation, whether it is in healthcare, wage and hours."""

    __tablename__ = "employments"
    employer: Mapped[str] = mapped_column(String(160))
    occupation: Mapped[str] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(120))
    is_healthcare: Mapped[bool] = mapped_column(Boolean, default=False)
    hourly_wage_cents: Mapped[int] = mapped_column(Integer)
    weekly_hours: Mapped[float] = mapped_column(Float)
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    #: A promotion or move to a higher position with the same employer.
    advanced_position: Mapped[bool] = mapped_column(Boolean, default=False)


class ActivityHours(ParticipantOwnedMixin, SyncedMixin, Base):
    """Hours of one TANF work activity in one week (week starts on Monday)."""

    __tablename__ = "activity_hours"
    week_start: Mapped[date] = mapped_column(Date)
    activity: Mapped[TanfActivity] = mapped_column(enum_type(TanfActivity))
    hours: Mapped[float] = mapped_column(Float)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    __extra_args__ = (
        Index("ix_activity_hours_participant_week", "participant_id", "week_start"),
        # Work participation adds up each participant-week from this index, in its order
        # (SQLite only: see 0007).
        Index(
            "ix_activity_hours_reports",
            "week_start",
            "participant_id",
            "activity",
            "deleted",
            "hours",
        ).ddl_if(dialect="sqlite"),
    )


__all__ = ["ActivityHours", "Employment", "TrainingEnrollment"]
