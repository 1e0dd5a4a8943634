"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 02:17:21.322561
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_events",
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "view_restricted",
                "export",
                name="audit_action",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_audit_events_participant", ["participant_id"], unique=False)
        batch_op.create_index("ix_audit_events_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "courses",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("provider", sa.String(length=160), nullable=False),
        sa.Column("occupation", sa.String(length=120), nullable=False),
        sa.Column("is_healthcare", sa.Boolean(), nullable=False),
        sa.Column("length_weeks", sa.Integer(), nullable=True),
        sa.Column("credential_name", sa.String(length=160), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
    )
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index("ix_courses_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "funding_sources",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "hpog",
                "tanf_dhs",
                "wioa",
                "other",
                name="funding_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_sources")),
    )
    with op.batch_alter_table("funding_sources", schema=None) as batch_op:
        batch_op.create_index("ix_funding_sources_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "partners",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column(
            "program",
            sa.Enum(
                "child_support",
                "child_welfare_prevention",
                "employment",
                "behavioral_health",
                "domestic_violence",
                "housing",
                "other",
                name="referral_program",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("requires_consent", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index("ix_partners_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "poverty_guidelines",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "region",
            sa.Enum(
                "contiguous",
                "AK",
                "HI",
                name="poverty_region",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("base_amount", sa.Integer(), nullable=False),
        sa.Column("per_extra_person", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poverty_guidelines")),
    )
    with op.batch_alter_table("poverty_guidelines", schema=None) as batch_op:
        batch_op.create_index("ix_poverty_guidelines_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_poverty_guidelines_year_region", ["year", "region"], unique=False)

    op.create_table(
        "service_types",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "childcare",
                "transportation",
                "car_repair",
                "tuition",
                "books_and_supplies",
                "housing",
                "utilities",
                "cash",
                "other",
                name="service_category",
                native_enum=False,
                create_constraint=True,
                length=26,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_types")),
    )
    with op.batch_alter_table("service_types", schema=None) as batch_op:
        batch_op.create_index("ix_service_types_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "teams",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
    )
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.create_index("ix_teams_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "coaches",
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "coach",
                "supervisor",
                "admin",
                name="coach_role",
                native_enum=False,
                create_constraint=True,
                length=18,
            ),
            nullable=False,
        ),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_coaches_team_id_teams"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaches")),
    )
    with op.batch_alter_table("coaches", schema=None) as batch_op:
        batch_op.create_index("ix_coaches_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_coaches_org_username", ["org_id", "username"], unique=False)

    op.create_table(
        "sites",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "dhs_branch",
                "tanf_office",
                "training_provider",
                "community",
                "other",
                name="site_kind",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=False,
        ),
        sa.Column("county", sa.String(length=80), nullable=True),
        sa.Column("address", sa.String(length=240), nullable=True),
        sa.Column("adopted_by_team_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["adopted_by_team_id"],
            ["teams.id"],
            name=op.f("fk_sites_adopted_by_team_id_teams"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
    )
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index("ix_sites_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "enrollment_goals",
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_enrollment_goals_site_id_sites"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_enrollment_goals_team_id_teams"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment_goals")),
    )
    with op.batch_alter_table("enrollment_goals", schema=None) as batch_op:
        batch_op.create_index("ix_enrollment_goals_org_rev", ["org_id", "rev"], unique=False)

    op.create_table(
        "info_sessions",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("facilitator_id", sa.String(length=36), nullable=True),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("attendance", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["coaches.id"],
            name=op.f("fk_info_sessions_facilitator_id_coaches"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_info_sessions_site_id_sites"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_info_sessions_team_id_teams"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_info_sessions")),
    )
    with op.batch_alter_table("info_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_info_sessions_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_info_sessions_site_held", ["site_id", "held_on"], unique=False)

    op.create_table(
        "participants",
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("middle_name", sa.String(length=100), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("name_key", sa.String(length=210), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address_line1", sa.String(length=160), nullable=True),
        sa.Column("address_line2", sa.String(length=160), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("postal_code", sa.String(length=10), nullable=True),
        sa.Column("preferred_language", sa.String(length=40), nullable=True),
        sa.Column(
            "gender",
            sa.Enum(
                "female",
                "male",
                "another",
                "not_reported",
                name="gender",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("hispanic_latino", sa.Boolean(), nullable=True),
        sa.Column("race", sa.String(length=120), nullable=True),
        sa.Column(
            "education_level",
            sa.Enum(
                "less_than_high_school",
                "high_school_or_ged",
                "some_college",
                "associate",
                "bachelor_or_higher",
                name="education_level",
                native_enum=False,
                create_constraint=True,
                length=29,
            ),
            nullable=True,
        ),
        sa.Column("veteran", sa.Boolean(), nullable=True),
        sa.Column("tanf_recipient", sa.Boolean(), nullable=False),
        sa.Column("tanf_case_number", sa.String(length=20), nullable=True),
        sa.Column("ivd_case_number", sa.String(length=20), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "lead",
                "applicant",
                "enrolled",
                "exited",
                name="participant_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("exited_on", sa.Date(), nullable=True),
        sa.Column(
            "exit_reason",
            sa.Enum(
                "completed_program",
                "employed",
                "moved",
                "lost_contact",
                "withdrew",
                "health_or_family",
                "other",
                name="exit_reason",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=True,
        ),
        sa.Column("recruitment_site_id", sa.String(length=36), nullable=True),
        sa.Column(
            "study_group",
            sa.Enum(
                "treatment",
                "control",
                "not_in_study",
                name="study_group",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("assigned_coach_id", sa.String(length=36), nullable=True),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("shared_with_team", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_coach_id"],
            ["coaches.id"],
            name=op.f("fk_participants_assigned_coach_id_coaches"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["recruitment_site_id"],
            ["sites.id"],
            name=op.f("fk_participants_recruitment_site_id_sites"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_participants_team_id_teams"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participants_coach_status", ["assigned_coach_id", "status"], unique=False
        )
        batch_op.create_index("ix_participants_ivd_case", ["ivd_case_number"], unique=False)
        batch_op.create_index(
            "ix_participants_last_first", ["last_name", "first_name"], unique=False
        )
        batch_op.create_index(
            "ix_participants_name_key_dob", ["name_key", "date_of_birth"], unique=False
        )
        batch_op.create_index("ix_participants_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_participants_tanf_case", ["tanf_case_number"], unique=False)

    op.create_table(
        "activity_hours",
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column(
            "activity",
            sa.Enum(
                "unsubsidized_employment",
                "subsidized_private_employment",
                "subsidized_public_employment",
                "work_experience",
                "on_the_job_training",
                "job_search",
                "community_service",
                "vocational_training",
                "job_skills_training",
                "education_related_to_employment",
                "secondary_school",
                "childcare_for_community_service",
                "other",
                name="tanf_activity",
                native_enum=False,
                create_constraint=True,
                length=39,
            ),
            nullable=False,
        ),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_activity_hours_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_hours")),
    )
    with op.batch_alter_table("activity_hours", schema=None) as batch_op:
        batch_op.create_index("ix_activity_hours_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_activity_hours_participant", ["participant_id"], unique=False)
        batch_op.create_index(
            "ix_activity_hours_participant_week", ["participant_id", "week_start"], unique=False
        )

    op.create_table(
        "barriers",
        sa.Column(
            "category",
            sa.Enum(
                "transportation",
                "childcare",
                "housing",
                "financial",
                "education",
                "language",
                "legal",
                "physical_health",
                "disability",
                "substance_use",
                "mental_health",
                "domestic_violence",
                "other",
                name="barrier_category",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=False,
        ),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("identified_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_barriers_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barriers")),
    )
    with op.batch_alter_table("barriers", schema=None) as batch_op:
        batch_op.create_index("ix_barriers_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_barriers_participant", ["participant_id"], unique=False)

    op.create_table(
        "case_notes",
        sa.Column("contact_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "phone",
                "video",
                "text",
                "email",
                name="contact_mode",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["coaches.id"],
            name=op.f("fk_case_notes_author_id_coaches"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_case_notes_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_case_notes_site_id_sites"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.create_index("ix_case_notes_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_case_notes_participant", ["participant_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column(
            "scope",
            sa.Enum(
                "share_information",
                "make_referral",
                "share_and_refer",
                name="consent_scope",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=False,
        ),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_consents_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_consents_partner_id_partners"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_consents_participant", ["participant_id"], unique=False)

    op.create_table(
        "eligibility_assessments",
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("guideline_year", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("household_size", sa.Integer(), nullable=False),
        sa.Column("annual_income_cents", sa.Integer(), nullable=False),
        sa.Column("percent_of_poverty", sa.Float(), nullable=False),
        sa.Column("threshold_percent", sa.Integer(), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_eligibility_assessments_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eligibility_assessments")),
    )
    with op.batch_alter_table("eligibility_assessments", schema=None) as batch_op:
        batch_op.create_index("ix_eligibility_assessments_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index(
            "ix_eligibility_assessments_participant", ["participant_id"], unique=False
        )

    op.create_table(
        "employments",
        sa.Column("employer", sa.String(length=160), nullable=False),
        sa.Column("occupation", sa.String(length=120), nullable=False),
        sa.Column("job_title", sa.String(length=120), nullable=True),
        sa.Column("is_healthcare", sa.Boolean(), nullable=False),
        sa.Column("hourly_wage_cents", sa.Integer(), nullable=False),
        sa.Column("weekly_hours", sa.Float(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("advanced_position", sa.Boolean(), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_employments_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employments")),
    )
    with op.batch_alter_table("employments", schema=None) as batch_op:
        batch_op.create_index("ix_employments_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_employments_participant", ["participant_id"], unique=False)

    op.create_table(
        "households",
        sa.Column("parents_in_unit", sa.Integer(), nullable=False),
        sa.Column("federal_childcare", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_households_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.create_index("ix_households_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_households_participant", ["participant_id"], unique=False)

    op.create_table(
        "leads",
        sa.Column("info_session_id", sa.String(length=36), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("tanf_recipient", sa.Boolean(), nullable=False),
        sa.Column("interested_course_id", sa.String(length=36), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "contacted",
                "converted",
                "not_interested",
                name="lead_status",
                native_enum=False,
                create_constraint=True,
                length=22,
            ),
            nullable=False,
        ),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("assigned_coach_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_coach_id"],
            ["coaches.id"],
            name=op.f("fk_leads_assigned_coach_id_coaches"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["info_session_id"],
            ["info_sessions.id"],
            name=op.f("fk_leads_info_session_id_info_sessions"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["interested_course_id"],
            ["courses.id"],
            name=op.f("fk_leads_interested_course_id_courses"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_leads_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index("ix_leads_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_leads_session", ["info_session_id"], unique=False)

    op.create_table(
        "support_services",
        sa.Column("service_type_id", sa.String(length=36), nullable=False),
        sa.Column("funding_source_id", sa.String(length=36), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "approved",
                "paid",
                "denied",
                "cancelled",
                name="service_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("vendor", sa.String(length=160), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("duplicate_of_id", sa.String(length=36), nullable=True),
        sa.Column("duplicate_reason", sa.Text(), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_sources.id"],
            name=op.f("fk_support_services_funding_source_id_funding_sources"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_support_services_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["service_type_id"],
            ["service_types.id"],
            name=op.f("fk_support_services_service_type_id_service_types"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_services")),
    )
    with op.batch_alter_table("support_services", schema=None) as batch_op:
        batch_op.create_index("ix_support_services_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_support_services_participant", ["participant_id"], unique=False)
        batch_op.create_index(
            "ix_support_services_participant_type",
            ["participant_id", "service_type_id"],
            unique=False,
        )

    op.create_table(
        "tasks",
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("assigned_to_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "cancelled",
                name="task_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"],
            ["coaches.id"],
            name=op.f("fk_tasks_assigned_to_id_coaches"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_tasks_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tasks_assignee_status_due", ["assigned_to_id", "status", "due_on"], unique=False
        )
        batch_op.create_index("ix_tasks_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_tasks_participant", ["participant_id"], unique=False)

    op.create_table(
        "training_enrollments",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("expected_end_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "enrolled",
                "completed",
                "withdrawn",
                "failed",
                name="training_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("credential_name", sa.String(length=160), nullable=True),
        sa.Column("credential_earned_on", sa.Date(), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_training_enrollments_course_id_courses"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_training_enrollments_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_enrollments")),
    )
    with op.batch_alter_table("training_enrollments", schema=None) as batch_op:
        batch_op.create_index("ix_training_enrollments_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index(
            "ix_training_enrollments_participant", ["participant_id"], unique=False
        )

    op.create_table(
        "household_members",
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "custodial_parent",
                "non_custodial_parent",
                "child",
                "relative_caregiver",
                "other",
                name="household_role",
                native_enum=False,
                create_constraint=True,
                length=28,
            ),
            nullable=False,
        ),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("relationship", sa.String(length=60), nullable=True),
        sa.Column("lives_in_household", sa.Boolean(), nullable=False),
        sa.Column("ivd_case_number", sa.String(length=20), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_members_household_id_households"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_household_members_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
    )
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index("ix_household_members_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_household_members_participant", ["participant_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column(
            "program",
            sa.Enum(
                "child_support",
                "child_welfare_prevention",
                "employment",
                "behavioral_health",
                "domestic_violence",
                "housing",
                "other",
                name="referral_program",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("follow_up_owner", sa.String(length=120), nullable=False),
        sa.Column(
            "follow_up_role",
            sa.Enum(
                "hpog_career_coach",
                "dhs_family_coach",
                "partner_agency",
                "participant",
                name="follow_up_role",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=False,
        ),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "completed",
                "declined",
                "cancelled",
                name="referral_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("partner_case_number", sa.String(length=20), nullable=True),
        sa.Column("consent_id", sa.String(length=36), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_referrals_consent_id_consents"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_referrals_participant_id_participants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_referrals_partner_id_partners"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_org_rev", ["org_id", "rev"], unique=False)
        batch_op.create_index("ix_referrals_participant", ["participant_id"], unique=False)
        batch_op.create_index("ix_referrals_status_due", ["status", "due_on"], unique=False)

    op.create_table(
        "local_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_settings")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("base_rev", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_outbox_mutation_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_row_id"), ["row_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_row_id"))

    op.drop_table("outbox")
    op.drop_table("local_settings")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index("ix_referrals_status_due")
        batch_op.drop_index("ix_referrals_participant")
        batch_op.drop_index("ix_referrals_org_rev")

    op.drop_table("referrals")
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index("ix_household_members_participant")
        batch_op.drop_index("ix_household_members_org_rev")

    op.drop_table("household_members")
    with op.batch_alter_table("training_enrollments", schema=None) as batch_op:
        batch_op.drop_index("ix_training_enrollments_participant")
        batch_op.drop_index("ix_training_enrollments_org_rev")

    op.drop_table("training_enrollments")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_participant")
        batch_op.drop_index("ix_tasks_org_rev")
        batch_op.drop_index("ix_tasks_assignee_status_due")

    op.drop_table("tasks")
    with op.batch_alter_table("support_services", schema=None) as batch_op:
        batch_op.drop_index("ix_support_services_participant_type")
        batch_op.drop_index("ix_support_services_participant")
        batch_op.drop_index("ix_support_services_org_rev")

    op.drop_table("support_services")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_session")
        batch_op.drop_index("ix_leads_org_rev")

    op.drop_table("leads")
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.drop_index("ix_households_participant")
        batch_op.drop_index("ix_households_org_rev")

    op.drop_table("households")
    with op.batch_alter_table("employments", schema=None) as batch_op:
        batch_op.drop_index("ix_employments_participant")
        batch_op.drop_index("ix_employments_org_rev")

    op.drop_table("employments")
    with op.batch_alter_table("eligibility_assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_eligibility_assessments_participant")
        batch_op.drop_index("ix_eligibility_assessments_org_rev")

    op.drop_table("eligibility_assessments")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index("ix_consents_participant")
        batch_op.drop_index("ix_consents_org_rev")

    op.drop_table("consents")
    with op.batch_alter_table("case_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_case_notes_participant")
        batch_op.drop_index("ix_case_notes_org_rev")

    op.drop_table("case_notes")
    with op.batch_alter_table("barriers", schema=None) as batch_op:
        batch_op.drop_index("ix_barriers_participant")
        batch_op.drop_index("ix_barriers_org_rev")

    op.drop_table("barriers")
    with op.batch_alter_table("activity_hours", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_hours_participant_week")
        batch_op.drop_index("ix_activity_hours_participant")
        batch_op.drop_index("ix_activity_hours_org_rev")

    op.drop_table("activity_hours")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index("ix_participants_tanf_case")
        batch_op.drop_index("ix_participants_org_rev")
        batch_op.drop_index("ix_participants_name_key_dob")
        batch_op.drop_index("ix_participants_last_first")
        batch_op.drop_index("ix_participants_ivd_case")
        batch_op.drop_index("ix_participants_coach_status")

    op.drop_table("participants")
    with op.batch_alter_table("info_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_info_sessions_site_held")
        batch_op.drop_index("ix_info_sessions_org_rev")

    op.drop_table("info_sessions")
    with op.batch_alter_table("enrollment_goals", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollment_goals_org_rev")

    op.drop_table("enrollment_goals")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_index("ix_sites_org_rev")

    op.drop_table("sites")
    with op.batch_alter_table("coaches", schema=None) as batch_op:
        batch_op.drop_index("ix_coaches_org_username")
        batch_op.drop_index("ix_coaches_org_rev")

    op.drop_table("coaches")
    with op.batch_alter_table("teams", schema=None) as batch_op:
        batch_op.drop_index("ix_teams_org_rev")

    op.drop_table("teams")
    with op.batch_alter_table("service_types", schema=None) as batch_op:
        batch_op.drop_index("ix_service_types_org_rev")

    op.drop_table("service_types")
    with op.batch_alter_table("poverty_guidelines", schema=None) as batch_op:
        batch_op.drop_index("ix_poverty_guidelines_year_region")
        batch_op.drop_index("ix_poverty_guidelines_org_rev")

    op.drop_table("poverty_guidelines")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index("ix_partners_org_rev")

    op.drop_table("partners")
    with op.batch_alter_table("funding_sources", schema=None) as batch_op:
        batch_op.drop_index("ix_funding_sources_org_rev")

    op.drop_table("funding_sources")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_index("ix_courses_org_rev")

    op.drop_table("courses")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_record")
        batch_op.drop_index("ix_audit_events_participant")
        batch_op.drop_index("ix_audit_events_org_rev")

    op.drop_table("audit_events")
