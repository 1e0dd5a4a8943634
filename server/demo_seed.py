"""``python -m server.demo_seed``: a demo sync server's database and settings in one folder.

Used by ``make run`` (through ``ui.demo_run``). In ``--dir`` it writes:

- ``server.db``: SQLite with the schema, the demo organisation (code DEMO), the demo program's
  reference data (teams, coaches, DHS branches, partners, courses, service types, funders,
  goals) and a sign-in for the demo coach ``demo.coach``;
- ``server.toml`` (mode 0600): the server's settings for ``python -m server serve`` — the
  database, fresh secrets, loopback address and port;
- ``DEMO-PASSWORD.txt`` (mode 0600): the demo coach's random password, which is also printed
  once on standard output.

Every person in the demo data is fictional. Families are not made here: ``ui.demo_run`` makes
them on a throwaway laptop and pushes them through the sync engine, as a coach's laptop would.
"""

from __future__ import annotations

import argparse
import base64
import secrets
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from coachapp.atomic import write_atomic
from coachapp.demo.reference import demo_program
from server.admin.audit import record_admin_action
from server.auth.passwords import hash_password
from server.db import Database, make_engine, upgrade
from server.storage import revisions
from server.storage.tables import Account, Organization

PROG = "python -m server.demo_seed"
ORG_CODE = "DEMO"
ORG_NAME = "Demo County HPOG"
USERNAME = "demo.coach"
DEFAULT_PORT = 8765
SETTINGS_FILE = "server.toml"
DATABASE_FILE = "server.db"
PASSWORD_FILE = "DEMO-PASSWORD.txt"  # noqa: S105 - a file name, not a password

DESCRIPTION = f"""\
Make a demo CoachApp sync server in a folder: a SQLite database with the demo program
(organisation {ORG_CODE}, its DHS branches, partners, courses and funders) and a sign-in for
the demo coach {USERNAME} with a random password, plus the server's settings file. The
password is printed once and kept in DIR/{PASSWORD_FILE} (readable only by you).

Then run the server with:
  COACHAPP_SERVER_CONFIG=DIR/{SETTINGS_FILE} python -m server serve

For demonstrations only: every person in the demo data is fictional.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--dir", type=Path, required=True, metavar="DIR", help="folder for the demo server"
    )
    parser.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing (and say so) if DIR already holds a demo server",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"loopback port the server will listen on (default {DEFAULT_PORT})",
    )
    return parser


def is_seeded(folder: Path) -> bool:
    return (folder / SETTINGS_FILE).exists() and (folder / DATABASE_FILE).exists()


def server_port(folder: Path) -> int:
    """The port written in the folder's settings (the laptop remembers the address)."""
    settings = tomllib.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    return int(settings["server"]["port"])


def new_password() -> str:
    from coachapp.demo.__main__ import new_passphrase

    return new_passphrase()


def seed(folder: Path, *, port: int) -> str:
    """Make the database, settings and password file; returns the demo coach's password."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    database = folder / DATABASE_FILE
    for leftover in (database, database.with_name(database.name + "-wal")):
        leftover.unlink(missing_ok=True)
    url = f"sqlite:///{database.resolve()}"
    password = new_password()
    engine = make_engine(url)
    upgrade(engine)
    db = Database(engine)
    try:
        with db.session() as s:
            org = Organization(code=ORG_CODE, name=ORG_NAME)
            s.add(org)
            s.flush()
            program = demo_program(org_id=org.id)
            rows = program.rows()
            s.add_all(rows)
            s.flush()
            revisions.stamp(s, rows)
            coach = next(c for c in program.coaches if c.username == USERNAME)
            account = Account(
                org_id=org.id,
                coach_id=coach.id,
                username=coach.username,
                password_hash=hash_password(password),
                role=str(coach.role),
                active=True,
            )
            s.add(account)
            s.flush()
            record_admin_action(s, action="create_org", org_id=org.id)
            record_admin_action(
                s, action="add_coach", org_id=org.id, account_id=account.id, counts={"coaches": 1}
            )
    finally:
        db.dispose()
    # Password hashes and escrowed laptop keys live in it: for this user's eyes only.
    database.chmod(0o600)
    settings = (
        "# The demo sync server made by `python -m server.demo_seed` (make run). Secrets: keep\n"
        "# this file private; delete the folder to start the demo afresh.\n"
        "[server]\n"
        f'database_url = "{url}"\n'
        f'token_secret = "{secrets.token_urlsafe(48)}"\n'
        f'master_key = "{base64.b64encode(secrets.token_bytes(32)).decode()}"\n'
        'host = "127.0.0.1"\n'
        f"port = {port}\n"
    )
    write_atomic(folder / SETTINGS_FILE, settings.encode("utf-8"), mode=0o600)
    write_atomic(folder / PASSWORD_FILE, (password + "\n").encode("utf-8"), mode=0o600)
    return password


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder: Path = args.dir
    if not 1 <= args.port <= 65535:
        print(f"{PROG}: --port must be between 1 and 65535", file=sys.stderr)
        return 2
    if args.if_missing and is_seeded(folder):
        print(
            f"The demo server in {folder} is already set up (organisation {ORG_CODE}, coach "
            f"{USERNAME}; the password is in {folder / PASSWORD_FILE})."
        )
        return 0
    try:
        password = seed(folder, port=args.port)
    except OSError as exc:
        print(f"{PROG}: cannot write to {folder}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"Demo server set up in {folder}: organisation {ORG_CODE}, coach {USERNAME}.")
    print()
    print(f"  Demo password for {USERNAME}:  {password}")
    print()
    print(
        "This is the only time it is shown. It is kept in "
        f"{folder / PASSWORD_FILE} (readable only by you) if you need it again."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
