"""``make run``: a demo sync server on loopback, demo families on it, and the CoachApp window.

``python -m ui.demo_run [--dir .demo] [--families 300]``:

1. sets up the demo server once (``python -m server.demo_seed --if-missing``: the demo
   program, and the demo coach's random password, printed once and kept in
   ``DIR/DEMO-PASSWORD.txt``);
2. starts ``python -m server serve`` on 127.0.0.1 in the background;
3. the first time, makes demo families on a throwaway laptop and pushes them through the
   sync engine, as a coach's laptop would, into the demo coach's caseload;
4. writes a machine-wide settings file ``DIR/config.toml`` (server address and organisation),
   so the sign-in screen is filled in, and opens the window on the data folder ``DIR/laptop``.

Closing the window, or Ctrl+C in the terminal, closes the window cleanly and stops the server.
The server is started as a separate process (``ui`` never imports ``server``).
"""

from __future__ import annotations

import argparse
import copy
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from coachapp.atomic import write_atomic
from coachapp.config import MACHINE_CONFIG_ENV
from coachapp.store.profile import DataFolder
from coachapp.store.vault import KdfParams

PROG = "python -m ui.demo_run"
ORG_CODE = "DEMO"
USERNAME = "demo.coach"
PASSWORD_FILE = "DEMO-PASSWORD.txt"  # noqa: S105 - a file name, not a password
FAMILIES_DONE = "families.done"
#: The throwaway laptop only loads data; its vault is never unlocked again.
LOADER_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def say(message: str) -> None:
    print(f"demo: {message}", flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Run CoachApp against a local demo sync server: set the server up once with the "
            "demo program and demo families, start it on 127.0.0.1, open the window, and stop "
            "the server when the window closes."
        ),
    )
    parser.add_argument(
        "--dir", type=Path, default=Path(".demo"), metavar="DIR", help="demo folder (.demo)"
    )
    parser.add_argument(
        "--families",
        type=int,
        default=300,
        help="demo families to put in the demo coach's caseload the first time (300)",
    )
    return parser


# --- the server --------------------------------------------------------------------------------


def seed(folder: Path) -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "server.demo_seed", "--dir", str(folder), "--if-missing"],
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"demo: setting up the demo server failed (exit {done.returncode})")


def server_port(folder: Path) -> int:
    import tomllib

    settings = tomllib.loads((folder / "server.toml").read_text(encoding="utf-8"))
    return int(settings["server"]["port"])


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_server(folder: Path, port: int) -> subprocess.Popen[bytes]:
    if not port_free(port):
        raise SystemExit(
            f"demo: port {port} on 127.0.0.1 is in use. Stop what uses it, or remove {folder} "
            "(make clean) to set the demo up again on another port."
        )
    env = {**os.environ, "COACHAPP_SERVER_CONFIG": str(folder / "server.toml")}
    log = (folder / "server.log").open("ab")
    # Its own session: Ctrl+C reaches this script, which stops the server in order.
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "serve"],
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    from sync.transport import server_reachable

    deadline = time.monotonic() + 60
    while not server_reachable(url, timeout=1):
        if process.poll() is not None:
            raise SystemExit(f"demo: the server stopped at start; see {folder / 'server.log'}")
        if time.monotonic() > deadline:
            stop_server(process)
            raise SystemExit(f"demo: the server did not start; see {folder / 'server.log'}")
        time.sleep(0.2)
    say(f"sync server running at {url} (log: {folder / 'server.log'})")
    return process


def stop_server(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    say("sync server stopped")


# --- demo families -----------------------------------------------------------------------------


def load_families(folder: Path, url: str, families: int) -> None:
    """The first time: make families on a throwaway laptop and push them to the server."""
    marker = folder / FAMILIES_DONE
    if marker.exists() or families <= 0:
        return
    from coachapp.demo import people
    from coachapp.demo.reference import program_in_store
    from coachapp.services.participants import list_participants
    from sync import provision

    password = (folder / PASSWORD_FILE).read_text(encoding="utf-8").strip()
    with tempfile.TemporaryDirectory(prefix="coachapp-demo-loader-") as tmp:
        say("signing in a throwaway laptop to load the demo families …")
        loader = provision.provision(
            DataFolder(Path(tmp) / "loader"),
            server_url=url,
            org=ORG_CODE,
            username=USERNAME,
            password=password,
            device_name="demo data loader",
            kdf=LOADER_KDF,
        )
        try:
            already, _first = list_participants(loader.store, limit=1)
            if already:
                say("the demo caseload already has families")
            else:
                program = program_in_store(loader.store)
                own = copy.copy(program)
                own.coaches = [c for c in program.coaches if c.username == USERNAME]
                say(f"making {families} fictional families …")
                people.generate(loader.store, own, participants=families, unsynced=True)

                def shown(p: object) -> None:
                    done, total = getattr(p, "done", 0), getattr(p, "total", None)
                    if getattr(p, "phase", "") == "push" and total:
                        print(f"\rdemo: sending {done:,} of {total:,} records", end="", flush=True)

                report = loader.sync(progress=shown)
                print(flush=True)
                if report.rejected:
                    say(f"{report.rejected} demo records were refused: {report.problems[:1]}")
        finally:
            loader.close()
    write_atomic(marker, b"demo families pushed\n", mode=0o600)


# --- the window --------------------------------------------------------------------------------


def write_machine_config(folder: Path, url: str) -> Path:
    path = folder / "config.toml"
    text = (
        "# Machine-wide settings for the demo (what an installer writes in /etc/coachapp).\n"
        f'server_url = "{url}"\n'
        f'org = "{ORG_CODE}"\n'
    )
    write_atomic(path, text.encode("utf-8"), mode=0o644)
    return path


def open_window(folder: Path, config: Path) -> int:
    """The window, in this process: Ctrl+C closes it as the close button would."""
    os.environ[MACHINE_CONFIG_ENV] = str(config)
    from PySide6.QtCore import QTimer

    from ui.launch import launch, make_app

    app = make_app()

    def close_all(_signum: int, _frame: object) -> None:
        say("closing the window …")
        app.closeAllWindows()

    signal.signal(signal.SIGINT, close_all)
    signal.signal(signal.SIGTERM, close_all)
    # Python runs signal handlers between bytecodes: a timer lets it in while Qt waits.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(200)
    return launch(data_dir=folder / "laptop", user_settings=folder / "laptop-settings.toml")


def run(folder: Path, families: int) -> int:
    folder = folder.resolve()
    seed(folder)
    port = server_port(folder)
    url = f"http://127.0.0.1:{port}"
    server = start_server(folder, port)
    try:
        load_families(folder, url, families)
        config = write_machine_config(folder, url)
        laptop = DataFolder(folder / "laptop")
        if laptop.is_provisioned():
            say(f"unlock with the demo password (kept in {folder / PASSWORD_FILE})")
        else:
            say(
                f"sign in as {USERNAME} with the demo password shown when the demo was set up "
                f"(kept in {folder / PASSWORD_FILE})"
            )
        say(
            "to open only the window while this server runs: "
            f"{MACHINE_CONFIG_ENV}={config} python -m ui --data-dir {laptop.path}"
        )
        return open_window(folder, config)
    except KeyboardInterrupt:
        return 130
    finally:
        stop_server(server)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args.dir, args.families)


if __name__ == "__main__":
    sys.exit(main())
