"""The local store at scale: intake, search and unlock on 50,000 demo participants.

``python -m bench.store [--participants 50000] [--quick]`` prints one JSON document on
stdout (progress on stderr). The same workload runs on SQLCipher and on plain SQLite so the
cost of encryption shows as a ratio. Generated data sets are cached under
``/tmp/coachapp-bench-cache/`` (keyed by size, seed, generator and schema) and copied
before each run, so a run never changes the cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.pool import QueuePool

from coachapp.demo import people
from coachapp.demo.reference import DemoProgram, demo_program
from coachapp.ids import uuid7
from coachapp.models import SYNCED_MODELS, Participant
from coachapp.models.enums import BarrierCategory, ReferralProgram
from coachapp.rules.person_fields import fold
from coachapp.services import intake
from coachapp.services.eligibility import EligibilityInput
from coachapp.services.participants import find_participants
from coachapp.services.reference import save_pulled_reference
from coachapp.store import engine as engine_module
from coachapp.store import migrate
from coachapp.store.changes import Actor
from coachapp.store.local import LocalStore
from coachapp.store.profile import DATABASE_FILE, DataFolder, Identity
from coachapp.store.vault import KdfParams, Vault

CACHE_ROOT = Path("/tmp/coachapp-bench-cache")
PASSPHRASE = "bench-only-throwaway-passphrase-1"  # protects generated demo data only

TARGET_INTAKE_P95_MS = 20.0
TARGET_SEARCH_P95_MS = 50.0
TARGET_RATIO = 1.3
TARGET_UNLOCK_S = 1.0
#: 50,000 participants in about five minutes, scaled to the size asked for.
TARGET_GENERATION_S_PER_50K = 300.0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def metric(value: float, target: float | None = None, *, at_most: bool = True) -> Any:
    value = round(value, 3)
    if target is None:
        return value
    return {"value": value, "target": target, "ok": value <= target if at_most else value >= target}


def percentiles(samples_s: Sequence[float]) -> dict[str, float]:
    """p50, p95 (nearest rank) and max, in milliseconds."""
    ordered = sorted(s * 1000 for s in samples_s)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"p50": statistics.median(ordered), "p95": p95, "max": ordered[-1]}


# --- stores -----------------------------------------------------------------------------------


def open_plain(path: Path, actor: Actor) -> LocalStore:
    """A ``LocalStore`` on an unencrypted file, opened like the real one but without a key.

    It uses SQLCipher's own SQLite build through ``sqlcipher3`` with no key (a plain SQLite
    file): the standard library's SQLite here is too old for the trigram tokenizer's
    ``remove_diacritics`` option, and the same build keeps the comparison about encryption.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _plain_on_connect)
    # The store's own BEGIN listener (private, but the comparison needs the same one).
    event.listen(engine, "begin", engine_module._on_begin)
    migrate.check_and_upgrade(engine)
    return LocalStore(engine, path=path, actor=actor)


def _plain_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute("PRAGMA journal_mode = WAL").fetchall()
        for pragma in engine_module._PRAGMAS:
            cursor.execute(pragma).fetchall()
    finally:
        cursor.close()
    dbapi_conn.isolation_level = None


def database_mb(path: Path) -> float:
    files = (path, path.with_name(path.name + "-wal"))
    return sum(p.stat().st_size for p in files if p.exists()) / 1e6


def row_counts(store: LocalStore) -> dict[str, int]:
    with store.read() as s:
        return {
            name: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in SYNCED_MODELS.items()
        }


# --- the data set -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Dataset:
    folder: Path  # holds cipher/ (a data folder) and plain/coachapp.db
    meta: dict[str, Any]

    @property
    def cipher(self) -> Path:
        return self.folder / "cipher"

    @property
    def plain(self) -> Path:
        return self.folder / "plain" / DATABASE_FILE


def cache_key(participants: int, seed: int) -> str:
    source = b"".join(
        Path(m.__file__).read_bytes()  # type: ignore[arg-type]
        for m in (people, sys.modules[demo_program.__module__])
    )
    generator = hashlib.sha256(source).hexdigest()[:10]
    return f"n{participants}-seed{seed}-gen{generator}-schema{migrate.head_revision()}"


