"""The privacy check's laboratory: distinctive markers for everything a coach types, a laptop
made of fresh folders (home, XDG config/cache/data/state/runtime, temp), the coach's day run
in a child process pointed at them, and a sweep of the machine's real temp folders and home.

The markers are random per run ("Zqx" and nine letters, case numbers "ZQ…", a phone number
no test uses), so anything found on disk came from this run and nowhere else.
"""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.server.live import ORG_CODE, PASSWORD

REPO = Path(__file__).resolve().parents[1]
PLAN_ENV = "COACHAPP_PRIVACY_PLAN"
DAY_MODULE = "prove/privacy_day.py"

#: The only marker the coach's own exports are expected to hold: the report's "referrals by
#: follow-up owner" names the DHS family coach typed as the referral's follow-up owner.
EXPECTED_IN_EXPORTS = frozenset({"referral.follow_up_owner"})

_NAMES = (
    "participant.first",
    "participant.last",
    "participant.preferred",
    "participant.email",
    "participant.address",
    "participant.city",
    "household.ncp_first",
    "household.ncp_last",
    "household.child1_first",
    "household.child2_first",
    "barrier.domestic_violence",
    "barrier.mental_health",
    "barrier.transportation",
    "service.duplicate_reason",
    "referral.reason",
    "referral.follow_up_owner",
    "note.restricted_body",
    "task.title",
    "crash.message",
)
_CASES = (
    "participant.tanf_case",
    "participant.ivd_case",
    "household.ncp_ivd_case",
    "referral.partner_case",
)


def make_markers() -> dict[str, str]:
    """One unique token per thing the coach types; the values are never printed."""
    rng = secrets.SystemRandom()

    def token() -> str:
        return "Zqx" + "".join(rng.choice(string.ascii_lowercase) for _ in range(9))

    markers = {name: token() for name in _NAMES}
    for name in _CASES:
        digits = "".join(rng.choice(string.digits) for _ in range(4))
        letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        markers[name] = f"ZQ{digits}{letters}"
    phone = [str(rng.randint(2, 9))] + [str(rng.randint(0, 9)) for _ in range(9)]
    markers["participant.phone"] = (
        f"{''.join(phone[:3])}-{''.join(phone[3:6])}-{''.join(phone[6:])}"
    )
    markers["participant.phone_digits"] = "".join(phone)
    # What the coach types in the search box: the start of the last name.
    markers["search.query"] = markers["participant.last"][:9]
    markers["coach.password"] = PASSWORD
    assert len(set(markers.values())) == len(markers)
    return markers


@dataclass(frozen=True)
class Lab:
    """Folders of one run. The laptop's roots are what the scan reads; the rest is the lab's."""

    root: Path

    # --- the laptop (the child process sees only these) ---
    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def xdg(self) -> dict[str, Path]:
        return {
            "XDG_CONFIG_HOME": self.root / "xdg-config",
            "XDG_CACHE_HOME": self.root / "xdg-cache",
            "XDG_DATA_HOME": self.root / "xdg-data",
            "XDG_STATE_HOME": self.root / "xdg-state",
            "XDG_RUNTIME_DIR": self.root / "xdg-runtime",
        }

    @property
    def temp(self) -> Path:
        return self.root / "system-temp"

    @property
    def data_folder(self) -> Path:
        """Where the app puts its data folder by default (platformdirs, XDG_DATA_HOME)."""
        return self.xdg["XDG_DATA_HOME"] / "CoachApp"

    @property
    def export_folder(self) -> Path:
        """The folder the coach picks in the save dialog (made by them beforehand)."""
        return self.home / "Documents" / "Program reports"

    # --- the lab ---
    @property
    def server_folder(self) -> Path:
        return self.root / "server"

    @property
    def console(self) -> Path:
        """What the app printed on stdout and stderr (a terminal, or ~/.xsession-errors)."""
        return self.root / "lab" / "console.log"

    @property
    def snapshot(self) -> Path:
        """The data folder and TMPDIR copied mid-day, with the store open."""
        return self.root / "lab" / "while open"

    @property
    def plan_path(self) -> Path:
        return self.root / "lab" / "plan.json"

    @property
    def result_path(self) -> Path:
        return self.root / "lab" / "result.json"

    @property
    def machine_config(self) -> Path:
        return self.root / "lab" / "machine-config.toml"

    def make(self) -> None:
        for folder in (self.home, *self.xdg.values(), self.temp, self.export_folder):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.xdg["XDG_RUNTIME_DIR"].chmod(0o700)
        self.server_folder.mkdir()
        self.console.parent.mkdir()

    def laptop_roots(self) -> dict[str, Path]:
        """Every place the laptop could have written to, by the name the report gives it."""
        return {
            "data folder (database, vault, profile)": self.data_folder,
            "logs (data folder)": self.data_folder / "logs",
            "home (Documents, dot files)": self.home,
            "XDG config (Qt settings, settings.toml)": self.xdg["XDG_CONFIG_HOME"],
            "XDG cache": self.xdg["XDG_CACHE_HOME"],
            "XDG data (outside the data folder)": self.xdg["XDG_DATA_HOME"],
            "XDG state": self.xdg["XDG_STATE_HOME"],
            "XDG runtime": self.xdg["XDG_RUNTIME_DIR"],
            "system temp (TMPDIR)": self.temp,
        }

    def child_env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("XDG_", "COACHAPP_", "SQLITE_", "QT_", "PYTEST_"))
            and k not in ("TMPDIR", "TEMP", "TMP", "HOME")
        }
        env.update({k: str(v) for k, v in self.xdg.items()})
        env.update(
            {
                "HOME": str(self.home),
                "TMPDIR": str(self.temp),
                "QT_QPA_PLATFORM": "offscreen",
                "COACHAPP_MACHINE_CONFIG": str(self.machine_config),
                # Only pytest-qt: the suite's other plugins (hypothesis, schemathesis) cost
                # seconds at start and have no part in the day.
                "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
                PLAN_ENV: str(self.plan_path),
            }
        )
        return env


