"""Errors shown to a coach: our own errors say what to do; anything else is an apology.

Unexpected exceptions are logged with a short reference id and without their message
(driver messages can quote participant data); the coach sees the id to quote to support.
"""

from __future__ import annotations

import logging
import secrets
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coachapp.errors import CoachAppError

log = logging.getLogger(__name__)


def reference_id() -> str:
    return secrets.token_hex(3).upper()


def describe(exc: BaseException) -> tuple[str, str | None]:
    """(message for the coach, reference id when the error was unexpected)."""
    if isinstance(exc, CoachAppError):
        return str(exc), None
    ref = reference_id()
    log.error("unexpected error ref=%s", ref, exc_info=(type(exc), exc, exc.__traceback__))
    return (
        QCoreApplication.translate(
            "Errors",
            "Sorry, something went wrong and CoachApp could not finish that. Your saved work "
            "is safe. If it happens again, tell your administrator reference {ref}.",
        ).format(ref=ref),
        ref,
    )


#: Apologies shown with no window to belong to, kept alive until the coach closes them: a
#: parentless box that only a local variable holds is deleted as soon as it is shown.
_ORPHANS: list[QMessageBox] = []


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    message, ref = describe(exc)
    if parent is None:  # the excepthook: over whatever window the coach is using
        parent = QApplication.activeModalWidget() or QApplication.activeWindow()
    box = QMessageBox(parent)
    if parent is None:
        _ORPHANS.append(box)
        box.finished.connect(lambda _result: _ORPHANS.remove(box))
    box.setIcon(QMessageBox.Icon.Warning if ref is None else QMessageBox.Icon.Critical)
    box.setWindowTitle(
        title
        or (
            QCoreApplication.translate("Errors", "CoachApp")
            if ref is None
            else QCoreApplication.translate("Errors", "Something went wrong")
        )
    )
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorDialog")
    box.open()


def install_excepthook() -> None:
    """Exceptions escaping a slot end here: logged without data, shown as an apology."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(None, exc)

    sys.excepthook = hook
