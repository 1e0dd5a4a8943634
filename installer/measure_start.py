"""Time CoachApp from launch to its first screen: the frozen app against running from source.

    python installer/measure_start.py --frozen /usr/bin/coachapp [--runs 5]

Both start on the same provisioned data folder, so the first screen is the lock screen a coach
sees every morning, offscreen, and quit as soon as it is shown (``--quit-after-start``). Prints
one JSON document. The first run of each is reported apart from the median: it is the
coldest this machine allows without dropping the page cache for everyone else.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def provision(root: Path) -> Path:
    """A data folder with a coach's profile, so the app opens on its lock screen."""
    from coachapp.ids import uuid7
    from coachapp.store.profile import DataFolder, Identity
    from coachapp.store.vault import KdfParams

    folder = DataFolder(root / "CoachApp")
    identity = Identity(
        org_id=uuid7(),
        coach_id=uuid7(),
        device_id=uuid7(),
        username="timing",
        display_name="Start-up Timing",
    )
    store, _key = folder.create(
        identity=identity,
        passphrase=secrets.token_urlsafe(24),  # never typed: the lock screen is only shown
        kdf=KdfParams(memory_kib=16 * 1024, iterations=1, lanes=1),
        check_policy=False,
    )
    store.close()
    return folder.path


def time_once(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    # The command is this script's own: the app under test, or this Python running ui.
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)  # noqa: S603
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", required=True, help="the installed or built coachapp")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="coachapp-start-") as tmp:
        root = Path(tmp)
        data = provision(root)
        args_common = [
            "--data-dir",
            str(data),
            "--user-settings",
            str(root / "user.toml"),
            "--quit-after-start",
        ]
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["COACHAPP_MACHINE_CONFIG"] = str(root / "machine.toml")  # none: the defaults
        frozen_cmd = [args.frozen, *args_common]
        source_cmd = [sys.executable, "-m", "ui", *args_common]
        frozen, source = [], []
        for _ in range(args.runs):  # alternate, so a busy moment hurts both alike
            frozen.append(time_once(frozen_cmd, env))
            source.append(time_once(source_cmd, env))
    result = {
        "what": "launch to lock screen shown, offscreen, then quit (seconds)",
        "runs": args.runs,
        "frozen": {"first": round(frozen[0], 3), "median": round(statistics.median(frozen), 3)},
        "source": {"first": round(source[0], 3), "median": round(statistics.median(source), 3)},
        "ratio_frozen_to_source": round(statistics.median(frozen) / statistics.median(source), 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
