"""A report written to a file (CSV or PDF) is recorded in the audit trail, like any export.

The event says what was exported, for which period and filters (ids only), never the
file's name or folder (a coach may name a file after a person) and never a figure.
"""

from __future__ import annotations

from enum import StrEnum

from coachapp.errors import ValidationError
from coachapp.ids import uuid7
from coachapp.models.enums import AuditAction
from coachapp.services.reports.period import ReportFilter
from coachapp.store import changes
from coachapp.store.local import LocalStore

#: The ``table_name`` of report export events (a report is not a table; this names it).
EXPORT_TABLE = "reports"


class ExportKind(StrEnum):
    CSV = "csv"
    PDF = "pdf"


def export_detail(kind: ExportKind, f: ReportFilter) -> str:
    """``"pdf; period 2025-01-01..2025-12-31; as of 2026-03-16; site <id>"``: what and for
    which filters, in ids and dates only."""
    parts = [
        str(kind),
        f"period {f.period_start.isoformat()}..{f.period_end.isoformat()}",
        f"as of {f.today.isoformat()}",
    ]
    for name, value in (
        ("coach", f.coach_id),
        ("team", f.team_id),
        ("site", f.site_id),
        ("study group", f.study_group),
    ):
        if value is not None:
            parts.append(f"{name} {value}")
    return "; ".join(parts)


def record_export(store: LocalStore, *, kind: ExportKind | str, report_filter: ReportFilter) -> str:
    """Append the audit event of a report export (synced like any change); returns its id."""
    try:
        kind = ExportKind(kind)
    except ValueError:
        raise ValidationError({"kind": "Choose CSV or PDF."}) from None
    report_filter = ReportFilter.given(report_filter)
    event_id = uuid7()
    with store.write() as session:
        changes.record_audit(
            session,
            action=AuditAction.EXPORT,
            table_name=EXPORT_TABLE,
            record_id=event_id,
            participant_id=None,
            detail=export_detail(kind, report_filter),
        )
    return event_id
