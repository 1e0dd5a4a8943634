"""Reports at scale: every indicator for one year over 100,000 demo participants.

``python -m bench.reports [--participants 100000] [--quick] [--no-server]`` prints one JSON
document on stdout (progress on stderr). It uses the data set ``bench.store`` generates and
caches (the same cache, so after ``python -m bench.store`` nothing is generated again) and
times the laptop's ``coachapp.services.reports.reports`` (what the Reports page runs: every
report in one read transaction, with the report's larger page cache) on SQLCipher and on
plain SQLite, cold (first call after unlock: pages decrypted from disk) and warm (median of
the next runs).

Then the server: the same rows copied into a fresh PostgreSQL database (``--admin-url``; the
database is dropped afterwards) and the same reports timed as ``GET /v1/reports/all`` runs
them (``bench.reports_server``). The two answers are compared field by field.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.reports_server import server_run
from bench.server_load import ADMIN_URL
from bench.store import (
    PASSPHRASE,
    Dataset,
    dataset,
    log,
    machine,
    metric,
    open_plain,
    row_counts,
)
from coachapp.demo import people
from coachapp.services.reports import (
    ReportFilter,
    Reports,
    caseload_report,
    enrollment_report,
    performance_report,
    referral_report,
    reports,
    spending_report,
    work_participation_report,
)
from coachapp.services.reports.laptop import REPORT_CACHE_KIB
from coachapp.store import engine as engine_module
from coachapp.store.changes import Actor
from coachapp.store.local import LocalStore
from coachapp.store.profile import DATABASE_FILE, DataFolder
from server.report_formats import report_document
from server.storage import reports as storage

TARGET_ALL_S = 2.0

PARTS: dict[str, Callable[[LocalStore, ReportFilter], object]] = {
    "performance_indicators": performance_report,
    "enrollment_progress": enrollment_report,
    "support_spending": spending_report,
    "referral_timeliness": referral_report,
    "work_participation": work_participation_report,
    "caseload_summary": caseload_report,
}


def year_filter(generated_on: date, **filters: Any) -> ReportFilter:
    """The year up to the day the data set was made (its "today"), so every report has rows."""
    return ReportFilter(
        period_start=generated_on - timedelta(days=364),
        period_end=generated_on,
        as_of=generated_on,
        **filters,
    )


def timed(store: LocalStore, f: ReportFilter, runs: int) -> dict[str, Any]:
    """The first run (cold: pages decrypted from disk) and the median of the next ``runs``.

    CPU seconds are this process's: the reports run on one thread, so on an idle machine the
    wall time is about the CPU time; on a busy one, the gap is time spent waiting for a core.
    """
    statements = 0

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        # The reports' own statements: not BEGIN, nor the PRAGMAs around the transaction.
        nonlocal statements
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA")):
            statements += 1

    event.listen(store.engine, "before_cursor_execute", count)
    load = os.getloadavg()[0]
    try:
        wall, cpu = [], []
        for _ in range(runs + 1):
            started, started_cpu = time.perf_counter(), time.process_time()
            reports(store, f)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return {
        "loadavg_1min_before_after": [load, os.getloadavg()[0]],
        "cold_seconds": metric(wall[0], TARGET_ALL_S),
        "cold_cpu_seconds": metric(cpu[0]),
        "warm_median_seconds": metric(statistics.median(wall[1:]), TARGET_ALL_S),
        "warm_median_cpu_seconds": metric(statistics.median(cpu[1:]), TARGET_ALL_S),
        "warm_samples_seconds": [round(t, 3) for t in wall[1:]],
        "warm_samples_cpu_seconds": [round(t, 3) for t in cpu[1:]],
        "sql_statements": statements // (runs + 1),
    }


def parts(store: LocalStore, f: ReportFilter) -> dict[str, dict[str, float]]:
    """Seconds and CPU seconds for each report alone (warm), as the laptop runs it."""
    out = {}
    for name, run in PARTS.items():
        started, started_cpu = time.perf_counter(), time.process_time()
        run(store, f)
        out[name] = {
            "seconds": round(time.perf_counter() - started, 3),
            "cpu_seconds": round(time.process_time() - started_cpu, 3),
        }
    return out


def headline(r: Reports) -> dict[str, Any]:
    """A few numbers, so a run shows the reports found something to count."""
    p = r.performance.all
    return {
        "enrollees": p.enrollees,
        "served": p.served,
        "completed_training": str(p.completed_training),
        "exiters": p.exiters,
        "employed_at_exit": str(p.employed_at_exit.employed),
        "employed_six_months": str(p.employed_six_months.employed),
        "tanf_employed_six_months": str(r.performance.tanf.employed_six_months.employed),
        "enrolled_against_goal": f"{r.enrollment.enrolled.all} of {r.enrollment.target}",
        "support_paid_dollars": r.spending.total.all.paid_cents // 100,
        "referrals_overdue": r.referrals.total.all.overdue,
        "participation_weeks": len(r.work_participation.weeks),
        "participation_overall_tanf": str(r.work_participation.overall.tanf),
        "sites": len(r.caseload.by_site),
    }


def run(
    participants: int,
    seed: int,
    runs: int,
    *,
    use_cache: bool,
    folder: Path | None,
    admin_url: str | None = None,
) -> dict[str, Any]:
    load_start = os.getloadavg()
    if folder is not None:
        data, cached = Dataset(folder, json.loads((folder / "meta.json").read_text())), True
    else:
        data, cached = dataset(participants, seed, use_cache=use_cache)
    meta = data.meta
    participants = int(meta["participants"])
    generated_on = date.fromisoformat(meta["generated_on"])
    whole_year = year_filter(generated_on)
    one_coach = year_filter(generated_on, coach_id=meta["actor"]["coach_id"])
    result: dict[str, Any] = {
        "benchmark": "reports",
        "participants": participants,
        "seed": seed,
        "period": [whole_year.period_start.isoformat(), whole_year.period_end.isoformat()],
        "dataset": {
            "cache": "given" if folder is not None else ("hit" if cached else "miss"),
            "path": str(data.folder),
            "generated_on": meta["generated_on"],
        },
    }
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-") as tmp:
        work = Path(tmp)
        log("copying the data set …")
        shutil.copytree(data.cipher, work / "cipher")
        shutil.copytree(data.plain.parent, work / "plain")
        stores = {
            "sqlcipher": DataFolder(work / "cipher").unlock(PASSPHRASE),
            "plain": open_plain(work / "plain" / DATABASE_FILE, Actor(**meta["actor"])),
        }
        try:
            result["rows"] = row_counts(stores["sqlcipher"])
            for name, store in stores.items():
                log(f"timing all reports on {name} …")
                result[name] = {
                    "all_reports": timed(store, whole_year, runs),
                    "all_reports_one_coach": timed(store, one_coach, runs),
                    "each_report_warm": parts(store, whole_year),
                }
            result["headline"] = headline(reports(stores["sqlcipher"], whole_year))
            if admin_url is not None:
                timings, on_server = server_run(
                    stores["plain"], meta["actor"]["org_id"], whole_year, one_coach, runs, admin_url
                )
                result["server_postgresql"] = timings
                with stores["sqlcipher"].read() as session:
                    on_laptop = report_document(
                        "all", whole_year, storage.run_report(session, "all", whole_year)
                    )
                differ = differences(on_server, json.loads(json.dumps(on_laptop)))
                result["server_matches_laptop"] = not differ
                if differ:
                    result["server_differs_at"] = differ[:10]
        finally:
            for store in stores.values():
                store.close()
    result["machine"] = machine(load_start)
    result["note"] = (
        "all six reports (20 SQL statements or fewer) for one year; target ≤ 2 s each, on the "
        "laptop (sqlcipher: the Reports page's call, its connection's page cache raised to "
        f"{REPORT_CACHE_KIB // 1024} MiB for the run and set back after) and on the server "
        "(server_postgresql: scope checks, the reports in one snapshot and the JSON answer). "
        "CPU seconds show the cost on an idle machine when other work shares the cores"
    )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reports", description=__doc__)
    parser.add_argument("--participants", type=int, default=100_000, metavar="N")
    parser.add_argument("--quick", action="store_true", help="2,000 participants (smoke test)")
    parser.add_argument("--seed", type=int, default=people.DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the cold one")
    parser.add_argument("--no-cache", action="store_true", help="always generate afresh")
    parser.add_argument(
        "--dataset",
        type=Path,
        metavar="DIR",
        help="a data set bench.store already generated (its cache folder), used as it is",
    )
    parser.add_argument(
        "--admin-url",
        default=ADMIN_URL,
        metavar="URL",
        help=f"PostgreSQL to make the server's database in (default: {ADMIN_URL})",
    )
    parser.add_argument("--no-server", action="store_true", help="the laptop only")
    args = parser.parse_args(argv)
    participants = 2_000 if args.quick else args.participants
    if not 1 <= participants <= people.MAX_PARTICIPANTS:
        parser.error(f"--participants must be from 1 to {people.MAX_PARTICIPANTS:,}")
    engine_module.quiet_sqlcipher_logging()
    started = time.perf_counter()
    result = run(
        participants,
        args.seed,
        max(args.runs, 1),
        use_cache=not args.no_cache,
        folder=args.dataset,
        admin_url=None if args.no_server else args.admin_url,
    )
    result["quick"] = bool(args.quick)
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2))
    return 0


def differences(got: Any, expected: Any, path: str = "") -> list[str]:
    """Every field where two JSON documents differ, by its path (empty when equal)."""
    if isinstance(expected, dict) and isinstance(got, dict):
        found = []
        for key in sorted(set(got) | set(expected)):
            if key not in got or key not in expected:
                found.append(f"{path}.{key}: missing on one side")
            else:
                found += differences(got[key], expected[key], f"{path}.{key}")
        return found
    if isinstance(expected, list) and isinstance(got, list):
        if len(got) != len(expected):
            return [f"{path}: {len(got)} items, expected {len(expected)}"]
        return [
            d for i, (g, e) in enumerate(zip(got, expected, strict=True))
            for d in differences(g, e, f"{path}[{i}]")
        ]  # fmt: skip
    if type(got) is not type(expected) or got != expected:
        return [f"{path}: server {got!r}, laptop {expected!r}"]
    return []


if __name__ == "__main__":
    sys.exit(main())
