"""A small form in a dialog: fields, errors under them, Save runs the service in a worker.

Subclasses build their fields on ``self.form`` and return from ``work()`` the call to make
(reading the widgets on the GUI thread, running the service off it). A ``ValidationError``
lands under the fields; another error the coach can act on is said above the buttons;
anything unexpected gets the app's apology.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachapp.errors import CoachAppError, ValidationError
from ui import workers
from ui.context import AppContext
from ui.errors import show_error
from ui.widgets.field_form import FieldForm


class FormDialog(QDialog):
    #: The service's answer, after a successful save.
    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        *,
        title: str,
        intro: str | None = None,
        save_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self.result_value: Any = None
        self.busy = False
        self._fitted = False

        self.heading = QLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.intro = QLabel(intro or "")
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = FieldForm()
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()

        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.buttons.addButton(
            save_text or self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Enter)"))
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        # The fields (and any panel a subclass adds) scroll on a small screen rather than
        # being squashed; the title, the problem line and the buttons stay in view.
        content = QWidget()
        self.content = QVBoxLayout(content)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.form)
        self.content.addStretch(1)
        self.scroller = _FitScroll(content)

        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.scroller, 1)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    # --- for subclasses ---

    def work(self) -> Callable[[], Any] | None:
        """The service call to make with what is in the form (None: nothing to do)."""
        raise NotImplementedError

    def handle_failure(self, exc: BaseException) -> bool:
        """Show a failure in the subclass's own way; return True when handled."""
        return False

    def announce(self, result: Any) -> None:
        """Tell the app what changed (``ctx.bus.announce``)."""

    def refit(self) -> None:
        """Grow to fit after a panel or error labels appeared (up to the screen's room)."""
        # Layout changes below reach the dialog only through posted events; recompute now
        # so the size asked for is the size of what is shown.
        for layout in (self.form.layout_, self.content, self.body):
            layout.invalidate()
            layout.activate()
        self.scroller.updateGeometry()
        self.adjustSize()

    def setVisible(self, visible: bool) -> None:
        if visible and not self._fitted:
            self._fitted = True
            self.refit()
        super().setVisible(visible)

    def insert_widget(self, widget: QWidget) -> None:
        """Add a widget under the fields (a warning panel, say)."""
        self.content.insertWidget(self.content.count() - 1, widget)

    def scroll_to(self, widget: QWidget) -> None:
        self.scroller.ensureWidgetVisible(widget)

    # --- flow ---

    def say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.refit()

    def submit(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        self.say("")
        try:
            call = self.work()
        except ValidationError as exc:  # a check the form itself makes before calling
            self._show_validation(exc)
            return
        if call is None:
            return
        self.run(call)

    def run(self, call: Callable[[], Any]) -> None:
        self._set_busy(True)
        workers.run(self, call, on_done=self._done, on_failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.announce(result)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.handle_failure(exc):
            return
        if isinstance(exc, ValidationError):
            self._show_validation(exc)
        elif isinstance(exc, CoachAppError):
            self.say(str(exc))
        else:
            show_error(self, exc)

    def _show_validation(self, exc: ValidationError) -> None:
        unplaced = self.form.show_errors(exc.fields)
        if unplaced:
            self.say("\n".join(unplaced.values()))
        self.refit()


class _FitScroll(QScrollArea):
    """A frameless scroll area that asks for its content's full size."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        return QSize(hint.width(), hint.height() + 2)

    def minimumSizeHint(self) -> QSize:
        # Room for a few fields at least; less when there are fewer.
        return QSize(super().minimumSizeHint().width(), min(160, self.sizeHint().height()))
