"""The device whose push answer carried a row's latest revision (``sync_index.echo_device_id``).

A laptop that pushed a change already holds the row as the answer gave it; its next pull
may leave such rows out (``own_from``, see ``server.storage.pull``).

Revision ID: s0004
Revises: s0003
Create Date: 2026-11-23 12:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.add_column(sa.Column("echo_device_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.drop_column("echo_device_id")
