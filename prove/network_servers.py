"""The sync server for the network storm: a process killed with SIGKILL and started again.

Like ``tests.sync.server_process.ServerProcess`` (same settings from the environment, same
loopback port every time, so nothing but the crash changes for the laptops), but each server
process is forked from ``prove.server_zygote``, which imported the server once: a restart
costs a fraction of a second instead of the seconds of importing FastAPI, SQLAlchemy and
Alembic again, so a quick run can afford real restarts. The killed process and the new one
share nothing but the database — exactly what a restart leaves.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from server.settings import ENV_PREFIX, Settings
from tests.sync.server_process import REPO, free_port, wait_until_healthy


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class ForkedServer:
    """The server on a fixed loopback port: ``start``, ``kill`` (SIGKILL), ``stop``."""

    def __init__(self, settings: Settings, *, log: Path) -> None:
        self.port = free_port()
        self.log = log
        self.pid: int | None = None
        self.kills = 0
        env = dict(os.environ)
        env.update(
            {
                f"{ENV_PREFIX}DATABASE_URL": settings.database_url,
                f"{ENV_PREFIX}TOKEN_SECRET": settings.token_secret,
                f"{ENV_PREFIX}MASTER_KEY": settings.master_key,
            }
        )
        env.pop(f"{ENV_PREFIX}CONFIG", None)
        with log.open("ab") as out:
            self._zygote = subprocess.Popen(
                [sys.executable, "-m", "prove.server_zygote"],
                cwd=REPO,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=out,
            )
        self._restarting: threading.Thread | None = None
        self._failed: list[BaseException] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 60) -> None:
        assert self.pid is None, "already running"
        zygote = self._zygote
        assert zygote.stdin is not None and zygote.stdout is not None
        zygote.stdin.write(f"start {self.port}\n".encode())
        zygote.stdin.flush()
        answer = zygote.stdout.readline().strip()
        if not answer.isdigit():
            raise AssertionError(f"the server's parent process failed; see {self.log}")
        self.pid = pid = int(answer)
        wait_until_healthy(self.url, lambda: _alive(pid), timeout=timeout, log=self.log, poll=0.02)

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown; open transactions die with the process."""
        if self.pid is None:
            return
        pid, self.pid = self.pid, None
        os.kill(pid, signal.SIGKILL)
        self.kills += 1
        deadline = time.monotonic() + 30
        while _alive(pid):
            assert time.monotonic() < deadline, "a killed server process did not go away"
            time.sleep(0.005)

    def kill_and_restart(self, *, outage: float = 0.0) -> None:
        """Kill now; start a new process after ``outage`` seconds, in the background (the
        caller may be the proxy relaying the very request being killed). ``ready()`` waits."""
        assert self._restarting is None, "call ready() first"
        self.kill()

        def restart() -> None:
            try:
                time.sleep(outage)
                self.start()
            except BaseException as exc:  # reported by ready()
                self._failed.append(exc)

        self._restarting = threading.Thread(target=restart, name="server-restart", daemon=True)
        self._restarting.start()

    def ready(self) -> None:
        """Wait for a restart in progress; fail if it did not come up."""
        if self._restarting is not None:
            self._restarting.join(timeout=120)
            assert not self._restarting.is_alive(), "the server did not come back"
            self._restarting = None
        if self._failed:
            raise AssertionError(f"the server did not come back: {self._failed[0]}")

    def stop(self) -> None:
        if self._restarting is not None:
            self._restarting.join(timeout=120)
        if self.pid is not None:
            pid, self.pid = self.pid, None
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.02)
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if self._zygote.stdin is not None:
            self._zygote.stdin.close()
        try:
            self._zygote.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._zygote.kill()
            self._zygote.wait(timeout=10)
        if self._zygote.stdout is not None:
            self._zygote.stdout.close()
