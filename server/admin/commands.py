"""What each ``python -m server`` command does: read its arguments, run one operation in one
transaction, and tell the administrator what happened and what comes next.
"""

from __future__ import annotations

import argparse
import base64
import importlib.util
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coachapp.atomic import write_atomic
from coachapp.models.enums import StudyGroup
from server.admin import (
    accounts,
    devices,
    export,
    orgs,
    reference_files,
    reference_import,
    reports,
)
from server.admin.audit import record_admin_action
from server.admin.connection import database_url, open_database, translate
from server.admin.errors import AdminError
from server.admin.password_entry import read_new_password
from server.db import Database, upgrade
from server.settings import ENV_PREFIX, load_settings

T = TypeVar("T")


@contextmanager
def _database(args: argparse.Namespace, *, for_init: bool = False) -> Iterator[Database]:
    url = database_url(args.database_url)
    db = open_database(url, for_init=for_init)
    try:
        yield db
    except SQLAlchemyError as exc:
        raise translate(exc, db.engine.url) from None
    finally:
        db.dispose()


def _in_transaction(args: argparse.Namespace, work: Callable[[Session], T]) -> T:
    """Run ``work`` in one transaction: all of it is committed, or none of it."""
    with _database(args) as db, db.session() as session:
        return work(session)


def serve(args: argparse.Namespace) -> int:
    overrides = {"database_url": args.database_url} if args.database_url else None
    settings = load_settings(overrides=overrides).check()
    with _database(args):
        pass  # refuses a missing or outdated schema with one line, before workers start
    if importlib.util.find_spec("server.app") is None:
        raise AdminError("this installation has no server.app module; reinstall CoachApp")
    if args.database_url:
        # Workers build the app from settings in their own process: pass the override on.
        os.environ[f"{ENV_PREFIX}DATABASE_URL"] = args.database_url
    import uvicorn

    from server.http_protocol import HTTP_PROTOCOL

    uvicorn.run(
        "server.app:create_worker_app",
        factory=True,
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers or settings.workers,
        # Client addresses for sign-in throttling come from settings.trusted_proxies only;
        # uvicorn's own X-Forwarded-For handling would trust loopback blindly.
        proxy_headers=False,
        http=HTTP_PROTOCOL,  # TCP_NODELAY on every connection (see server.http_protocol)
    )
    return 0


def generate_secrets(_args: argparse.Namespace) -> int:
    print(f"{ENV_PREFIX}TOKEN_SECRET={secrets.token_urlsafe(48)}")
    print(f"{ENV_PREFIX}MASTER_KEY={base64.b64encode(secrets.token_bytes(32)).decode()}")
    print(
        "# Give every app server the same two values and keep them out of version control. "
        "Losing the master key loses every escrowed laptop key.",
        file=sys.stderr,
    )
    return 0


def init_db(args: argparse.Namespace) -> int:
    with _database(args, for_init=True) as db:
        upgrade(db.engine)
        with db.session() as session:
            record_admin_action(session, action="init_db")
    print("The database schema is up to date.")
    return 0


def create_org(args: argparse.Namespace) -> int:
    org = _in_transaction(args, lambda s: orgs.create_org(s, code=args.code, name=args.name))
    print(f"Created organisation {org.code} ({org.name}).")
    print(f"Next: python -m server add-team --org {org.code} --name NAME --code CODE")
    return 0


def add_team(args: argparse.Namespace) -> int:
    team = _in_transaction(
        args, lambda s: orgs.add_team(s, org_code=args.org, code=args.code, name=args.name)
    )
    print(f"Added team {team.code} ({team.name}); laptops receive it at their next sync.")
    return 0


def add_coach(args: argparse.Namespace) -> int:
    password = _password(args)
    coach = _in_transaction(
        args,
        lambda s: accounts.add_coach(
            s,
            org_code=args.org,
            username=args.username,
            display_name=args.name,
            role=args.role,
            team_code=args.team,
            password=password,
        ),
    )
    team = f" in team {coach.team_code}" if coach.team_code else ""
    print(f"Added {coach.role} {coach.username}{team}.")
    print(
        "They sign in on their laptop with this username and password; the password also "
        "unlocks the laptop."
    )
    return 0


