"""Index every foreign-key column, and key the search index by participant.

SQLite checks deferred foreign keys by looking up child rows by the key column; without an
index that is a scan of the whole (encrypted) table for every parent row written. The search
index gets a key table so updating one participant's entry no longer scans it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 02:44:20.051189
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


_KEYS = """
CREATE TABLE participant_search_keys (
    search_rowid INTEGER PRIMARY KEY,
    participant_id VARCHAR(36) NOT NULL UNIQUE
)
"""


def upgrade() -> None:
    op.execute(_KEYS)
    op.execute(
        "INSERT INTO participant_search_keys (search_rowid, participant_id) "
        "SELECT rowid, participant_id FROM participant_search"
    )
    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.create_index("ix_case_notes_author_id", ["author_id"], unique=False)
        batch_op.create_index("ix_case_notes_site_id", ["site_id"], unique=False)

    with op.batch_alter_table("coaches", schema=None) as batch_op:
        batch_op.create_index("ix_coaches_team_id", ["team_id"], unique=False)

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_partner_id", ["partner_id"], unique=False)

    with op.batch_alter_table("enrollment_goals", schema=None) as batch_op:
        batch_op.create_index("ix_enrollment_goals_site_id", ["site_id"], unique=False)
        batch_op.create_index("ix_enrollment_goals_team_id", ["team_id"], unique=False)

    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index("ix_household_members_household_id", ["household_id"], unique=False)

    with op.batch_alter_table("info_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_info_sessions_facilitator_id", ["facilitator_id"], unique=False)
        batch_op.create_index("ix_info_sessions_team_id", ["team_id"], unique=False)

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index("ix_leads_assigned_coach_id", ["assigned_coach_id"], unique=False)
        batch_op.create_index(
            "ix_leads_interested_course_id", ["interested_course_id"], unique=False
        )
        batch_op.create_index("ix_leads_participant_id", ["participant_id"], unique=False)

    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participants_recruitment_site_id", ["recruitment_site_id"], unique=False
        )
        batch_op.create_index("ix_participants_team_id", ["team_id"], unique=False)

    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_consent_id", ["consent_id"], unique=False)
        batch_op.create_index("ix_referrals_partner_id", ["partner_id"], unique=False)

    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index("ix_sites_adopted_by_team_id", ["adopted_by_team_id"], unique=False)

    with op.batch_alter_table("support_services", schema=None) as batch_op:
        batch_op.create_index(
            "ix_support_services_funding_source_id", ["funding_source_id"], unique=False
        )
        batch_op.create_index(
            "ix_support_services_service_type_id", ["service_type_id"], unique=False
        )

    with op.batch_alter_table("training_enrollments", schema=None) as batch_op:
        batch_op.create_index("ix_training_enrollments_course_id", ["course_id"], unique=False)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS participant_search_keys")
    with op.batch_alter_table("training_enrollments", schema=None) as batch_op:
        batch_op.drop_index("ix_training_enrollments_course_id")

    with op.batch_alter_table("support_services", schema=None) as batch_op:
        batch_op.drop_index("ix_support_services_service_type_id")
        batch_op.drop_index("ix_support_services_funding_source_id")

    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_index("ix_sites_adopted_by_team_id")

    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_partner_id")
        batch_op.drop_index("ix_referrals_consent_id")

    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index("ix_participants_team_id")
        batch_op.drop_index("ix_participants_recruitment_site_id")

    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_participant_id")
        batch_op.drop_index("ix_leads_interested_course_id")
        batch_op.drop_index("ix_leads_assigned_coach_id")

    with op.batch_alter_table("info_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_info_sessions_team_id")
        batch_op.drop_index("ix_info_sessions_facilitator_id")

    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index("ix_household_members_household_id")

    with op.batch_alter_table("enrollment_goals", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollment_goals_team_id")
        batch_op.drop_index("ix_enrollment_goals_site_id")

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index("ix_consents_partner_id")

    with op.batch_alter_table("coaches", schema=None) as batch_op:
        batch_op.drop_index("ix_coaches_team_id")

    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_case_notes_site_id")
        batch_op.drop_index("ix_case_notes_author_id")
