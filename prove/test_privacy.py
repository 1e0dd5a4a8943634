"""Part 6, privacy on disk: a coach's day with a distinctive marker in every name, case
number, address, phone number, note, barrier detail and reason; afterwards every file the
laptop could have written is read, byte by byte, and no marker may be in any of them except
the two reports the coach chose to save.

The day runs in a child process (``prove/privacy_day.py``) whose HOME, XDG config, cache,
data, state and runtime folders and TMPDIR are fresh, so Qt's settings, caches, the app's
default data folder and every temp file land where the scan reads. The server is a real one
on loopback in this process (its database is the server's, not the laptop's: scanned for
comparison and reported apart). The machine's own /tmp, /var/tmp, /dev/shm and home are
swept too, for files changed during the day (a part that ignored the environment).

Out of scope, and said so in the figures: memory (what is in the app's RAM or swap), and
files a part creates and unlinks at once (SQLite's temp files are opened that way; the
store keeps them in memory, ``temp_store = MEMORY``, which is recorded as a figure).

One size: the day is the same at ``quick`` and ``full`` (the issue names no count for it).
"""

from __future__ import annotations

import gzip
import json
import os
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from prove.conftest import Figures
from prove.privacy_lab import (
    EXPECTED_IN_EXPORTS,
    Lab,
    changed_since,
    make_markers,
    run_day,
    write_plan,
)
from prove.privacy_scan import Needles, RootScan, scan, walk_files
from tests.conftest import TODAY
from tests.server.live import LiveServer, live_server
from tests.ui.conftest import built_qm

SECTION = 6


@pytest.fixture
def lab(tmp_path: Path) -> Lab:
    made = Lab(tmp_path)
    made.make()
    return made


@pytest.fixture
def server(lab: Lab) -> Iterator[LiveServer]:
    with live_server(f"sqlite:///{lab.server_folder / 'server.db'}") as live:
        yield live


def _mib(count: int) -> str:
    return f"{count / 2**20:.1f} MiB"


def positive_control(lab: Lab) -> tuple[int, int]:
    """Write a control marker in each form the scanner must see, in files of their own, and
    count how many forms it finds: (found, written)."""
    from ui.reports_export import pdf_bytes

    folder = lab.root / "control"
    folder.mkdir()
    forms = {
        "utf-8, upper case": lambda m: f"name={m.upper()}\n".encode(),
        "utf-16-le": lambda m: m.encode("utf-16-le"),
        "QSettings @ByteArray (utf-16-be, escaped)": lambda m: (
            "@ByteArray(" + "".join("\\0" + c for c in m) + ")"
        ).encode(),
        "gzip": lambda m: gzip.compress(f"note: {m}".encode()),
        "zlib stream inside other bytes": lambda m: (
            os.urandom(999) + zlib.compress(m.encode("utf-16-le")) + os.urandom(999)
        ),
        "PDF drawn by Qt": lambda m: pdf_bytes(f"<p>Owner: {m}</p>", title="control"),
    }
    controls = {f"control.{i}": f"Zqxcontrol{i:02d}x" for i in range(len(forms))}
    for (name, value), make in zip(controls.items(), forms.values(), strict=True):
        (folder / f"{name}.bin").write_bytes(make(value))
    named = "Zqxcontrolname"  # a file whose name is the marker, empty inside
    (folder / f"{named}.txt").write_bytes(b"")
    found = scan("control", folder, Needles({**controls, "control.name": named})).markers()
    return len(found), len(forms) + 1


