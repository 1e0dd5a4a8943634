"""Every file CoachApp writes in the data folder is the coach's account's alone (0600): the
database with its write-ahead log and shared-memory index, the vault, the profile, the unlock
count, the logs (after a rollover too), and the files set aside as damaged."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachapp import logs
from coachapp.demo.reference import DemoProgram
from coachapp.services.reference import save_pulled_reference
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.unlock_guard import UnlockGuard
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.people import add_person

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def modes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops run with: files 0644 unless the app says otherwise."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def app_logs() -> Iterator[None]:
    kept = {name: list(logging.getLogger(name).handlers) for name in logs.APP_LOGGERS}
    levels = {name: logging.getLogger(name).level for name in logs.APP_LOGGERS}
    yield
    for name in logs.APP_LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        for handler in kept[name]:
            logger.addHandler(handler)
        logger.setLevel(levels[name])


def test_every_file_in_the_data_folder_is_private_to_the_coach(
    data_folder: DataFolder, identity: Identity, program: DemoProgram, app_logs: None
) -> None:
    logs.configure(data_folder.logs_path)
    store, _key = data_folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    try:
        save_pulled_reference(store, program.rows())
        add_person(store, "Private", "Files")  # the write-ahead log and its index exist now
        UnlockGuard(data_folder.path).failed()
        handler = logging.getLogger("coachapp").handlers[0]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        logging.getLogger("coachapp.test").info("before the rollover")
        handler.doRollover()  # a new coachapp.log, made by the handler itself
        logging.getLogger("coachapp.test").info("after the rollover")
        found = modes(data_folder.path)
        names = {"coachapp.db", "coachapp.db-wal", "coachapp.db-shm", "vault.json"}
        names |= {
            "profile.json",
            "unlock-attempts.json",
            "logs/coachapp.log",
            "logs/coachapp.log.1",
        }
        assert names <= set(found), found
        assert {name: mode for name, mode in found.items() if mode != "0o600"} == {}
    finally:
        store.close()
    kept = data_folder.keep_aside("a test sets the files aside")
    assert {name: mode for name, mode in modes(kept).items() if mode != "0o600"} == {}


def test_database_files_an_older_release_left_readable_are_narrowed_at_unlock(
    store: LocalStore, data_folder: DataFolder
) -> None:
    add_person(store, "Older", "Release")
    store.close()
    for path in data_folder.database_files():
        path.touch()
        path.chmod(0o644)
    reopened = data_folder.unlock(PASSPHRASE)
    try:
        add_person(reopened, "After", "Unlock")
        assert {
            p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in data_folder.database_files()
        } == {p.name: "0o600" for p in data_folder.database_files()}
    finally:
        reopened.close()
