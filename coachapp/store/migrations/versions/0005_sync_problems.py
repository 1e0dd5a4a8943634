"""Changes the server refused, kept on the laptop until a person deals with them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 02:58:39.336285
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "sync_problems",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_problems")),
    )
    with op.batch_alter_table("sync_problems", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_problems_row_id"), ["row_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("sync_problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_problems_row_id"))

    op.drop_table("sync_problems")
