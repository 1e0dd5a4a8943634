"""The verdict on the network-fault storm, from the server's database and the laptops' stores.

- rows: every row a laptop made is on the server exactly once — looked up by the id it was
  made with (lost) and by its natural key (saved twice under another id);
- laptops: each holds exactly the server's rows for its coach (per-row hashes), with nothing
  left in its outbox, no batch in flight and no change refused;
- conflicts: each one recorded names a field that two laptops really both edited;
- values: each value a coach typed is the current one, or was replaced by someone who had
  seen it, or is kept in a conflict; each deletion happened or is kept in a conflict.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from coachapp.models import AuditEvent, CaseNote, Conflict, Participant, Task
from coachapp.models.wire import to_wire
from prove.network_casework import EDITED_FIELDS, Edit, Ledger, note_tag, task_tag
from sync.engine import recorded_batches
from tests.server.live import LiveServer
from tests.sync.laptops import Laptop
from tests.sync.snapshots import differences, outbox_size, snapshot, sync_problems

Key = tuple[str, str]


@dataclass
class Verdict:
    rows_created: Counter[str] = field(default_factory=Counter)
    lost: list[Key] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)  # natural keys found more than once
    strangers: list[Key] = field(default_factory=list)  # storm rows no laptop made
    audit_made: int = 0
    audit_lost: int = 0
    equal: dict[str, str] = field(default_factory=dict)  # laptop → differences ("" = equal)
    leftovers: dict[str, str] = field(default_factory=dict)  # laptop → what it still holds back
    conflicts: Counter[str] = field(default_factory=Counter)  # by field
    unjustified: list[str] = field(default_factory=list)
    values: Counter[str] = field(default_factory=Counter)  # final / superseded / in conflict
    values_lost: list[Edit] = field(default_factory=list)
    deletes: Counter[str] = field(default_factory=Counter)
    deletes_lost: list[Edit] = field(default_factory=list)
    #: For each value lost: everything that happened to its field, for the failure message.
    stories: list[str] = field(default_factory=list)

    @property
    def laptops_equal(self) -> int:
        return sum(1 for diff in self.equal.values() if not diff)


@dataclass(frozen=True)
class _ServerRows:
    rows: dict[Key, dict[str, Any]]  # storm rows in wire form
    keys: dict[Key, str]  # storm row → natural key
    conflicts: list[Conflict]
    audit_ids: set[str]


def _server_rows(live: LiveServer, devices: Iterable[str]) -> _ServerRows:
    rows: dict[Key, dict[str, Any]] = {}
    keys: dict[Key, str] = {}
    with live.db.session() as s:
        columns = ("id", "deleted", "tanf_case_number", *EDITED_FIELDS)
        people = s.execute(
            select(*(getattr(Participant, c) for c in columns)).where(
                Participant.last_name == "Storm"
            )
        ).mappings()
        for p in people:
            key = ("participants", p["id"])
            rows[key] = {c: to_wire(p[c]) for c in columns}
            keys[key] = str(p["tanf_case_number"])
        for note_id, body, deleted in s.execute(
            select(CaseNote.id, CaseNote.body, CaseNote.deleted)
        ):
            tag = note_tag(body)
            if tag is not None:
                rows[("case_notes", note_id)] = {"body": body, "deleted": deleted}
                keys[("case_notes", note_id)] = tag
        for task_id, title in s.execute(select(Task.id, Task.title)):
            tag = task_tag(title)
            if tag is not None:
                keys[("tasks", task_id)] = tag
        conflicts = list(s.scalars(select(Conflict)))
        s.expunge_all()
        audit_ids = set(
            s.scalars(select(AuditEvent.id).where(AuditEvent.device_id.in_(list(devices))))
        )
    return _ServerRows(rows, keys, conflicts, audit_ids)


def verify(live: LiveServer, machines: dict[str, Laptop], ledger: Ledger) -> Verdict:
    devices = {_device(m): name for name, m in machines.items()}
    server = _server_rows(live, devices)
    verdict = Verdict()
    _rows(verdict, ledger, server)
    _audit(verdict, machines, server)
    _laptops(verdict, live, machines)
    _conflicts(verdict, ledger, server, devices)
    _values(verdict, ledger, server)
    return verdict


def _device(machine: Laptop) -> str:
    actor = machine.store.actor
    assert actor is not None
    return actor.device_id


def _rows(verdict: Verdict, ledger: Ledger, server: _ServerRows) -> None:
    for (table, _row_id), _key in ledger.created.items():
        verdict.rows_created[table] += 1
    verdict.lost = sorted(k for k in ledger.created if k not in server.keys)
    per_key = Counter((table, key) for (table, _row_id), key in server.keys.items())
    verdict.duplicated = sorted(f"{table} {key}" for (table, key), n in per_key.items() if n > 1)
    verdict.strangers = sorted(k for k in server.keys if k not in ledger.created)


def _audit(verdict: Verdict, machines: dict[str, Laptop], server: _ServerRows) -> None:
    """The audit trail too: every event a laptop wrote about its own work reached the server."""
    for machine in machines.values():
        with machine.store.read() as s:
            made = set(
                s.scalars(select(AuditEvent.id).where(AuditEvent.device_id == _device(machine)))
            )
        verdict.audit_made += len(made)
        verdict.audit_lost += len(made - server.audit_ids)


def _laptops(verdict: Verdict, live: LiveServer, machines: dict[str, Laptop]) -> None:
    for name, machine in machines.items():
        laptop = snapshot(machine.store)
        actor = machine.store.actor
        assert actor is not None
        with live.db.session() as s:
            theirs = snapshot(s, coach_id=actor.coach_id)
        verdict.equal[name] = differences(laptop, theirs)
        waiting = outbox_size(machine.store)
        inflight = recorded_batches(machine.store)[0] is not None
        problems = sync_problems(machine.store)
        if waiting or inflight or problems:
            verdict.leftovers[name] = (
                f"outbox {waiting}, batch in flight {inflight}, refused {problems[:3]}"
            )


def _conflicts(
    verdict: Verdict, ledger: Ledger, server: _ServerRows, devices: dict[str, str]
) -> None:
    """Each conflict must name a field two laptops both changed (or a delete against an edit),
    with each side's value one that side really typed."""
    typed: dict[tuple[str, str, str], dict[str, set[str]]] = {}
    for e in ledger.edits:
        typed.setdefault((e.table, e.row_id, e.field), {}).setdefault(e.laptop, set()).add(
            json.dumps(e.value)
        )
    deleted_by: dict[Key, set[str]] = {}
    for d in ledger.deletes:
        deleted_by.setdefault((d.table, d.row_id), set()).add(d.laptop)
    edited_by: dict[Key, set[str]] = {}
    for e in ledger.edits:
        edited_by.setdefault((e.table, e.row_id), set()).add(e.laptop)
    for c in server.conflicts:
        verdict.conflicts[f"{c.table_name}.{c.field_name}"] += 1
        client = devices.get(c.client_device_id or "", "?")
        row = (c.table_name, c.row_id)
        if c.field_name == "deleted":
            deleters, editors = deleted_by.get(row, set()), edited_by.get(row, set())
            fair = bool(
                (client in deleters and editors - {client})
                or (client in editors and deleters - {client})
            )
        else:
            sides = typed.get((c.table_name, c.row_id, c.field_name), {})
            others = set().union(*(v for k, v in sides.items() if k != client))
            fair = c.client_value in sides.get(client, set()) and c.server_value in others
        if not fair:
            verdict.unjustified.append(
                f"{c.table_name}.{c.field_name} of {c.row_id} from {client}: "
                f"base {c.base_value} server {c.server_value} client {c.client_value}"
            )


