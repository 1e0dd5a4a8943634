"""Declarative base and the columns every synced row carries (DESIGN §3)."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, DateTime, Enum, ForeignKey, Index, MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from coachapp.ids import uuid7

# Stable constraint names, so Alembic migrations on SQLite (batch mode) and PostgreSQL
# can name what they alter.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC timestamp on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def enum_type(enum_cls: type[enum.Enum]) -> Enum:
    """A portable enum: VARCHAR with a CHECK constraint holding the enum's values."""
    return Enum(
        enum_cls,
        name=_snake(enum_cls.__name__),
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(str(m.value)) for m in enum_cls) + 8,
        values_callable=lambda cls: [str(m.value) for m in cls],
    )


def _snake(name: str) -> str:
    out = [name[0].lower()]
    for ch in name[1:]:
        out.append("_" + ch.lower() if ch.isupper() else ch)
    return "".join(out)


def fk(target: str) -> ForeignKey:
    """A foreign key checked at commit, so a sync page may bring a child before its parent."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Base(DeclarativeBase):
    """Tables shared by the laptop and the server."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedMixin:
    """The sync columns of DESIGN §3.

    ``rev`` is the server's revision (0 until the server first accepts the row);
    ``deleted`` is a tombstone, so a delete travels like any other change.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    org_id: Mapped[str] = mapped_column(String(36), nullable=False)
    rev: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(36))

    def __init__(self, **kwargs: Any) -> None:
        # The id is made on the device at construction, so children can point at a parent
        # before anything is flushed.
        kwargs.setdefault("id", uuid7())
        super().__init__(**kwargs)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        name = cls.__tablename__  # type: ignore[attr-defined]
        args: list[Any] = [Index(f"ix_{name}_org_rev", "org_id", "rev")]
        if isinstance(cls, type) and issubclass(cls, ParticipantOwnedMixin):
            args.append(Index(f"ix_{name}_participant", "participant_id"))
        args.extend(getattr(cls, "__extra_args__", ()))
        return tuple(args)


class ParticipantOwnedMixin:
    """A record that belongs to one participant and travels with them (scope, merge)."""

    @declared_attr
    def participant_id(cls) -> Mapped[str]:
        return mapped_column(String(36), fk("participants.id"), nullable=False)


#: Columns managed by the sync machinery rather than by a coach's edit.
SYNC_COLUMNS = frozenset(
    {"id", "org_id", "rev", "deleted", "created_at", "updated_at", "updated_by"}
)
