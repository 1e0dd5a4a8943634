"""Make a demo data folder: a demo coach, the demo program and N made-up participants.

Run ``python -m coachapp.demo --help``. Used by ``make run``, screenshots and benchmarks.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from sqlalchemy import func, select

from coachapp.atomic import write_atomic
from coachapp.demo import people
from coachapp.demo.reference import demo_program
from coachapp.errors import CoachAppError
from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from coachapp.store.passphrase import check_passphrase
from coachapp.store.profile import DATABASE_FILE, DataFolder, Identity

PROG = "python -m coachapp.demo"
PASSWORD_FILE = "DEMO-PASSWORD.txt"  # noqa: S105 - a file name, not a password
EXIT_USAGE = 2

# 265 words: four of them and four digits make about 45 bits, plenty for demo data.
_WORDS = tuple(
    "acorn amber anchor apple apron arbor arrow aspen atlas attic autumn badge bagel bamboo "
    "banjo barley basil basket beacon beaver berry bison blanket blossom bonnet boulder bramble "
    "branch breeze brick bridge brook bucket buffalo bugle butter button cabin cactus camel "
    "candle canoe canyon carbon cargo carpet carrot castle cedar cello cherry chestnut cider "
    "cinder circus citrus clover cobalt cocoa comet compass copper coral cotton cougar cradle "
    "crane crayon creek cricket crystal cupboard daisy dawn delta denim desert dolphin domino "
    "dragon drift drum eagle easel echo ember emerald falcon feather fern fiddle finch fjord "
    "flannel flint forest fossil fountain fox galaxy garden garnet gazebo geyser ginger glacier "
    "globe gopher granite grape gravel harbor harvest hazel heron hickory hollow honey horizon "
    "husky igloo indigo iris island ivory jacket jasmine jelly jigsaw juniper kayak kettle kiwi "
    "koala ladder lagoon lantern lark laurel lemon lilac linen lizard llama lobster locket "
    "lotus lumber magnet mango maple marble meadow melon mesa meteor mint mitten monsoon moose "
    "mosaic moss muffin mural nectar nickel nutmeg oasis oatmeal ocean olive onyx orbit orchard "
    "otter owl paddle panda papaya parade parcel parrot pebble pelican pepper piano pickle pine "
    "planet plum pocket pony poppy prairie prism pumpkin quail quartz quill quilt rabbit radish "
    "raven reef ribbon river robin rocket saddle saffron salmon sandal satin scarf sequoia "
    "shadow shell sierra silver sketch sleigh slate sparrow spruce squash squirrel starling "
    "summit sunset swallow tablet tango teapot thimble thistle thunder tiger timber toffee "
    "topaz tortoise trail trellis tulip tundra turnip umbrella valley velvet violet volcano "
    "waffle walnut walrus willow window winter wombat yarrow zebra zephyr zinnia badger beetle "
    "biscuit".split()
)


class UsageError(Exception):
    """A bad flag or an unusable folder: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, no usage block: the caller may be a script reading stderr.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=(
            "Create a CoachApp data folder for the demo coach (username demo.coach) with the "
            "demo program's reference data and N made-up participants with their families, "
            "casework and progress. Every person is fictional (phones 555-01xx, e-mail at "
            "example.com); employers and vendors say 'Demo'."
        ),
        epilog=(
            "The passphrase is a new random one, printed once and written to "
            f"DATA_DIR/{PASSWORD_FILE} (mode 0600), unless --passphrase-file names an "
            "existing file to read it from; a --passphrase-file that does not exist yet "
            "receives the new passphrase instead. Exit status: 0 done (or nothing to do with "
            "--if-missing), 1 failed (partial files removed), 2 bad flags or folder."
        ),
    )
    parser.add_argument(
        "--participants",
        type=int,
        required=True,
        metavar="N",
        help=f"how many participants to make, 0 to {people.MAX_PARTICIPANTS:,}",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        required=True,
        metavar="DIR",
        help="the data folder to create; must not hold CoachApp data yet",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=people.DEFAULT_SEED,
        help="random seed: the same seed makes the same people (default %(default)s)",
    )
    parser.add_argument(
        "--if-missing",
        action="store_true",
        help="when DIR already holds a CoachApp profile, say so and exit 0 without changes",
    )
    parser.add_argument(
        "--unsynced",
        action="store_true",
        help="record the participants as this laptop's own unsynced changes (audited and "
        "queued for push; much slower) instead of as data the server already has",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from FILE if it exists, else write the new one there",
    )
    return parser


