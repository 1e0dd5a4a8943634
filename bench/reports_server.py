"""The server half of ``bench.reports``: the same data set in PostgreSQL, the same reports.

The laptop data set's rows (made by ``coachapp.demo.people``) are copied into a fresh server
database with ``COPY`` — raw values straight from the SQLite file, timestamps read as UTC —
then ANALYZEd, as a production database is by autovacuum. Timed: what
``GET /v1/reports/all`` does once the caller is known (scope checks, every report in one
REPEATABLE READ snapshot, the JSON answer), and each report alone. ``explain`` gives the
EXPLAIN ANALYZE of one report's statements, for work on a slow one.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from bench.server_load import fresh_database
from bench.store import log, metric
from coachapp.models import SYNCED_MODELS, Base
from coachapp.services.reports import ReportFilter
from coachapp.store.local import LocalStore
from server.db import Database, make_engine, upgrade
from server.report_formats import report_document
from server.storage import reports as storage
from server.storage.tables import Organization

TARGET_ALL_S = 2.0
COPY_BATCH = 5000


def server_run(
    plain: LocalStore,
    org_id: str,
    f: ReportFilter,
    one_coach: ReportFilter,
    runs: int,
    admin_url: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(timings, the "all" document) for the data set of ``plain`` on a fresh PostgreSQL."""
    with fresh_database(admin_url, "reports") as url:
        engine = make_engine(url)
        try:
            log("creating the server schema …")
            upgrade(engine)
            started = time.perf_counter()
            rows = copy_into(plain, engine)
            load_s = time.perf_counter() - started
            with engine.begin() as conn:
                conn.execute(text("ANALYZE"))
            db = Database(engine)
            with db.session() as session:
                session.add(Organization(id=org_id, code="REPORTS", name="Reports bench"))
            scoped = storage.ReportScope(org_id=org_id)
            in_org = _with_org(f, org_id)
            log("timing all reports on the server (PostgreSQL) …")
            out: dict[str, Any] = {
                "database": engine.dialect.name,
                "server_version": _version(engine),
                "load": {"rows": rows, "copy_seconds": round(load_s, 1)},
                "all_reports": timed(db, scoped, in_org, runs),
                "all_reports_one_coach": timed(db, scoped, _with_org(one_coach, org_id), runs),
                "each_report_warm": parts(db, in_org),
            }
            with db.session() as session:
                storage.one_snapshot(session)
                document = report_document(
                    "all", in_org, storage.run_report(session, "all", in_org)
                )
            return out, document
        finally:
            engine.dispose()


def copy_into(plain: LocalStore, engine: Engine) -> dict[str, int]:
    """Every synced table of the laptop file into the server's, in foreign-key order."""
    synced = set(SYNCED_MODELS)
    counts: dict[str, int] = {}
    with plain.read() as source, engine.begin() as target:
        source_conn = source.connection()
        pg: Any = target.connection.driver_connection
        with pg.cursor() as cursor:
            # The file holds UTC wall-clock timestamps with no zone.
            cursor.execute("SET LOCAL TIME ZONE 'UTC'")
            for table in Base.metadata.sorted_tables:
                if table.name not in synced:
                    continue
                columns = [c.name for c in table.columns]
                listed = ", ".join(f'"{c}"' for c in columns)
                result = source_conn.exec_driver_sql(f"SELECT {listed} FROM {table.name}")
                n = 0
                with cursor.copy(f"COPY {table.name} ({listed}) FROM STDIN") as copy:
                    while batch := result.fetchmany(COPY_BATCH):
                        for row in batch:
                            copy.write_row(row)
                        n += len(batch)
                if n:
                    counts[table.name] = n
                    log(f"  {table.name}: {n:,} rows")
    return counts


