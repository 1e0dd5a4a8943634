"""Installing a different CoachApp over a coach's data: newer schemas are refused untouched.

A newer package keeps every coach's data folder and migrates it at the next unlock
(tests/store/test_migrations.py upgrades a database from the first revision with data in
it). Going back is the case here: a laptop reinstalled with an older CoachApp must not touch
data a newer one wrote, and must say which release to install.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from coachapp import __version__
from coachapp.errors import NewerDatabase
from coachapp.ids import uuid7
from coachapp.store import migrate
from coachapp.store.engine import open_engine
from coachapp.store.profile import DataFolder, Identity
from coachapp.store.vault import KdfParams

PASSPHRASE = "a long enough passphrase for the test 7"
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def _laptop(tmp_path: Path) -> tuple[DataFolder, bytes]:
    folder = DataFolder(tmp_path / "CoachApp")
    identity = Identity(
        org_id=uuid7(),
        coach_id=uuid7(),
        device_id=uuid7(),
        username="dana",
        display_name="Dana Coach",
    )
    store, key = folder.create(
        identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF, check_policy=False
    )
    store.close()
    return folder, key


def _as_if_written_by(folder: DataFolder, key: bytes, *, release: str, revision: str) -> None:
    """What a newer CoachApp leaves behind: its schema revision and its release number."""
    engine = open_engine(folder.database_path, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        conn.exec_driver_sql(f"PRAGMA user_version = {migrate.version_number(release)}")
    engine.dispose()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def test_data_from_a_newer_coachapp_is_refused_naming_the_release_and_left_byte_for_byte(
    tmp_path: Path,
) -> None:
    folder, key = _laptop(tmp_path)
    _as_if_written_by(folder, key, release="2.3.0", revision="0042_written_by_coachapp_2_3")
    before = _fingerprint(folder.path)

    with pytest.raises(NewerDatabase) as refused:
        folder.unlock(PASSPHRASE)

    assert str(refused.value) == (
        "This data was written by a newer CoachApp (2.3.0); install 2.3.0 or later. "
        "The data has been left as it is."
    )
    assert _fingerprint(folder.path) == before


def test_a_newer_schema_with_no_release_recorded_is_still_refused_untouched(
    tmp_path: Path,
) -> None:
    folder, key = _laptop(tmp_path)
    _as_if_written_by(folder, key, release="0.0.0", revision="0042_from_a_development_build")
    before = _fingerprint(folder.path)

    with pytest.raises(NewerDatabase, match=r"newer CoachApp \(database schema 0042_"):
        folder.unlock(PASSPHRASE)
    assert _fingerprint(folder.path) == before


def test_each_unlock_records_the_newest_release_that_opened_the_data(tmp_path: Path) -> None:
    folder, key = _laptop(tmp_path)
    store = folder.unlock(PASSPHRASE)
    try:
        assert migrate.written_by(store.engine) == migrate.version_number(__version__)
    finally:
        store.close()

    # A newer release that changed no schema opened it since: this one still opens the data
    # and does not lower the record, so a later refusal names the newest release.
    newer = migrate.version_number(__version__) + 1
    _as_if_written_by(folder, key, release=migrate.version_text(newer), revision=_head())
    store = folder.unlock(PASSPHRASE)
    try:
        assert migrate.written_by(store.engine) == newer
    finally:
        store.close()


def test_release_numbers_round_trip_through_the_database_header() -> None:
    assert migrate.version_number("0.1.0") == 1_000
    assert migrate.version_number("2.13.7") == 2_013_007
    assert migrate.version_text(migrate.version_number("12.0.45")) == "12.0.45"
    assert migrate.version_number("1.4") == migrate.version_number("1.4.0")


def _head() -> str:
    return migrate.head_revision()
