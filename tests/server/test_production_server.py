"""The server as an administrator runs it in production: set up with the admin CLI alone, then
started with the systemd unit's own gunicorn command (``installer/server/coachapp-server.service``)
and used by a laptop over loopback HTTP — sign-in, push, pull — then stopped as systemd stops it.
"""

from __future__ import annotations

import http.client
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from coachapp.ids import uuid7
from sync.protocol import PROTOCOL_VERSION
from tests.server.test_sync_http import insert, person
from tests.sync.server_process import free_port, wait_until_healthy

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "installer" / "server" / "coachapp-server.service"
PASSWORD = "Copper-Meadow-Harbor-41"


def test_laptops_connected_at_once_are_shared_out_among_the_workers(
    server_db_url: str, tmp_path: Path
) -> None:
    """Each worker listens on a socket of its own (``--reuse-port``) and the kernel shares new
    connections out among them. On one shared socket, the worker awake when laptops connect
    takes them all, and keeps them (they are kept alive): the others idle while it queues
    their requests. 32 connections to two workers: with fair shares, one gets 27 or more
    about once in 9,000 runs."""
    log = tmp_path / "gunicorn.log"
    with gunicorn(set_up(server_db_url), log) as (url, process):
        port = int(url.rsplit(":", 1)[1])
        lines = [http.client.HTTPConnection("127.0.0.1", port, timeout=30) for _ in range(32)]
        try:
            for line in lines:
                line.request("GET", "/healthz")
                answer = line.getresponse()
                answer.read()
                assert answer.status == 200
            held = connections_held(workers_of(process.pid), port)
        finally:
            for line in lines:
                line.close()
    assert len(held) == 2 and sum(held.values()) == 32, held
    assert min(held.values()) >= 6, held


def workers_of(master: int) -> list[int]:
    """The process ids of gunicorn's workers (the master's children)."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # gone meanwhile
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == master:
                children.append(int(entry.name))
    return children


def connections_held(pids: list[int], port: int) -> dict[int, int]:
    """How many established connections to ``port`` each of ``pids`` holds (from /proc)."""
    established: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                established.add(fields[9])  # the socket's inode
    held = {}
    for pid in pids:
        inodes = set()
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
        held[pid] = len(inodes & established)
    return held


def set_up(database_url: str) -> dict[str, str]:
    """The server's environment as an administrator makes it: the database named, secrets
    from ``generate-secrets``, the schema from ``init-db``."""
    env = {**os.environ, "COACHAPP_SERVER_DATABASE_URL": database_url}
    env.pop("COACHAPP_SERVER_CONFIG", None)
    for line in cli(env, "generate-secrets").splitlines():
        name, _, value = line.partition("=")
        env[name] = value
    cli(env, "init-db")
    return env


def unit_command(port: int, workers: int) -> list[str]:
    """The unit's ``ExecStart``, with this environment's gunicorn, a free loopback port and
    fewer workers (this machine has two cores)."""
    joined = UNIT.read_text().replace("\\\n", " ")
    [start] = [line for line in joined.splitlines() if line.startswith("ExecStart=")]
    args = shlex.split(start.removeprefix("ExecStart="))
    assert Path(args[0]).name == "gunicorn"
    args = [sys.executable, "-m", "gunicorn", *args[1:]]
    for option, value in (("--bind", f"127.0.0.1:{port}"), ("--workers", str(workers))):
        args[args.index(option) + 1] = value
    return args


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "server", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@contextmanager
def gunicorn(env: dict[str, str], log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            unit_command(port, workers=2),
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, lambda: process.poll() is None, timeout=60, log=log, poll=0.2)
        yield url, process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def test_set_up_with_the_cli_and_run_as_the_systemd_unit_says_it_syncs_a_laptop(
    server_db_url: str, tmp_path: Path
) -> None:
    env = set_up(server_db_url)
    cli(env, "create-org", "--code", "PROD", "--name", "Production check HPOG")
    cli(env, "add-team", "--org", "PROD", "--code", "EAST", "--name", "Eastside")
    cli(
        env,
        *("add-coach", "--org", "PROD", "--username", "jo.rivera", "--name", "Jo Rivera"),
        *("--role", "coach", "--team", "EAST", "--password-stdin"),
        stdin=PASSWORD + "\n",
    )

    log = tmp_path / "gunicorn.log"
    with gunicorn(env, log) as (url, process):
        signed_in = requests.post(
            f"{url}/v1/auth/login",
            json={
                "org": "PROD",
                "username": "jo.rivera",
                "password": PASSWORD,
                "device_name": "Eastside laptop",
            },
            timeout=30,
        )
        assert signed_in.status_code == 200, signed_in.text
        device_id = signed_in.json()["device_id"]
        refreshed = requests.post(
            f"{url}/v1/auth/refresh",
            json={
                "device_id": device_id,
                "refresh_token": signed_in.json()["tokens"]["refresh_token"],
            },
            timeout=30,
        )
        assert refreshed.status_code == 200, refreshed.text
        bearer = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}

        participant = uuid7()
        pushed = requests.post(
            f"{url}/v1/sync/push",
            json={
                "protocol": PROTOCOL_VERSION,
                "device_id": device_id,
                "batch_id": uuid7(),
                "mutations": [insert("participants", participant, **person("Zelda", shared=True))],
            },
            headers=bearer,
            timeout=30,
        )
        assert pushed.status_code == 200, pushed.text
        assert [r["outcome"] for r in pushed.json()["results"]] == ["applied"]
        # Another request, very likely to another worker: the state is in the database only.
        pulled = requests.get(f"{url}/v1/sync/pull?cursor=0", headers=bearer, timeout=30)
        assert pulled.status_code == 200, pulled.text
        rows = {c["row_id"]: c for c in pulled.json()["changes"]}
        assert rows[participant]["row"]["first_name"] == "Zelda"

        # systemd stops the service with SIGTERM to gunicorn: it finishes and exits cleanly.
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=45) == 0
    written = log.read_text(errors="replace")
    assert "POST /v1/sync/push" in written  # the access log the unit asks for
    assert "Zelda" not in written and PASSWORD not in written
