"""``python -m sync``: one sync cycle from the command line, with a progress line.

For administrators (checking a laptop) and tests. The password is asked for, or read
from standard input with ``--password-stdin``. ``--provision`` sets a new laptop up.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from coachapp.errors import CoachAppError
from coachapp.store.profile import DataFolder
from sync.engine import Progress

DESCRIPTION = """\
Run one CoachApp sync cycle for a data folder: push the changes made on this laptop, pull
the coach's caseload and the program's reference data. With --provision, sign in for the
first time and set the folder up.

Exit codes: 0 synced; 1 could not sync (offline, refused, wrong password…); 2 bad usage;
3 this laptop was revoked or the account disabled (its data folder has been wiped).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sync",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="data folder")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    parser.add_argument("--ca-bundle", metavar="FILE", help="CA certificates for the server")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    first = parser.add_argument_group("first sign-in (--provision)")
    first.add_argument("--provision", action="store_true", help="set up a new laptop")
    first.add_argument("--server", metavar="URL", help="the program's server address")
    first.add_argument("--org", metavar="CODE", help="the program's code")
    first.add_argument("--username", metavar="NAME", help="the coach's username")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.provision and not (args.server and args.org and args.username):
        parser.error("--provision needs --server, --org and --username")
    password = _password(args.password_stdin)
    show = _printer(args.quiet)
    from sync import provision
    from sync.errors import AccessWithdrawn

    folder = DataFolder(args.data_dir)
    try:
        if args.provision:
            connection = provision.provision(
                folder,
                server_url=args.server,
                org=args.org,
                username=args.username,
                password=password,
                ca_bundle=args.ca_bundle,
                progress=show,
            )
            report = connection.engine.sync(progress=show)
        else:
            connection = provision.connect(folder, password, ca_bundle=args.ca_bundle)
            report = connection.sync(progress=show)
        connection.close()
    except AccessWithdrawn as exc:
        print(f"\nsync: {exc}", file=sys.stderr)
        return 3
    except CoachAppError as exc:
        print(f"\nsync: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    if not args.quiet:
        sys.stderr.write("\n")
    print(
        f"synced: pushed {report.pushed} (applied {report.applied}, merged {report.merged}, "
        f"conflicts {report.conflicts}, refused {report.rejected}); pulled {report.pulled}; "
        f"removed {report.removed}; reference {report.reference}; {report.seconds:.1f} s"
    )
    for problem in report.problems[:10]:
        print(f"  refused: {problem}")
    return 0


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(getpass.getpass("Password: "))


def _printer(quiet: bool) -> Printer:
    return Printer(enabled=not quiet and os.environ.get("TERM") != "dumb")


class Printer:
    """One progress line on stderr: phase, a bar when the total is known, and counts."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        if progress.total:
            filled = int(30 * progress.done / progress.total)
            bar = "#" * filled + "-" * (30 - filled)
            line = f"{progress.phase:<9} [{bar}] {progress.done}/{progress.total}"
        else:
            line = f"{progress.phase:<9} {progress.done} records"
        sys.stderr.write("\r" + line.ljust(60))
        sys.stderr.flush()


if __name__ == "__main__":
    sys.exit(main())
