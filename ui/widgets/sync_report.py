"""What the last sync did, in the coach's words, one line per thing that happened."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from sync.engine import SyncReport
from ui.widgets.record_words import when_text


def describe_report(report: SyncReport, when: datetime | None) -> str:
    """What a sync did, in the coach's words, one line per thing that happened."""
    lines: list[str] = []
    if report.cancelled:
        lines.append(
            QCoreApplication.translate(
                "SyncReport",
                "Stopped when you pressed Cancel. Everything sent or received so far is kept; "
                "the rest goes at the next sync.",
            )
        )
    elif when is not None:
        lines.append(
            QCoreApplication.translate("SyncReport", "Finished {when}.").format(
                when=when_text(when)
            )
        )
    if report.pushed:
        lines.append(
            QCoreApplication.translate("SyncReport", "Sent: %n change(s).", "", report.pushed)
        )
        if report.merged:
            lines.append(
                QCoreApplication.translate(
                    "SyncReport",
                    "Merged: %n change(s) combined with other changes made to the same records "
                    "on another laptop.",
                    "",
                    report.merged,
                )
            )
        if report.redirected:
            lines.append(
                QCoreApplication.translate(
                    "SyncReport",
                    "Moved: %n change(s) were for a person merged into another record and were "
                    "saved on that record.",
                    "",
                    report.redirected,
                )
            )
    else:
        lines.append(QCoreApplication.translate("SyncReport", "Sent: nothing was waiting."))
    received = report.pulled + report.reference
    lines.append(
        QCoreApplication.translate(
            "SyncReport",
            "Received: %n update(s) to your caseload and the program's lists.",
            "",
            received,
        )
        if received
        else QCoreApplication.translate("SyncReport", "Received: nothing new.")
    )
    if report.removed:
        lines.append(
            QCoreApplication.translate(
                "SyncReport",
                "%n participant(s) left your caseload (handed to another coach) and were "
                "removed from this laptop.",
                "",
                report.removed,
            )
        )
    if report.conflicts:
        lines.append(
            QCoreApplication.translate(
                "SyncReport",
                "Conflicts: %n of the changes sent met a different change to the same "
                "details from another laptop; both are kept until you choose below.",
                "",
                report.conflicts,
            )
        )
    else:
        lines.append(QCoreApplication.translate("SyncReport", "Conflicts: none."))
    if report.problems:
        lines.append(
            QCoreApplication.translate(
                "SyncReport",
                "Problems: %n change(s) were refused by the server:",
                "",
                len(report.problems),
            )
        )
        lines.extend(f"  • {problem}" for problem in report.problems[:5])
        if len(report.problems) > 5:
            lines.append(
                QCoreApplication.translate("SyncReport", "  … and {n} more.").format(
                    n=len(report.problems) - 5
                )
            )
    else:
        lines.append(QCoreApplication.translate("SyncReport", "Problems: none."))
    return "\n".join(lines)
