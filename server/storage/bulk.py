"""Set-based reads and writes: one statement for many rows, whatever their number.

On PostgreSQL the rows travel as one JSON document that ``json_populate_recordset`` turns
into rows of the table's own type (so every value is parsed by the column's type), ids as
one array, and statements that do not depend on each other's answers go out together in one
round trip (psycopg's pipeline mode; the server still runs them one after the other, each
seeing what the one before it did). On SQLite (embedded, one writer, no network) each
statement simply runs in turn through SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import orjson
import psycopg
from sqlalchemy import ColumnElement, String, any_, bindparam, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from coachapp.models.wire import to_wire

_CHUNK = 1000
_ROWS = psycopg.pq.ExecStatus.TUPLES_OK
_QUOTE = postgresql.dialect().identifier_preparer.quote  # type: ignore[no-untyped-call]
Statement = tuple[str, Mapping[str, Any] | None]


class Prepared(str):
    """SQL that PostgreSQL keeps parsed and planned on each connection that runs it (a named
    prepared statement; ``round_trip`` asks psycopg for one). Only for statements whose plan
    cannot go stale as tables grow — inserts, and reads of a sequence or the lock table; not
    lookups in tables: a plan made while a table was small would go on scanning all of it
    (see ``server.db``)."""

    __slots__ = ()


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def among(column: Any, ids: Sequence[str], *, postgres: bool) -> ColumnElement[bool]:
    """``column`` is one of ``ids``: ``= ANY(array)`` on PostgreSQL, ``IN (…)`` elsewhere."""
    if postgres:
        return column == any_(bindparam(None, list(ids), type_=postgresql.ARRAY(String())))  # type: ignore[no-any-return]
    return column.in_(list(ids))  # type: ignore[no-any-return]


def each_of(param: str, table: str, columns: str, *, key: str = "id", lock: str = "") -> str:
    """PostgreSQL, a ``FROM`` item: the rows of ``table`` (``columns`` of them) whose ``key``
    is one of the ids in the list parameter ``param`` (sent binary), each found on its own
    through the index on ``key``. Give it an alias.

    Not ``key = ANY(…)``: on tables of a few thousand rows (a new server, a small program)
    PostgreSQL reads the whole table for that, with or without statistics, because it prices
    a page read through an index at four read in order. Checking which of a push's 50 records
    exist (ten in each of five tables of 1,200 rows) took 0.38 ms that way and 0.05 ms with
    one index probe per id; the whole-table reads grow with the tables until the planner
    changes its mind. ``LIMIT 1`` keeps the subquery from being merged into a join, which it
    would price the same way. ``lock`` (``"FOR KEY SHARE"``…) locks each row found, in the
    order of the ids: pass them sorted, so every transaction locks in one order.
    ``table``, ``columns``, ``key`` and ``lock`` are the schema's names and SQL's words,
    never input."""
    locked = f" {lock}" if lock else ""
    return (
        f"unnest(%({param})b::text[]) AS k(id) CROSS JOIN LATERAL"  # noqa: S608
        f" (SELECT {columns} FROM {table} WHERE {key} = k.id LIMIT 1{locked})"
    )


def round_trip(session: Session, statements: Sequence[Statement]) -> list[list[tuple[Any, ...]]]:
    """PostgreSQL: run ``statements`` (psycopg ``%(name)s`` parameters; ``%(name)b`` sends one
    in binary, which psycopg writes about twice as fast for a list of ids) in order, in one
    round trip, in this session's transaction; the rows each one returned. A failure is raised as
    SQLAlchemy raises it (``OperationalError`` for a deadlock, ``IntegrityError``…)."""
    conn = _psycopg(session)
    cursors: list[psycopg.Cursor[Any]] = []
    try:
        with conn.pipeline():
            for sql, params in statements:
                cursor = conn.cursor()
                cursors.append(cursor)
                prepare = True if isinstance(sql, Prepared) else None
                cursor.execute(sql.encode(), params, prepare=prepare)
        # Whether a statement returned rows, from its result's status: ``description`` would
        # build a column object for every column of every result first.
        return [
            list(c.fetchall()) if c.pgresult is not None and c.pgresult.status == _ROWS else []
            for c in cursors
        ]
    except psycopg.Error as exc:
        failed = statements[min(len(cursors), len(statements)) - 1][0]
        raise DBAPIError.instance(failed, None, exc, psycopg.Error) from exc
    finally:
        for cursor in cursors:
            cursor.close()


#: A prepared write is planned once on each connection, not for its first five runs too.
#: PostgreSQL plans a prepared statement for the values given five times before it weighs
#: a generic plan; but a batch's values travel as JSON documents the planner cannot see
#: into, so every one of those plans is the generic plan again, at a fifth of PostgreSQL's
#: CPU in a push. Until the end of the transaction (``SET LOCAL``), so the foreign keys
#: checked at its commit keep theirs too (a primary-key lookup each); ``_CUSTOM_PLANS``
#: gives later statements back the usual choice.
_GENERIC_PLANS: Statement = ("SET LOCAL plan_cache_mode = force_generic_plan", None)
_CUSTOM_PLANS: Statement = ("SET LOCAL plan_cache_mode TO DEFAULT", None)


class CommitFailed(Exception):
    """The writes were made, then their commit was refused (``execute`` with ``commit``):
    the transaction is over and nothing of it was kept. A deadlock or lock timeout at commit
    is raised as SQLAlchemy raises it (``OperationalError``), to be tried again."""


@dataclass
class Write:
    """Rows for one table: inserted (``columns`` None) or, by id, updated in ``columns``."""

    table: Any
    rows: list[dict[str, Any]]
    columns: tuple[str, ...] | None = None
    conflict: tuple[str, ...] | None = None
    replace: tuple[str, ...] = ()
    #: PostgreSQL only: SQL computing a column from the row ``x`` instead of taking its value.
    computed: tuple[tuple[str, str], ...] = field(default=())


def execute(
    session: Session, writes: Sequence[Write], *, guarded: bool = False, commit: bool = False
) -> None:
    """Every write. On PostgreSQL one statement (a data-modifying ``WITH`` per write) in one
    round trip — with ``guarded``, inside a savepoint that a failure rolls back to, so the
    transaction goes on; with ``guarded`` and ``commit``, the transaction is committed in the
    same round trip once the writes succeeded (the session's own commit then finds nothing
    to do: psycopg sends no COMMIT outside a transaction). The writes must touch different
    rows."""
    writes = [w for w in writes if w.rows]
    if not writes:
        return
    if not is_postgres(session):
        for w in writes:
            if w.columns is None:
                insert_rows(session, w.table, w.rows, conflict=w.conflict, replace=w.replace)
            else:
                update_rows(session, w.table, w.columns, w.rows)
        return
    parts, params = [], {}
    for number, w in enumerate(writes):
        name = f"rows{number}"
        if w.columns is None:
            names = tuple(w.rows[0])
            sql = _insert_sql(w.table.name, names, name, w.conflict, w.replace, w.computed)
            rows = w.rows
        else:
            sql = _update_sql(w.table.name, tuple(sorted(w.columns)), name)
            rows = sorted(w.rows, key=lambda r: str(r["id"]))  # one lock order for everyone
        parts.append(f"w{number} AS ({sql})")
        params[name] = _json(rows)
    statement = f"WITH {', '.join(parts)} SELECT 1"
    # Inserts only (a batch of new records): the same few statements again and again, each
    # several kilobytes, whose parsing and planning cost PostgreSQL more than a third of
    # running them. An update joins the table and may not keep its plan.
    prepared = all(w.columns is None for w in writes)
    writing: list[Statement] = (
        [_GENERIC_PLANS, (Prepared(statement), params)] if prepared else [(statement, params)]
    )
    # With the commit, the generic plans last to it, for the foreign keys checked there.
    ending = [("COMMIT", None)] if commit else [_CUSTOM_PLANS] if prepared else []
    if not guarded:
        round_trip(session, [*writing, *ending])
        return
    try:
        round_trip(
            session,
            [("SAVEPOINT bulk_write", None), *writing, ("RELEASE bulk_write", None), *ending],
        )
    except DBAPIError as exc:
        if _in_failed_transaction(session):  # a write failed: back to before the writes
            round_trip(session, [("ROLLBACK TO SAVEPOINT bulk_write", None)])
            raise
        if commit and not isinstance(exc, OperationalError):
            # The writes went through and the COMMIT failed (a foreign key, checked at
            # commit): the transaction is over and nothing was kept.
            raise CommitFailed(str(exc.orig)) from exc
        raise


def _in_failed_transaction(session: Session) -> bool:
    return _psycopg(session).info.transaction_status == psycopg.pq.TransactionStatus.INERROR


def _psycopg(session: Session) -> psycopg.Connection[Any]:
    """The psycopg connection under this session's transaction (PostgreSQL only)."""
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, psycopg.Connection)
    return conn


