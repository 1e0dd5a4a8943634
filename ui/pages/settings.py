"""Settings and About: the coach's own choices (language, auto-lock) and the facts support asks
for (version, server, device id, data and log folders).

Choices are saved to the coach's settings file with ``coachapp.config.save_user_choice``;
a setting the administrator locked is shown but cannot be changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachapp import __version__
from coachapp.config import LANGUAGES, MAX_AUTO_LOCK_MINUTES, Settings, save_user_choice
from ui import workers
from ui.context import AppContext
from ui.pages.base import Page

log = logging.getLogger(__name__)


def _value_label(text: str, name: str) -> QLabel:
    """A fact the coach may need to read out or copy for support: selectable by keyboard too."""
    label = QLabel(text)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        title = QLabel(self.tr("Settings and about"))
        title.setObjectName("pageTitle")

        # --- the coach's choices ---
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMaximumWidth(240)
        self.language_note = QLabel(
            self.tr("CoachApp shows the new language the next time it starts.")
        )
        self.language_note.setObjectName("hint")
        self.language_note.setWordWrap(True)

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(ctx.settings.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.auto_lock.setMaximumWidth(160)
        self.auto_lock_note = QLabel(
            self.tr(
                "CoachApp locks itself when nobody has used it for this long, so no one else "
                "can read participants' records on an unattended laptop."
            )
        )
        self.auto_lock_note.setObjectName("hint")
        self.auto_lock_note.setWordWrap(True)

        for key, widget in (("language", self.language), ("auto_lock_minutes", self.auto_lock)):
            if ctx.settings.is_locked(key):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your administrator"))
        self.language_locked = QLabel(self.tr("Set by your administrator."))
        self.language_locked.setObjectName("hint")
        self.language_locked.setVisible(ctx.settings.is_locked("language"))
        self.auto_lock_locked = QLabel(self.tr("Set by your administrator."))
        self.auto_lock_locked.setObjectName("hint")
        self.auto_lock_locked.setVisible(ctx.settings.is_locked("auto_lock_minutes"))

        self.saved = QLabel()
        self.saved.setObjectName("hint")
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        choices = QGroupBox(self.tr("Your choices"))
        form = QFormLayout(choices)
        language_label = QLabel(self.tr("Lan&guage"))
        language_label.setBuddy(self.language)
        form.addRow(
            language_label, self._stack(self.language, self.language_locked, self.language_note)
        )
        lock_label = QLabel(self.tr("Lock &after"))
        lock_label.setBuddy(self.auto_lock)
        form.addRow(
            lock_label, self._stack(self.auto_lock, self.auto_lock_locked, self.auto_lock_note)
        )
        form.addRow("", self.saved)
        form.addRow("", self.error)

        # --- about this laptop ---
        identity = ctx.identity
        server = identity.server_url or ctx.settings.server_url or self.tr("Not set")
        about = QGroupBox(self.tr("About CoachApp on this laptop"))
        facts = QFormLayout(about)
        self.version = _value_label(__version__, self.tr("Version"))
        self.signed_in = _value_label(
            f"{identity.display_name} ({identity.username})", self.tr("Signed in as")
        )
        self.server = _value_label(server, self.tr("Server address"))
        self.device = _value_label(identity.device_id, self.tr("Device id"))
        self.data_folder = _value_label(str(ctx.folder.path), self.tr("Data folder"))
        self.log_folder = _value_label(str(ctx.folder.logs_path), self.tr("Log folder"))
        facts.addRow(self.tr("Version"), self.version)
        facts.addRow(self.tr("Signed in as"), self.signed_in)
        facts.addRow(self.tr("Server address"), self.server)
        facts.addRow(self.tr("Device id"), self.device)
        facts.addRow(self.tr("Data folder"), self.data_folder)
        facts.addRow(self.tr("Log folder"), self.log_folder)
        support = QLabel(
            self.tr(
                "Support may ask for the version and the device id. The data folder holds "
                "the encrypted database; the logs hold no participant information."
            )
        )
        support.setObjectName("hint")
        support.setWordWrap(True)
        facts.addRow("", support)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(choices)
        layout.addWidget(about)
        layout.addStretch(1)

        # Spinning from 5 to 15 should write the file once, not ten times.
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._lock_timer.setInterval(600)
        self._lock_timer.timeout.connect(self._save_auto_lock)
        self.auto_lock.valueChanged.connect(lambda _v: self._lock_timer.start())
        self.auto_lock.editingFinished.connect(self._save_auto_lock)
        self.language.currentIndexChanged.connect(self._save_language)

    def title(self) -> str:
        return self.tr("Settings")

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        return box

    # --- saving ---

    def _save_language(self) -> None:
        code = self.language.currentData()
        if code and code != self.ctx.settings.language:
            self._save("language", str(code))

    def _save_auto_lock(self) -> None:
        self._lock_timer.stop()
        minutes = self.auto_lock.value()
        if minutes != self.ctx.settings.auto_lock_minutes:
            self._save("auto_lock_minutes", minutes)

    def _save(self, key: str, value: str | int) -> None:
        settings, path = self.ctx.settings, self.ctx.user_settings_path

        def work() -> Settings:
            return save_user_choice(key, value, settings=settings, path=path)

        workers.run(self, work, on_done=self._saved, on_failed=self._refused)

    def _saved(self, settings: Settings) -> None:
        self.ctx.settings = settings
        if self.ctx.apply_settings is not None:
            self.ctx.apply_settings(settings)
        self.error.setVisible(False)
        self.saved.setText(self.tr("Saved."))
        log.info("user setting saved")

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionError):
            message = self.tr("Your administrator has set this; it cannot be changed here.")
        elif isinstance(exc, ValueError):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = self.tr("CoachApp could not write your settings file: {reason}").format(
                reason=exc.strerror or type(exc).__name__
            )
        else:
            from ui.errors import show_error

            show_error(self, exc)
            return
        self.saved.clear()
        self.error.setText(message)
        self.error.setVisible(True)
