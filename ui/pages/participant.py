"""PLACEHOLDER: the participant page (header and tabs), built this session."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import AppContext
from ui.pages.base import Page


class ParticipantPage(Page):
    key = "participant"

    def __init__(self, ctx: AppContext, participant_id: str, *, tab: str | None = None) -> None:
        super().__init__(ctx)
        self.participant_id = participant_id
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("participant page: not built yet"))

    def place(self) -> dict[str, Any]:
        return {"participant_id": self.participant_id, "tab": ""}
