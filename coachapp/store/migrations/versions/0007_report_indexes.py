"""Indexes the laptop's reports read instead of whole rows.

The reports (all of them for a year, over 100,000 participants) read a few columns of
most participants, support services, referrals, TANF hours and households. Read from the
tables, that is more pages than the 64 MiB page cache holds, and SQLCipher decrypts each
one again on every run; these indexes hold just those columns — about a third of the pages
— and some are in the order the reports group by, so SQLite adds up as it reads instead of
sorting. PostgreSQL does not need them (its planner keeps sequential scans and hash
aggregates), so the models create them on SQLite only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEXES: dict[str, tuple[str, list[str]]] = {
    "ix_participants_reports": (
        "participants",
        [
            "id",
            "deleted",
            "tanf_recipient",
            "status",
            "enrolled_on",
            "exited_on",
            "applied_on",
            "created_at",
            "recruitment_site_id",
        ],
    ),
    "ix_households_reports": (
        "households",
        ["participant_id", "deleted", "created_at", "id", "parents_in_unit", "federal_childcare"],
    ),
    "ix_household_members_children": (
        "household_members",
        ["participant_id", "role", "lives_in_household", "deleted", "date_of_birth"],
    ),
    "ix_activity_hours_reports": (
        "activity_hours",
        ["week_start", "participant_id", "activity", "deleted", "hours"],
    ),
    "ix_training_enrollments_reports": (
        "training_enrollments",
        [
            "participant_id",
            "deleted",
            "status",
            "ended_on",
            "expected_end_on",
            "credential_earned_on",
        ],
    ),
    "ix_support_services_reports": (
        "support_services",
        [
            "funding_source_id",
            "service_type_id",
            "deleted",
            "period_start",
            "status",
            "amount_cents",
            "duplicate_of_id",
            "participant_id",
        ],
    ),
    "ix_referrals_reports": (
        "referrals",
        [
            "program",
            "follow_up_owner",
            "follow_up_role",
            "deleted",
            "referred_on",
            "due_on",
            "closed_on",
            "status",
            "participant_id",
        ],
    ),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, (table, _) in reversed(INDEXES.items()):
        op.drop_index(name, table_name=table)
