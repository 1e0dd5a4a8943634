"""PLACEHOLDER: replaced by the page's real implementation this session."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import AppContext
from ui.pages.base import Page


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("ReportsPage: not built yet"))
