"""The sync server under a program's worth of laptops: 200 coaches signing in, pushing and pulling.

``python -m bench.server_load [--coaches 200] [--mutations 50] [--workers N] [--quick]`` prints
one JSON document on stdout (progress on stderr). It makes a fresh PostgreSQL database, starts
the server as real processes (gunicorn with uvicorn workers) on a loopback port, and drives it
from one thread and one kept-alive connection per coach, in phases separated by barriers so each
phase's numbers are its own. First every laptop is set up as a coach's laptop is once, with a
password sign-in (Argon2id; reported as ``password_login_at_setup``). Then the sync day, as the sync
engine does it: sign in with the laptop's refresh token (``login``); push the new participants
and their records (one push of 50, as the engine batches up to 500; ``--batch`` splits it);
a fifth of the coaches edit participants their teammates share while those teammates edit the
same ones (merges and conflicts); everyone pulls to the end, leaving out the rows its push answers
already gave it (``own_from``, as the engine pulls). The same rows are then inserted
into a fresh copy of the tables with plain psycopg (``executemany`` and ``COPY``, the median
of three runs each) for the ratio. The report also gives the CPU the server, PostgreSQL and
the coaches' own process used in each phase. The server and both databases are removed
afterwards, also on Ctrl-C or failure. Traffic goes to 127.0.0.1 only, and every request
and phase has a time limit.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import importlib.util
import json
import math
import os
import platform
import resource
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

import orjson
import psycopg
import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from coachapp.demo.reference import demo_program
from coachapp.ids import uuid7
from coachapp.models import Coach, Team
from coachapp.models.enums import CoachRole, FundingKind, ServiceCategory
from server.auth.passwords import hash_password
from server.db import Database, make_engine, upgrade
from server.storage import revisions
from server.storage.tables import Account, Organization
from sync.protocol import MAX_PULL_LIMIT, PROTOCOL_VERSION
from sync.transport import GZIP_THRESHOLD

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
ORG_CODE = "BENCH"
PASSWORD = "Bench-Harbor-Lantern-2026"  # for generated bench accounts only
TEAMS = 10
#: Each participant brings four records: a barrier, a case note, a support service, a task.
ROWS_PER_PARTICIPANT = 5
#: Tables pushed, parents first: the order the raw insert must follow too.
PUSHED_TABLES = ("participants", "barriers", "case_notes", "support_services", "tasks")
EDITOR_EVERY = 5  # every fifth coach also edits teammates' shared participants
EDITS_PER_EDITOR = 3
#: What each barrier every coach passes marks, in order (see ``Simulation._coach``).
BARRIER_MARKS = ("password_login", "login", "push", "pushed", "targets", "edit", "pull")
REQUEST_TIMEOUT_S = 120
PHASE_TIMEOUT_S = 600

TARGET_ERRORS = 0
TARGET_P95_MS = 1500.0
TARGET_MUTATIONS_PER_S = 2000.0
TARGET_RATIO = 4.0
#: Times the plain-psycopg inserts are run: the ratio divides by their median.
RAW_RUNS = 3


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def percentiles(samples_s: Sequence[float]) -> dict[str, Any]:
    """Count, p50, p95 (nearest rank) and max, in milliseconds."""
    if not samples_s:
        return {"count": 0}
    ordered = sorted(s * 1000 for s in samples_s)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {
        "count": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(ordered[-1], 1),
    }


def target(value: float, limit: float, *, at_most: bool = True) -> dict[str, Any]:
    ok = value <= limit if at_most else value >= limit
    return {"value": round(value, 3), "target": limit, "ok": ok}


# --- database and server ----------------------------------------------------------------------


@contextmanager
def fresh_database(admin_url: str, purpose: str) -> Iterator[str]:
    """A new, empty database for this run, dropped on the way out whatever happened."""
    name = f"coachapp_bench_{purpose}_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            log(f"dropped database {name}")
    finally:
        admin.dispose()


def libpq_url(sqlalchemy_url: str) -> str:
    return make_url(sqlalchemy_url).set(drivername="postgresql").render_as_string(False)


def server_environment(database_url: str) -> dict[str, str]:
    """The process environment the server runs with: the database and the secrets printed by
    ``python -m server generate-secrets``, exactly as an administrator would set them."""
    printed = subprocess.run(
        [sys.executable, "-m", "server", "generate-secrets"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    env = dict(os.environ)
    for line in printed.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.startswith("COACHAPP_SERVER_"):
            env[name] = value
    env["COACHAPP_SERVER_DATABASE_URL"] = database_url
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class RunningServer:
    url: str
    #: The command line's gist, for the report.
    how: str
    #: The master process; its workers share its process group.
    pid: int


@contextmanager
def running_server(env: dict[str, str], workers: int) -> Iterator[RunningServer]:
    """The server as separate processes on a loopback port.

    gunicorn with uvicorn workers when installed (the production set-up in the admin guide),
    else ``python -m server serve --workers N``. Stopped (then killed) on the way out.
    """
    port = free_port()
    if importlib.util.find_spec("gunicorn") is not None:
        command = [
            sys.executable,
            "-W",
            "ignore::DeprecationWarning",  # uvicorn.workers points at its successor package
            "-m",
            "gunicorn",
            "-k",
            "server.gunicorn_worker.UvicornWorker",
            "-w",
            str(workers),
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--graceful-timeout",
            "5",
            "--log-level",
            "warning",
            # Coaches wait at barriers between phases; gunicorn's 2 s default would close
            # their idle connections under them (a proxy in production keeps them longer).
            "--keep-alive",
            "120",
            # As the systemd unit: a listening socket per worker, connections shared out.
            "--reuse-port",
            "server.app:create_worker_app()",
        ]
        how = f"gunicorn -k server.gunicorn_worker.UvicornWorker -w {workers} --reuse-port"
    else:
        command = [sys.executable, "-m", "server", "serve"]
        command += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
        how = f"python -m server serve --workers {workers}"
    # Its own session, so a Ctrl-C meant for the benchmark reaches it only through us. Its
    # logs (a line per push) go to a file, shown only if it fails to start.
    with tempfile.NamedTemporaryFile(prefix="coachapp-bench-server-", suffix=".log") as server_log:
        process = subprocess.Popen(
            command, env=env, start_new_session=True, stdout=server_log, stderr=subprocess.STDOUT
        )
        try:
            url = wait_until_up(process, f"http://127.0.0.1:{port}", Path(server_log.name))
            yield RunningServer(url=url, how=how, pid=process.pid)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=5)
            log("server stopped")


def cpu_seconds(server_group: int) -> dict[str, float]:
    """CPU time used so far by the server's processes, by PostgreSQL's and by this one.

    Read from /proc, so the report can say where the two cores went. PostgreSQL's figure
    counts every backend on the machine (normally only ours during a run).
    """
    ticks = os.sysconf("SC_CLK_TCK")
    used = {"server": 0.0, "postgres": 0.0}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        if int(fields[2]) == server_group:
            used["server"] += seconds
        elif name.startswith("postgres"):
            used["postgres"] += seconds
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used["bench_client"] = usage.ru_utime + usage.ru_stime
    return used


def wait_until_up(process: subprocess.Popen[bytes], url: str, server_log: Path) -> str:
    """``url`` once the server answers its health check; its log if it died instead."""
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            log(server_log.read_text(errors="replace")[-4000:])
            raise RuntimeError(f"the server exited with status {process.returncode}")
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                log(f"server up at {url} (pid {process.pid})")
                return url
        except requests.RequestException:
            pass  # still starting
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not answer /healthz within 60 s")
        time.sleep(0.2)


# --- the program: reference data and coaches --------------------------------------------------


@dataclass(frozen=True)
class Program:
    org_id: str
    #: Per bench coach: (username, coach id, team id).
    coaches: list[tuple[str, str, str]]
    site_id: str
    service_type_id: str
    funding_source_id: str


def seed(database_url: str, coach_count: int) -> Program:
    """The demo program's reference data, ten teams and the bench coaches with accounts.

    Written directly with the server's own models and revision stamping (what the admin CLI
    does, without 200 processes each hashing the same password).
    """
    db = Database(make_engine(database_url))
    try:
        demo = demo_program(org_id=uuid7())
        teams = list(demo.teams)
        for number in range(len(teams) + 1, TEAMS + 1):
            teams.append(Team(org_id=demo.org_id, name=f"Team {number}", code=f"T{number:02d}"))
        coaches = [
            Coach(
                org_id=demo.org_id,
                username=f"coach{index:03d}",
                display_name=f"Bench Coach {index:03d}",
                role=CoachRole.COACH,
                team_id=teams[index % TEAMS].id,
                active=True,
            )
            for index in range(coach_count)
        ]
        password_hash = hash_password(PASSWORD)
        with db.session() as session:
            session.add(Organization(id=demo.org_id, code=ORG_CODE, name="Bench County HPOG"))
            rows = [*demo.rows(), *teams[len(demo.teams) :], *coaches]
            session.add_all(rows)
            session.flush()
            revisions.stamp(session, rows)
            session.add_all(
                Account(
                    org_id=demo.org_id,
                    coach_id=coach.id,
                    username=coach.username,
                    password_hash=password_hash,
                    role=CoachRole.COACH.value,
                    active=True,
                )
                for coach in coaches
            )
        return Program(
            org_id=demo.org_id,
            coaches=[(c.username, c.id, str(c.team_id)) for c in coaches],
            site_id=demo.sites[0].id,
            service_type_id=demo.service_type(ServiceCategory.TRANSPORTATION).id,
            funding_source_id=demo.funding(FundingKind.HPOG).id,
        )
    finally:
        db.dispose()


# --- the simulated laptops --------------------------------------------------------------------


@dataclass
class Tally:
    """What every coach thread saw, merged under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    outcomes: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    phase_windows: dict[str, list[float]] = field(default_factory=dict)
    #: participant → outcomes of the two edits made to it at once (its owner's, a teammate's)
    edit_outcomes: dict[str | None, list[str]] = field(default_factory=dict)
    #: Rows pulled, by kind of pull.
    rows_pulled: Counter[str] = field(default_factory=Counter)

    def lost_updates(self) -> int:
        """Edit pairs both answered ``applied``: the second was decided on a stale read and
        overwrote the first without a merge or a conflict."""
        return sum(1 for o in self.edit_outcomes.values() if o == ["applied", "applied"])

    def request(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)

    def window(self, phase: str, started: float, ended: float) -> None:
        with self.lock:
            window = self.phase_windows.setdefault(phase, [started, ended])
            window[0], window[1] = min(window[0], started), max(window[1], ended)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] += 1

    def pulled(self, kind: str, rows: int) -> None:
        with self.lock:
            self.rows_pulled[kind] += rows


