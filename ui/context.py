"""What every page is handed: the unlocked laptop, the settings, the change bus, navigation.

Pages never keep the store beyond a call: when the app locks, the workspace (and every
page in it) is destroyed and the connection closed; unlocking builds them anew.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from coachapp.config import Settings
from coachapp.store.local import LocalStore
from coachapp.store.profile import DataFolder, Identity
from sync.provision import Connection
from ui.changes import ChangeBus


class Navigator(QObject):
    """Requests to move somewhere; the workspace carries them out."""

    #: A page key from ``ui.workspace.PAGES`` ("today", "participants"…).
    page_requested = Signal(str)
    #: (participant id, tab key or "").
    participant_requested = Signal(str, str)
    #: An ``IntakeInput`` to start from (a converted sign-up or a resumed draft), or None.
    intake_requested = Signal(object)

    def open_page(self, key: str) -> None:
        self.page_requested.emit(key)

    def open_participant(self, participant_id: str, tab: str = "") -> None:
        self.participant_requested.emit(participant_id, tab)

    def start_intake(self, start_from: Any = None) -> None:
        self.intake_requested.emit(start_from)


@dataclass
class AppContext:
    folder: DataFolder
    settings: Settings
    connection: Connection
    bus: ChangeBus
    nav: Navigator
    #: Tests pin "today" so overdue lists do not drift; the app leaves it None.
    today_override: date | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    #: The coach's own settings file (None: the per-user default); the Settings page writes it.
    user_settings_path: Path | None = None
    #: Called with the new settings after the coach changes one (the window applies auto-lock).
    apply_settings: Callable[[Settings], None] | None = None

    @property
    def store(self) -> LocalStore:
        return self.connection.store

    @property
    def identity(self) -> Identity:
        return self.connection.identity

    def today(self) -> date:
        return self.today_override or date.today()
