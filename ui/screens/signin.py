"""First run: the coach signs in to the program's server and this laptop is set up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachapp.config import Settings
from coachapp.errors import CoachAppError
from ui import workers
from ui.errors import show_error
from ui.widgets.layout import centered_card


class SignInScreen(QWidget):
    """Server address (preset by the administrator), program code, username and password."""

    #: The work that sets the laptop up: (server_url, org, username, password, reporter) → any.
    signed_in = Signal(object)

    def __init__(
        self,
        settings: Settings,
        provision: Callable[..., object],
        *,
        notice: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self._provision = provision
        self._op: workers.Op[object] | None = None

        title = QLabel(self.tr("Welcome to CoachApp"))
        title.setObjectName("screenTitle")
        intro = QLabel(
            self.tr(
                "Sign in with the username and password your administrator gave you. "
                "This sets up this laptop for you and brings down your caseload. "
                "Afterwards your password also unlocks CoachApp when you are offline."
            )
        )
        intro.setWordWrap(True)

        self.server = QLineEdit(settings.server_url or "")
        self.server.setPlaceholderText("https://coachapp.example.org")
        self.server.setAccessibleName(self.tr("Server address"))
        if settings.is_locked("server_url") and settings.server_url:
            self.server.setReadOnly(True)
            self.server.setToolTip(self.tr("Set by your administrator."))
        self.org = QLineEdit(settings.org or "")
        self.org.setAccessibleName(self.tr("Program code"))
        if settings.is_locked("org") and settings.org:
            self.org.setReadOnly(True)
            self.org.setToolTip(self.tr("Set by your administrator."))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Ser&ver address"), self.server)
        form.addRow(self.tr("&Program code"), self.org)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("Pass&word"), self.password)
        for field, buddy in (
            (self.server, 0),
            (self.org, 1),
            (self.username, 2),
            (self.password, 3),
        ):
            label = form.itemAt(buddy, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(notice))
        if notice:
            self.message.setText(notice)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Setting up progress"))
        self.button = QPushButton(self.tr("&Sign in"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)

        body = QVBoxLayout()
        body.addWidget(title)
        body.addWidget(intro)
        body.addLayout(form)
        body.addWidget(self.message)
        body.addWidget(self.progress)
        body.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        centered_card(self, body)
        (self.username if self.server.text() and self.org.text() else self.server).setFocus()

    def submit(self) -> None:
        if self._op is not None:
            return
        values = [w.text().strip() for w in (self.server, self.org, self.username)]
        missing = [
            name
            for name, value in zip(
                (self.tr("server address"), self.tr("program code"), self.tr("username")),
                values,
                strict=True,
            )
            if not value
        ]
        if missing or not self.password.text():
            if not self.password.text():
                missing.append(self.tr("password"))
            self._say(self.tr("Please fill in: {fields}.").format(fields=", ".join(missing)))
            return
        server_url, org, username = values
        password = self.password.text()
        self._busy(True)
        self._op = workers.run(
            self,
            lambda report: self._provision(server_url, org, username, password, report),
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, step: workers.Step) -> None:
        phases = {
            "push": self.tr("Sending changes…"),
            "reference": self.tr("Bringing down program lists…"),
            "pull": self.tr("Bringing down your caseload…"),
        }
        self.progress.setFormat(phases.get(step.phase, self.tr("Setting up…")) + " %v")
        self.progress.setMaximum(step.total or 0)
        self.progress.setValue(step.done)

    def _done(self, connection: object) -> None:
        self._op = None
        self.password.clear()
        self.signed_in.emit(connection)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self._busy(False)
        self.password.clear()
        if isinstance(exc, CoachAppError):
            self._say(str(exc))
            self.password.setFocus()
        else:
            show_error(self, exc)

    def _busy(self, busy: bool) -> None:
        for w in (self.server, self.org, self.username, self.password, self.button):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setMaximum(0)
        if busy:
            self.message.setVisible(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
