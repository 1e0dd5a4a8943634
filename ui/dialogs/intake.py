"""PLACEHOLDER: the intake wizard, built this session."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from ui.context import AppContext


class IntakeWizard(QWizard):
    def __init__(
        self, ctx: AppContext, *, start_from: object = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