def timed(db: Database, scope: storage.ReportScope, f: ReportFilter, runs: int) -> dict[str, Any]:
    """The first run and the median of the next ``runs``: filter checks, every report, JSON.

    Wall time is what counts here: the work is PostgreSQL's, in its own processes, so this
    process's CPU time only shows the Python side (building rows, JSON).
    """
    ask = storage.ReportAsk(
        period_start=f.period_start,
        period_end=f.period_end,
        as_of=f.as_of,
        coach_id=f.coach_id,
        team_id=f.team_id,
        site_id=f.site_id,
    )
    wall: list[float] = []
    cpu: list[float] = []
    backend: list[float] = []
    with _counting(db.engine) as statements:
        for _ in range(runs + 1):
            started, started_cpu = time.perf_counter(), time.process_time()
            with db.session() as session:
                storage.one_snapshot(session)
                pid = int(session.scalar(text("SELECT pg_backend_pid()")) or 0)
                started_backend = backend_cpu_seconds(pid)
                scoped = storage.report_filter(session, scope, ask)
                result = storage.run_report(session, "all", scoped)
                ended_backend = backend_cpu_seconds(pid)
                json.dumps(report_document("all", scoped, result))
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            if started_backend is not None and ended_backend is not None:
                backend.append(ended_backend - started_backend)
    out: dict[str, Any] = {
        "cold_seconds": metric(wall[0], TARGET_ALL_S),
        "warm_median_seconds": metric(statistics.median(wall[1:]), TARGET_ALL_S),
        "warm_median_python_cpu_seconds": metric(statistics.median(cpu[1:])),
        "warm_samples_seconds": [round(t, 3) for t in wall[1:]],
        "sql_statements": statements[0] // (runs + 1),
    }
    if len(backend) == runs + 1:
        # PostgreSQL's own CPU for the reports (its backend; parallel workers, if a plan
        # used any, are not counted): about the wall time on an idle machine.
        out["warm_median_postgres_cpu_seconds"] = metric(statistics.median(backend[1:]))
        out["warm_median_cpu_seconds_total"] = metric(
            statistics.median(b + c for b, c in zip(backend[1:], cpu[1:], strict=True)),
            TARGET_ALL_S,
        )
    return out


def backend_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a PostgreSQL backend on this machine (None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def parts(db: Database, f: ReportFilter) -> dict[str, dict[str, float | None]]:
    """Seconds, and PostgreSQL's CPU seconds, for each report alone (warm)."""
    out: dict[str, dict[str, float | None]] = {}
    with db.session() as session:
        storage.one_snapshot(session)
        pid = int(session.scalar(text("SELECT pg_backend_pid()")) or 0)
        for name in storage.REPORTS:
            started, started_backend = time.perf_counter(), backend_cpu_seconds(pid)
            storage.run_report(session, name, f)
            ended_backend = backend_cpu_seconds(pid)
            out[name] = {
                "seconds": round(time.perf_counter() - started, 3),
                "postgres_cpu_seconds": None
                if started_backend is None or ended_backend is None
                else round(ended_backend - started_backend, 3),
            }
    return out


def explain(db: Database, f: ReportFilter, name: str) -> list[str]:
    """EXPLAIN ANALYZE of each statement one report runs (for finding what is slow)."""
    plans: list[str] = []
    captured: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    with db.session() as session:
        storage.one_snapshot(session)
        event.listen(db.engine, "before_cursor_execute", grab)
        try:
            storage.run_report(session, name, f)
        finally:
            event.remove(db.engine, "before_cursor_execute", grab)
    with db.session() as session:
        storage.one_snapshot(session)
        pg: Any = session.connection().connection.driver_connection
        with pg.cursor() as cursor:
            for statement, parameters in captured:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
                plans.append("\n".join(r[0] for r in cursor.fetchall()))
    return plans


@contextmanager
def _counting(engine: Engine) -> Any:
    count = [0]

    def tick(*_: Any) -> None:
        count[0] += 1

    event.listen(engine, "before_cursor_execute", tick)
    try:
        yield count
    finally:
        event.remove(engine, "before_cursor_execute", tick)


def _with_org(f: ReportFilter, org_id: str) -> ReportFilter:
    return ReportFilter(
        period_start=f.period_start,
        period_end=f.period_end,
        coach_id=f.coach_id,
        team_id=f.team_id,
        site_id=f.site_id,
        study_group=f.study_group,
        as_of=f.as_of,
        org_id=org_id,
    )


def _version(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("SHOW server_version")).scalar())