def reset_password(args: argparse.Namespace) -> int:
    password = _password(args)
    reset = _in_transaction(
        args,
        lambda s: accounts.reset_password(
            s, org_code=args.org, username=args.username, password=password
        ),
    )
    print(f"New password set for {reset.username}; {reset.sessions_ended} sign-in(s) ended.")
    print(
        "Next, the coach opens CoachApp while online and signs in with the new password. "
        "The laptop gets its key back from escrow and re-wraps it under the new password; "
        "work not yet synced stays on the laptop."
    )
    return 0


def set_active(args: argparse.Namespace) -> int:
    active = args.command == "enable-coach"
    coach, changed = _in_transaction(
        args,
        lambda s: accounts.set_coach_active(
            s, org_code=args.org, username=args.username, active=active
        ),
    )
    state = "enabled" if active else "disabled"
    if not changed:
        print(f"{coach.username} was already {state}; nothing changed.")
    elif active:
        print(f"Enabled {coach.username}: they can sign in and sync again.")
    else:
        print(
            f"Disabled {coach.username}: sign-in and sync are refused from now on. At next "
            "contact their laptops are told so and wipe their local data (work not yet synced "
            "is lost). enable-coach lets them sign in again."
        )
    return 0


def list_devices(args: argparse.Namespace) -> int:
    rows = _in_transaction(
        args, lambda s: devices.list_devices(s, org_code=args.org, username=args.username)
    )
    if not rows:
        print("No laptops registered yet (a laptop registers at its coach's first sign-in).")
        return 0
    table = [("DEVICE ID", "COACH", "NAME", "REGISTERED", "LAST SEEN", "REVOKED")]
    table += [
        (
            r.device_id,
            r.username,
            r.name,
            _when(r.registered_at),
            _when(r.last_seen_at),
            _when(r.revoked_at, never="no"),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def revoke_device(args: argparse.Namespace) -> int:
    done = _in_transaction(
        args, lambda s: devices.revoke_device(s, org_code=args.org, device_id=args.device)
    )
    d = done.device
    if done.already_revoked:
        print(f"Device {d.device_id} ({d.name}, {d.username}) was already revoked.")
    else:
        print(f"Revoked device {d.device_id} ({d.name}, {d.username}).")
    print(
        "At its next contact with the server the laptop is told it is revoked and wipes its "
        "local data (work it had not synced is lost). Its sign-ins and escrowed key are gone."
    )
    return 0


def import_reference(args: argparse.Namespace) -> int:
    path = Path(args.file)
    tables = reference_files.read_reference_file(path, table=args.table)
    counts = _in_transaction(
        args,
        lambda s: reference_import.import_reference(s, org_code=args.org, tables=tables),
    )
    for name, c in counts.items():
        print(f"{name}: {c.created} added, {c.updated} updated, {c.unchanged} unchanged")
    print("Laptops receive the changes at their next sync.")
    return 0


def export_org(args: argparse.Namespace) -> int:
    out = Path(args.out)
    written = _in_transaction(args, lambda s: export.export_org(s, org_code=args.org, out_dir=out))
    total = sum(t.rows for t in written)
    print(f"Wrote {len(written)} CSV files ({total} rows) to {out}.")
    print(
        "These files hold participants' personal data: keep them on encrypted storage, share "
        "them only as your data-sharing agreements allow, and delete them when done."
    )
    return 0


def report(args: argparse.Namespace) -> int:
    request = reports.ReportRequest(
        name=args.name,
        org_code=args.org,
        period_start=args.period_start,
        period_end=args.period_end,
        output_format=args.output_format,
        as_of=args.as_of,
        team_code=args.team,
        site_code=args.site,
        coach_username=args.coach,
        study_group=StudyGroup(args.study_group) if args.study_group else None,
    )
    out = Path(args.output) if args.output else None
    if out is not None and not out.parent.is_dir():
        raise AdminError(f"no folder {out.parent} for {out.name}")

    def make(session: Session) -> str:
        text = reports.program_report(session, request)
        if out is not None:
            # Inside the transaction: the audit event stands only if the file was written.
            try:
                write_atomic(out, text.encode("utf-8"))
            except OSError as exc:
                raise AdminError(f"cannot write {out} ({exc.strerror})") from None
        return text

    text = _in_transaction(args, make)
    if out is None:
        sys.stdout.write(text)
    else:
        print(f"Wrote the {args.name} report to {out}.", file=sys.stderr)
    return 0


def _password(args: argparse.Namespace) -> str:
    return read_new_password(
        username=args.username,
        password_file=Path(args.password_file) if args.password_file else None,
        from_stdin=args.password_stdin,
    )


def _when(moment: datetime | None, *, never: str = "-") -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment is not None else never
