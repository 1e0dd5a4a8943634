"""``python -m sync`` in child processes a test can SIGKILL at any moment.

Starting Python and importing the sync client takes about two seconds on the CI machine,
longer than the sync cycle a crash trial wants to interrupt. So a launcher process imports
the client once and then forks one child per run; the child runs the ``sync`` package as
``__main__`` (``runpy``, exactly what ``python -m sync`` executes) with its own argv, its
password on standard input and its output in a file. The launcher has no threads and opens
nothing before forking, so each child starts as clean as a fresh interpreter.

Protocol (JSON lines on the launcher's stdin/stdout): ``{"run": argv, "password": …,
"output": path, "module": name}`` → ``{"pid": n}``; ``{"poll": pid}`` → ``{"status": code |
null}`` (negative: killed by that signal). ``module`` is ``sync`` unless another is named
(the proof suite's crash checks run ``prove.crash_child`` the same way); modules named when
the launcher starts are imported before the first fork, so their children start warm too.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import runpy
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    pid: int
    output: Path
    started: float  # time.monotonic() when the child was forked


class SyncLauncher:
    """The test's side: start runs, watch their output, kill them, collect exit codes."""

    def __init__(self, preload: Sequence[str] = ()) -> None:
        env = dict(os.environ, TERM="xterm", PYTHONDONTWRITEBYTECODE="1")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.sync_process", *preload],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        ready = self._read()
        assert ready == {"ready": True}, ready

    def start(self, argv: list[str], *, password: str, output: Path, module: str = "sync") -> Run:
        """``python -m MODULE ARGV`` with ``password`` (its lines) on standard input."""
        output.write_bytes(b"")  # there from the start, for whoever watches it
        self._send({"run": argv, "password": password, "output": str(output), "module": module})
        answer = self._read()
        return Run(pid=int(answer["pid"]), output=output, started=time.monotonic())

    def poll(self, run: Run) -> int | None:
        self._send({"poll": run.pid})
        status = self._read()["status"]
        return None if status is None else int(status)

    def wait(self, run: Run, *, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while (status := self.poll(run)) is None:
            if time.monotonic() > deadline:
                os.kill(run.pid, signal.SIGKILL)
                raise AssertionError(f"sync run {run.pid} did not finish in {timeout} s")
            time.sleep(0.005)
        return status

    def kill(self, run: Run) -> int:
        """SIGKILL the run (if it is still going) and return its exit status.

        Safe against pid reuse: the launcher reaps a child only when polled, so until
        ``poll`` reports it finished, the pid is still this child (running or a zombie).
        """
        status = self.poll(run)
        if status is not None:
            return status
        os.kill(run.pid, signal.SIGKILL)
        return self.wait(run, timeout=30)

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(timeout=10)
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    def _send(self, message: dict[str, Any]) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(message) + "\n")
        self._proc.stdin.flush()

    def _read(self) -> dict[str, Any]:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise AssertionError(f"the sync launcher died (exit {self._proc.poll()})")
        answer: dict[str, Any] = json.loads(line)
        return answer


# --- the launcher process ---------------------------------------------------------------------


def _serve(requests: IO[str], answers: IO[str], preload: Sequence[str] = ()) -> None:
    # What ``sync.__main__`` imports, imported once here so children start warm (not the
    # module itself: runpy warns when the module it is asked to run is already loaded).
    import argparse  # noqa: F401
    import getpass  # noqa: F401

    import coachapp.store.profile  # noqa: F401
    import sync.errors
    import sync.provision  # noqa: F401

    for name in preload:
        importlib.import_module(name)
    finished: dict[int, int] = {}

    def reply(message: dict[str, Any]) -> None:
        answers.write(json.dumps(message) + "\n")
        answers.flush()

    reply({"ready": True})
    for line in requests:
        message = json.loads(line)
        if "run" in message:
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                module = message.get("module", "sync")
                _child(module, message["run"], message["password"], message["output"])
            reply({"pid": pid})
        elif "poll" in message:
            pid = int(message["poll"])
            if pid not in finished:
                try:
                    done, status = os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    done, status = pid, 0
                if done:
                    finished[pid] = os.waitstatus_to_exitcode(status)
            reply({"status": finished.get(pid)})


def _child(module: str, argv: list[str], password: str, output: str) -> None:
    """Runs in the forked child: become ``python -m MODULE ARGV`` and exit with its code."""
    code = 1
    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
        sys.stdin = io.StringIO(password + "\n")
        sys.argv = [f"python -m {module}", *argv]
        try:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 99
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


if __name__ == "__main__":
    # The protocol gets its own copy of stdout; children write theirs to files.
    protocol_out = os.fdopen(os.dup(1), "w", buffering=1)
    _serve(sys.stdin, protocol_out, sys.argv[1:])