def _values(verdict: Verdict, ledger: Ledger, server: _ServerRows) -> None:
    replaced: set[tuple[str, str, str, str]] = {
        (e.table, e.row_id, e.field, json.dumps(e.base)) for e in ledger.edits
    }
    kept: set[tuple[str, str, str, str]] = set()
    deletes_kept: set[Key] = set()
    for c in server.conflicts:
        kept.add((c.table_name, c.row_id, c.field_name, c.client_value))
        kept.add((c.table_name, c.row_id, c.field_name, c.server_value))
        if c.field_name == "deleted":
            deletes_kept.add((c.table_name, c.row_id))
    for e in ledger.edits:
        row = server.rows.get((e.table, e.row_id), {})
        value = json.dumps(e.value)
        if e.field in row and row[e.field] == e.value:
            verdict.values["still the current value"] += 1
        elif (e.table, e.row_id, e.field, value) in kept:
            verdict.values["kept in a conflict"] += 1
        elif (e.table, e.row_id, e.field, value) in replaced:
            verdict.values["replaced by an edit that saw it"] += 1
        else:
            verdict.values_lost.append(e)
            verdict.stories.append(_story(e, ledger, server))
    for d in ledger.deletes:
        row = server.rows.get((d.table, d.row_id), {})
        if row.get("deleted") is True:
            verdict.deletes["deleted on the server"] += 1
        elif (d.table, d.row_id) in deletes_kept:
            verdict.deletes["kept in a conflict"] += 1
        else:
            verdict.deletes_lost.append(d)


def _story(lost: Edit, ledger: Ledger, server: _ServerRows) -> str:
    row = server.rows.get((lost.table, lost.row_id), {})
    steps = [
        f"c{e.cycle} {e.laptop}: {e.field} {e.base!r} -> {e.value!r}"
        for e in (*ledger.edits, *ledger.deletes)
        if e.row_id == lost.row_id and e.field in (lost.field, "deleted")
    ]
    kept = [
        f"{c.field_name}: base {c.base_value} server {c.server_value} client {c.client_value}"
        for c in server.conflicts
        if c.row_id == lost.row_id
    ]
    return (
        f"{lost.table} {lost.row_id} {lost.field}: {lost.value!r} from {lost.laptop} in cycle "
        f"{lost.cycle}; on the server now {row.get(lost.field)!r} (deleted {row.get('deleted')}); "
        f"edits {steps}; conflicts {kept}"
    )
