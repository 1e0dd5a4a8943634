"""Revisions from a PostgreSQL sequence (pushes no longer queue on one counter row).

The sequence continues from the counter, so every revision already handed out stays below
the new ones. SQLite keeps the counter row (it has one writer at a time anyway).

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-23 06:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE SEQUENCE server_revisions AS bigint MINVALUE 1 NO CYCLE")
    op.execute(
        "SELECT setval('server_revisions', greatest(coalesce(max(value), 0), 1),"
        " coalesce(max(value), 0) > 0) FROM rev_counter"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        sa.text(
            "UPDATE rev_counter SET value = (SELECT CASE WHEN is_called THEN last_value"
            " ELSE 0 END FROM server_revisions)"
        )
    )
    op.execute("DROP SEQUENCE server_revisions")
