"""Conflicts kept for a person to resolve (made by the server's three-way merge, pulled here).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 02:30:07.830861
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "conflicts",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field_name", sa.String(length=60), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("base_value", sa.Text(), nullable=False),
        sa.Column("server_value", sa.Text(), nullable=False),
        sa.Column("client_value", sa.Text(), nullable=False),
        sa.Column("server_author_id", sa.String(length=36), nullable=True),
        sa.Column("server_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("client_author_id", sa.String(length=36), nullable=True),
        sa.Column("client_device_id", sa.String(length=36), nullable=True),
        sa.Column("client_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "resolved",
                name="conflict_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "resolution",
            sa.Enum(
                "kept_server",
                "kept_client",
                "new_value",
                name="conflict_resolution",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=True,
        ),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_conflicts_participant", ["participant_id"], unique=False)
        batch_op.create_index("ix_conflicts_row", ["table_name", "row_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_row")
        batch_op.drop_index("ix_conflicts_participant")
        batch_op.drop_index("ix_conflicts_org_rev")

    op.drop_table("conflicts")
