"""Small layout pieces shared by screens."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QVBoxLayout, QWidget


def centered_card(screen: QWidget, body: QLayout, *, width: int = 460) -> QFrame:
    """Put ``body`` in a card in the middle of ``screen`` (sign-in and lock screens)."""
    card = QFrame()
    card.setObjectName("card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setLayout(body)
    card.setFixedWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(screen)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return card
