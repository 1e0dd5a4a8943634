"""What a laptop's store must hold after the saving process was SIGKILLed.

Each save of ``prove.crash_child save`` is one transaction of a real service call, so after a
kill its rows are all there or none of them are: the participant of an intake with its
household, every family member, consent and barrier the plan gave it; a support service; a
case note — each row with its audit event, each row and audit event with its outbox entry,
and an intake's participant in the search index. The saves found are numbered from 0 with no
gap, and they are every save the child confirmed, plus at most the one it was inside when
killed (committed, not yet confirmed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text

from coachapp.models import (
    AuditEvent,
    Barrier,
    CaseNote,
    Consent,
    Household,
    HouseholdMember,
    Participant,
    SupportService,
)
from coachapp.models.enums import AuditAction
from coachapp.store import search
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from prove.crash_child import TAG_PREFIX, plan
from prove.crash_support import Child

Key = tuple[str, str]


@dataclass
class Found:
    """What one restart found in the store."""

    integrity_ok: bool = False
    confirmed: int = 0  # saves the child reported done before it died
    confirmed_found: int = 0  # of those, saves whose rows are all in the store
    saves_found: int = 0
    in_flight_committed: bool = False  # the save it was killed in had committed
    half_written: list[str] = field(default_factory=list)
    out_of_order: list[str] = field(default_factory=list)


def confirmed_saves(child: Child) -> list[dict[str, Any]]:
    return [json.loads(m.text.split(" ", 1)[1]) for m in child.all("saved")]


def inspect_store(
    store: LocalStore, *, run: str, seed: int, before: set[Key], child: Child
) -> Found:
    found = Found()
    with store.engine.connect() as conn:
        found.integrity_ok = conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    confirmed = confirmed_saves(child)
    found.confirmed = len(confirmed)
    with store.read() as s:
        saves = _saves_in(s, run)
        found.saves_found = len(saves)
        numbers = sorted(saves)
        if numbers != list(range(len(numbers))):
            found.out_of_order.append(f"saves found: {numbers}")
        if len(numbers) not in (found.confirmed, found.confirmed + 1):
            found.out_of_order.append(f"{found.confirmed} confirmed, {len(numbers)} found")
        found.in_flight_committed = len(numbers) == found.confirmed + 1
        accounted: set[Key] = set()
        whole: set[int] = set()
        for index, anchor in saves.items():
            rows, problems = _rows_of(s, plan(run, seed, index), anchor)
            problems += _audited_and_queued(s, rows, accounted)
            found.half_written.extend(f"save {index}: {p}" for p in problems)
            if not problems:
                whole.add(index)
        new = _all_keys(s) - before
        strays = new - accounted
        if strays:
            found.half_written.append(f"rows of no whole save: {sorted(strays)[:6]}")
        queued = int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
        if queued != len(accounted):
            found.half_written.append(f"{queued} outbox entries for {len(accounted)} new rows")
        for report in confirmed:
            ids = _ids(report["ids"])
            if report["index"] in whole and ids <= {row_id for _t, row_id in accounted}:
                found.confirmed_found += 1
    return found


def _saves_in(s: Any, run: str) -> dict[int, tuple[str, str]]:
    """Save number → (table, id) of the row that names it."""
    pattern = re.compile(rf"^{re.escape(TAG_PREFIX)} {re.escape(run)}-(\d+)(?::|$)")
    like = f"{TAG_PREFIX} {run}-%"
    saves: dict[int, tuple[str, str]] = {}
    for table, model, column in (
        ("participants", Participant, Participant.address_line2),
        ("support_services", SupportService, SupportService.notes),
        ("case_notes", CaseNote, CaseNote.body),
    ):
        for row_id, value in s.execute(select(model.id, column).where(column.like(like))):
            match = pattern.match(value)
            if match:
                number = int(match[1])
                if number in saves:
                    saves[number] = ("twice", row_id)
                else:
                    saves[number] = (table, row_id)
    return saves


def _rows_of(s: Any, save: Any, anchor: tuple[str, str]) -> tuple[set[Key], list[str]]:
    """The rows save ``save`` wrote (found from its anchor row) and what is wrong with them."""
    table, row_id = anchor
    rows: set[Key] = {(table, row_id)}
    expected = {"intake": "participants", "service": "support_services", "note": "case_notes"}
    if table != expected[save.kind]:
        return rows, [f"a {save.kind} save found as {table}"]
    if save.kind != "intake":
        return rows, []
    problems: list[str] = []
    households = list(s.scalars(select(Household.id).where(Household.participant_id == row_id)))
    rows.update(("households", h) for h in households)
    if len(households) != 1:
        problems.append(f"{len(households)} households")
    for name, model, wanted in (
        ("household_members", HouseholdMember, save.members),
        ("consents", Consent, save.consents),
        ("barriers", Barrier, save.barriers),
    ):
        ids = list(s.scalars(select(model.id).where(model.participant_id == row_id)))
        rows.update((name, i) for i in ids)
        if len(ids) != wanted:
            problems.append(f"{len(ids)} of {wanted} {name}")
    indexed = s.execute(
        text(f"SELECT count(*) FROM {search.KEYS} WHERE participant_id = :id"),  # noqa: S608
        {"id": row_id},
    ).scalar()
    if indexed != 1:
        problems.append("the participant is not in the search index")
    return rows, problems


def _audited_and_queued(s: Any, rows: set[Key], accounted: set[Key]) -> list[str]:
    """Each row has its one CREATE audit event; each row and audit event one outbox entry."""
    problems: list[str] = []
    ids = [row_id for _t, row_id in rows]
    audits = s.execute(
        select(AuditEvent.id, AuditEvent.record_id).where(
            AuditEvent.record_id.in_(ids), AuditEvent.action == AuditAction.CREATE
        )
    ).all()
    per_record: dict[str, int] = {}
    for _audit_id, record_id in audits:
        per_record[record_id] = per_record.get(record_id, 0) + 1
    unaudited = [row for row in rows if per_record.get(row[1]) != 1]
    if unaudited:
        problems.append(f"{len(unaudited)} rows without exactly one audit event")
    every = rows | {("audit_events", audit_id) for audit_id, _r in audits}
    entries = s.execute(
        select(OutboxEntry.row_id, OutboxEntry.op).where(
            OutboxEntry.row_id.in_([row_id for _t, row_id in every])
        )
    ).all()
    queued: dict[str, int] = {}
    for row_id, op in entries:
        queued[row_id] = queued.get(row_id, 0) + (1 if op == "upsert" else 100)
    unqueued = [row for row in every if queued.get(row[1]) != 1]
    if unqueued:
        problems.append(f"{len(unqueued)} rows without exactly one outbox entry")
    accounted.update(every)
    return problems


def _all_keys(s: Any) -> set[Key]:
    from coachapp.models import SYNCED_MODELS

    keys: set[Key] = set()
    for table, model in SYNCED_MODELS.items():
        keys.update((table, row_id) for row_id in s.scalars(select(model.id)))
    return keys


def all_keys(store: LocalStore) -> set[Key]:
    with store.read() as s:
        return _all_keys(s)


def _ids(reported: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for value in reported.values():
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, Iterable):
            out.update(value)
    return out
