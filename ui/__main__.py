"""``coachapp`` / ``python -m ui``: open the CoachApp window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from coachapp import __version__

DESCRIPTION = """\
CoachApp: offline-first case management for HPOG career coaches working in TANF/DHS offices.

Opens the CoachApp window. The first time, sign in with the username and password your
administrator gave you; later, your password unlocks CoachApp even without a network.
The server address and policies come from the machine-wide settings file written by the
installer (on Linux /etc/coachapp/config.toml).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachapp",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"CoachApp {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="data folder (default: the per-user folder, e.g. ~/.local/share/CoachApp)",
    )
    parser.add_argument(
        "--user-settings",
        type=Path,
        metavar="FILE",
        help="the coach's own settings file (default: the per-user config folder)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check that CoachApp works on this machine (temporary store, no network) and exit",
    )
    parser.add_argument(
        "--write-machine-config",
        type=Path,
        metavar="FILE",
        help="administrators and installers: set --set values in the machine-wide settings "
        "file FILE (created from the commented template when missing; other lines are kept) "
        "and exit",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="with --write-machine-config: a setting to write, e.g. server_url=https://… "
        "(repeatable; an empty VALUE is ignored; locked=key1,key2)",
    )
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help=argparse.SUPPRESS,  # start-up timing: quit once the first screen is shown
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=argparse.SUPPRESS,  # demos and screenshots pin the date
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.write_machine_config is not None:
        return write_machine_config(args.write_machine_config, args.set)
    if args.selftest:
        from ui.selftest import selftest

        return selftest()
    from ui.launch import launch

    return launch(
        data_dir=args.data_dir,
        user_settings=args.user_settings,
        today=args.today,
        quit_after_start=args.quit_after_start,
    )


def write_machine_config(path: Path, assignments: list[str]) -> int:
    """What the Linux postinst and the Windows installer run; no Qt, no data folder."""
    from coachapp.machine_settings import parse_assignments, write_machine_settings

    try:
        values = parse_assignments(assignments)
        write_machine_settings(path, values)
    except ValueError as exc:
        print(f"coachapp: {path}: nothing written: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"coachapp: {path}: cannot write it ({exc.strerror})", file=sys.stderr)
        return 1
    keys = ", ".join(values) or "no values (file kept or created from the template)"
    print(f"coachapp: {path}: set {keys}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
