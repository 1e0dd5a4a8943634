"""Participant search index (FTS5 trigram) and the append-only guard on the audit trail.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Written out here (not imported) so this revision means the same thing forever.
_CREATE_SEARCH = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS participant_search USING fts5("
    "participant_id UNINDEXED, names, numbers, "
    "tokenize = 'trigram remove_diacritics 1')"
)

# Index what is already there: names, and case/phone numbers both as typed and as bare
# letters and digits, so "TX-0044" and "tx0044" both find the case.
_FILL_SEARCH = """
INSERT INTO participant_search (participant_id, names, numbers)
SELECT id,
       trim(coalesce(first_name, '') || ' ' || coalesce(middle_name, '') || ' ' ||
            coalesce(last_name, '') || ' ' || coalesce(preferred_name, '')),
       trim(coalesce(tanf_case_number, '') || ' ' ||
            replace(replace(replace(coalesce(tanf_case_number, ''), '-', ''), ' ', ''), '/', '') || ' ' ||
            coalesce(ivd_case_number, '') || ' ' ||
            replace(replace(replace(coalesce(ivd_case_number, ''), '-', ''), ' ', ''), '/', '') || ' ' ||
            coalesce(phone, '') || ' ' ||
            replace(replace(replace(replace(replace(coalesce(phone, ''), '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''))
FROM participants WHERE deleted = 0
"""

# Audit events may only gain a server revision; nothing else about them ever changes.
_GUARD_UPDATE = """
CREATE TRIGGER audit_events_append_only_update
BEFORE UPDATE ON audit_events
WHEN NEW.id IS NOT OLD.id OR NEW.action IS NOT OLD.action OR NEW.table_name IS NOT OLD.table_name
  OR NEW.record_id IS NOT OLD.record_id OR NEW.actor_id IS NOT OLD.actor_id
  OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.detail IS NOT OLD.detail
  OR NEW.participant_id IS NOT OLD.participant_id OR NEW.deleted IS NOT OLD.deleted
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END
"""

_GUARD_DELETE = """
CREATE TRIGGER audit_events_append_only_delete
BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END
"""


def upgrade() -> None:
    op.execute(_CREATE_SEARCH)
    op.execute(_FILL_SEARCH)
    op.execute(_GUARD_UPDATE)
    op.execute(_GUARD_DELETE)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_events_append_only_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_events_append_only_update")
    op.execute("DROP TABLE IF EXISTS participant_search")
