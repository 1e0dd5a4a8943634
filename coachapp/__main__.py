"""``python -m coachapp``: the app's command line.

The desktop window arrives with the desktop-app issue. Until then this reports on a data
folder — whether it is set up and, once unlocked, what it holds — and can search it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from coachapp import __version__
from coachapp.errors import CoachAppError

DESCRIPTION = """\
CoachApp: offline-first case management for HPOG career coaches working in TANF/DHS offices.

Without options it reports on the data folder. With a passphrase it unlocks the encrypted
store and shows what it holds; --search finds participants by part of a name or case number.
"""


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("CoachApp", appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coachapp-cli",
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
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from FILE instead of asking (demo and admin use)",
    )
    parser.add_argument(
        "--unlock", action="store_true", help="ask for the passphrase and show what the store holds"
    )
    parser.add_argument("--search", metavar="TEXT", help="find participants matching TEXT")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder_path: Path = args.data_dir or default_data_dir()
    try:
        return _report(folder_path, args)
    except CoachAppError as exc:
        print(f"coachapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into something that stopped reading (e.g. `| head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _read_passphrase(args: argparse.Namespace) -> str:
    path: Path | None = args.passphrase_file
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CoachAppError(
                f"Cannot read the passphrase file {path} ({exc.strerror})."
            ) from None
    return str(getpass.getpass("Password: "))


def _report(folder_path: Path, args: argparse.Namespace) -> int:
    from coachapp.logs import configure
    from coachapp.store.profile import DataFolder

    folder = DataFolder(folder_path)
    print(f"CoachApp {__version__}")
    print(f"Data folder: {folder.path}")
    if not folder.is_provisioned():
        print("This laptop is not set up yet. Sign in to the program's server to start")
        print("(or make demo data: python -m coachapp.demo --participants 300 --data-dir DIR).")
        return 0
    identity = folder.identity()
    print(
        f"Signed in as: {identity.display_name} ({identity.username}), device {identity.device_id}"
    )
    problem = folder.write_problem()
    if problem is not None:
        print(f"The data folder cannot be written to ({problem}).")
    if not (args.unlock or args.passphrase_file or args.search):
        print("Locked. Use --unlock to open it, --search TEXT to find someone.")
        return 0
    folder.check_writable()  # before the log file: a read-only folder is a message, not a crash
    configure(folder.logs_path)
    store = folder.unlock(_read_passphrase(args))
    try:
        _show(store, args.search)
    finally:
        store.close()
    return 0


def _show(store: object, query: str | None) -> None:
    from coachapp.services import participants
    from coachapp.store.local import LocalStore
    from coachapp.store.outbox import pending_count

    assert isinstance(store, LocalStore)
    total, _ = participants.list_participants(store, limit=1)
    with store.read() as session:
        unsynced = pending_count(session)
    print(f"Unlocked. Participants: {total}; changes waiting to sync: {unsynced}")
    if query:
        hits = participants.find_participants(store, query, limit=20)
        print(f"Search {query!r}: {len(hits)} found")
        for hit in hits:
            case = hit.tanf_case_number or hit.ivd_case_number or ""
            print(f"  {hit.last_name}, {hit.first_name}  {hit.status:<9} {case}")
    else:
        print("The desktop window is not built yet; try --search with part of a name.")


if __name__ == "__main__":
    sys.exit(main())