def new_passphrase() -> str:
    """Four random words and four digits, e.g. ``maple-otter-quill-harbor-4821``."""
    words = [secrets.choice(_WORDS) for _ in range(4)]
    return "-".join([*words, f"{secrets.randbelow(10_000):04d}"])


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    count: int = args.participants
    if not 0 <= count <= people.MAX_PARTICIPANTS:
        raise UsageError(
            f"--participants must be from 0 to {people.MAX_PARTICIPANTS:,} (got {count})"
        )
    folder = DataFolder(Path(args.data_dir).expanduser())
    if folder.path.exists() and not folder.path.is_dir():
        raise UsageError(f"{folder.path} is a file, not a folder")
    if folder.profile_path.exists() and args.if_missing:
        print(f"{folder.path} already holds a CoachApp profile; left as it is.")
        return 0
    if any(p.exists() for p in (folder.profile_path, folder.vault_path, folder.database_path)):
        raise UsageError(
            f"{folder.path} already holds CoachApp data; nothing was changed "
            "(use --if-missing to keep it, or choose another folder)"
        )
    passphrase, password_path = _passphrase(args.passphrase_file, folder)

    created: list[Path] = []
    made_folder = not folder.path.exists()
    _prepare_folder(folder.path)
    try:
        if password_path is not None:
            write_atomic(password_path, (passphrase + "\n").encode("utf-8"), mode=0o600)
            created.append(password_path)
        created += [folder.vault_path, folder.profile_path, *_database_files(folder)]
        store, report = _build(folder, passphrase, args)
    except BaseException as exc:
        _remove(created, folder.path if made_folder else None)
        if isinstance(exc, KeyboardInterrupt):
            print(f"{PROG}: interrupted; the partial demo folder was removed", file=sys.stderr)
            return 130
        if isinstance(exc, CoachAppError | OSError):
            print(f"{PROG}: failed: {exc}; partial files were removed", file=sys.stderr)
            return 1
        raise
    _summary(
        folder,
        store,
        report,
        seconds=time.perf_counter() - started,
        passphrase=passphrase if password_path is not None else None,
        password_path=password_path,
        seed=args.seed,
    )
    return 0


def _passphrase(given: Path | None, folder: DataFolder) -> tuple[str, Path | None]:
    """The passphrase, and where to write it (None when it was read from a file)."""
    if given is not None and given.exists():
        try:
            passphrase = given.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the passphrase file {given} ({exc})") from None
        try:
            check_passphrase(passphrase, username="demo.coach")
        except CoachAppError as exc:
            raise UsageError(f"the passphrase in {given} is too weak: {exc}") from None
        return passphrase, None
    target = given if given is not None else folder.path / PASSWORD_FILE
    if target.exists():
        raise UsageError(f"{target} already exists; nothing was changed")
    return new_passphrase(), target


def _prepare_folder(path: Path) -> None:
    """Create the folder and prove it is writable before anything else is written."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = path / f".write-test-{secrets.token_hex(4)}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UsageError(f"cannot write in {path} ({exc.strerror or exc})") from None


def _database_files(folder: DataFolder) -> list[Path]:
    db = folder.database_path
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def _build(
    folder: DataFolder, passphrase: str, args: argparse.Namespace
) -> tuple[LocalStore, people.GenerationReport]:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    identity = Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
    store, _key = folder.create(identity=identity, passphrase=passphrase)
    try:
        save_pulled_reference(store, program.rows())
        report = people.generate(
            store,
            program,
            participants=args.participants,
            seed=args.seed,
            unsynced=args.unsynced,
            progress=_Progress(sys.stderr),
        )
    except BaseException:
        store.close()
        raise
    return store, report


class _Progress:
    """Participants done / N on stderr: one updating line on a terminal, else a few lines."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        if self.tty:
            end = "\n" if done == total else ""
            print(f"\rparticipants {done:,} / {total:,}", end=end, file=self.out, flush=True)
            return
        tenth = done * 10 // max(total, 1)
        if tenth != self.last_tenth:
            self.last_tenth = tenth
            print(f"participants {done:,} / {total:,}", file=self.out, flush=True)


def _summary(
    folder: DataFolder,
    store: LocalStore,
    report: people.GenerationReport,
    *,
    seconds: float,
    passphrase: str | None,
    password_path: Path | None,
    seed: int,
) -> None:
    with store.read() as session:
        counts = {
            name: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in SYNCED_MODELS.items()
        }
        counts["outbox"] = int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
    store.close()  # checkpoints the WAL, so the size below is the whole database
    size_mb = sum(p.stat().st_size for p in _database_files(folder) if p.exists()) / 1e6
    print(f"Demo data folder ready: {folder.path}")
    print(f"  coach: demo.coach; database {DATABASE_FILE}: {size_mb:.1f} MB")
    print(
        f"  {report.participants:,} participants (seed {seed}) generated in "
        f"{report.seconds:.1f} s; {seconds:.1f} s in all"
    )
    width = max(len(name) for name in counts)
    for name, n in counts.items():
        if n:
            print(f"    {name:<{width}}  {n:>9,}")
    if passphrase is not None:
        print(f"  passphrase (shown once; also in {password_path}): {passphrase}")


def _remove(paths: list[Path], folder: Path | None) -> None:
    """Undo a failed run: only files this run created, and the folder if it made it."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    if folder is not None:
        with contextlib.suppress(OSError):
            os.rmdir(folder)


if __name__ == "__main__":
    sys.exit(main())
