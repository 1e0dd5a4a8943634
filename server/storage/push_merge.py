"""Deciding one mutation against the batch's rows: insert, apply, merge field by field, or
keep both values in a conflict. Pure Python on values the batch loaded; nothing is written
here (``push_write`` writes the whole batch at the end).

- a row the server does not have → inserted;
- ``rev == base_rev`` → the fields are set; a ``delete`` makes a tombstone;
- otherwise each field against the client's base value: server unchanged → the client's
  value; same value → nothing; both changed differently → the server value stays and a
  ``Conflict`` keeps both;
- a delete of a row changed since its base → a conflict on ``deleted``, the row stays;
  an edit of a deleted row → kept on the tombstone, with a conflict on ``deleted``;
- ``deleted: false`` (a person chose to keep a deleted record) brings the row back when the
  client saw it deleted (its base says so) — an ordinary field change, merged like any other.

A refused mutation changes nothing: every check runs on a copy before the batch takes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from coachapp.ids import uuid7
from coachapp.models import AuditEvent, Conflict, Participant
from coachapp.models.enums import ConflictStatus
from coachapp.models.wire import to_wire
from server.storage import duplicates
from server.storage.push_authorize import authorize, check_links, participant_of
from server.storage.push_decode import Rejected, complete, forbidden_change
from server.storage.push_load import Batch, Row, Wanted
from server.storage.scope import Viewer
from sync.protocol import Op, Outcome

_SCOPE_FIELDS = ("assigned_coach_id", "team_id", "shared_with_team")


class PushCaller(Viewer, Protocol):
    @property
    def device_id(self) -> str: ...  # pragma: no cover - a protocol


@dataclass
class Answer:
    mutation_id: str
    outcome: Outcome
    row: Row | None = None
    conflict_ids: list[str] = field(default_factory=list)
    code: str | None = None
    message: str | None = None
    #: The survivor, when the mutation named a participant merged into another.
    redirected_to: str | None = None
    #: A participant inserted, or one whose names, birth date or case numbers changed.
    identity_changed: bool = False


def decide(batch: Batch, caller: PushCaller, w: Wanted, now: datetime) -> Answer:
    m, model, values = w.mutation, w.model, dict(w.values)
    row = batch.rows.get((m.table, m.row_id))
    if row is not None and row.values["org_id"] != caller.org_id:
        raise Rejected("not_found", "That record is not on the server.")
    redirected_to: str | None = None
    if row is not None and model is Participant and row.values["deleted"]:
        # Merged into another record: the change belongs to the survivor.
        redirected_to = batch.redirects.get(row.id)
    if redirected_to is not None and m.op is Op.DELETE:
        # Deleting a record that was merged: it is already gone, and the survivor stays.
        return Answer(m.mutation_id, Outcome.APPLIED, row=row, redirected_to=redirected_to)
    if redirected_to is not None:
        row = batch.rows.get(("participants", redirected_to))
    owner = values.get("participant_id")
    # The audit trail records what happened to the record named at the time: never moved.
    if isinstance(owner, str) and owner in batch.redirects and model is not AuditEvent:
        values["participant_id"] = redirected_to = batch.redirects[owner]
    if row is None:
        answer = _insert(batch, caller, w, values, now)
    else:
        # Redirected, the client's base revision is the merged record's: merge field by field.
        three_way = model is Participant and row.id != m.row_id
        answer = _update(batch, caller, row, w, values, now, three_way=three_way)
    answer.redirected_to = redirected_to
    return answer


def _insert(
    batch: Batch, caller: PushCaller, w: Wanted, values: dict[str, Any], now: datetime
) -> Answer:
    m, model = w.mutation, w.model
    if m.op is Op.DELETE:
        raise Rejected("not_found", "That record is not on the server, so it cannot be deleted.")
    if model is Conflict:
        raise Rejected("forbidden", "Conflicts are made by the server.")
    if model is Participant:
        values.setdefault("assigned_coach_id", caller.coach_id)
        values.setdefault("team_id", caller.team_id)
        if values["assigned_coach_id"] != caller.coach_id and caller.role == "coach":
            raise Rejected("forbidden", "A coach can only add participants to their own caseload.")
    if model is AuditEvent:
        values["actor_id"] = caller.coach_id
        values["device_id"] = caller.device_id
    full = complete(model, values)
    full.update(
        id=m.row_id,
        org_id=caller.org_id,
        rev=0,
        deleted=False,
        created_at=now,
        updated_at=now,
        updated_by=caller.coach_id,
    )
    authorize(batch, caller, model, full, new=True)
    check_links(batch, caller, model, full)
    row = Row(m.table, model, full, new=True)
    batch.rows[row.key] = row
    batch.stamp(row)
    return Answer(m.mutation_id, Outcome.APPLIED, row=row, identity_changed=model is Participant)


def _update(
    batch: Batch,
    caller: PushCaller,
    row: Row,
    w: Wanted,
    values: dict[str, Any],
    now: datetime,
    *,
    three_way: bool,
) -> Answer:
    m, model = w.mutation, row.model
    refused = forbidden_change(model, values)
    if refused is not None:
        raise Rejected("forbidden", refused)
    authorize(batch, caller, model, row.values, new=False)
    old = row.values
    new = dict(old)
    conflicts: list[dict[str, Any]] = []
    changed = False
    undelete = values.get("deleted") is False
    if m.op is Op.DELETE:
        if old["deleted"]:
            pass
        elif row.base_rev == m.base_rev:
            new["deleted"] = changed = True
        else:
            conflicts.append(_conflict(row, caller, "deleted", False, False, True, now))
    elif row.base_rev == m.base_rev and (undelete or not old["deleted"]) and not three_way:
        for name, value in values.items():
            if to_wire(new[name]) != to_wire(value):
                new[name] = value
                changed = True
    else:
        base = m.base
        for name, value in values.items():
            server, client = to_wire(new[name]), to_wire(value)
            if server == client:
                continue
            if name in base and server == base[name]:
                new[name] = value
                changed = True
            else:
                conflicts.append(_conflict(row, caller, name, base.get(name), server, client, now))
        if new["deleted"] and values and all(c["field_name"] != "deleted" for c in conflicts):
            # Deleted on the server, edited here: keep the edit on the tombstone and let a
            # person decide whether the record comes back. Nothing is lost either way.
            conflicts.append(_conflict(row, caller, "deleted", False, True, False, now))
    if changed:
        new["updated_at"] = now
        new["updated_by"] = caller.coach_id
        check_links(batch, caller, model, new)
    # Nothing refused it: the batch takes the change.
    row.values = new
    row.changed.update(name for name, value in new.items() if value is not old[name])
    if changed or conflicts:
        batch.stamp(row)
    for conflict in conflicts:
        made = Row("conflicts", Conflict, conflict, new=True)
        batch.rows[made.key] = made
        batch.stamp(made)
    if model is Participant and _scope(old) != _scope(new):
        _rescope(batch, old)
    if conflicts:
        outcome = Outcome.CONFLICT
    elif (row.base_rev == m.base_rev and not three_way) or not changed:
        outcome = Outcome.APPLIED
    else:
        outcome = Outcome.MERGED
    return Answer(
        m.mutation_id,
        outcome,
        row=row,
        conflict_ids=[c["id"] for c in conflicts],
        identity_changed=(
            model is Participant and changed and duplicates.changed_identity(list(values))
        ),
    )


def _conflict(
    row: Row,
    caller: PushCaller,
    name: str,
    base: Any,
    server: Any,
    client: Any,
    now: datetime,
) -> dict[str, Any]:
    old = row.values
    return complete(
        Conflict,
        {
            "id": uuid7(),
            "org_id": old["org_id"],
            "rev": 0,
            "deleted": False,
            "created_at": now,
            "updated_at": now,
            "updated_by": caller.coach_id,
            "table_name": row.table,
            "row_id": row.id,
            "field_name": name,
            "participant_id": participant_of(row.model, old),
            "base_value": json.dumps(base),
            "server_value": json.dumps(server),
            "client_value": json.dumps(client),
            "server_author_id": old["updated_by"],
            "server_changed_at": old["updated_at"],
            "client_author_id": caller.coach_id,
            "client_device_id": caller.device_id,
            "client_changed_at": now,
            "status": ConflictStatus.OPEN,
        },
    )


def _scope(values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values[name] for name in _SCOPE_FIELDS)


def _rescope(batch: Batch, before: dict[str, Any]) -> None:
    """A participant changed hands: tell whoever lost them (a scope event), and re-send
    everything of theirs so whoever gained them pulls it all (``Batch.load_rescoped``)."""
    batch.scope_events.append(
        {
            "org_id": before["org_id"],
            "participant_id": before["id"],
            "old_coach_id": before["assigned_coach_id"],
            "old_team_id": before["team_id"],
            "old_shared_with_team": bool(before["shared_with_team"]),
        }
    )
    batch.rescoped.append(str(before["id"]))
