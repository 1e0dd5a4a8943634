"""Who may see a row, copied onto its index entry: a pull reads a coach's entries through an
index instead of joining every entry of the organisation to its participant.

Entries of a participant's records take the participant's assigned coach, team and sharing
(``owner_coach_id``, ``team_id``, the new ``team_shared``); entries with no participant keep
their owner and team, and a team named there always shares (as the pull already read them).

Revision ID: s0005
Revises: s0004
Create Date: 2026-11-23 23:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_index") as batch:
        batch.add_column(
            sa.Column("team_shared", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # Correlated subqueries rather than UPDATE … FROM: the same statement on both databases.
    op.execute(
        "UPDATE sync_index SET"
        " owner_coach_id = (SELECT p.assigned_coach_id FROM participants AS p"
        " WHERE p.id = sync_index.participant_id),"
        " team_id = (SELECT p.team_id FROM participants AS p"
        " WHERE p.id = sync_index.participant_id),"
        " team_shared = COALESCE((SELECT p.shared_with_team FROM participants AS p"
        " WHERE p.id = sync_index.participant_id), false)"
        " WHERE participant_id IS NOT NULL"
    )
    op.execute(
        "UPDATE sync_index SET team_shared = true"
        " WHERE participant_id IS NULL AND team_id IS NOT NULL"
    )
    # Nothing reads entries by participant any more; each index costs every write.
    op.drop_index("ix_sync_index_participant", table_name="sync_index")
    op.create_index("ix_sync_index_owner_seq", "sync_index", ["owner_coach_id", "seq"])
    op.create_index("ix_sync_index_team_seq", "sync_index", ["team_id", "team_shared", "seq"])
    op.create_index(
        "ix_sync_index_pairs_seq",
        "sync_index",
        ["seq"],
        postgresql_where=sa.text("other_participant_id IS NOT NULL"),
        sqlite_where=sa.text("other_participant_id IS NOT NULL"),
    )


def downgrade() -> None:
    # The copied owner and team stay: the release before reads a participant's records by
    # their participant only, and never looks at them.
    op.drop_index("ix_sync_index_pairs_seq", table_name="sync_index")
    op.drop_index("ix_sync_index_team_seq", table_name="sync_index")
    op.drop_index("ix_sync_index_owner_seq", table_name="sync_index")
    op.create_index("ix_sync_index_participant", "sync_index", ["participant_id"])
    with op.batch_alter_table("sync_index") as batch:
        batch.drop_column("team_shared")