def write_plan(lab: Lab, *, server_url: str, markers: dict[str, str], today: str) -> None:
    """The administrator's machine-wide file (server and program preset, as the installer
    writes it) and what the child needs to play the coach."""
    lab.machine_config.write_text(
        f'server_url = "{server_url}"\norg = "{ORG_CODE}"\n'
        "auto_lock_minutes = 5\nsync_interval_minutes = 0\n",
        encoding="utf-8",
    )
    plan = {
        "markers": markers,
        "today": today,
        "username": "demo.coach",
        "password": PASSWORD,
        "export_folder": str(lab.export_folder),
        "result": str(lab.result_path),
        "snapshot": str(lab.snapshot),
    }
    lab.plan_path.write_text(json.dumps(plan), encoding="utf-8")


def run_day(lab: Lab, *, timeout: float = 240) -> tuple[int, float]:
    """``python -m pytest prove/privacy_day.py`` with the laptop's environment: a new process,
    so Qt, platformdirs and tempfile read the fresh folders from their first line."""
    started = time.monotonic()
    with lab.console.open("wb") as console:
        done = subprocess.run(  # noqa: S603 (our own interpreter and module)
            [
                sys.executable,
                "-m",
                "pytest",
                DAY_MODULE,
                "--noconftest",
                "-p",
                "pytestqt.plugin",
                "-p",
                "pytest_timeout",
                "-p",
                "no:cacheprovider",
                "-p",
                "no:logging",
                "--no-qt-log",  # Qt's warnings reach stderr, as in the installed app
                "-s",  # no capture files in TMPDIR: output goes straight to the console log
                "-q",
            ],
            cwd=REPO,
            env=lab.child_env(),
            stdout=console,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    return done.returncode, time.monotonic() - started


# --- the machine's own temp folders and home ------------------------------------------------

#: Where a part that ignored HOME, XDG_* or TMPDIR would have written instead.
SYSTEM_PLACES = (
    Path("/tmp"),  # noqa: S108 (read, never written)
    Path("/var/tmp"),  # noqa: S108
    Path("/dev/shm"),  # noqa: S108
    Path.home() / ".config",
    Path.home() / ".cache",
    Path.home() / ".local",
)


def changed_since(since: float, *, skip: tuple[Path, ...]) -> Iterator[tuple[Path, Path]]:
    """(place, file) for every regular file in ``SYSTEM_PLACES`` created or changed since
    ``since`` (other programs on this machine write there too: the markers are unique, so
    their files cannot match). ``skip``: the lab itself and the tooling's own job folders."""
    skipped = {s.resolve() for s in skip}
    for place in SYSTEM_PLACES:
        if not place.is_dir():
            continue
        for folder, dirs, files in os.walk(place, followlinks=False):
            here = Path(folder)
            dirs[:] = [
                d
                for d in dirs
                if (here / d).resolve() not in skipped
                and not d.startswith(("bash_jobs", "bash_tool"))
            ]
            for name in files:
                path = here / name
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if path.is_symlink() or not path.is_file():
                    continue
                if max(info.st_mtime, info.st_ctime) >= since:
                    yield place, path
