"""The sync server as a separate process that a test can kill outright and start again.

Same settings (database, token secret, master key) as the in-test ``live_server``, so the
laptops' tokens stay valid across a restart; same port each time, so nothing but the
crash itself changes for the laptops.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import requests

from server.settings import ENV_PREFIX, Settings

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_healthy(
    url: str, alive: Callable[[], bool], *, timeout: float, log: Path, poll: float
) -> None:
    """Wait until a server process just started answers ``/healthz``; fail at once if it
    died, or after ``timeout`` seconds (pointing at its log)."""
    deadline = time.monotonic() + timeout
    while True:
        if not alive():
            raise AssertionError(f"the server exited at start; see {log}")
        try:
            if requests.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"the server did not start in {timeout} s; see {log}")
        time.sleep(poll)


class ServerProcess:
    """``uvicorn server.app:create_app`` on a fixed loopback port, in its own process."""

    def __init__(self, settings: Settings, *, log: Path, port: int | None = None) -> None:
        self.settings = settings
        self.port = port or free_port()
        self.log = log
        self.restarts = 0
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 60) -> None:
        assert self._proc is None, "already running"
        env = dict(os.environ)
        env.update(
            {
                f"{ENV_PREFIX}DATABASE_URL": self.settings.database_url,
                f"{ENV_PREFIX}TOKEN_SECRET": self.settings.token_secret,
                f"{ENV_PREFIX}MASTER_KEY": self.settings.master_key,
            }
        )
        env.pop(f"{ENV_PREFIX}CONFIG", None)
        with self.log.open("ab") as log:
            self._proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "server.app:create_app",
                    "--factory",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "warning",
                    "--no-access-log",
                ],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        process = self._proc
        wait_until_healthy(
            self.url, lambda: process.poll() is None, timeout=timeout, log=self.log, poll=0.05
        )

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, open transactions die with the process."""
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGKILL)
        self._proc.wait(timeout=30)
        self._proc = None

    def restart(self) -> None:
        self.kill()
        self.start()
        self.restarts += 1

    def stop(self) -> None:
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
        self._proc.wait(timeout=10)
        self._proc = None
