"""PLACEHOLDER: replaced by the page's real implementation this session."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import AppContext
from ui.pages.base import Page


class TodayPage(Page):
    key = "today"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("TodayPage: not built yet"))
