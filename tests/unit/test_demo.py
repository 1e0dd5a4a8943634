"""Demo data: one command makes a folder a coach can unlock and search, the same every time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from coachapp.demo import people
from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from coachapp.models import (
    PARTICIPANT_OWNED_MODELS,
    AuditEvent,
    Barrier,
    FundingSource,
    HouseholdMember,
    Participant,
    Referral,
    SupportService,
)
from coachapp.models.enums import FundingKind, ParticipantStatus, ReferralStatus
from coachapp.services.participants import find_participants
from coachapp.store import search
from coachapp.store.local import LocalStore
from coachapp.store.outbox import OutboxEntry
from coachapp.store.profile import DataFolder
from tests.conftest import TODAY

REPO = Path(__file__).resolve().parents[2]


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coachapp.demo", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "CoachApp"
    made = run_demo("--participants", "30", "--data-dir", str(folder), "--seed", "7")
    assert made.returncode == 0, made.stderr
    assert "Traceback" not in made.stderr
    return folder


def test_coach_unlocks_the_demo_folder_with_the_password_beside_it_and_finds_people(
    demo_dir: Path,
) -> None:
    password_file = demo_dir / "DEMO-PASSWORD.txt"
    if os.name != "nt":
        assert password_file.stat().st_mode & 0o777 == 0o600
    passphrase = password_file.read_text(encoding="utf-8").strip()

    store = DataFolder(demo_dir).unlock(passphrase)
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Participant)) == 30
            someone = session.scalars(select(Participant).order_by(Participant.rev)).first()
        assert someone is not None
        hits = find_participants(store, someone.last_name[:4])
        assert someone.id in {h.participant_id for h in hits}
    finally:
        store.close()


def test_running_again_with_if_missing_leaves_the_folder_as_it_is(demo_dir: Path) -> None:
    before = files_in(demo_dir)
    again = run_demo("--participants", "30", "--data-dir", str(demo_dir), "--if-missing")
    assert again.returncode == 0, again.stderr
    assert len(again.stdout.strip().splitlines()) == 1
    assert files_in(demo_dir) == before


def test_running_again_without_if_missing_refuses_in_one_line_and_touches_nothing(
    demo_dir: Path,
) -> None:
    before = files_in(demo_dir)
    again = run_demo("--participants", "30", "--data-dir", str(demo_dir))
    assert again.returncode == 2
    assert len(again.stderr.strip().splitlines()) == 1
    assert "already holds CoachApp data" in again.stderr
    assert "Traceback" not in again.stderr
    assert files_in(demo_dir) == before


def test_a_negative_participant_count_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "CoachApp"
    refused = run_demo("--participants", "-5", "--data-dir", str(folder))
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "--participants" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not folder.exists()


def test_the_same_seed_makes_the_same_people_and_another_seed_does_not() -> None:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())

    def people_of(seed: int) -> list[tuple[object, ...]]:
        rows = people.FamilyGenerator(program, seed=seed, today=TODAY).batch(0, 200)
        return [
            (p["first_name"], p["last_name"], p["date_of_birth"], p["tanf_case_number"])
            for p in rows[Participant]
        ]

    assert people_of(7) == people_of(7)
    assert people_of(7) != people_of(8)


def test_generated_caseload_looks_like_a_tanf_office_caseload(
    store: LocalStore, program: DemoProgram
) -> None:
    report = people.generate(store, program, participants=400, seed=11, today=TODAY)

    with store.read() as s:
        ps = s.scalars(select(Participant)).all()
        assert len(ps) == report.participants == 400
        tanf = [p for p in ps if p.tanf_recipient]
        assert 0.5 <= len(tanf) / len(ps) <= 0.7
        cases = [p.tanf_case_number or "" for p in tanf]
        assert len(set(cases)) == len(cases)
        assert all(re.fullmatch(r"OH-\d{4}-\d{4}", c) for c in cases)
        assert {p.status for p in ps} == set(ParticipantStatus)
        assert all(p.phone is None or re.fullmatch(r"\d{3}-555-01\d\d", p.phone) for p in ps)
        assert all(p.rev >= 1 and p.org_id == program.org_id for p in ps)
        assert all(
            18 <= (TODAY - p.date_of_birth).days / 365.25 <= 60 for p in ps if p.date_of_birth
        )
        assert any(not p.last_name.isascii() for p in ps)  # Rodríguez, Muñoz…
        names = [f"{p.first_name} {p.last_name}" for p in ps]
        names += [f"{m.first_name} {m.last_name}" for m in s.scalars(select(HouseholdMember)).all()]
        assert not [n for n in names if "demo" in n.casefold()]

        related = sum(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in PARTICIPANT_OWNED_MODELS
        )
        assert 9 <= related / len(ps) <= 16
        restricted = s.scalar(select(func.count()).where(Barrier.restricted.is_(True)))
        assert restricted and restricted < len(ps) * 0.3
        overdue = s.scalar(
            select(func.count()).where(
                Referral.status.in_([ReferralStatus.OPEN, ReferralStatus.IN_PROGRESS]),
                Referral.due_on < TODAY,
            )
        )
        assert overdue
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0

        kind_of = {f.id: f.kind for f in s.scalars(select(FundingSource))}
        payers: defaultdict[tuple[str, str, date], set[FundingKind]] = defaultdict(set)
        for svc in s.scalars(select(SupportService)):
            key = (svc.participant_id, svc.service_type_id, svc.period_start)
            payers[key].add(kind_of[svc.funding_source_id])
        # Paid by both HPOG and DHS for the same month: what duplicate detection must catch.
        assert any({FundingKind.HPOG, FundingKind.TANF_DHS} <= kinds for kinds in payers.values())


def test_search_index_of_generated_people_matches_what_the_store_builds(
    store: LocalStore, program: DemoProgram
) -> None:
    people.generate(store, program, participants=40, seed=3, today=TODAY)

    def index_rows() -> dict[str, tuple[str, set[str]]]:
        with store.read() as s:
            rows = s.execute(text(f"SELECT participant_id, names, numbers FROM {search.TABLE}"))
            return {r[0]: (r[1], set(r[2].split())) for r in rows}

    generated = index_rows()
    with store.write(remote=True) as s:
        search.rebuild(s.connection())
    assert generated == index_rows()
    assert len(generated) == 40


def test_unsynced_demo_people_are_audited_and_queued_for_push(
    store: LocalStore, program: DemoProgram
) -> None:
    people.generate(store, program, participants=5, seed=5, today=TODAY, unsynced=True)

    with store.read() as s:
        assert s.scalar(select(func.max(Participant.rev))) == 0
        queued = s.scalar(select(func.count()).where(OutboxEntry.table_name == "participants"))
        assert queued == 5
        assert (s.scalar(select(func.count()).select_from(AuditEvent)) or 0) > 5