def insert_rows(
    session: Session,
    table: Any,
    rows: Sequence[Mapping[str, Any]],
    *,
    conflict: Sequence[str] | None = None,
    replace: Sequence[str] = (),
) -> None:
    """Insert ``rows`` (every row the same columns) into ``table`` (a ``Table``). With
    ``conflict`` (the columns of a unique key, or none for any): rows already there get the
    ``replace`` columns, or are skipped if there are none."""
    if not rows:
        return
    if is_postgres(session):
        sql = _insert_sql(
            table.name, tuple(rows[0]), "rows", tuple(conflict) if conflict is not None else None,
            tuple(replace), (),
        )  # fmt: skip
        round_trip(session, [(sql, {"rows": _json(chunk)}) for chunk in _chunks(rows)])
        return
    stmt: Any = insert(table)
    if conflict is not None:
        stmt = sqlite.insert(table)
        if replace:
            stmt = stmt.on_conflict_do_update(
                index_elements=list(conflict), set_={c: stmt.excluded[c] for c in replace}
            )
        else:
            stmt = stmt.on_conflict_do_nothing()
    for chunk in _chunks(rows):
        session.execute(stmt, list(chunk))


def update_rows(
    session: Session, table: Any, columns: Iterable[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Set ``columns`` of the rows with these ids (each mapping: ``id`` and the columns)."""
    names = tuple(sorted(columns))
    if not rows or not names:
        return
    ordered = sorted(rows, key=lambda r: str(r["id"]))  # one lock order for everyone
    if is_postgres(session):
        sql = _update_sql(table.name, names, "rows")
        round_trip(session, [(sql, {"rows": _json(chunk)}) for chunk in _chunks(ordered)])
        return
    stmt = (
        update(table)
        .where(table.c.id == bindparam("k_id"))
        .values({c: bindparam(f"v_{c}", type_=table.c[c].type) for c in names})
    )
    params = [{"k_id": r["id"], **{f"v_{c}": r[c] for c in names}} for r in ordered]
    for chunk in _chunks(params):
        session.execute(stmt, list(chunk))


# Table and column names come from the schema (quoted), values only from the parameters.


@cache
def _insert_sql(
    table: str,
    names: tuple[str, ...],
    param: str,
    conflict: tuple[str, ...] | None,
    replace: tuple[str, ...],
    computed: tuple[tuple[str, str], ...],
) -> str:
    t = _QUOTE(table)
    made = dict(computed)
    values = ", ".join(f"({made[n]})" if n in made else f"x.{_QUOTE(n)}" for n in names)
    clause = ""
    if conflict is not None:
        target = f"({', '.join(map(_QUOTE, conflict))})" if conflict else ""
        sets = ", ".join(f"{_QUOTE(c)} = EXCLUDED.{_QUOTE(c)}" for c in replace)
        clause = f" ON CONFLICT {target} " + (f"DO UPDATE SET {sets}" if sets else "DO NOTHING")
    return (
        f"INSERT INTO {t} ({', '.join(map(_QUOTE, names))}) SELECT {values} "  # noqa: S608
        f"FROM json_populate_recordset(NULL::{t}, %({param})s::json) AS x{clause}"
    )


@cache
def _update_sql(table: str, names: tuple[str, ...], param: str) -> str:
    t = _QUOTE(table)
    sets = ", ".join(f"{_QUOTE(c)} = x.{_QUOTE(c)}" for c in names)
    return (
        f"UPDATE {t} SET {sets} "  # noqa: S608
        f"FROM json_populate_recordset(NULL::{t}, %({param})s::json) AS x WHERE {t}.id = x.id"
    )


def _json(rows: Sequence[Mapping[str, Any]]) -> str:
    """The rows as one JSON text. orjson writes dates, times and enums as ``to_wire`` does
    (ISO 8601, the enum's value) at several times the speed of ``json`` with a ``default``
    called per value: for a push of 500 records this was an eighth of the server's time."""
    return orjson.dumps(list(rows), default=to_wire).decode()


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
