"""Tables only the server has: organisations, logins, devices, tokens, sync bookkeeping.

The domain tables come from ``coachapp.models`` (one schema for laptop and server).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coachapp.ids import uuid7
from coachapp.models.base import NAMING_CONVENTION, UTCDateTime, utcnow


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Organization(ServerBase):
    """A program (grantee). Everything else belongs to exactly one."""

    __tablename__ = "organizations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Account(ServerBase):
    """A login for a coach, supervisor or administrator (the person is ``coaches.id``)."""

    __tablename__ = "accounts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    org_id: Mapped[str] = mapped_column(String(36), index=True)
    coach_id: Mapped[str] = mapped_column(String(36), unique=True)
    username: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("org_id", "username"),)


class Device(ServerBase):
    """A laptop registered at a coach's first sign-in; revoking it wipes it at next contact."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    org_id: Mapped[str] = mapped_column(String(36), index=True)
    account_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(120))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The laptop's data key, AES-256-GCM under the server master key (nonce ‖ ciphertext).
    escrowed_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class RefreshToken(ServerBase):
    """One refresh token of a device's rotating chain; only its hash is stored."""

    __tablename__ = "refresh_tokens"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LoginThrottle(ServerBase):
    """Failed sign-ins per account and per client address, kept in the database so every
    app server behind the load balancer sees the same counts."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RevCounter(ServerBase):
    """The server-wide revision counter on SQLite (one row, one writer at a time). On
    PostgreSQL revisions come from the sequence ``server_revisions`` (``revisions``)."""

    __tablename__ = "rev_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncIndex(ServerBase):
    """The latest revision of every synced row, with who may see it — copied onto the entry, so
    a pull reads a coach's own entries through an index instead of joining every entry of
    the organisation to its participant (``server.storage.scope.pull_branches``)."""

    __tablename__ = "sync_index"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    org_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    #: The participant whose scope governs the row (None: org-wide, e.g. a lead or a task).
    participant_id: Mapped[str | None] = mapped_column(String(36))
    #: A second participant whose viewers may also pull the row: a possible-duplicate pair
    #: is seen by whoever sees either person. None for every other row.
    other_participant_id: Mapped[str | None] = mapped_column(String(36))
    #: The coach whose caseload holds the row: the participant's assigned coach; for a row
    #: with no participant, the coach it belongs to (task assignee, session facilitator).
    owner_coach_id: Mapped[str | None] = mapped_column(String(36))
    #: The participant's team; for a row with no participant, the team that shares it.
    team_id: Mapped[str | None] = mapped_column(String(36))
    #: Whether the team's coaches see it, not only its supervisors: the participant is shared
    #: with the team. Always true for a row with no participant that names a team.
    team_shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The row at this revision, as a pull carries it: its wire form as JSON (so a pull reads
    #: it from here, not every column of every row from its table), and whether it is a
    #: tombstone. None for entries written before these were kept: a pull reads that row.
    payload: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The device whose push answer held the row at this revision (None: any other change).
    #: That laptop already has the row; its pull after the push may leave it out.
    echo_device_id: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        UniqueConstraint("table_name", "row_id"),
        Index("ix_sync_index_org_seq", "org_id", "seq"),
        # A coach's and a team's entries: their ids are of one organisation, so these lead
        # with them alone — with no statistics yet (a new server), PostgreSQL then has no
        # reason to prefer ``ix_sync_index_org_seq`` and filter the whole organisation.
        Index("ix_sync_index_owner_seq", "owner_coach_id", "seq"),
        Index("ix_sync_index_team_seq", "team_id", "team_shared", "seq"),
        Index(
            "ix_sync_index_pairs_seq",
            "seq",
            postgresql_where=text("other_participant_id IS NOT NULL"),
            sqlite_where=text("other_participant_id IS NOT NULL"),
        ),
    )


class ScopeEvent(ServerBase):
    """A participant's visibility changed (reassigned, shared or unshared with a team)."""

    __tablename__ = "scope_events"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    org_id: Mapped[str] = mapped_column(String(36))
    participant_id: Mapped[str] = mapped_column(String(36))
    #: Who could see the participant before the change (they may need a "removed" entry).
    old_coach_id: Mapped[str | None] = mapped_column(String(36))
    old_team_id: Mapped[str | None] = mapped_column(String(36))
    old_shared_with_team: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_scope_events_org_seq", "org_id", "seq"),)


class ParticipantRedirect(ServerBase):
    """A participant merged into another: later changes aimed at the merged id go to the
    survivor. Always points at the final survivor (merging a survivor re-points these)."""

    __tablename__ = "participant_redirects"
    merged_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)
    org_id: Mapped[str] = mapped_column(String(36))
    merged_by: Mapped[str | None] = mapped_column(String(36))
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AppliedMutation(ServerBase):
    """Every mutation id the server has answered, with the answer: retries are idempotent.

    ``result`` is the answer without its row, which it names (``row_table``, ``row_id``): a
    retry gets the row as it stands then. Answers kept before that carry their ``row``.
    """

    __tablename__ = "applied_mutations"
    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    org_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ServerAuditEvent(ServerBase):
    """Logins, pulls and pushes (counts only), admin actions, restricted views reported."""

    __tablename__ = "server_audit"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    org_id: Mapped[str | None] = mapped_column(String(36), index=True)
    account_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
