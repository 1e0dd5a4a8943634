"""Each index entry keeps the row as a pull carries it (``sync_index.payload``, ``deleted``).

A pull then reads a page from the index alone instead of every column of every row from
its table. Entries written before have no payload; a pull reads those rows from their tables
as before, so nothing needs rewriting here.

Revision ID: s0006
Revises: s0005
Create Date: 2026-11-24 00:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.add_column(sa.Column("payload", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.drop_column("deleted")
        batch.drop_column("payload")
