"""Initial server schema: the shared domain tables and the server's own.

Revision ID: s0001
Revises:
Create Date: 2026-11-23 02:45:23.467100
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
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
    op.create_index("ix_audit_events_org_rev", "audit_events", ["org_id", "rev"], unique=False)
    op.create_index("ix_audit_events_participant", "audit_events", ["participant_id"], unique=False)
    op.create_index(
        "ix_audit_events_record", "audit_events", ["table_name", "record_id"], unique=False
    )
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
    op.create_index("ix_conflicts_org_rev", "conflicts", ["org_id", "rev"], unique=False)
    op.create_index("ix_conflicts_participant", "conflicts", ["participant_id"], unique=False)
    op.create_index("ix_conflicts_row", "conflicts", ["table_name", "row_id"], unique=False)
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
    op.create_index("ix_courses_org_rev", "courses", ["org_id", "rev"], unique=False)
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
    op.create_index(
        "ix_funding_sources_org_rev", "funding_sources", ["org_id", "rev"], unique=False
    )
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
    op.create_index("ix_partners_org_rev", "partners", ["org_id", "rev"], unique=False)
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
    op.create_index(
        "ix_poverty_guidelines_org_rev", "poverty_guidelines", ["org_id", "rev"], unique=False
    )
    op.create_index(
        "ix_poverty_guidelines_year_region", "poverty_guidelines", ["year", "region"], unique=False
    )
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
    op.create_index("ix_service_types_org_rev", "service_types", ["org_id", "rev"], unique=False)
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
    op.create_index("ix_teams_org_rev", "teams", ["org_id", "rev"], unique=False)
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
    op.create_index("ix_coaches_org_rev", "coaches", ["org_id", "rev"], unique=False)
    op.create_index("ix_coaches_org_username", "coaches", ["org_id", "username"], unique=False)
    op.create_index("ix_coaches_team_id", "coaches", ["team_id"], unique=False)
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
    op.create_index("ix_sites_adopted_by_team_id", "sites", ["adopted_by_team_id"], unique=False)
    op.create_index("ix_sites_org_rev", "sites", ["org_id", "rev"], unique=False)
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
    op.create_index(
        "ix_enrollment_goals_org_rev", "enrollment_goals", ["org_id", "rev"], unique=False
    )
    op.create_index("ix_enrollment_goals_site_id", "enrollment_goals", ["site_id"], unique=False)
    op.create_index("ix_enrollment_goals_team_id", "enrollment_goals", ["team_id"], unique=False)
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
    op.create_index(
        "ix_info_sessions_facilitator_id", "info_sessions", ["facilitator_id"], unique=False
    )
    op.create_index("ix_info_sessions_org_rev", "info_sessions", ["org_id", "rev"], unique=False)
    op.create_index(
        "ix_info_sessions_site_held", "info_sessions", ["site_id", "held_on"], unique=False
    )
    op.create_index("ix_info_sessions_team_id", "info_sessions", ["team_id"], unique=False)
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
    op.create_index(
        "ix_participants_coach_status",
        "participants",
        ["assigned_coach_id", "status"],
        unique=False,
    )
    op.create_index("ix_participants_ivd_case", "participants", ["ivd_case_number"], unique=False)
    op.create_index(
        "ix_participants_last_first", "participants", ["last_name", "first_name"], unique=False
    )
    op.create_index(
        "ix_participants_name_key_dob", "participants", ["name_key", "date_of_birth"], unique=False
    )
    op.create_index("ix_participants_org_rev", "participants", ["org_id", "rev"], unique=False)
    op.create_index(
        "ix_participants_recruitment_site_id", "participants", ["recruitment_site_id"], unique=False
    )
    op.create_index("ix_participants_tanf_case", "participants", ["tanf_case_number"], unique=False)
    op.create_index("ix_participants_team_id", "participants", ["team_id"], unique=False)
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
    op.create_index("ix_activity_hours_org_rev", "activity_hours", ["org_id", "rev"], unique=False)
    op.create_index(
        "ix_activity_hours_participant", "activity_hours", ["participant_id"], unique=False
    )
    op.create_index(
        "ix_activity_hours_participant_week",
        "activity_hours",
        ["participant_id", "week_start"],
        unique=False,
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
    op.create_index("ix_barriers_org_rev", "barriers", ["org_id", "rev"], unique=False)
    op.create_index("ix_barriers_participant", "barriers", ["participant_id"], unique=False)
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
    op.create_index("ix_case_notes_author_id", "case_notes", ["author_id"], unique=False)
    op.create_index("ix_case_notes_org_rev", "case_notes", ["org_id", "rev"], unique=False)
    op.create_index("ix_case_notes_participant", "case_notes", ["participant_id"], unique=False)
    op.create_index("ix_case_notes_site_id", "case_notes", ["site_id"], unique=False)
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
    op.create_index("ix_consents_org_rev", "consents", ["org_id", "rev"], unique=False)
    op.create_index("ix_consents_participant", "consents", ["participant_id"], unique=False)
    op.create_index("ix_consents_partner_id", "consents", ["partner_id"], unique=False)
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
    op.create_index(
        "ix_eligibility_assessments_org_rev",
        "eligibility_assessments",
        ["org_id", "rev"],
        unique=False,
    )
    op.create_index(
        "ix_eligibility_assessments_participant",
        "eligibility_assessments",
        ["participant_id"],
        unique=False,
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
    op.create_index("ix_employments_org_rev", "employments", ["org_id", "rev"], unique=False)
    op.create_index("ix_employments_participant", "employments", ["participant_id"], unique=False)
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
    op.create_index("ix_households_org_rev", "households", ["org_id", "rev"], unique=False)
    op.create_index("ix_households_participant", "households", ["participant_id"], unique=False)
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
    op.create_index("ix_leads_assigned_coach_id", "leads", ["assigned_coach_id"], unique=False)
    op.create_index(
        "ix_leads_interested_course_id", "leads", ["interested_course_id"], unique=False
    )
    op.create_index("ix_leads_org_rev", "leads", ["org_id", "rev"], unique=False)
    op.create_index("ix_leads_participant_id", "leads", ["participant_id"], unique=False)
    op.create_index("ix_leads_session", "leads", ["info_session_id"], unique=False)
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
    op.create_index(
        "ix_support_services_funding_source_id",
        "support_services",
        ["funding_source_id"],
        unique=False,
    )
    op.create_index(
        "ix_support_services_org_rev", "support_services", ["org_id", "rev"], unique=False
    )
    op.create_index(
        "ix_support_services_participant", "support_services", ["participant_id"], unique=False
    )
    op.create_index(
        "ix_support_services_participant_type",
        "support_services",
        ["participant_id", "service_type_id"],
        unique=False,
    )
    op.create_index(
        "ix_support_services_service_type_id", "support_services", ["service_type_id"], unique=False
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
    op.create_index(
        "ix_tasks_assignee_status_due",
        "tasks",
        ["assigned_to_id", "status", "due_on"],
        unique=False,
    )
    op.create_index("ix_tasks_org_rev", "tasks", ["org_id", "rev"], unique=False)
    op.create_index("ix_tasks_participant", "tasks", ["participant_id"], unique=False)
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
    op.create_index(
        "ix_training_enrollments_course_id", "training_enrollments", ["course_id"], unique=False
    )
    op.create_index(
        "ix_training_enrollments_org_rev", "training_enrollments", ["org_id", "rev"], unique=False
    )
    op.create_index(
        "ix_training_enrollments_participant",
        "training_enrollments",
        ["participant_id"],
        unique=False,
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
    op.create_index(
        "ix_household_members_household_id", "household_members", ["household_id"], unique=False
    )
    op.create_index(
        "ix_household_members_org_rev", "household_members", ["org_id", "rev"], unique=False
    )
    op.create_index(
        "ix_household_members_participant", "household_members", ["participant_id"], unique=False
    )
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
    op.create_index("ix_referrals_consent_id", "referrals", ["consent_id"], unique=False)
    op.create_index("ix_referrals_org_rev", "referrals", ["org_id", "rev"], unique=False)
    op.create_index("ix_referrals_participant", "referrals", ["participant_id"], unique=False)
    op.create_index("ix_referrals_partner_id", "referrals", ["partner_id"], unique=False)
    op.create_index("ix_referrals_status_due", "referrals", ["status", "due_on"], unique=False)
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("coach_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("coach_id", name=op.f("uq_accounts_coach_id")),
        sa.UniqueConstraint("org_id", "username", name=op.f("uq_accounts_org_id_username")),
    )
    op.create_index(op.f("ix_accounts_org_id"), "accounts", ["org_id"], unique=False)
    op.create_table(
        "applied_mutations",
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("mutation_id", name=op.f("pk_applied_mutations")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("escrowed_key", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_index(op.f("ix_devices_account_id"), "devices", ["account_id"], unique=False)
    op.create_index(op.f("ix_devices_org_id"), "devices", ["org_id"], unique=False)
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
        sa.UniqueConstraint("code", name=op.f("uq_organizations_code")),
    )
    op.create_table(
        "refresh_tokens",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_tokens_token_hash")),
    )
    op.create_index(
        op.f("ix_refresh_tokens_device_id"), "refresh_tokens", ["device_id"], unique=False
    )
    op.create_table(
        "rev_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rev_counter")),
    )
    op.create_table(
        "scope_events",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("old_coach_id", sa.String(length=36), nullable=True),
        sa.Column("old_team_id", sa.String(length=36), nullable=True),
        sa.Column("old_shared_with_team", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_scope_events")),
    )
    op.create_index("ix_scope_events_org_seq", "scope_events", ["org_id", "seq"], unique=False)
    op.create_table(
        "server_audit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=True),
        sa.Column("account_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_audit")),
    )
    op.create_index(op.f("ix_server_audit_org_id"), "server_audit", ["org_id"], unique=False)
    op.create_table(
        "sync_index",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("owner_coach_id", sa.String(length=36), nullable=True),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_index")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_sync_index_table_name_row_id")),
    )
    op.create_index("ix_sync_index_org_seq", "sync_index", ["org_id", "seq"], unique=False)
    op.create_index("ix_sync_index_participant", "sync_index", ["participant_id"], unique=False)


def downgrade() -> None:

    op.drop_index("ix_sync_index_participant", table_name="sync_index")
    op.drop_index("ix_sync_index_org_seq", table_name="sync_index")
    op.drop_table("sync_index")
    op.drop_index(op.f("ix_server_audit_org_id"), table_name="server_audit")
    op.drop_table("server_audit")
    op.drop_index("ix_scope_events_org_seq", table_name="scope_events")
    op.drop_table("scope_events")
    op.drop_table("rev_counter")
    op.drop_index(op.f("ix_refresh_tokens_device_id"), table_name="refresh_tokens")
    op.drop_table("refresh_tokens")
    op.drop_table("organizations")
    op.drop_table("login_throttle")
    op.drop_index(op.f("ix_devices_org_id"), table_name="devices")
    op.drop_index(op.f("ix_devices_account_id"), table_name="devices")
    op.drop_table("devices")
    op.drop_table("applied_mutations")
    op.drop_index(op.f("ix_accounts_org_id"), table_name="accounts")
    op.drop_table("accounts")
    op.drop_index("ix_referrals_status_due", table_name="referrals")
    op.drop_index("ix_referrals_partner_id", table_name="referrals")
    op.drop_index("ix_referrals_participant", table_name="referrals")
    op.drop_index("ix_referrals_org_rev", table_name="referrals")
    op.drop_index("ix_referrals_consent_id", table_name="referrals")
    op.drop_table("referrals")
    op.drop_index("ix_household_members_participant", table_name="household_members")
    op.drop_index("ix_household_members_org_rev", table_name="household_members")
    op.drop_index("ix_household_members_household_id", table_name="household_members")
    op.drop_table("household_members")
    op.drop_index("ix_training_enrollments_participant", table_name="training_enrollments")
    op.drop_index("ix_training_enrollments_org_rev", table_name="training_enrollments")
    op.drop_index("ix_training_enrollments_course_id", table_name="training_enrollments")
    op.drop_table("training_enrollments")
    op.drop_index("ix_tasks_participant", table_name="tasks")
    op.drop_index("ix_tasks_org_rev", table_name="tasks")
    op.drop_index("ix_tasks_assignee_status_due", table_name="tasks")
    op.drop_table("tasks")
    op.drop_index("ix_support_services_service_type_id", table_name="support_services")
    op.drop_index("ix_support_services_participant_type", table_name="support_services")
    op.drop_index("ix_support_services_participant", table_name="support_services")
    op.drop_index("ix_support_services_org_rev", table_name="support_services")
    op.drop_index("ix_support_services_funding_source_id", table_name="support_services")
    op.drop_table("support_services")
    op.drop_index("ix_leads_session", table_name="leads")
    op.drop_index("ix_leads_participant_id", table_name="leads")
    op.drop_index("ix_leads_org_rev", table_name="leads")
    op.drop_index("ix_leads_interested_course_id", table_name="leads")
    op.drop_index("ix_leads_assigned_coach_id", table_name="leads")
    op.drop_table("leads")
    op.drop_index("ix_households_participant", table_name="households")
    op.drop_index("ix_households_org_rev", table_name="households")
    op.drop_table("households")
    op.drop_index("ix_employments_participant", table_name="employments")
    op.drop_index("ix_employments_org_rev", table_name="employments")
    op.drop_table("employments")
    op.drop_index("ix_eligibility_assessments_participant", table_name="eligibility_assessments")
    op.drop_index("ix_eligibility_assessments_org_rev", table_name="eligibility_assessments")
    op.drop_table("eligibility_assessments")
    op.drop_index("ix_consents_partner_id", table_name="consents")
    op.drop_index("ix_consents_participant", table_name="consents")
    op.drop_index("ix_consents_org_rev", table_name="consents")
    op.drop_table("consents")
    op.drop_index("ix_case_notes_site_id", table_name="case_notes")
    op.drop_index("ix_case_notes_participant", table_name="case_notes")
    op.drop_index("ix_case_notes_org_rev", table_name="case_notes")
    op.drop_index("ix_case_notes_author_id", table_name="case_notes")
    op.drop_table("case_notes")
    op.drop_index("ix_barriers_participant", table_name="barriers")
    op.drop_index("ix_barriers_org_rev", table_name="barriers")
    op.drop_table("barriers")
    op.drop_index("ix_activity_hours_participant_week", table_name="activity_hours")
    op.drop_index("ix_activity_hours_participant", table_name="activity_hours")
    op.drop_index("ix_activity_hours_org_rev", table_name="activity_hours")
    op.drop_table("activity_hours")
    op.drop_index("ix_participants_team_id", table_name="participants")
    op.drop_index("ix_participants_tanf_case", table_name="participants")
    op.drop_index("ix_participants_recruitment_site_id", table_name="participants")
    op.drop_index("ix_participants_org_rev", table_name="participants")
    op.drop_index("ix_participants_name_key_dob", table_name="participants")
    op.drop_index("ix_participants_last_first", table_name="participants")
    op.drop_index("ix_participants_ivd_case", table_name="participants")
    op.drop_index("ix_participants_coach_status", table_name="participants")
    op.drop_table("participants")
    op.drop_index("ix_info_sessions_team_id", table_name="info_sessions")
    op.drop_index("ix_info_sessions_site_held", table_name="info_sessions")
    op.drop_index("ix_info_sessions_org_rev", table_name="info_sessions")
    op.drop_index("ix_info_sessions_facilitator_id", table_name="info_sessions")
    op.drop_table("info_sessions")
    op.drop_index("ix_enrollment_goals_team_id", table_name="enrollment_goals")
    op.drop_index("ix_enrollment_goals_site_id", table_name="enrollment_goals")
    op.drop_index("ix_enrollment_goals_org_rev", table_name="enrollment_goals")
    op.drop_table("enrollment_goals")
    op.drop_index("ix_sites_org_rev", table_name="sites")
    op.drop_index("ix_sites_adopted_by_team_id", table_name="sites")
    op.drop_table("sites")
    op.drop_index("ix_coaches_team_id", table_name="coaches")
    op.drop_index("ix_coaches_org_username", table_name="coaches")
    op.drop_index("ix_coaches_org_rev", table_name="coaches")
    op.drop_table("coaches")
    op.drop_index("ix_teams_org_rev", table_name="teams")
    op.drop_table("teams")
    op.drop_index("ix_service_types_org_rev", table_name="service_types")
    op.drop_table("service_types")
    op.drop_index("ix_poverty_guidelines_year_region", table_name="poverty_guidelines")
    op.drop_index("ix_poverty_guidelines_org_rev", table_name="poverty_guidelines")
    op.drop_table("poverty_guidelines")
    op.drop_index("ix_partners_org_rev", table_name="partners")
    op.drop_table("partners")
    op.drop_index("ix_funding_sources_org_rev", table_name="funding_sources")
    op.drop_table("funding_sources")
    op.drop_index("ix_courses_org_rev", table_name="courses")
    op.drop_table("courses")
    op.drop_index("ix_conflicts_row", table_name="conflicts")
    op.drop_index("ix_conflicts_participant", table_name="conflicts")
    op.drop_index("ix_conflicts_org_rev", table_name="conflicts")
    op.drop_table("conflicts")
    op.drop_index("ix_audit_events_record", table_name="audit_events")
    op.drop_index("ix_audit_events_participant", table_name="audit_events")
    op.drop_index("ix_audit_events_org_rev", table_name="audit_events")
    op.drop_table("audit_events")
