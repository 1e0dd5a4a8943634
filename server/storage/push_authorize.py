"""Who may write what, decided on the batch's loaded values (``push_load``), no queries.

A coach cannot write outside their scope: such a change is refused, never silently dropped.
Every link must point at a record of the caller's organisation that exists now (or was made
earlier in the same batch): the database checks links only at commit, which would fail the
whole batch, so each mutation is checked here on its own.
"""

from __future__ import annotations

from typing import Any

from coachapp.models import AuditEvent, InfoSession, Lead, Participant, SyncedMixin, Task
from server.storage.push_decode import Rejected, links_of
from server.storage.push_load import Batch
from server.storage.scope import Viewer, could_see, could_see_restricted

_OWNER_COLUMN: dict[type[SyncedMixin], str] = {
    Task: "assigned_to_id",
    InfoSession: "facilitator_id",
    Lead: "assigned_coach_id",
}


def participant_of(model: type[SyncedMixin], values: dict[str, Any]) -> str | None:
    if model is Participant:
        return str(values["id"])
    owner = values.get("participant_id")
    return owner if isinstance(owner, str) else None


def visible(batch: Batch, viewer: Viewer, participant_id: str) -> bool:
    """Whether ``viewer`` may read (and so write) this participant's records, as they stand
    after the batch's earlier mutations. A tombstone counts, as on the server's reads."""
    person = batch.person(participant_id)
    return person is not None and could_see(
        viewer,
        org_id=person["org_id"],
        assigned_coach_id=person["assigned_coach_id"],
        team_id=person["team_id"],
        shared_with_team=bool(person["shared_with_team"]),
    )


def _sees_restricted(batch: Batch, viewer: Viewer, participant_id: str) -> bool:
    person = batch.person(participant_id)
    return person is not None and could_see_restricted(
        viewer, assigned_coach_id=person["assigned_coach_id"]
    )


def authorize(
    batch: Batch, caller: Viewer, model: type[SyncedMixin], values: dict[str, Any], *, new: bool
) -> None:
    """Refuse a write outside the caller's scope (``values``: the row as it stands)."""
    if model is AuditEvent:
        # The coach's own record of what they did (ids only; actor forced to the caller).
        # A hand-over's own audit event comes after the participant has left their scope.
        return
    if model is Participant:
        if not new and not visible(batch, caller, str(values["id"])):
            raise Rejected("forbidden", "That participant is not in your caseload.")
        return  # a new one: checked when it is made
    participant_id = participant_of(model, values)
    if participant_id is not None:
        if not visible(batch, caller, participant_id):
            raise Rejected("forbidden", "That participant is not in your caseload.")
        if (
            not new
            and values.get("restricted")
            and not _sees_restricted(batch, caller, participant_id)
        ):
            # A teammate who sees a shared participant never pulls their restricted records;
            # knowing an id must not let them change one, nor read it back in the answer.
            raise Rejected(
                "forbidden",
                "That record is confidential: only the participant's coach and supervisors "
                "can change it.",
            )
        return
    if caller.role in ("supervisor", "admin"):
        return
    column = _OWNER_COLUMN.get(model)
    owner = values.get(column) if column else None
    if owner not in (None, caller.coach_id):
        raise Rejected("forbidden", "That record belongs to another coach.")


def check_links(
    batch: Batch, caller: Viewer, model: type[SyncedMixin], values: dict[str, Any]
) -> None:
    for name, target in links_of(model):
        value = values.get(name)
        if value is not None and batch.org_of(target, value) != caller.org_id:
            raise Rejected("invalid_link", f"{name} points at a record that does not exist.")
