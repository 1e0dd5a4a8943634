"""Possible duplicates: pairs of participants the server thinks may be one person.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 03:12:58.898956
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "possible_duplicates",
        sa.Column("participant_a_id", sa.String(length=36), nullable=False),
        sa.Column("participant_b_id", sa.String(length=36), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "same_tanf_case",
                "same_ivd_case",
                "same_name_and_birth_date",
                name="duplicate_reason",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "merged",
                "not_same_person",
                name="duplicate_status",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("survivor_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_possible_duplicates")),
        sa.UniqueConstraint(
            "org_id",
            "participant_a_id",
            "participant_b_id",
            name=op.f("uq_possible_duplicates_org_id_participant_a_id_participant_b_id"),
        ),
    )
    with op.batch_alter_table("possible_duplicates", schema=None) as batch_op:
        batch_op.create_index("ix_possible_duplicates_a", ["participant_a_id"], unique=False)
        batch_op.create_index("ix_possible_duplicates_b", ["participant_b_id"], unique=False)
        batch_op.create_index("ix_possible_duplicates_org_rev", ["org_id", "rev"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("possible_duplicates", schema=None) as batch_op:
        batch_op.drop_index("ix_possible_duplicates_org_rev")
        batch_op.drop_index("ix_possible_duplicates_b")
        batch_op.drop_index("ix_possible_duplicates_a")

    op.drop_table("possible_duplicates")