class Line:
    """One laptop's kept-alive HTTP/1.1 connection to the server.

    ``http.client`` rather than ``requests``: the coaches share the server's two cores, and
    ``requests`` spent about a millisecond of them on every call (merging settings, looking
    for proxies in the environment, hooks) — a tenth of a push phase's CPU that 200 real
    laptops would bring themselves. The server gets the same requests as from
    ``sync.transport``: answers gzipped as a laptop asks, bodies over its threshold gzipped
    (``as_sent``, before the clock: each laptop compresses on its own processor).
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port, timeout=REQUEST_TIMEOUT_S
        )
        self.headers: dict[str, str] = {"Accept-Encoding": "gzip"}

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        content_type: str | None = None,
        content_encoding: str | None = None,
    ) -> tuple[int, bytes]:
        """The answer's status and body."""
        headers = dict(self.headers)
        if content_type is not None:
            headers["Content-Type"] = content_type
        if content_encoding is not None:
            headers["Content-Encoding"] = content_encoding
        try:
            self.connection.request(method, path, body=body, headers=headers)
            answer = self.connection.getresponse()
            content = answer.read()
        except BaseException:
            self.connection.close()  # half a request or answer: never reuse it
            raise
        encoding = answer.getheader("Content-Encoding", "identity")
        if encoding == "gzip":
            content = gzip.decompress(content)
        elif encoding != "identity":
            raise RuntimeError(f"an answer in {encoding}, not asked for")
        return answer.status, content