def dataset(participants: int, seed: int, *, use_cache: bool) -> tuple[Dataset, bool]:
    """The generated data set, from the cache when there is one; True when it was cached."""
    folder = CACHE_ROOT / cache_key(participants, seed)
    meta_file = folder / "meta.json"
    if use_cache and meta_file.exists():
        log(f"using cached data set {folder}")
        return Dataset(folder, json.loads(meta_file.read_text())), True
    # Sets made by an older generator or schema for the same size and seed are stale.
    for stale in CACHE_ROOT.glob(f"n{participants}-seed{seed}-*"):
        log(f"removing stale cached data set {stale}")
        shutil.rmtree(stale, ignore_errors=True)
    folder.mkdir(parents=True, mode=0o700)
    CACHE_ROOT.chmod(0o700)
    meta = build(folder, participants, seed)
    meta_file.write_text(json.dumps(meta, indent=2))  # last: marks the set complete
    return Dataset(folder, meta), False


def build(folder: Path, participants: int, seed: int) -> dict[str, Any]:
    program = demo_program(org_id=uuid7(), coach_id=uuid7())
    coach = program.coaches[0]
    identity = Identity(
        org_id=program.org_id,
        coach_id=coach.id,
        device_id=uuid7(),
        username=coach.username,
        display_name=coach.display_name,
    )
    today = date.today()
    meta: dict[str, Any] = {
        "participants": participants,
        "seed": seed,
        "generated_on": today.isoformat(),
        "actor": {"org_id": program.org_id, "coach_id": coach.id, "device_id": identity.device_id},
    }

    def progress(label: str) -> Callable[[int, int], None]:
        step = max(participants // 10, 1)

        def report(done: int, total: int) -> None:
            if done % step < 500 or done == total:
                log(f"  {label}: {done:,} / {total:,} participants")

        return report

    log(f"generating {participants:,} participants into SQLCipher …")
    store, _key = DataFolder(folder / "cipher").create(
        identity=identity, passphrase=PASSPHRASE, kdf=KdfParams()
    )
    meta["sqlcipher"] = _fill(store, program, participants, seed, today, progress("sqlcipher"))
    log(f"generating the same {participants:,} participants into plain SQLite …")
    (folder / "plain").mkdir(mode=0o700)
    plain = open_plain(folder / "plain" / DATABASE_FILE, identity.actor)
    meta["plain"] = _fill(plain, program, participants, seed, today, progress("plain"))
    return meta


def _fill(
    store: LocalStore,
    program: DemoProgram,
    participants: int,
    seed: int,
    today: date,
    progress: Callable[[int, int], None],
) -> dict[str, Any]:
    started = time.perf_counter()
    save_pulled_reference(store, program.rows())
    report = people.generate(
        store, program, participants=participants, seed=seed, today=today, progress=progress
    )
    store.close()  # checkpoint
    return {
        "generate_seconds": round(report.seconds, 2),
        "total_seconds": round(time.perf_counter() - started, 2),
        "rows": report.rows,
    }


# --- workloads --------------------------------------------------------------------------------


def intake_inputs(store: LocalStore, count: int, seed: int) -> list[intake.IntakeInput]:
    """Families of three (two children and their other parent) recorded at a DHS branch."""
    program = demo_program(org_id="bench", coach_id="bench")
    rows = people.FamilyGenerator(program, seed=seed + 1).batch(0, count)[Participant]
    with store.read() as s:
        site_ids = [
            r[0] for r in s.execute(text("SELECT id FROM sites WHERE kind != 'training_provider'"))
        ]
        child_support = s.execute(
            text("SELECT id FROM partners WHERE program = :p"),
            {"p": ReferralProgram.CHILD_SUPPORT.value},
        ).scalar_one()
    rng = random.Random(seed)
    out: list[intake.IntakeInput] = []
    for i, p in enumerate(rows):
        last = p["last_name"]
        out.append(
            intake.IntakeInput(
                person={
                    "first_name": p["first_name"],
                    "last_name": last,
                    "date_of_birth": p["date_of_birth"],
                    "phone": f"614-555-01{i % 100:02d}",
                    "state": "OH",
                    "tanf_recipient": True,
                    "tanf_case_number": f"OH-9{i:03d}-{rng.randrange(10_000):04d}",
                    "recruitment_site_id": rng.choice(site_ids),
                },
                household=[
                    intake.HouseholdMemberInput(
                        role="child", first_name="Jaden", last_name=last, date_of_birth="2019-02-01"
                    ),
                    intake.HouseholdMemberInput(
                        role="child", first_name="Amara", last_name=last, date_of_birth="2022-09-12"
                    ),
                    intake.HouseholdMemberInput(
                        role="non_custodial_parent",
                        first_name="Marcus",
                        last_name="Bell",
                        lives_in_household=False,
                        ivd_case_number=f"IVD-{i:05d}",
                    ),
                ],
                eligibility=EligibilityInput(
                    household_size=3, annual_income=rng.randint(0, 30_000), state="OH"
                ),
                consents=[intake.ConsentInput(partner_id=child_support)],
                barriers=[
                    intake.BarrierInput(category=BarrierCategory.TRANSPORTATION),
                    intake.BarrierInput(category=BarrierCategory.CHILDCARE),
                ],
            )
        )
    return out


def search_queries(store: LocalStore, count: int, seed: int) -> tuple[list[str], list[str]]:
    """Four letters of real last names, and five or six digits of real TANF case numbers."""
    rng = random.Random(seed)
    with store.read() as s:
        names = sorted({r[0] for r in s.execute(text("SELECT last_name FROM participants"))})
        cases = [
            r[0]
            for r in s.execute(
                text(
                    "SELECT tanf_case_number FROM participants WHERE tanf_case_number IS NOT NULL "
                    "ORDER BY rev LIMIT 5000"
                )
            )
        ]
    fragments: list[str] = []
    while len(fragments) < count:
        folded = fold(rng.choice(names))
        windows = [folded[i : i + 4] for i in range(len(folded) - 3)]
        windows = [w for w in windows if w.isalpha()]
        if windows:
            fragments.append(rng.choice(windows))
    numbers: list[str] = []
    for _ in range(count):
        digits = "".join(ch for ch in rng.choice(cases) if ch.isdigit())
        length = rng.choice((5, 6))
        start = rng.randrange(len(digits) - length + 1)
        numbers.append(digits[start : start + length])
    return fragments, numbers


def timed_pairs(
    stores: dict[str, LocalStore], work: Sequence[Any], call: Callable[[LocalStore, Any], object]
) -> dict[str, list[float]]:
    """Run each item on every store, alternating which goes first, so drift hits both alike."""
    times: dict[str, list[float]] = {name: [] for name in stores}
    names = list(stores)
    for i, item in enumerate(work):
        for name in names if i % 2 == 0 else reversed(names):
            started = time.perf_counter()
            call(stores[name], item)
            times[name].append(time.perf_counter() - started)
    return times


def unlock_times(folder: Path, runs: int = 5) -> tuple[list[float], list[float], KdfParams]:
    data = DataFolder(folder)
    vault = Vault.load(data.vault_path)
    kdf_only = []
    for _ in range(runs):
        started = time.perf_counter()
        vault.unlock(PASSPHRASE)
        kdf_only.append(time.perf_counter() - started)
    full = []
    for _ in range(runs):
        started = time.perf_counter()
        store = data.unlock(PASSPHRASE)
        full.append(time.perf_counter() - started)
        store.close()
    return full, kdf_only, vault.kdf


# --- the run ----------------------------------------------------------------------------------


def run(participants: int, seed: int, samples: int, *, use_cache: bool) -> dict[str, Any]:
    load_start = os.getloadavg()
    data, cached = dataset(participants, seed, use_cache=use_cache)
    meta = data.meta
    actor = Actor(**meta["actor"])
    result: dict[str, Any] = {
        "benchmark": "store",
        "participants": participants,
        "seed": seed,
        "dataset": {
            "cache": "hit" if cached else "miss",
            "path": str(data.folder),
            "generated_on": meta["generated_on"],
            "note": "cached data sets are copied before each run; the cache is never changed",
        },
    }
    with tempfile.TemporaryDirectory(prefix="coachapp-bench-") as tmp:
        work = Path(tmp)
        log("copying the data set …")
        shutil.copytree(data.cipher, work / "cipher")
        shutil.copytree(data.plain.parent, work / "plain")
        cipher = DataFolder(work / "cipher").unlock(PASSPHRASE)
        plain = open_plain(work / "plain" / DATABASE_FILE, actor)
        stores = {"sqlcipher": cipher, "plain": plain}
        try:
            rows = row_counts(cipher)
            result["database"] = {
                "sqlcipher_mb": metric(database_mb(data.cipher / DATABASE_FILE)),
                "plain_mb": metric(database_mb(data.plain)),
                "rows": rows,
                "related_rows_per_participant": round(
                    (sum(rows.values()) - rows["participants"]) / max(participants, 1), 2
                ),
            }
            result.update(workloads(stores, samples, seed))
        finally:
            cipher.close()
            plain.close()
        log("timing unlock (default Argon2id) …")
        full, kdf_only, kdf = unlock_times(work / "cipher")
    gen_target = round(TARGET_GENERATION_S_PER_50K * participants / 50_000, 1)
    result["generation"] = {
        "sqlcipher_seconds": metric(meta["sqlcipher"]["generate_seconds"], gen_target),
        "plain_seconds": metric(meta["plain"]["generate_seconds"]),
        "participants_per_second": round(
            participants / max(meta["sqlcipher"]["generate_seconds"], 1e-9)
        ),
        "note": "measured when the data set was generated"
        + (" (earlier run; cache hit)" if cached else " (this run)"),
    }
    result["unlock"] = {
        "median_seconds": metric(statistics.median(full), TARGET_UNLOCK_S),
        "kdf_only_median_seconds": metric(statistics.median(kdf_only)),
        "samples_seconds": [round(t, 3) for t in full],
        "kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes},
        "note": "DataFolder.unlock: Argon2id + open and key check + migration check",
    }
    result["machine"] = machine(load_start)
    return result


def workloads(stores: dict[str, LocalStore], samples: int, seed: int) -> dict[str, Any]:
    cipher = stores["sqlcipher"]
    warm = 5
    inputs = intake_inputs(cipher, samples + warm, seed)
    names, numbers = search_queries(cipher, samples + warm, seed)

    def save(store: LocalStore, entry: intake.IntakeInput) -> None:
        intake.create_participant(store, entry, confirmed_new_person=True)

    def find(store: LocalStore, query: str) -> None:
        find_participants(store, query)

    log("warming up …")
    timed_pairs(stores, inputs[:warm], save)
    timed_pairs(stores, names[:warm] + numbers[:warm], find)
    log(f"timing {samples} intakes on each store …")
    intakes = timed_pairs(stores, inputs[warm:], save)
    log(f"timing {samples} name and {samples} case-number searches on each store …")
    by_name = timed_pairs(stores, names[warm:], find)
    by_case = timed_pairs(stores, numbers[warm:], find)

    out: dict[str, Any] = {"intake_ms": {}, "search_ms": {"name_fragment": {}, "case_fragment": {}}}
    for name in stores:
        p = percentiles(intakes[name])
        out["intake_ms"][name] = {
            "p50": metric(p["p50"]),
            "p95": metric(p["p95"], TARGET_INTAKE_P95_MS),
            "max": metric(p["max"]),
        }
        for kind, times in (("name_fragment", by_name), ("case_fragment", by_case)):
            p = percentiles(times[name])
            out["search_ms"][kind][name] = {
                "p50": metric(p["p50"]),
                "p95": metric(p["p95"], TARGET_SEARCH_P95_MS),
                "max": metric(p["max"]),
            }
    out["search_ms"]["examples"] = {
        "name_fragment": names[warm:][:5],
        "case_fragment": numbers[warm:][:5],
    }

    def ratio(samples_by_store: dict[str, list[float]], key: str) -> Any:
        c, p = percentiles(samples_by_store["sqlcipher"]), percentiles(samples_by_store["plain"])
        return metric(c[key] / p[key], TARGET_RATIO)

    out["sqlcipher_vs_plain"] = {
        "note": "plain = the same SQLite 3.53 build through sqlcipher3 with no key (the "
        "standard library's SQLite lacks the trigram tokenizer's remove_diacritics option); "
        "calls alternate between the two stores",
        "intake_p50_ratio": ratio(intakes, "p50"),
        "search_name_p95_ratio": ratio(by_name, "p95"),
        "search_case_p95_ratio": ratio(by_case, "p95"),
    }
    return out


def machine(load_start: tuple[float, float, float]) -> dict[str, Any]:
    conn = sqlcipher3.connect(":memory:")
    try:
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite_version,
        "sqlcipher": cipher_version,
        "loadavg_at_start": [round(x, 2) for x in load_start],
        "loadavg_at_end": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store", description=__doc__)
    parser.add_argument("--participants", type=int, default=50_000, metavar="N")
    parser.add_argument("--quick", action="store_true", help="2,000 participants (smoke test)")
    parser.add_argument("--seed", type=int, default=people.DEFAULT_SEED)
    parser.add_argument("--samples", type=int, default=200, help="timed calls per workload")
    parser.add_argument("--no-cache", action="store_true", help="always generate afresh")
    args = parser.parse_args(argv)
    participants = 2_000 if args.quick else args.participants
    if not 1 <= participants <= people.MAX_PARTICIPANTS:
        parser.error(f"--participants must be from 1 to {people.MAX_PARTICIPANTS:,}")
    engine_module.quiet_sqlcipher_logging()
    started = time.perf_counter()
    result = run(participants, args.seed, args.samples, use_cache=not args.no_cache)
    result["quick"] = bool(args.quick)
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
