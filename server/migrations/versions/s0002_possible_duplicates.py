"""Possible duplicates, redirects from merged participants, and pairs in the sync index.

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-23 03:13:05.310704
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
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
    op.create_index(
        "ix_possible_duplicates_a", "possible_duplicates", ["participant_a_id"], unique=False
    )
    op.create_index(
        "ix_possible_duplicates_b", "possible_duplicates", ["participant_b_id"], unique=False
    )
    op.create_index(
        "ix_possible_duplicates_org_rev", "possible_duplicates", ["org_id", "rev"], unique=False
    )
    op.create_table(
        "participant_redirects",
        sa.Column("merged_id", sa.String(length=36), nullable=False),
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("merged_by", sa.String(length=36), nullable=True),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("merged_id", name=op.f("pk_participant_redirects")),
    )
    op.create_index(
        op.f("ix_participant_redirects_survivor_id"),
        "participant_redirects",
        ["survivor_id"],
        unique=False,
    )
    op.add_column(
        "sync_index", sa.Column("other_participant_id", sa.String(length=36), nullable=True)
    )


def downgrade() -> None:
    op.drop_column("sync_index", "other_participant_id")
    op.drop_index(op.f("ix_participant_redirects_survivor_id"), table_name="participant_redirects")
    op.drop_table("participant_redirects")
    op.drop_index("ix_possible_duplicates_org_rev", table_name="possible_duplicates")
    op.drop_index("ix_possible_duplicates_b", table_name="possible_duplicates")
    op.drop_index("ix_possible_duplicates_a", table_name="possible_duplicates")
    op.drop_table("possible_duplicates")
