"""Local-only tables: the outbox of changes waiting to be pushed, and the store's own settings.

An outbox entry is written in the same transaction as the change it describes
(see ``coachapp.store.changes``), so a crash can never separate the two.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, MetaData, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from coachapp.models.base import NAMING_CONVENTION, UTCDateTime, utcnow


class LocalBase(DeclarativeBase):
    """Tables that exist only on the laptop and never sync."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OutboxEntry(LocalBase):
    """One local mutation waiting for the server: what changed, and what it was based on."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))  # "upsert" or "delete"
    #: New values of the fields this mutation sets, JSON-encoded (coachapp.models.wire).
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: The values those fields had before the change: the base of a three-way merge.
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_rev: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LocalSetting(LocalBase):
    """Small facts about this store: which device, which coach, which org, sync cursors."""

    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def pending(session: Session, *, limit: int | None = None) -> list[OutboxEntry]:
    """Outbox entries in the order they were made."""
    stmt = select(OutboxEntry).order_by(OutboxEntry.seq)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def has_pending(session: Session, *, table_name: str, row_id: str) -> bool:
    """Whether this row has changes not yet pushed (the "unsynced" mark in its header)."""
    stmt = select(OutboxEntry.seq).where(
        OutboxEntry.row_id == row_id, OutboxEntry.table_name == table_name
    )
    return session.scalar(stmt.limit(1)) is not None


class SyncProblem(LocalBase):
    """A change the server refused. Kept (with what it tried to set) until a person acts on
    it, so nothing a coach typed is dropped without being shown."""

    __tablename__ = "sync_problems"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
