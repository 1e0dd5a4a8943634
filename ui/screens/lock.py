"""The lock screen: who is signed in, their password, and a wait after repeated mistakes."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from coachapp.errors import CoachAppError, StoreDamaged, StoreError, WrongPassphrase
from coachapp.store.profile import Identity
from coachapp.store.unlock_guard import Count, UnlockGuard
from sync.errors import AccessWithdrawn, BadCredentials, Offline, PasswordNotConfirmed
from ui import workers
from ui.errors import show_error
from ui.widgets.layout import centered_card

log = logging.getLogger(__name__)


class LockScreen(QWidget):
    unlocked = Signal(object)
    #: The database was damaged and set aside; the coach chose to set the laptop up again.
    set_up_again = Signal(object)
    #: The server withdrew this laptop's access while unlocking; the folder has been wiped.
    withdrawn = Signal(str)

    def __init__(
        self,
        identity: Identity,
        guard: UnlockGuard,
        unlock: Callable[[str], object],
        *,
        notice: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._guard = guard
        self._unlock = unlock
        self._op: workers.Op[object] | None = None
        self._before: Count = (0, 0.0)

        title = QLabel(self.tr("CoachApp is locked"))
        title.setObjectName("screenTitle")
        who = QLabel(
            self.tr("Signed in as {name} ({username}).").format(
                name=identity.display_name, username=identity.username
            )
        )
        who.setObjectName("signedInAs")
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.message = QLabel(notice or "")
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(notice))
        self.wait = QLabel()
        self.wait.setObjectName("unlockWait")
        self.wait.setVisible(False)
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        forgot = QPushButton(self.tr("&Forgot your password?"))
        forgot.setFlat(True)
        forgot.clicked.connect(self._explain_forgot)
        self.forgot = forgot
        self.reset = QPushButton(self.tr("&Set this laptop up again from the server"))
        self.reset.setObjectName("setUpAgain")
        self.reset.setVisible(False)
        self.reset.clicked.connect(self._ask_set_up_again)
        self._damage: StoreDamaged | None = None

        body = QVBoxLayout()
        body.addWidget(title)
        body.addWidget(who)
        body.addWidget(self.password)
        body.addWidget(self.message)
        body.addWidget(self.wait)
        body.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        body.addWidget(self.reset, alignment=Qt.AlignmentFlag.AlignRight)
        body.addWidget(forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        centered_card(self, body)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_wait)
        self._show_wait()
        self.password.setFocus()

    def submit(self) -> None:
        if self._op is not None or self._guard.wait_seconds() > 0:
            self._show_wait()
            return
        password = self.password.text()
        if not password:
            self._say(self.tr("Type your password to unlock."))
            return
        try:
            # Counted as wrong until it proves right: if the count cannot be written (a full
            # disk, a read-only folder), the password is not checked at all.
            self._before = self._guard.attempt()
        except StoreError as exc:
            self._say(str(exc))
            return
        self.password.clear()
        self._busy(True)
        self._op = workers.run(
            self,
            lambda: self._unlock(password),
            on_done=self._done,
            on_failed=self._failed,
        )

    def _done(self, connection: object) -> None:
        self._op = None
        try:
            self._guard.succeeded()
        except StoreError:
            # The disk filled up meanwhile: the try stays counted (the safe side); the coach
            # is told about the disk at their first save.
            log.warning("unlock count could not be reset")
        self.unlocked.emit(connection)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self._busy(False)
        # A wrong password (for the vault, and the server did not vouch for it: wrong there
        # too, unreachable, or unable to say) stays counted, as ``submit`` wrote it.
        if isinstance(exc, PasswordNotConfirmed):
            self._say(self.tr("That password is not correct.") + " " + exc.reason)
        elif isinstance(exc, WrongPassphrase | BadCredentials):
            self._say(self.tr("That password is not correct."))
        elif isinstance(exc, Offline):
            # The vault refused it and the server could not be asked whether it was reset.
            self._say(
                self.tr(
                    "That password is not correct. If your administrator has just reset it, "
                    "connect to the network and try the new one again."
                )
            )
        elif isinstance(exc, AccessWithdrawn):
            # Nothing is left to unlock: the folder, and the count in it, were wiped.
            self.withdrawn.emit(
                str(exc)
                + " "
                + self.tr(
                    "CoachApp's data on this laptop has been removed. Ask your administrator "
                    "if you need it set up again."
                )
            )
            return
        else:
            self._not_judged()
            if isinstance(exc, StoreDamaged) and exc.kept_in is not None:
                # Not a wrong password: the files are set aside; the way on is the server.
                self._say(str(exc))
                self._damage = exc
                self.reset.setVisible(True)
                self.button.setEnabled(False)
                self.password.setEnabled(False)
                self.reset.setFocus()
                return
            if isinstance(exc, CoachAppError):
                self._say(str(exc))
            else:
                show_error(self, exc)
        self._show_wait()
        self.password.setFocus()

    def _not_judged(self) -> None:
        """The try ended before the password was judged: it does not count."""
        try:
            self._guard.not_judged(self._before)
        except StoreError:
            log.warning("unlock count could not be put back")

    def _show_wait(self) -> None:
        seconds = self._guard.wait_seconds()
        waiting = seconds > 0
        self.wait.setVisible(waiting)
        self.button.setEnabled(not waiting and self._op is None)
        self.password.setEnabled(not waiting and self._op is None)
        if waiting:
            self.wait.setText(
                self.tr("Too many wrong passwords. Try again in %n second(s).", "", seconds)
            )
            if not self._tick.isActive():
                self._tick.start()
        elif self._tick.isActive():
            self._tick.stop()
            self.password.setFocus()

    def _ask_set_up_again(self) -> None:
        if self._damage is not None:
            self.set_up_again.emit(self._damage)

    def _explain_forgot(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Forgot your password?"),
            self.tr(
                "Ask your administrator to reset your password on the program's server. "
                "Then, with this laptop connected to the network, unlock here with the new "
                "password: CoachApp gets your key from the server and keeps everything you "
                "recorded on this laptop, including work not yet synced."
            ),
        )

    def _busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        if busy:
            self.message.setVisible(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
