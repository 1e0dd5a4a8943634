"""``python -m server``: the administrator's command line (set-up, coaches, laptops, data).

Every command runs in one database transaction and records an audit event. Bad input
gets one line on standard error starting with ``server:`` and exit status 2, never a
traceback and never a half-made change.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from server.admin import commands, reports
from server.admin.errors import AdminError
from server.settings import SettingsError

PROG = "python -m server"

DESCRIPTION = """\
CoachApp sync server: run it, and manage organisations, coaches, laptops and reference data.

The database comes from COACHAPP_SERVER_DATABASE_URL (or the [server] table of the TOML
file named by COACHAPP_SERVER_CONFIG); --database-url overrides both.
"""

EPILOG = f"""\
first set-up:
  {PROG} generate-secrets >> /etc/coachapp/server.env
  {PROG} init-db
  {PROG} create-org --code DEMO --name "Demo County HPOG"
  {PROG} add-team --org DEMO --code NORTH --name "North Team"
  {PROG} add-coach --org DEMO --username maria.g --name "Maria Garcia" --role coach --team NORTH

'{PROG} COMMAND --help' shows a command's options and an example.
Errors print one line starting with 'server:' and exit with status 2; nothing is changed.
"""

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """The command line itself is wrong (unknown command, missing or bad option)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would print the usage block and exit; an administrator's script wants
        # one line it can log, and tests want main() to return.
        raise UsageError(f"{message} (see: {self.prog} --help)")


# name, one-line help, example, handler
_COMMANDS: list[tuple[str, str, str, Handler]] = [
    ("serve", "run the sync server for laptops (uvicorn)",
     "serve --host 127.0.0.1 --port 8700 --workers 2", commands.serve),
    ("generate-secrets", "print new token secret and master key settings",
     "generate-secrets >> /etc/coachapp/server.env", commands.generate_secrets),
    ("init-db", "create or upgrade the database schema (safe to repeat)",
     "init-db --database-url postgresql+psycopg://coachapp@localhost/coachapp",
     commands.init_db),
    ("create-org", "add an organisation (one HPOG program)",
     'create-org --code DEMO --name "Demo County HPOG"', commands.create_org),
    ("add-team", "add a team to an organisation",
     'add-team --org DEMO --code NORTH --name "North Team"', commands.add_team),
    ("add-coach", "add a coach, supervisor or admin with a password",
     'add-coach --org DEMO --username maria.g --name "Maria Garcia" --role coach --team NORTH',
     commands.add_coach),
    ("reset-password", "set a new password for a coach who forgot theirs",
     "reset-password --org DEMO --username maria.g", commands.reset_password),
    ("disable-coach", "stop a coach signing in; their laptops wipe at next contact",
     "disable-coach --org DEMO --username maria.g", commands.set_active),
    ("enable-coach", "let a disabled coach sign in and sync again",
     "enable-coach --org DEMO --username maria.g", commands.set_active),
    ("list-devices", "list the laptops registered to an organisation's coaches",
     "list-devices --org DEMO --username maria.g", commands.list_devices),
    ("revoke-device", "revoke a lost laptop (it wipes itself at next contact)",
     "revoke-device --org DEMO --device 0190a1b2-...", commands.revoke_device),
    ("import-reference", "import sites, partners, courses... from CSV or JSON",
     "import-reference --org DEMO sites.csv", commands.import_reference),
    ("export", "write an organisation's data as one CSV file per table",
     "export --org DEMO --out /secure/exports/2026-03", commands.export_org),
    ("report", "an organisation's reports (HPOG indicators, goals, spend...) as CSV or JSON",
     "report performance --org DEMO --from 2025-07-01 --to 2026-06-30 --format csv "
     "--output performance.csv", commands.report),
]  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--database-url", metavar="URL", help="database to use (see above)")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, title="commands", parser_class=_Parser
    )
    for name, summary, example, handler in _COMMANDS:
        cmd = sub.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=f"example:\n  {PROG} {example}\n",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        # Accepted after the command too; SUPPRESS keeps a top-level value from being reset.
        cmd.add_argument(
            "--database-url", metavar="URL", default=argparse.SUPPRESS, help="database to use"
        )
        cmd.set_defaults(handler=handler)
        _add_options(name, cmd)
    return parser


def _add_options(name: str, cmd: argparse.ArgumentParser) -> None:
    if name == "serve":
        cmd.add_argument("--host", help="address to listen on (default: settings, 127.0.0.1)")
        cmd.add_argument("--port", type=int, help="port (default: settings, 8700)")
        cmd.add_argument("--workers", type=int, help="worker processes (default: settings, 1)")
        return
    if name in ("generate-secrets", "init-db"):
        return
    if name == "create-org":
        cmd.add_argument("--code", required=True, help="short code coaches type at sign-in")
        cmd.add_argument("--name", required=True, help="the program's name")
        return
    cmd.add_argument("--org", required=True, metavar="CODE", help="organisation code")
    if name == "add-team":
        cmd.add_argument("--code", required=True, metavar="TEAMCODE", help="team code")
        cmd.add_argument("--name", required=True, help="team name")
    elif name in ("add-coach", "reset-password"):
        cmd.add_argument("--username", required=True, help="the coach's sign-in name")
        if name == "add-coach":
            cmd.add_argument("--name", required=True, help="display name")
            cmd.add_argument("--role", required=True, choices=["coach", "supervisor", "admin"])
            cmd.add_argument("--team", metavar="TEAMCODE", help="the coach's team")
        given = cmd.add_mutually_exclusive_group()
        given.add_argument(
            "--password-file", metavar="FILE", help="read the password from FILE's first line"
        )
        given.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )
        cmd.epilog = (cmd.epilog or "") + (
            "\nWithout --password-file or --password-stdin the password is asked for twice.\n"
            "It must have at least 10 characters and not be a common password; it also\n"
            "unlocks the coach's laptop.\n"
        )
    elif name in ("disable-coach", "enable-coach"):
        cmd.add_argument("--username", required=True, help="the coach's sign-in name")
    elif name == "list-devices":
        cmd.add_argument("--username", help="only this coach's laptops")
    elif name == "revoke-device":
        cmd.add_argument("--device", required=True, metavar="ID", help="id from list-devices")
    elif name == "import-reference":
        cmd.add_argument("file", metavar="FILE", help="a .csv (one table) or .json file")
        cmd.add_argument(
            "--table", metavar="T", help="table of a CSV file not named after it (e.g. sites)"
        )
        cmd.epilog = (cmd.epilog or "") + _IMPORT_NOTES
    elif name == "export":
        cmd.add_argument("--out", required=True, metavar="DIR", help="folder for the CSV files")
    elif name == "report":
        reports.add_options(cmd)


_IMPORT_NOTES = """
tables: teams, sites, partners, courses, service_types, funding_sources,
        enrollment_goals, poverty_guidelines
A row whose code (name for partners and courses; year and region for poverty
guidelines; team, site and period for goals) exists already is updated. Teams are
named by code: sites.adopted_by_team, enrollment_goals.team and .site.
Any bad row: one line naming file, row and column, and nothing is imported.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (0 done, 2 bad input, 1 unexpected)."""
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc))
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    handler: Handler = args.handler
    try:
        return handler(args)
    except (AdminError, SettingsError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        print("server: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except Exception as exc:
        # Only the exception's type: its text may quote SQL parameters or file contents.
        print(
            f"server: unexpected error ({type(exc).__name__}); nothing was changed",
            file=sys.stderr,
        )
        return 1


def _fail(message: str) -> int:
    print(f"server: {message}", file=sys.stderr)
    return 2
