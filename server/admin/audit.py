"""Admin actions in the server's audit log: what was done and how much, never to whom by name."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import CursorResult, Update
from sqlalchemy.orm import Session

from server.storage.tables import ServerAuditEvent


def record_admin_action(
    session: Session,
    *,
    action: str,
    org_id: str | None = None,
    account_id: str | None = None,
    device_id: str | None = None,
    counts: Mapping[str, object] | None = None,
) -> None:
    """Append one audit event in the caller's transaction, so it exists only if the change does.

    ``counts`` holds numbers and codes (rows per table, a role); the caller keeps names,
    usernames and passwords out of it.
    """
    detail = json.dumps(dict(counts), sort_keys=True, default=str) if counts else None
    session.add(
        ServerAuditEvent(
            org_id=org_id,
            account_id=account_id,
            device_id=device_id,
            action=f"admin.{action}",
            detail=detail,
        )
    )


def execute_update(session: Session, statement: Update) -> int:
    """Run a bulk UPDATE and say how many rows it touched (for the audit counts)."""
    result = session.execute(statement)
    return int(result.rowcount) if isinstance(result, CursorResult) else 0
