"""How a navigation entry is drawn: the page's name on the left and its shortcut on the right
("Today … Ctrl+1"), from an item text written "name<Tab>shortcut".

A list item has no tab stops: drawn as plain text the shortcut lands wherever the name ends,
and a long name pushes it out of the fixed-width list (a scroll bar appears)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_GAP = 16
_RIGHT = 12


class NavDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, _tab, keys = opt.text.partition("\t")
        metrics = opt.fontMetrics
        keys_width = metrics.horizontalAdvance(keys) + _GAP if keys else 0
        # Leave room for the shortcut; a name too long for what is left is elided, not cut.
        room = max(0, opt.rect.width() - keys_width - _RIGHT - 20)
        opt.text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not keys:
            return
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = QColor(opt.palette.color(role))
        color.setAlpha(190)  # the shortcut is the quieter half
        painter.setPen(color)
        painter.setFont(opt.font)
        painter.drawText(
            opt.rect.adjusted(0, 0, -_RIGHT, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            keys,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, _tab, keys = opt.text.partition("\t")
        opt.text = name
        # (Not super().sizeHint: it would read the whole text, tab included, again.)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), opt.widget)
        if keys:
            size.setWidth(size.width() + opt.fontMetrics.horizontalAdvance(keys) + _GAP)
        return size