@dataclass
class Laptop:
    """One coach's laptop: its session, its tokens and the records it made."""

    index: int
    username: str
    coach_id: str
    team_id: str
    #: Its kept-alive connection to the server, opened by the simulation.
    http: Line | None = None
    device_id: str = ""
    token: str = ""
    refresh_token: str = ""
    #: Push bodies as written, then, once the laptop has its device id, as sent (``as_sent``).
    batches: list[bytes] = field(default_factory=list)
    sent_batches: list[tuple[bytes, str | None]] = field(default_factory=list)
    #: participant id → (revision after creation, shared with the team)
    participants: dict[str, tuple[int, bool]] = field(default_factory=dict)
    pulled: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The lowest revision of a row taken from a push answer (``SyncEngine``'s ``own_from``):
    #: its pulls leave out the rows it holds from those answers, as the engine's do.
    own_from: int | None = None


def build_batches(laptop: Laptop, program: Program, mutations: int, batch_size: int) -> None:
    """The coach's day of work as push bodies, serialised before the clock starts."""
    made: list[dict[str, Any]] = []
    day = date(2026, 3, 2)
    number = 0
    while len(made) < mutations:
        participant = uuid7()
        shared = number % 2 == 0
        rows: list[tuple[str, dict[str, Any]]] = [
            (
                "participants",
                {
                    "first_name": f"Pat{laptop.index:03d}",
                    "last_name": f"Bench{number:03d}",
                    "name_key": f"bench{number:03d} pat{laptop.index:03d}",
                    "status": "enrolled",
                    "tanf_recipient": True,
                    "enrolled_on": day.isoformat(),
                    "recruitment_site_id": program.site_id,
                    "shared_with_team": shared,
                },
            ),
            (
                "barriers",
                {"category": "transportation", "restricted": False, "identified_on": str(day)},
            ),
            (
                "case_notes",
                {
                    "contact_at": f"{day.isoformat()}T15:00:00+00:00",
                    "mode": "in_person",
                    "body": "Intake at the branch; bus pass requested.",
                    "site_id": program.site_id,
                    "restricted": False,
                },
            ),
            (
                "support_services",
                {
                    "service_type_id": program.service_type_id,
                    "funding_source_id": program.funding_source_id,
                    "amount_cents": 6500,
                    "period_start": day.isoformat(),
                    "period_end": (day + timedelta(days=30)).isoformat(),
                },
            ),
            (
                "tasks",
                {
                    "assigned_to_id": laptop.coach_id,
                    "title": "Check bus pass arrived",
                    "due_on": (day + timedelta(days=7)).isoformat(),
                },
            ),
        ]
        for table, fields in rows[: mutations - len(made)]:
            if table != "participants":
                fields = {**fields, "participant_id": participant}
            made.append(
                mutation(table, participant if table == "participants" else uuid7(), 0, fields)
            )
        laptop.participants[participant] = (0, shared)
        number += 1
    for start in range(0, len(made), batch_size):
        laptop.batches.append(push_body(laptop, made[start : start + batch_size]))


def mutation(
    table: str,
    row_id: str,
    base_rev: int,
    fields: dict[str, Any],
    base: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "mutation_id": uuid7(),
        "table": table,
        "row_id": row_id,
        "op": "upsert",
        "base_rev": base_rev,
        "fields": fields,
        "base": base or {},
    }


def push_body(laptop: Laptop, mutations: list[dict[str, Any]]) -> bytes:
    body = {
        "protocol": PROTOCOL_VERSION,
        "device_id": laptop.device_id or "{device_id}",
        "batch_id": uuid7(),
        "mutations": mutations,
    }
    return json.dumps(body).encode()


def as_sent(body: bytes) -> tuple[bytes, str | None]:
    """A body and its ``Content-Encoding`` as ``sync.transport`` sends it: gzipped (level 6)
    when it is over ``GZIP_THRESHOLD`` bytes."""
    if len(body) > GZIP_THRESHOLD:
        return gzip.compress(body, compresslevel=6, mtime=0), "gzip"
    return body, None


class Simulation:
    """The coaches' threads and the barriers between phases."""

    def __init__(self, url: str, laptops: list[Laptop], server_pid: int | None = None) -> None:
        self.url = url
        self.laptops = laptops
        self.tally = Tally()
        self.server_pid = server_pid
        #: CPU used so far, read each time every coach has reached the barrier (in the order
        #: of ``BARRIER_MARKS``), and once more when they have all finished.
        self.cpu_marks: list[dict[str, float]] = []
        self.barrier = threading.Barrier(
            len(laptops), action=self._mark_cpu, timeout=PHASE_TIMEOUT_S
        )
        #: editor index → participant ids of teammates to edit (decided after the pushes)
        self.targets: dict[int, list[str]] = {}
        #: owner index → participant ids of theirs an editor is also changing
        self.owned_targets: dict[int, list[str]] = {}

    def _mark_cpu(self) -> None:
        if self.server_pid is not None:
            self.cpu_marks.append(cpu_seconds(self.server_pid))

    def cpu_by_phase(self) -> dict[str, dict[str, float]]:
        """CPU seconds of the server, PostgreSQL and the coaches' own process in each phase,
        from every coach released into it until every coach has finished it."""
        if len(self.cpu_marks) != len(BARRIER_MARKS) + 1:
            return {}
        marks = dict(zip((*BARRIER_MARKS, "end"), self.cpu_marks, strict=True))
        spans = {
            "login": ("login", "push"),
            "push": ("push", "pushed"),
            "edit": ("edit", "pull"),
            "pull": ("pull", "end"),
        }
        return {
            phase: {k: round(marks[end][k] - marks[start][k], 2) for k in marks[start]}
            for phase, (start, end) in spans.items()
        }

    def run(self) -> None:
        threads = [
            threading.Thread(target=self._coach, args=(laptop,), daemon=True)
            for laptop in self.laptops
        ]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 4 * PHASE_TIMEOUT_S
        for thread in threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        if any(thread.is_alive() for thread in threads):
            raise RuntimeError("coaches still running at the deadline")
        self._mark_cpu()

    # Each coach: sign in | push | edit shared participants | pull to the end.
    def _coach(self, laptop: Laptop) -> None:
        try:
            self._phase("password_login", lambda: self._login(laptop))
            self._phase("login", lambda: self._refresh(laptop))
            self._phase("push", lambda: self._push_all(laptop))
            if self.barrier.wait() == 0:
                self._choose_targets()
            self.barrier.wait()
            if laptop.index in self.targets:
                self._pull_to_end(laptop, kind="edit_view")  # the editor's view before editing
            self._phase("edit", lambda: self._edit(laptop))
            self._phase("pull", lambda: self._pull_to_end(laptop, kind="pull"))
        except threading.BrokenBarrierError:
            self.tally.error("aborted:another coach failed")
        except Exception as exc:
            self.tally.error(f"exception:{type(exc).__name__}")
            self.barrier.abort()

    def _phase(self, name: str, work: Any) -> None:
        if self.barrier.wait() == 0:
            log(f"phase {name}: starting")
        started = time.perf_counter()
        work()
        self.tally.window(name, started, time.perf_counter())

    def _call(
        self,
        kind: str,
        laptop: Laptop,
        method: str,
        path: str,
        body: Any = None,
        encoding: str | None = None,
    ) -> Any:
        """The answer's JSON, or None (counted as an error) if it was not a success. ``body``:
        bytes of JSON as they are (in ``encoding``), or a value to write as JSON."""
        if laptop.http is None:
            laptop.http = Line(self.url)
        if body is not None and not isinstance(body, bytes):
            body = orjson.dumps(body)
        started = time.perf_counter()
        try:
            status, content = laptop.http.request(
                method, path, body, "application/json" if body is not None else None, encoding
            )
        finally:
            self.tally.request(kind, time.perf_counter() - started)
        if not 200 <= status < 300:
            try:
                code = orjson.loads(content).get("code", "")
            except (orjson.JSONDecodeError, AttributeError):
                code = ""
            self.tally.error(f"{kind}:http_{status}:{code}")
            return None
        # orjson: the coaches share this machine's two cores with the server, so their own
        # parsing (a pulled page is ~370 KB) is kept as cheap as it can be.
        return orjson.loads(content)

    def _login(self, laptop: Laptop) -> None:
        body = {
            "org": ORG_CODE,
            "username": laptop.username,
            "password": PASSWORD,
            "device_name": f"{laptop.username} laptop",
        }
        answer = self._call("password_login", laptop, "POST", "/v1/auth/login", body)
        if answer is None:
            raise RuntimeError("sign-in failed")
        laptop.device_id = answer["device_id"]
        laptop.refresh_token = answer["tokens"]["refresh_token"]
        device = laptop.device_id.encode()
        laptop.sent_batches = [as_sent(b.replace(b"{device_id}", device)) for b in laptop.batches]

    def _refresh(self, laptop: Laptop) -> None:
        """The sync's sign-in: the laptop's refresh token for a fresh access token, as
        ``sync.transport`` does at the start of a sync (no password, no Argon2id)."""
        body = {"device_id": laptop.device_id, "refresh_token": laptop.refresh_token}
        answer = self._call("login", laptop, "POST", "/v1/auth/refresh", body)
        if answer is None:
            raise RuntimeError("token refresh failed")
        laptop.refresh_token = answer["refresh_token"]
        laptop.token = answer["access_token"]
        assert laptop.http is not None  # opened by the call above
        laptop.http.headers["Authorization"] = f"Bearer {laptop.token}"

    def _push(self, laptop: Laptop, sent: tuple[bytes, str | None]) -> list[dict[str, Any]]:
        body, encoding = sent
        answer = self._call("push", laptop, "POST", "/v1/sync/push", body, encoding)
        results: list[dict[str, Any]] = answer["results"] if answer else []
        for result in results:
            with self.tally.lock:
                self.tally.outcomes[result["outcome"]] += 1
            if result["outcome"] == "rejected":
                self.tally.error(f"push:rejected:{result.get('code')}")
            elif result.get("row") and result["rev"] and not result.get("redirected_to"):
                # A row taken as the answer gave it, as ``SyncEngine`` counts them.
                rev = result["rev"]
                laptop.own_from = rev if laptop.own_from is None else min(laptop.own_from, rev)
        return results

    def _push_all(self, laptop: Laptop) -> None:
        for sent in laptop.sent_batches:
            for result in self._push(laptop, sent):
                row = result.get("row") or {}
                if row.get("id") in laptop.participants:
                    shared = laptop.participants[row["id"]][1]
                    laptop.participants[row["id"]] = (result["rev"], shared)

    def _choose_targets(self) -> None:
        """Every fifth coach takes three shared participants of three different teammates;
        each taken participant is taken once, so every edit pair is one applied change and
        one merge (different fields) or conflict (the same field)."""
        by_team: dict[str, list[Laptop]] = {}
        for laptop in self.laptops:
            by_team.setdefault(laptop.team_id, []).append(laptop)
        taken: set[str] = set()
        for laptop in self.laptops[::EDITOR_EVERY]:
            mates = [m for m in by_team[laptop.team_id] if m is not laptop]
            chosen: list[str] = []
            for mate in mates:
                shared = [p for p, (_, s) in mate.participants.items() if s and p not in taken]
                if shared and len(chosen) < EDITS_PER_EDITOR:
                    chosen.append(shared[0])
                    taken.add(shared[0])
                    self.owned_targets.setdefault(mate.index, []).append(shared[0])
            if chosen:
                self.targets[laptop.index] = chosen

    def _edit(self, laptop: Laptop) -> None:
        edits: list[dict[str, Any]] = []
        for number, participant in enumerate(self.targets.get(laptop.index, [])):
            row = laptop.pulled.get(participant)
            if row is None:
                self.tally.error("edit:shared participant not pulled")
                continue
            name = "city" if number % 2 == 0 else "phone"
            value = f"Ed {laptop.index}" if name == "city" else f"555-201-{laptop.index:04d}"
            edits.append(
                mutation("participants", participant, row["rev"], {name: value}, {name: row[name]})
            )
        for participant in self.owned_targets.get(laptop.index, []):
            rev, _ = laptop.participants[participant]
            edits.append(
                mutation(
                    "participants",
                    participant,
                    rev,
                    {"city": f"Own {laptop.index}"},
                    {"city": None},
                )
            )
        if edits:
            for result in self._push(laptop, as_sent(push_body(laptop, edits))):
                row_id = (result.get("row") or {}).get("id")
                with self.tally.lock:
                    self.tally.edit_outcomes.setdefault(row_id, []).append(result["outcome"])

    def _pull_to_end(self, laptop: Laptop, *, kind: str) -> None:
        cursor = 0
        own = "" if laptop.own_from is None else f"&own_from={laptop.own_from}"
        for _page in range(1000):
            # Pages as large as the laptop asks for (``SyncEngine.pull_limit``).
            page = self._call(
                "pull", laptop, "GET", f"/v1/sync/pull?cursor={cursor}&limit={MAX_PULL_LIMIT}{own}"
            )
            if page is None:
                return
            self.tally.pulled(kind, len(page["changes"]))
            for change in page["changes"]:
                if change["table"] == "participants":
                    laptop.pulled[change["row_id"]] = change["row"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return
        self.tally.error(f"{kind}:did not reach the end")


# --- the same rows with plain psycopg ---------------------------------------------------------


def raw_insert(bench_url: str, admin_url: str, org_id: str) -> dict[str, Any]:
    """Time inserting the rows the server stored into a fresh copy of the same tables.

    The reference rows they link to are copied first, untimed, so the foreign keys are
    checked as on the server; then the pushed rows go in with ``executemany`` (one INSERT
    per row, pipelined by psycopg) and with ``COPY``, each in one transaction, emptied again
    after each; ``RAW_RUNS`` times each, and the medians are reported (a single run swung
    between 0.33 and 0.56 s on the same machine).
    """
    with psycopg.connect(libpq_url(bench_url)) as source:
        pushed = {table: fetch(source, table, org_id) for table in PUSHED_TABLES}
        with fresh_database(admin_url, "raw") as raw_url:
            engine = make_engine(raw_url)
            upgrade(engine)
            engine.dispose()
            with psycopg.connect(libpq_url(raw_url)) as target:
                for table in ("teams", "coaches", "sites", "service_types", "funding_sources"):
                    columns, rows = fetch(source, table, org_id)
                    copy_rows(target, table, columns, rows)
                target.commit()
                executemany_runs, copy_runs = [], []
                for _ in range(RAW_RUNS):
                    executemany_runs.append(timed_executemany(target, pushed))
                    empty(target)
                    copy_runs.append(timed_copy(target, pushed))
                    empty(target)
    return {
        "rows": sum(len(rows) for _, rows in pushed.values()),
        "executemany_s": round(statistics.median(executemany_runs), 3),
        "copy_s": round(statistics.median(copy_runs), 3),
        "executemany_runs_s": [round(t, 3) for t in executemany_runs],
        "copy_runs_s": [round(t, 3) for t in copy_runs],
    }


Pushed = dict[str, tuple[list[str], list[Any]]]


def timed_executemany(target: psycopg.Connection[Any], pushed: Pushed) -> float:
    """Seconds to insert every pushed row with ``executemany``, in one transaction."""
    started = time.perf_counter()
    with target.cursor() as cursor:
        for table, (columns, rows) in pushed.items():
            placeholders = ", ".join(["%s"] * len(columns))
            names = ", ".join(columns)
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", rows)
    target.commit()
    return time.perf_counter() - started


def timed_copy(target: psycopg.Connection[Any], pushed: Pushed) -> float:
    """Seconds to load every pushed row with ``COPY``, in one transaction."""
    started = time.perf_counter()
    for table, (columns, rows) in pushed.items():
        copy_rows(target, table, columns, rows)
    target.commit()
    return time.perf_counter() - started


def empty(target: psycopg.Connection[Any]) -> None:
    with target.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(PUSHED_TABLES)} CASCADE")
    target.commit()


def fetch(conn: psycopg.Connection[Any], table: str, org_id: str) -> tuple[list[str], list[Any]]:
    with conn.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE org_id = %s ORDER BY id", (org_id,))
        columns = [d.name for d in cursor.description or []]
        return columns, cursor.fetchall()


def copy_rows(
    conn: psycopg.Connection[Any], table: str, columns: list[str], rows: list[Any]
) -> None:
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with conn.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


# --- the run ----------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    with ExitStack() as stack:
        bench_url = stack.enter_context(fresh_database(args.admin_url, "server"))
        env = server_environment(bench_url)
        subprocess.run(
            [sys.executable, "-m", "server", "init-db"], env=env, check=True, stdout=sys.stderr
        )
        program = seed(bench_url, args.coaches)
        log(f"seeded {len(program.coaches)} coaches in {TEAMS} teams")
        laptops = [
            Laptop(index=i, username=name, coach_id=coach_id, team_id=team_id)
            for i, (name, coach_id, team_id) in enumerate(program.coaches)
        ]
        for laptop in laptops:
            build_batches(laptop, program, args.mutations, args.batch)
        server = stack.enter_context(running_server(env, args.workers))
        simulation = Simulation(server.url, laptops, server.pid)
        cpu_before = cpu_seconds(server.pid)
        started = time.perf_counter()
        simulation.run()
        wall_s = time.perf_counter() - started
        cpu_after = cpu_seconds(server.pid)
        cpu = {k: round(cpu_after[k] - cpu_before[k], 2) for k in cpu_before}
        log(f"load done in {wall_s:.1f} s; inserting the same rows with psycopg")
        raw = raw_insert(bench_url, args.admin_url, program.org_id)
        result = report(args, server.how, simulation.tally, wall_s, raw)
        result["cpu_s_during_load"] = {**cpu, "available": round(wall_s * (os.cpu_count() or 1), 2)}
        result["cpu_s_by_phase"] = {
            phase: {
                **used,
                "available": round(result["phases_s"][phase] * (os.cpu_count() or 1), 2),
            }
            for phase, used in simulation.cpu_by_phase().items()
        }
    return result


def report(
    args: argparse.Namespace, how: str, tally: Tally, wall_s: float, raw: dict[str, Any]
) -> dict[str, Any]:
    created = args.coaches * args.mutations
    push_window = tally.phase_windows.get("push", [0.0, 0.0])
    push_s = push_window[1] - push_window[0]
    per_s = created / push_s if push_s else 0.0
    kinds = {kind: percentiles(tally.latencies.get(kind, [])) for kind in ("login", "push", "pull")}
    password = percentiles(tally.latencies.get("password_login", []))
    worst_p95 = max(k.get("p95_ms", 0.0) for k in kinds.values())
    error_count = sum(tally.errors.values())
    targets = {
        "errors": target(error_count, TARGET_ERRORS),
        "p95_ms_worst_kind": target(worst_p95, TARGET_P95_MS),
        **{
            f"p95_ms_{kind}": target(k.get("p95_ms", 0.0), TARGET_P95_MS)
            for kind, k in kinds.items()
        },
        "mutations_per_s": target(per_s, TARGET_MUTATIONS_PER_S, at_most=False),
        "ingest_ratio_vs_executemany": target(push_s / raw["executemany_s"], TARGET_RATIO),
        # Not one of the targets, but a wrong answer is worse than a slow one.
        "lost_updates": target(tally.lost_updates(), 0),
    }
    return {
        "benchmark": "server_load",
        "config": {
            "coaches": args.coaches,
            "mutations_per_coach": args.mutations,
            "batch_size": args.batch,
            "workers": args.workers,
            "server": how,
            "database": "PostgreSQL on 127.0.0.1",
            "editors": len(range(0, args.coaches, EDITOR_EVERY)),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        },
        "requests": kinds,
        # Not in the targets: a laptop signs in with its password once, when it is set up (and
        # again only if the server asks). 200 at the same instant are 200 Argon2id hashes of
        # 40-50 ms of CPU each, 4-5 s on 2 cores however the server is built.
        "password_login_at_setup": password,
        "mutations": {
            "created": created,
            "outcomes": dict(sorted(tally.outcomes.items())),
            "merged": tally.outcomes.get("merged", 0),
            "conflicts": tally.outcomes.get("conflict", 0),
            "edit_pairs": sum(1 for o in tally.edit_outcomes.values() if len(o) == 2),
            "rows_pulled": dict(sorted(tally.rows_pulled.items())),
            "lost_updates": tally.lost_updates(),
        },
        "errors": {"count": error_count, "by_code": dict(sorted(tally.errors.items()))},
        "phases_s": {p: round(w[1] - w[0], 3) for p, w in tally.phase_windows.items()},
        "wall_s": round(wall_s, 3),
        "throughput": {"push_phase_s": round(push_s, 3), "mutations_per_s": round(per_s, 1)},
        "raw_insert": {
            **raw,
            "server_ingest_s": round(push_s, 3),
            "ratio_vs_executemany": round(push_s / raw["executemany_s"], 2),
            "ratio_vs_copy": round(push_s / raw["copy_s"], 2),
        },
        "targets": targets,
        "ok": all(t["ok"] for t in targets.values()),
    }


def _count(text: str) -> int:
    """A whole number of at least 1 (``--batch 0`` would otherwise end in a traceback)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server_load", description=__doc__)
    parser.add_argument("--coaches", type=_count, default=200)
    parser.add_argument("--mutations", type=_count, default=50, help="new records per coach")
    parser.add_argument(
        "--batch", type=_count, default=50, help="mutations per push (the laptop sends up to 500)"
    )
    parser.add_argument("--workers", type=_count, default=4, help="server worker processes")
    parser.add_argument("--admin-url", default=ADMIN_URL, help="PostgreSQL to make databases on")
    parser.add_argument("--quick", action="store_true", help="20 coaches x 10 mutations")
    args = parser.parse_args(argv)
    if args.quick:
        args.coaches, args.mutations = 20, 10
    if make_url(args.admin_url).host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("--admin-url must name a database on this machine (127.0.0.1)")

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    # A SIGTERM cleans up like Ctrl-C: the server stops and the databases are dropped.
    signal.signal(signal.SIGTERM, stop)
    try:
        with create_engine(args.admin_url).connect():
            pass
    except OperationalError:
        log(f"server_load: no PostgreSQL at {make_url(args.admin_url).render_as_string()}")
        return 2
    try:
        result = run(args)
    except KeyboardInterrupt:
        log("server_load: interrupted; server stopped and databases dropped")
        return 130
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
