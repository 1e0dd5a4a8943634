"""The sync engine against a real server: initial pull, big and small pushes, a no-op cycle.

``python -m bench.sync [--rows 100000] [--quick]`` prints one JSON document (progress on
stderr). The server runs as separate processes on PostgreSQL on loopback (a fresh database,
dropped afterwards). Laptop A makes demo families as unsynced local work and pushes them
(≈ ``--rows`` participant-owned rows); laptop B, a second laptop of the same coach, pulls
them all into an empty store; then a no-op cycle, and pushes of 500 and of 1,000 small edits
(1,000 and 2,000 mutations: each edit and its audit event). The big push is timed to the
100,000th mutation answered (the issue's measure) and to its end. Wire bytes
are the compressed response bodies; the pull's peak memory is measured in a child process
(``python -m sync``) for two sizes, to show it stays flat.

The bar (PouchDB 9 ↔ pouchdb-server 4.2 on this machine): push 100,000 in 37 s, initial pull
in 28 s, no-op in 23 ms. Targets: pull ≤ 15 s, push ≤ 20 s, push of 1,000 ≤ 0.5 s, no-op
≤ 50 ms, ≤ 250 compressed bytes per participant row, memory flat while pulling.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bench.server_load import (
    ADMIN_URL,
    fresh_database,
    log,
    running_server,
    server_environment,
    target,
)
from coachapp.demo import people
from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.models import PARTICIPANT_OWNED_MODELS, Participant
from coachapp.store.outbox import OutboxEntry
from coachapp.store.profile import DataFolder
from coachapp.store.vault import KdfParams
from server.auth.passwords import hash_password
from server.db import Database, make_engine, upgrade
from server.storage import revisions
from server.storage.tables import Account, Organization
from sync import provision

ORG_CODE = "SYNCBENCH"
PASSWORD = "Sync-Bench-Lantern-2026"  # for the generated bench account only
#: Unlock speed is not measured here; a light KDF keeps set-up quick.
BENCH_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
ROWS_PER_PARTICIPANT = 13  # what the demo generator makes on average (measured)


def seed(database_url: str) -> tuple[Any, str]:
    """The demo program and one coach account on the server; returns (program, username)."""
    engine = make_engine(database_url)
    upgrade(engine)
    db = Database(engine)
    program = demo_program(org_id=uuid7())
    coach = program.coaches[0]
    with db.session() as s:
        s.add(Organization(id=program.org_id, code=ORG_CODE, name="Sync bench program"))
        rows = program.rows()
        s.add_all(rows)
        s.flush()
        revisions.stamp(s, rows)
        s.add(
            Account(
                org_id=program.org_id,
                coach_id=coach.id,
                username=coach.username,
                password_hash=hash_password(PASSWORD),
                role=str(coach.role),
                active=True,
            )
        )
    db.dispose()
    return program, coach.username


class WireCounter:
    """Adds up compressed response bytes of every request the laptop's session makes."""

    def __init__(self) -> None:
        self.bytes = 0
        self.responses = 0

    def __call__(self, response: Any, *_args: Any, **_kwargs: Any) -> Any:
        length = response.headers.get("Content-Length")
        self.bytes += int(length) if length and length.isdigit() else len(response.content)
        self.responses += 1
        return response


def owned_rows(store: Any) -> int:
    with store.read() as s:
        total = s.scalar(select(func.count()).select_from(Participant)) or 0
        for model in PARTICIPANT_OWNED_MODELS:
            total += s.scalar(select(func.count()).select_from(model)) or 0
        return int(total)


