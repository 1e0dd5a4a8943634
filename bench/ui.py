"""The desktop app with a big caseload: start-up, memory, search as you type, sync smoothness.

``python -m bench.ui [--participants 50000] [--sync-rows 10000]`` prints one JSON document on
stdout (progress on stderr). A demo sync server runs as a separate process on loopback
(``python -m server.demo_seed`` + ``python -m server serve``, SQLite in a temporary folder). A
laptop is provisioned and filled with ``--participants`` demo families (as already synced),
then each measurement runs the real window (offscreen) in a fresh process:

- **start**: from launching the process to the unlocked main window (the workspace shown).
  The password KDF is excluded: the bench vault uses fast Argon2id parameters (8 MiB, one
  pass) instead of the real ones, whose cost ``bench.store`` measures on its own;
- **rss**: resident memory after opening the Participants list (its first rows shown);
- **search**: the global search box typed into one key at a time (fragments of real last
  names and case numbers); latency from each keystroke to ``SearchBox.results_shown``;
- **stall**: the longest lateness of a 10 ms timer on the GUI thread while the sync at unlock
  pushes about ``--sync-rows`` new rows and pulls them back. To say why, the report adds where
  the GUI thread (and, when it sat idle waiting for the GIL, the workers) were during each
  stall over 50 ms — file and line of our code, no data — and how long Python's cycle
  collections took, by generation (they stop every thread).

Targets: start ≤ 2 s, RSS ≤ 350 MB, search p95 ≤ 100 ms, stall ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TARGETS = {"start_s": 2.0, "rss_mb": 350.0, "search_p95_ms": 100.0, "stall_ms": 100.0}
#: The bench vault's KDF: fast, so start-up measures the app and not Argon2id.
BENCH_KDF_ARGS = {"memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}
ORG_CODE = "DEMO"
USERNAME = "demo.coach"


def log(message: str) -> None:
    print(f"bench.ui: {message}", file=sys.stderr, flush=True)


def metric(value: float, target: float) -> dict[str, Any]:
    value = round(value, 3)
    return {"value": value, "target": target, "ok": value <= target}


def percentiles(samples_ms: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {
        "p50": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
        "samples": len(ordered),
    }


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the parent: server, laptop, data ------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    subprocess.run(
        [sys.executable, "-m", "server.demo_seed", "--dir", str(folder), "--port", str(port)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "COACHAPP_SERVER_CONFIG": str(folder / "server.toml")}
    log_file = (folder / "server.log").open("ab")
    server = subprocess.Popen(
        [sys.executable, "-m", "server", "serve"],
        env=env,
        stdout=log_file,
        stderr=log_file,
        start_new_session=True,
    )
    log_file.close()
    from sync.transport import server_reachable

    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not server_reachable(url, timeout=1):
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start; see {folder / 'server.log'}")
        time.sleep(0.2)
    return server, url


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def make_laptop(root: Path, url: str, password: str, participants: int) -> Path:
    from coachapp.demo import people
    from coachapp.demo.reference import program_in_store
    from coachapp.store.profile import DataFolder
    from coachapp.store.vault import KdfParams
    from sync import provision

    folder = DataFolder(root / "laptop")
    connection = provision.provision(
        folder,
        server_url=url,
        org=ORG_CODE,
        username=USERNAME,
        password=password,
        device_name="bench laptop",
        kdf=KdfParams(**BENCH_KDF_ARGS),
    )
    try:
        program = program_in_store(connection.store)
        program.coaches = [c for c in program.coaches if c.username == USERNAME]
        log(f"generating {participants:,} families on the laptop …")
        started = time.perf_counter()
        people.generate(connection.store, program, participants=participants, seed=11)
        log(f"… in {time.perf_counter() - started:.0f} s")
    finally:
        connection.close()
    return folder.path


def add_unsynced_work(folder: Path, password: str, rows: int) -> int:
    """About ``rows`` new rows waiting to be pushed; returns how many records are waiting."""
    from sqlalchemy import func, select

    from coachapp.demo import people
    from coachapp.demo.reference import program_in_store
    from coachapp.store.outbox import OutboxEntry
    from coachapp.store.profile import DataFolder

    store = DataFolder(folder).unlock(password)
    try:
        program = program_in_store(store)
        program.coaches = [c for c in program.coaches if c.username == USERNAME]
        # ≈ 13 rows per demo family, each with its audit event: ≈ 27 records to push.
        families = max(1, rows // 27)
        log(f"recording {families:,} new families as unsynced work (≈ {rows:,} rows) …")
        people.generate(store, program, participants=families, seed=29, unsynced=True)
        with store.read() as session:
            waiting = session.scalar(
                select(func.count()).select_from(
                    select(OutboxEntry.table_name, OutboxEntry.row_id).distinct().subquery()
                )
            )
        return int(waiting or 0)
    finally:
        store.close()


def child(mode: str, folder: Path, url: str, password_file: Path) -> dict[str, Any]:
    """Run one measurement in a fresh process; its JSON answer is its last stdout line."""
    started = time.time()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.ui",
            "--child",
            mode,
            "--data-dir",
            str(folder),
            "--server-url",
            url,
            "--password-file",
            str(password_file),
            "--t0",
            repr(started),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.ui --child {mode} failed:\n{done.stderr[-3000:]}")
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def run(participants: int, sync_rows: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "benchmark": "ui",
        "participants": participants,
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "kdf": {
            "excluded": True,
            "bench_params": BENCH_KDF_ARGS,
            "why": "start-up is measured without the password KDF (bench.store measures it)",
        },
    }
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-ui-") as tmp:
        root = Path(tmp)
        server_dir = root / "server"
        log("starting a demo sync server …")
        server, url = start_server(server_dir)
        try:
            password_file = server_dir / "DEMO-PASSWORD.txt"
            password = password_file.read_text(encoding="utf-8").strip()
            laptop = make_laptop(root, url, password, participants)

            log("start-up, memory and search (fresh process) …")
            first = child("start", laptop, url, password_file)
            log("sync smoothness (fresh process) …")
            waiting = add_unsynced_work(laptop, password, sync_rows)
            second = child("stall", laptop, url, password_file)
        finally:
            stop(server)
    result["start_s"] = metric(first["start_s"], TARGETS["start_s"])
    result["rss_mb"] = metric(first["rss_mb"], TARGETS["rss_mb"])
    result["rss_mb_unlocked_on_today_before_the_list"] = first["rss_before_list_mb"]
    result["participants_list_rows_shown"] = first["list_rows"]
    result["search_ms"] = first["search_ms"]
    result["search_p95_ms"] = metric(first["search_ms"]["p95"], TARGETS["search_p95_ms"])
    result["stall_ms"] = metric(second["stall_ms"], TARGETS["stall_ms"])
    result["sync_during_stall"] = {
        "records_waiting": waiting,
        **second["sync"],
        "timer_ticks": second["ticks"],
        "lateness_p99_ms": second["lateness_p99_ms"],
        "longest_stall_between_unlock_and_sync_start_ms": second["stall_after_unlock_ms"],
        "stalls_over_50ms_and_sync_phase": second["stalls_over_50ms"],
        "where_the_gui_thread_was_during_stalls": second["stall_sites"],
        "python_gc_during_unlock_and_sync": second["gc"],
    }
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    result["ok"] = all(result[k]["ok"] for k in ("start_s", "rss_mb", "search_p95_ms", "stall_ms"))
    return result


# --- the child: the real window ------------------------------------------------------------------


def _unlock(folder: Path, url: str, password: str) -> tuple[Any, Any, Any]:

    from coachapp.config import Settings
    from coachapp.store.profile import DataFolder
    from ui.launch import build_window, make_app
    from ui.screens.lock import LockScreen

    app = make_app()
    settings = Settings(server_url=url, org=ORG_CODE, auto_lock_minutes=60, sync_interval_minutes=0)
    window = build_window(folder=DataFolder(folder), settings=settings)
    window.show()
    lock = window.stack.currentWidget()
    assert isinstance(lock, LockScreen)
    lock.password.setText(password)
    lock.submit()
    while window.workspace is None:
        _pump(5)
    return app, window, window.workspace


def _pump(ms: int) -> None:
    """Run the event loop for ``ms``, as ``app.exec()`` would. (``QTest.qWait`` holds the GIL
    while it sleeps: the workers would crawl and the numbers would be wrong.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(condition: Any, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        _pump(2)
    return True


def child_start(folder: Path, url: str, password: str, t0: float) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QTableView

    app, window, workspace = _unlock(folder, url, password)
    QApplication.processEvents()
    start_s = time.time() - t0
    sync = workspace.sync
    _wait(lambda: not sync.running, 120)
    _pump(300)
    before_list = rss_mb()

    workspace.show_page("participants")
    page = workspace.stack.currentWidget()

    def rows_shown() -> int:
        views = [v for v in page.findChildren(QTableView) if v.isVisible() and v.model()]
        return max((v.model().rowCount() for v in views), default=0)

    _wait(lambda: rows_shown() > 0, 60)
    _pump(300)
    memory = rss_mb()
    list_rows = rows_shown()

    search = workspace.search
    queries = _queries(window)
    shown: dict[str, float] = {}
    search.results_shown.connect(lambda q, _n: shown.setdefault(q, time.perf_counter()))
    latencies: list[float] = []
    for word in queries:
        search.clear()
        search.setFocus()
        _pump(20)
        for ch in word:
            pressed = time.perf_counter()
            _type(search, ch)
            typed = search.text().strip()
            if len(typed) < 2:
                continue
            shown.pop(typed, None)
            if _wait(lambda t=typed: t in shown, 10):
                latencies.append((shown[typed] - pressed) * 1000)
    window.close()
    del app
    return {
        "start_s": start_s,
        "rss_mb": memory,
        "rss_before_list_mb": round(before_list, 1),
        "list_rows": list_rows,
        "search_ms": percentiles(latencies) if latencies else {},
    }


def _type(widget: Any, ch: str) -> None:
    """One key press as the keyboard sends it (any letter, accented ones included)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _queries(window: Any) -> list[str]:
    """Fragments of last names and case numbers that are in the caseload."""
    from coachapp.services.participants import list_participants

    store = window.ctx.store
    _total, people = list_participants(store, limit=1000)
    rng = random.Random(5)
    words: list[str] = []
    names = [p.last_name for p in people if len(p.last_name) >= 4]
    cases = [p.tanf_case_number for p in people if p.tanf_case_number]
    for _ in range(30):
        name = rng.choice(names)
        words.append(name[: rng.choice((4, 5))].lower())
    for _ in range(10):
        if cases:
            digits = "".join(ch for ch in rng.choice(cases) if ch.isdigit())
            words.append(digits[:6])
    return words


def _site(frame: Any) -> str:
    """file:line of the innermost frame of our own code (no values, no data)."""
    while frame is not None:
        name = frame.f_code.co_filename
        if "site-packages" not in name and any(
            f"{os.sep}{pkg}{os.sep}" in name for pkg in ("ui", "coachapp", "sync")
        ):
            short = name.split(os.sep)[-2:]
            return f"{'/'.join(short)}:{frame.f_lineno} {frame.f_code.co_name}"
        frame = frame.f_back
    return "?"


class StallWatch:
    """Notes where the GUI thread is while its timer is late (file:line of our code only:
    no values, no data), so a stall in the report says which code caused it."""

    def __init__(self, threshold_ms: float = 100) -> None:
        import threading

        self.threshold = threshold_ms / 1000
        self.beat = time.perf_counter()
        self.sites: dict[str, float] = {}
        self._main = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        import threading

        while not self._stop.wait(0.02):
            late = time.perf_counter() - self.beat
            if late < self.threshold:
                continue
            frames = sys._current_frames()
            where = _site(frames.get(self._main))
            self.sites[where] = max(self.sites.get(where, 0.0), late * 1000)
            # The GUI thread idle in its event loop and late anyway: it was waiting for the
            # GIL. Note what the other threads were running (innermost frame, and ours).
            for ident, frame in frames.items():
                if ident in (self._main, threading.get_ident()) or frame is None:
                    continue
                ours = _site(frame)
                if ours == "?":
                    continue  # an idle pool thread
                inner = frame.f_code.co_filename.split(os.sep)[-2:]
                site = f"{ours} > {'/'.join(inner)}:{frame.f_lineno} {frame.f_code.co_name}"
                key = f"GUI at {where}; worker at {site}"
                self.sites[key] = max(self.sites.get(key, 0.0), late * 1000)

    def stop(self) -> list[dict[str, Any]]:
        self._stop.set()
        self._thread.join(timeout=1)
        ranked = sorted(self.sites.items(), key=lambda kv: -kv[1])[:8]
        return [{"where": where, "late_ms_at_least": round(ms)} for where, ms in ranked]


class GcWatch:
    """How long Python's cycle collections took, by generation (they stop every thread)."""

    def __init__(self) -> None:
        import gc

        self._gc = gc
        self._started = 0.0
        self.by_generation: dict[int, list[float]] = {0: [], 1: [], 2: []}
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.by_generation[info["generation"]].append(
                (time.perf_counter() - self._started) * 1000
            )

    def stop(self) -> dict[str, Any]:
        if self._callback in self._gc.callbacks:
            self._gc.callbacks.remove(self._callback)
        return {
            f"gen{generation}": {
                "collections": len(ms),
                "longest_ms": round(max(ms, default=0.0), 1),
                "total_ms": round(sum(ms), 1),
            }
            for generation, ms in self.by_generation.items()
        }


def child_stall(folder: Path, url: str, password: str) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer

    gc_watch = GcWatch()
    app, window, workspace = _unlock(folder, url, password)
    sync = workspace.sync
    lateness: list[float] = []
    last = [time.perf_counter()]
    phase = ["start"]
    worst: list[tuple[float, str]] = []
    watch = StallWatch(threshold_ms=50)

    def tick() -> None:
        now = time.perf_counter()
        late = max(0.0, (now - last[0] - 0.010) * 1000)
        lateness.append(late)
        if late > 50:
            worst.append((round(late, 1), phase[0]))
        last[0] = watch.beat = now

    sync.progress.connect(lambda step: phase.__setitem__(0, step.phase))

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(10)
    # The unlock itself (pages built, first lists read) is reported apart: the target is
    # about the sync. The sync's own stretch starts with its first progress step.
    unlocked: list[float] = []

    def first_step(_step: Any) -> None:
        if not unlocked:
            unlocked.extend(lateness)
            lateness.clear()

    sync.progress.connect(first_step)
    reports: list[Any] = []
    sync.finished.connect(reports.append)
    began = time.perf_counter()
    _wait(lambda: bool(reports) or (not sync.running and sync.last_error is not None), 1800)
    seconds = time.perf_counter() - began
    timer.stop()
    sites = watch.stop()
    collections = gc_watch.stop()
    window.close()
    del app
    if not reports:
        raise RuntimeError(f"the sync failed: {sync.last_error}")
    report = reports[0]
    ordered = sorted(lateness)
    return {
        "stall_ms": ordered[-1] if ordered else 0.0,
        "stall_after_unlock_ms": round(max(unlocked, default=0.0), 1),
        "lateness_p99_ms": round(ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)], 1),
        "ticks": len(ordered),
        "stalls_over_50ms": sorted(worst, reverse=True)[:10],
        "stall_sites": sites,
        "gc": collections,
        "sync": {
            "seconds": round(seconds, 1),
            "pushed": report.pushed,
            "pulled": report.pulled,
            "rejected": report.rejected,
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ui", description=__doc__.split("\n")[0])
    parser.add_argument("--participants", type=int, default=50_000)
    parser.add_argument("--sync-rows", type=int, default=10_000)
    parser.add_argument("--child", choices=["start", "stall"], help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--server-url", help=argparse.SUPPRESS)
    parser.add_argument("--password-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        password = args.password_file.read_text(encoding="utf-8").strip()
        if args.child == "start":
            answer = child_start(args.data_dir, args.server_url, password, args.t0)
        else:
            answer = child_stall(args.data_dir, args.server_url, password)
        print(json.dumps(answer))
        return 0
    print(json.dumps(run(args.participants, args.sync_rows), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
