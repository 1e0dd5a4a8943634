"""The server as an administrator runs it in production: set up with the admin CLI alone, then
started with the systemd unit's own gunicorn command (``installer/server/coachapp-server.service``)
and used by a laptop over loopback HTTP — sign-in, push, pull — then stopped as systemd stops it.
"""

from __future__ import annotations

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
    env = {**os.environ, "COACHAPP_SERVER_DATABASE_URL": server_db_url}
    env.pop("COACHAPP_SERVER_CONFIG", None)
    for line in cli(env, "generate-secrets").splitlines():
        name, _, value = line.partition("=")
        env[name] = value
    cli(env, "init-db")
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
