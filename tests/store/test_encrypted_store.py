"""The encrypted store: nothing readable on disk, foreign files refused and left untouched."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from coachapp import logs
from coachapp.demo.reference import DemoProgram
from coachapp.errors import PlaintextDatabase, StoreError, WrongDatabaseKey, WrongPassphrase
from coachapp.models import Participant
from coachapp.services import intake, notes
from coachapp.services.participants import find_participants
from coachapp.store.engine import SQLITE_HEADER
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from coachapp.store.profile import DataFolder, Identity
from tests.conftest import FAST_KDF, PASSPHRASE, TODAY

MARKER = "Zyxwvqorpmarker"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _all_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_names_notes_logs_and_search_index_are_unreadable_on_disk(
    store: LocalStore, data_folder: DataFolder, program: DemoProgram
) -> None:
    logs.configure(data_folder.logs_path, level=logging.DEBUG)
    detail = intake.create_participant(
        store,
        intake.IntakeInput(
            person={"first_name": MARKER, "last_name": f"{MARKER}son", "phone": "614-555-0199"},
            barriers=[intake.BarrierInput(category="domestic_violence", description=MARKER)],
        ),
        today=TODAY,
    )
    notes.add_note(
        store,
        participant_id=detail.id,
        body=f"Met {MARKER} at the branch",
        mode="in_person",
        restricted=True,
    )
    assert find_participants(store, MARKER[:6])[0].participant_id == detail.id
    # The WAL before checkpoint, then the main file after, must both be ciphertext.
    for stage in ("wal", "checkpointed"):
        if stage == "checkpointed":
            store.checkpoint()
        files = _all_files(data_folder.path)
        assert data_folder.database_path in files
        assert data_folder.logs_path / "coachapp.log" in files
        for path in files:
            raw = path.read_bytes()
            assert MARKER.encode() not in raw, f"{path.name} holds the marker in plaintext"
            assert MARKER.encode("utf-16-le") not in raw
    assert not data_folder.database_path.read_bytes().startswith(SQLITE_HEADER)
    assert detail.id in (data_folder.logs_path / "coachapp.log").read_text()  # ids, not names
    logs.configure(None)


def test_store_reopens_with_the_passphrase_and_refuses_a_wrong_one(
    store: LocalStore, data_folder: DataFolder, program: DemoProgram
) -> None:
    intake.create_participant(
        store, intake.IntakeInput(person={"first_name": "Ana", "last_name": "Diaz"}), today=TODAY
    )
    store.close()
    with pytest.raises(WrongPassphrase):
        data_folder.unlock("not the right passphrase at all")
    reopened = data_folder.unlock(PASSPHRASE)
    try:
        assert [h.last_name for h in find_participants(reopened, "diaz")] == ["Diaz"]
    finally:
        reopened.close()


def test_plain_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "coachapp.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE participants (name TEXT)")
        conn.execute("INSERT INTO participants VALUES ('someone')")
    before = _digest(path)
    with pytest.raises(PlaintextDatabase) as caught:
        LocalStore.open(path, key=os.urandom(32), actor=None)
    assert "unencrypted" in str(caught.value)
    assert _digest(path) == before


def test_database_from_another_laptop_is_refused_and_left_untouched(
    store: LocalStore, data_folder: DataFolder
) -> None:
    store.close()
    path = data_folder.database_path
    before = _digest(path)
    with pytest.raises(WrongDatabaseKey) as caught:
        LocalStore.open(path, key=os.urandom(32), actor=None)
    assert "another device" in str(caught.value)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "coachapp.db"
    path.write_bytes(b"%PDF-1.7 not a database " * 500)
    before = _digest(path)
    with pytest.raises(StoreError):
        LocalStore.open(path, key=os.urandom(32), actor=None)
    assert _digest(path) == before


def test_a_folder_already_holding_data_is_never_overwritten(
    store: LocalStore, data_folder: DataFolder, identity: Identity
) -> None:
    store.close()
    before = {p.name: _digest(p) for p in _all_files(data_folder.path)}
    with pytest.raises(StoreError):
        data_folder.create(identity=identity, passphrase=PASSPHRASE, kdf=FAST_KDF)
    assert {p.name: _digest(p) for p in _all_files(data_folder.path)} == before


def test_pragmas_that_protect_data_are_on_for_every_connection(store: LocalStore) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # memory
        assert conn.execute(text("PRAGMA cipher_version")).scalar().startswith("4.")


def test_a_failure_mid_save_leaves_neither_the_record_nor_its_outbox_entry(
    store: LocalStore,
) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Participant(first_name="Half", last_name="Saved", name_key="saved half"))
        session.flush()  # the row and its outbox entry are written inside the transaction…
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 2
        raise RuntimeError("power cut")  # …and rolled back together
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_an_edit_queues_only_the_changed_field_with_its_base_value(store: LocalStore) -> None:
    detail = intake.create_participant(
        store,
        intake.IntakeInput(person={"first_name": "Rosa", "last_name": "Park", "city": "Columbus"}),
        today=TODAY,
    )
    with store.write() as session:
        participant = session.get(Participant, detail.id)
        assert participant is not None
        participant.city = "Dayton"
        participant.date_of_birth = date(1990, 4, 1)
    with store.read() as session:
        last = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.table_name == "participants")
            .order_by(OutboxEntry.seq.desc())
        ).first()
    assert last is not None
    assert last.op == "upsert"
    assert last.fields == {"city": "Dayton", "date_of_birth": "1990-04-01"}
    assert last.base == {"city": "Columbus", "date_of_birth": None}
    assert last.base_rev == 0


def test_removing_a_record_queues_a_delete_and_keeps_a_tombstone(store: LocalStore) -> None:
    detail = intake.create_participant(
        store, intake.IntakeInput(person={"first_name": "Tom", "last_name": "Stone"}), today=TODAY
    )
    with store.write() as session:
        participant = session.get(Participant, detail.id)
        assert participant is not None
        participant.deleted = True
    with store.read() as session:
        ops = [
            e.op
            for e in session.scalars(
                select(OutboxEntry).where(OutboxEntry.row_id == detail.id).order_by(OutboxEntry.seq)
            )
        ]
        assert session.get(Participant, detail.id) is not None  # tombstone kept for sync
    assert ops == ["upsert", "delete"]
    assert find_participants(store, "stone") == []


def test_audit_trail_cannot_be_edited_or_erased(store: LocalStore) -> None:
    intake.create_participant(
        store, intake.IntakeInput(person={"first_name": "Eve", "last_name": "Audit"}), today=TODAY
    )
    with pytest.raises(Exception, match="append-only"), store.write() as session:
        session.execute(text("UPDATE audit_events SET action = 'view_restricted'"))
    with pytest.raises(Exception, match="append-only"), store.write() as session:
        session.execute(text("DELETE FROM audit_events"))
    with store.write() as session:  # the server's revision may still be recorded
        session.execute(text("UPDATE audit_events SET rev = 7"))


def test_links_are_checked_for_local_edits_even_after_mirroring_server_rows(
    store: LocalStore,
) -> None:
    from coachapp.models import Consent

    orphan = {
        "participant_id": "01900000-0000-7000-8000-00000000beef",
        "partner_id": "x",
        "scope": "make_referral",
        "signed_on": date(2026, 3, 1),
        "org_id": "o",
    }
    with store.write(remote=True) as session:  # the server's rows: links already checked there
        session.add(Consent(**orphan))
    with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
        session.add(Consent(**orphan))  # a coach's own edit: refused