def test_privacy_on_disk(qapp: object, lab: Lab, server: LiveServer, figures: Figures) -> None:
    """A coach's day, a marker in every field: none on the laptop's disk but in its exports"""
    built_qm("en")  # the app reads its English plural forms, as ``make translations`` builds
    markers = make_markers()
    write_plan(lab, server_url=server.url, markers=markers, today=TODAY.isoformat())
    figures.add("markers planted (names, case numbers, contact, notes, barriers…)", len(markers))

    started = time.time() - 1  # mtime granularity
    code, seconds = run_day(lab)
    console = lab.console.read_text(encoding="utf-8", errors="replace")
    assert code == 0, f"the coach's day failed (exit {code}):\n{console[-4000:]}"
    result = json.loads(lab.result_path.read_text(encoding="utf-8"))
    figures.add("the coach's day (child process, real entry point)", round(seconds, 1), "s")

    needles = Needles(markers)
    exports = [Path(p) for p in result["exports"]]
    scans = laptop_scans(lab, needles, exports)
    machine = scan(
        "the machine's /tmp, /var/tmp, /dev/shm, ~ (changed during the day)",
        Path("/"),
        needles,
        files=[path for _place, path in changed_since(started, skip=(lab.root,))],
        max_bytes=64 * 2**20,  # other programs' big files (wheels, benchmark databases)
    )
    for s in [*scans, machine]:
        figures.add(
            s.name,
            len(s.hits),
            f"markers ({s.files} files, {_mib(s.bytes)})",
            target="0",
            ok=not s.hits,
        )
    outside = [hit for s in [*scans, machine] for hit in s.hits]
    unread = [f"{s.name}: {what}" for s in scans for what in s.skipped]
    figures.add("laptop files that could not be read", len(unread), target="0", ok=not unread)
    figures.add(
        "machine files that vanished or were too large to read",
        len(machine.skipped),
        "(other programs' files; the markers are this run's alone)",
    )
    in_exports = scan("the coach's exports", lab.export_folder, needles, files=exports)
    server_db = scan("the server's database", lab.server_folder, needles)
    found_control, written_control = positive_control(lab)
    log_text = (lab.data_folder / "logs" / "coachapp.log").read_text(encoding="utf-8")
    crash_logged = f"ref={result['apology_ref']}" in log_text
    figures.add(
        "laptop: files scanned",
        sum(s.files for s in scans),
        f"({_mib(sum(s.bytes for s in scans))}; every byte)",
    )
    figures.add(
        "markers found outside the coach's exports",
        len({h.marker for h in outside}),
        target="0",
        ok=not outside,
    )
    figures.add(
        "markers in the 2 reports the coach saved (CSV, PDF)",
        len(in_exports.markers()),
        "(the referral's follow-up owner: expected)",
        target=">0",
        ok=in_exports.markers() >= EXPECTED_IN_EXPORTS,
    )
    figures.add(
        "server database, for comparison (not on the laptop)",
        len(server_db.markers()),
        "markers (plaintext SQLite on the server)",
    )
    figures.add(
        "positive control: marker forms found",
        found_control,
        f"of {written_control}",
        target="all",
        ok=found_control == written_control,
    )
    figures.add(
        "crash record in the app's log",
        "yes" if crash_logged else "no",
        target="yes",
        ok=crash_logged,
    )
    figures.add(
        "SQLCipher temp_store (2: memory, no temp files)",
        result["temp_store"],
        target="2",
        ok=result["temp_store"] == 2,
    )
    figures.add("memory: out of scope (RAM, swap, files unlinked at once)", "out of scope")

    assert not outside, "markers on the laptop's disk: " + "; ".join(
        f"{h.marker} in {h.root}/{h.path} ({h.how})" for h in outside
    )
    assert not unread, unread
    assert in_exports.markers() >= EXPECTED_IN_EXPORTS
    assert {"pdf-text", "utf-8"} <= {h.how for h in in_exports.hits}, "both exports read"
    assert "coach.password" not in server_db.markers() | in_exports.markers()
    assert server_db.markers(), "the day's records reached the server (the sync happened)"
    assert found_control == written_control
    assert crash_logged
    assert result["temp_store"] == 2
    assert result["dialog_opened_in"] == str(lab.home / "Documents")


def laptop_scans(lab: Lab, needles: Needles, exports: list[Path]) -> list[RootScan]:
    """One scan per place the laptop could have written; each file is counted under the
    innermost place that holds it, and the coach's exports are left to their own scan."""
    roots = lab.laptop_roots()
    scans = []
    for name, root in roots.items():
        inner = [r for r in roots.values() if r != root and r.is_relative_to(root)]
        files = [
            p
            for p in walk_files(root)
            if p not in exports and not any(p.is_relative_to(r) for r in inner)
        ]
        scans.append(scan(name, root, needles, files=files))
    scans.append(scan("data folder and temp, copied with the store open", lab.snapshot, needles))
    scans.append(scan("console output (stdout, stderr)", lab.root, needles, files=[lab.console]))
    return scans
