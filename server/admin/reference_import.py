"""Writing validated reference rows for one organisation: all of them, or none.

A row whose natural key (code; name for partners and courses; year and region for poverty
guidelines) already exists updates that row instead of adding a second one. Rows that
actually change are stamped with a new revision so laptops pull them; unchanged rows are
left alone, so re-importing the same file does not make every laptop download it again.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachapp.models import Site, SyncedMixin, Team, utcnow
from server.admin.audit import record_admin_action
from server.admin.orgs import find_org
from server.admin.reference_files import ImportRefused, SourceTable
from server.admin.reference_tables import ReferenceTable
from server.storage.revisions import stamp
from server.storage.tables import Organization


@dataclass(frozen=True)
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def import_reference(
    session: Session, *, org_code: str, tables: list[SourceTable]
) -> dict[str, TableCounts]:
    """Create or update every row of ``tables`` in ``org``; raise ImportRefused on any problem.

    The caller's transaction is rolled back by the raise, so nothing is half-written.
    """
    org = find_org(session, org_code)
    problems: list[str] = []
    codes: dict[type[Team] | type[Site], dict[str, str]] = {
        Team: _live_codes(session, org, Team),
        Site: _live_codes(session, org, Site),
    }
    written: list[SyncedMixin] = []
    counts: dict[str, TableCounts] = {}
    for source in tables:
        counts[source.table.name] = _apply_table(session, org, source, codes, written, problems)
    if problems:
        raise ImportRefused(problems)
    stamp(session, written)
    record_admin_action(
        session,
        action="import_reference",
        org_id=org.id,
        counts={n: [c.created, c.updated, c.unchanged] for n, c in counts.items()},
    )
    return counts


def _apply_table(
    session: Session,
    org: Organization,
    source: SourceTable,
    codes: dict[type[Team] | type[Site], dict[str, str]],
    written: list[SyncedMixin],
    problems: list[str],
) -> TableCounts:
    table = source.table
    existing = _existing_by_key(session, org, table)
    seen: dict[Hashable, str] = {}
    created = updated = unchanged = 0
    now = utcnow()
    for row in source.rows:
        attrs = _resolve_codes(row.where, row.values, table, codes, problems)
        if attrs is None:
            continue
        key = _key(table, attrs)
        if key in seen:
            problems.append(f"{row.where}: same {', '.join(table.key)} as {seen[key]}")
            continue
        seen[key] = row.where
        matches = existing.get(key, [])
        # A live row wins over tombstones; with none live, the latest tombstone is revived.
        live = [m for m in matches if not m.deleted] or matches[-1:]
        if len(live) > 1:
            problems.append(
                f"{row.where}: matches {len(live)} existing {table.name} rows with the same "
                f"{', '.join(table.key)}; remove the duplicates first"
            )
            continue
        if live:
            target = live[0]
            changed = target.deleted  # importing a deleted row brings it back
            for attr, value in attrs.items():
                if getattr(target, attr) != value:
                    setattr(target, attr, value)
                    changed = True
            if changed:
                target.deleted = False
                target.updated_at = now
                target.updated_by = None
                written.append(target)
                updated += 1
            else:
                unchanged += 1
        else:
            target = table.model(org_id=org.id, **attrs)
            session.add(target)
            written.append(target)
            created += 1
        if isinstance(target, Team | Site):
            # Later tables (and later rows) may name this row by its code.
            codes[type(target)][str(attrs.get("code", target.code)).lower()] = target.id
    return TableCounts(created=created, updated=updated, unchanged=unchanged)


def _resolve_codes(
    where: str,
    values: dict[str, Any],
    table: ReferenceTable,
    codes: dict[type[Team] | type[Site], dict[str, str]],
    problems: list[str],
) -> dict[str, Any] | None:
    """The row's model attributes, with code columns turned into the named row's id."""
    attrs: dict[str, Any] = {}
    ok = True
    for name, value in values.items():
        ref = table.refs.get(name)
        if ref is None:
            attrs[name] = value
            continue
        if value is None:
            attrs[ref.attr] = None
            continue
        found = codes[ref.target].get(str(value).lower())
        if found is None:
            kind = ref.target.__tablename__.rstrip("s")
            problems.append(f"{where}, column {name}: no {kind} with code {value!r}")
            ok = False
        attrs[ref.attr] = found
    # A goal file may leave out "site" or "team": the key still needs them (as "none").
    for name in table.key:
        ref = table.refs.get(name)
        if ref is not None:
            attrs.setdefault(ref.attr, None)
    return attrs if ok else None


def _key(table: ReferenceTable, attrs: dict[str, Any]) -> Hashable:
    # Letter case is ignored, so "FR-East" updates "FR-EAST" instead of adding a twin.
    return tuple(
        v.casefold() if isinstance(v, str) and a not in _ID_ATTRS else v
        for a, v in ((a, attrs.get(a)) for a in table.key_attrs())
    )


_ID_ATTRS = frozenset({"team_id", "site_id", "adopted_by_team_id"})


def _existing_by_key(
    session: Session, org: Organization, table: ReferenceTable
) -> dict[Hashable, list[SyncedMixin]]:
    """The org's rows of ``table`` (tombstones too) grouped by natural key."""
    model: Any = table.model
    found: dict[Hashable, list[SyncedMixin]] = {}
    for row in session.scalars(select(model).where(model.org_id == org.id)):
        attrs = {a: getattr(row, a) for a in table.key_attrs()}
        found.setdefault(_key(table, attrs), []).append(row)
    return found


def _live_codes(
    session: Session, org: Organization, model: type[Team] | type[Site]
) -> dict[str, str]:
    rows = session.execute(
        select(model.code, model.id).where(model.org_id == org.id, model.deleted.is_(False))
    )
    return {code.lower(): row_id for code, row_id in rows}
