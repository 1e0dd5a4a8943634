"""The window half of ``coachapp --selftest``: the core checks, then Qt loads and draws."""

from __future__ import annotations

import os
import sys

from coachapp.selftest import run_selftest


def selftest() -> int:
    def say(line: str) -> None:
        print(f"  {line}", flush=True)

    failures = run_selftest(say)
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication.instance() or QApplication(sys.argv[:1])
        label = QLabel("CoachApp")
        label.resize(200, 40)
        if label.grab().isNull():
            failures.append("Qt could not draw a window")
        else:
            say("Qt: widgets load and draw")
        del app
    except Exception as exc:  # reported as a line, like every other failure
        failures.append(f"Qt did not load: {type(exc).__name__}: {exc}")
    for failure in failures:
        print(f"FAILED: {failure}", flush=True)
    if not failures:
        print("OK", flush=True)
    return 1 if failures else 0