def pull_peak_rss_mb(folder: Path) -> float:
    """Peak RSS of ``python -m sync`` pulling into an empty provisioned copy of ``folder``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-m", "sync", "--data-dir", str(folder), "--password-stdin", "--quiet"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"python -m sync failed: {done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(peak, before) / 1024


def run(rows: int, workers: int) -> dict[str, Any]:
    participants = max(1, rows // ROWS_PER_PARTICIPANT)
    result: dict[str, Any] = {"benchmark": "sync", "requested_rows": rows}
    with (
        tempfile.TemporaryDirectory(prefix="coachapp-bench-sync-") as tmp,
        fresh_database(ADMIN_URL, "sync") as url,
    ):
        root = Path(tmp)
        program, username = seed(url)
        env = server_environment(url)
        with running_server(env, workers) as running:
            server_url = running.url
            result["server"] = running.how

            def laptop(name: str) -> provision.Connection:
                return provision.provision(
                    DataFolder(root / name),
                    server_url=server_url,
                    org=ORG_CODE,
                    username=username,
                    password=PASSWORD,
                    device_name=name,
                    kdf=BENCH_KDF,
                )

            a = laptop("a")
            log(f"laptop A: generating {participants:,} families as unsynced work …")
            # Everyone in the coach's own caseload: a coach pushes only what is theirs.
            own = copy.copy(program)
            own.coaches = [program.coaches[0]]
            people.generate(a.store, own, participants=participants, unsynced=True)
            made = owned_rows(a.store)
            with a.store.read() as s:
                queued = s.scalar(
                    select(func.count()).select_from(
                        select(OutboxEntry.table_name, OutboxEntry.row_id).distinct().subquery()
                    )
                )
            log(f"laptop A: pushing {queued:,} mutations ({made:,} participant-owned rows) …")
            # As the desktop app does once it is unlocked (ui.workers.settle): what exists
            # now lives on, and full collections need not scan it again and again.
            gc.collect()
            gc.freeze()
            started = time.perf_counter()
            first = FirstMutations(100_000, started)
            pushed = a.sync(progress=first)
            push_s = time.perf_counter() - started
            assert pushed.rejected == 0, pushed.problems[:3]

            b = laptop("b-empty-then-pull")  # provisioning pulls everything: time it alone
            b.close()
            fresh = DataFolder(root / "b")
            log("laptop B: initial pull into an empty store …")
            counter = WireCounter()
            b_conn = _provision_counted(fresh, server_url, username, counter)
            pull_s = b_conn.engine_seconds
            pulled_rows = owned_rows(b_conn.connection.store)
            bytes_per_row = counter.bytes / max(1, b_conn.report.pulled)

            log("laptop B: no-op cycles …")
            noop = []
            for _ in range(7):
                t0 = time.perf_counter()
                b_conn.connection.sync()
                noop.append(time.perf_counter() - t0)

            log("laptop A: 500 small edits (1,000 mutations), then 1,000 (2,000) …")
            small, push_small_s = _edit_and_sync(a, 500, offset=0)
            double, push_double_s = _edit_and_sync(a, 1000, offset=500)

            a.close()
            b_conn.connection.close()

            log("peak memory of a pull, two sizes …")
            rss_full = _fresh_pull_rss(root, server_url, username, "rss-full")
            result.update(
                {
                    "participants": participants,
                    "push": {
                        "mutations": pushed.pushed,
                        "pulled_back": pushed.pulled,
                        "participant_owned_rows": made,
                        # The measure: until the 100,000th mutation was answered.
                        "seconds_first_100000": target(first.seconds, 20.0)
                        if first.seconds is not None
                        else None,
                        "seconds": round(push_s, 3),
                        "per_second": round(pushed.pushed / push_s),
                        "pouchdb_seconds": 37.0,
                    },
                    "initial_pull": {
                        "rows_received": b_conn.report.pulled,
                        "participant_owned_rows": pulled_rows,
                        "seconds": target(pull_s, 15.0),
                        "per_second": round(b_conn.report.pulled / pull_s),
                        "pouchdb_seconds": 28.0,
                    },
                    "noop_ms": {
                        "median": target(sorted(noop)[len(noop) // 2] * 1000, 50.0),
                        "samples": [round(x * 1000, 1) for x in noop],
                        "pouchdb_ms": 23.0,
                    },
                    "push_1000": {
                        "mutations": small.pushed,
                        # Rows the cycle's pull brought back (the answers carried the edits).
                        "pulled_back": small.pulled,
                        "seconds": target(push_small_s, 0.5),
                    },
                    "push_2000": {
                        "mutations": double.pushed,
                        "pulled_back": double.pulled,
                        "seconds": round(push_double_s, 3),
                    },
                    "wire": {
                        "compressed_bytes": counter.bytes,
                        "bytes_per_row": target(bytes_per_row, 250.0),
                    },
                    "pull_peak_rss_mb": {**rss_full, **b_conn.memory.summary()},
                    "converged": pulled_rows == made,
                }
            )
    result["machine"] = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "loadavg": os.getloadavg(),
    }
    return result


class FirstMutations:
    """A progress callback noting when the first ``count`` mutations had been answered."""

    def __init__(self, count: int, started: float) -> None:
        self.count = count
        self.started = started
        self.seconds: float | None = None

    def __call__(self, progress: Any) -> None:
        if self.seconds is None and progress.phase == "push" and progress.done >= self.count:
            self.seconds = time.perf_counter() - self.started


def _edit_and_sync(machine: provision.Connection, edits: int, *, offset: int) -> tuple[Any, float]:
    """``edits`` participants' cities changed (each edit and its audit event: two mutations),
    then one timed sync cycle."""
    with machine.store.write() as s:
        query = select(Participant).order_by(Participant.id).offset(offset).limit(edits)
        for p in s.scalars(query):
            p.city = "Zanesville" if p.city != "Zanesville" else "Marion"
    t0 = time.perf_counter()
    report = machine.sync()
    return report, time.perf_counter() - t0


class _Timed:
    def __init__(
        self,
        connection: provision.Connection,
        report: Any,
        seconds: float,
        memory: RssSampler,
    ) -> None:
        self.connection = connection
        self.report = report
        self.engine_seconds = seconds
        self.memory = memory


class RssSampler:
    """A progress callback noting this process's resident memory after each pulled page,
    to show that it stays flat while the rows pile up on disk."""

    def __init__(self) -> None:
        self.samples: list[tuple[int, float]] = []  # (rows pulled so far, RSS in MB)

    def __call__(self, progress: Any) -> None:
        if progress.phase == "pull" and progress.done:
            self.samples.append((progress.done, current_rss_mb()))

    def summary(self) -> dict[str, Any]:
        """RSS once a tenth, half and all of the rows were in (MB)."""
        if not self.samples:
            return {}
        total = self.samples[-1][0]

        def at(share: float) -> float:
            return next(mb for done, mb in self.samples if done >= share * total)

        return {"rss_mb_at_10_50_100_percent": [at(0.1), at(0.5), at(1.0)]}


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except (OSError, ValueError, IndexError):  # not Linux: the peak so far
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _provision_counted(
    folder: DataFolder, server_url: str, username: str, counter: WireCounter
) -> _Timed:
    """Provision without the first sync, hook the byte counter, then time one full pull."""
    from sync.engine import SyncEngine

    original = SyncEngine.sync
    SyncEngine.sync = lambda self, **kw: _empty_report()  # type: ignore[method-assign]
    try:
        connection = provision.provision(
            folder,
            server_url=server_url,
            org=ORG_CODE,
            username=username,
            password=PASSWORD,
            device_name="b",
            kdf=BENCH_KDF,
        )
    finally:
        SyncEngine.sync = original  # type: ignore[method-assign]
    connection.transport._session.hooks["response"].append(counter)
    memory = RssSampler()
    t0 = time.perf_counter()
    report = connection.sync(progress=memory)
    return _Timed(connection, report, time.perf_counter() - t0, memory)


def _empty_report() -> Any:
    from sync.engine import SyncReport

    return SyncReport()


def _fresh_pull_rss(root: Path, server_url: str, username: str, name: str) -> dict[str, Any]:
    """Provision a folder without syncing, then let ``python -m sync`` pull it all."""
    folder = DataFolder(root / name)
    from sync.engine import SyncEngine

    original = SyncEngine.sync
    SyncEngine.sync = lambda self, **kw: _empty_report()  # type: ignore[method-assign]
    try:
        provision.provision(
            folder,
            server_url=server_url,
            org=ORG_CODE,
            username=username,
            password=PASSWORD,
            device_name=name,
            kdf=BENCH_KDF,
        ).close()
    finally:
        SyncEngine.sync = original  # type: ignore[method-assign]
    return {"python_m_sync_peak_mb": round(pull_peak_rss_mb(folder.path), 1)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync", description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="participant-owned rows")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--quick", action="store_true", help="5,000 rows (a smoke run)")
    args = parser.parse_args(argv)
    rows = 5_000 if args.quick else args.rows
    if not 100 <= rows <= 500_000:
        parser.error("--rows must be between 100 and 500,000")
    print(json.dumps(run(rows, args.workers), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
