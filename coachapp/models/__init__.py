"""The domain tables (SQLAlchemy 2 typed ORM), shared by the laptop and the server."""

from __future__ import annotations

from coachapp.models.audit import AuditEvent
from coachapp.models.base import (
    SYNC_COLUMNS,
    Base,
    ParticipantOwnedMixin,
    SyncedMixin,
    UTCDateTime,
    utcnow,
)
from coachapp.models.casework import CaseNote, Referral, SupportService, Task
from coachapp.models.conflict import Conflict
from coachapp.models.duplicates import DuplicateReason, DuplicateStatus, PossibleDuplicate
from coachapp.models.outreach import InfoSession, Lead
from coachapp.models.participant import (
    Barrier,
    Consent,
    EligibilityAssessment,
    Household,
    HouseholdMember,
    Participant,
)
from coachapp.models.progress import ActivityHours, Employment, TrainingEnrollment
from coachapp.models.reference import (
    Coach,
    Course,
    EnrollmentGoal,
    FundingSource,
    Partner,
    PovertyGuideline,
    ServiceType,
    Site,
    Team,
)

#: Edited on the server, pulled by laptops.
REFERENCE_MODELS: tuple[type[SyncedMixin], ...] = (
    Team,
    Coach,
    Site,
    Partner,
    Course,
    ServiceType,
    FundingSource,
    EnrollmentGoal,
    PovertyGuideline,
)

#: Records that belong to one participant and move with them.
PARTICIPANT_OWNED_MODELS: tuple[type[SyncedMixin], ...] = (
    Household,
    HouseholdMember,
    EligibilityAssessment,
    Consent,
    Barrier,
    SupportService,
    Referral,
    CaseNote,
    TrainingEnrollment,
    Employment,
    ActivityHours,
)

#: Every table that syncs, by table name, in an order where parents come before children.
_ALL_SYNCED: tuple[type[SyncedMixin], ...] = (
    *REFERENCE_MODELS,
    Participant,
    # After participants (it names two of them); before their children, like a header.
    PossibleDuplicate,
    *PARTICIPANT_OWNED_MODELS,
    Task,
    InfoSession,
    Lead,
    AuditEvent,
    Conflict,
)


def _index_foreign_keys() -> None:
    """Give every foreign-key column an index unless one already starts with it.

    SQLite checks deferred foreign keys by looking up the child rows of every parent row
    written; without an index that is a full scan — and under SQLCipher, a full decrypt.
    """
    from sqlalchemy import Index

    for table in Base.metadata.tables.values():
        # An index made on one database only (the laptop's report indexes) does not count:
        # the others need the key's own.
        leading = {
            next(iter(ix.columns)).name
            for ix in table.indexes
            if ix.columns and getattr(ix, "_ddl_if", None) is None
        }
        for column in table.columns:
            if column.foreign_keys and column.name not in leading:
                Index(f"ix_{table.name}_{column.name}", column)
                leading.add(column.name)


_index_foreign_keys()

SYNCED_MODELS: dict[str, type[SyncedMixin]] = {
    m.__tablename__: m  # type: ignore[attr-defined]
    for m in _ALL_SYNCED
}

__all__ = [
    "PARTICIPANT_OWNED_MODELS",
    "REFERENCE_MODELS",
    "SYNCED_MODELS",
    "SYNC_COLUMNS",
    "ActivityHours",
    "AuditEvent",
    "Barrier",
    "Base",
    "CaseNote",
    "Coach",
    "Conflict",
    "Consent",
    "Course",
    "DuplicateReason",
    "DuplicateStatus",
    "EligibilityAssessment",
    "Employment",
    "EnrollmentGoal",
    "FundingSource",
    "Household",
    "HouseholdMember",
    "InfoSession",
    "Lead",
    "Participant",
    "ParticipantOwnedMixin",
    "Partner",
    "PossibleDuplicate",
    "PovertyGuideline",
    "Referral",
    "ServiceType",
    "Site",
    "SupportService",
    "SyncedMixin",
    "Task",
    "Team",
    "TrainingEnrollment",
    "UTCDateTime",
    "utcnow",
]
