"""Reports: a placeholder page until the performance reports are built (the Reports issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import AppContext
from ui.pages.base import Page


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        body = QLabel(
            self.tr(
                "Reports are not in this version of CoachApp yet. They will show enrollment "
                "against your program's goal, the HPOG performance indicators, support "
                "services spending and referral timeliness, for TANF participants and for "
                "everyone.\n\nUntil then, the Referrals and Services pages list what is "
                "overdue and what was spent."
            )
        )
        body.setObjectName("hint")
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def title(self) -> str:
        return self.tr("Reports")
