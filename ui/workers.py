"""The one way the app runs work off the GUI thread.

``run(parent, work, on_done=...)`` runs ``work`` on the shared ``QThreadPool``; its result
(or its exception) comes back on the GUI thread. A failure goes to ``on_failed`` when given,
otherwise to the app's one error dialog. ``work`` may take a ``report`` callable to send
progress (phase, done, total) and check ``cancelled()`` between steps. When ``parent`` is
destroyed first (the coach locked the app, closed the dialog), the answer is dropped.
"""

from __future__ import annotations

import gc
import inspect
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from coachapp.errors import Locked

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Step:
    """Progress of long work: ``total`` is None when not known yet."""

    phase: str
    done: int
    total: int | None


class Reporter:
    """Handed to work that wants to report progress or honour Cancel."""

    def __init__(self, emit: Callable[[Step], None], cancel_flag: threading.Event) -> None:
        self._emit = emit
        self._cancel = cancel_flag

    def __call__(self, phase: str, done: int, total: int | None = None) -> None:
        self._emit(Step(phase, done, total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class Op(QObject, Generic[T]):
    """One piece of work in flight. Keep it to call ``cancel()``; it deletes itself when done."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        work: Callable[..., T],
        *,
        on_done: Callable[[T], None] | None,
        on_failed: Callable[[BaseException], None] | None,
        on_progress: Callable[[Step], None] | None,
    ) -> None:
        super().__init__(None)
        self._work = work
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._alive = True
        self.running = True
        self._signals = _Signals()
        self._signals.done.connect(self._finish_ok)
        self._signals.failed.connect(self._finish_failed)
        self._signals.progress.connect(self._relay_progress)
        self._owner = parent
        if parent is not None:
            parent.destroyed.connect(self._orphan)
        _live.add(self)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> Op[T]:
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    # --- worker thread ---

    def _run(self) -> None:
        try:
            if _wants_reporter(self._work):
                reporter = Reporter(self._signals.progress.emit, self._cancel)
                result = self._work(reporter)
            else:
                result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)

    # --- GUI thread ---

    @Slot()
    def _orphan(self) -> None:
        self._alive = False

    @Slot(object)
    def _relay_progress(self, step: Step) -> None:
        if self._alive and self._on_progress is not None:
            self._on_progress(step)

    @Slot(object)
    def _finish_ok(self, result: T) -> None:
        try:
            if self._alive and self._on_done is not None:
                self._on_done(result)
        except Locked:
            log.info("answer arrived after the app locked; dropped")
        except Exception as exc:
            self._show(exc)
        finally:
            self._end()

    @Slot(object)
    def _finish_failed(self, exc: BaseException) -> None:
        try:
            if not self._alive or isinstance(exc, Locked):
                # Locked: the app locked while this ran; the lock screen already says so.
                log.info("work ended after its window closed: %s", type(exc).__name__)
            elif self._on_failed is not None:
                self._on_failed(exc)
            else:
                self._show(exc)
        finally:
            self._end()

    def _show(self, exc: BaseException) -> None:
        from ui.errors import show_error

        owner = self._owner if isinstance(self._owner, QWidget) else None
        show_error(owner, exc)

    def _end(self) -> None:
        self.running = False
        self.finished.emit()
        _live.discard(self)
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        self._op._run()


#: Ops are kept alive here until their answer has been delivered.
_live: set[Op[Any]] = set()


def _wants_reporter(work: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(work).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.default is inspect.Parameter.empty and p.kind in _POSITIONAL for p in params)


_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


class _GuiThreadCollector(QObject):
    """Python's cycle collector runs in whichever thread happens to allocate. Run in a worker,
    it can free Qt objects whose wrappers sat in reference cycles off the GUI thread, and Qt
    crashes (seen as a segfault "Garbage-collecting" in a worker). So, the usual remedy in Qt
    for Python apps, automatic collection is off once workers are used and the GUI thread
    collects on a short timer, with the generation thresholds Python itself would use.

    A collection stops every thread for as long as it scans, in proportion to the objects in
    the generations it scans. The timer is short so the youngest generation stays small while
    a sync allocates quickly; and what lives as long as the app (modules, classes, the
    unlocked workspace) is frozen out of collection by ``settle()``."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        # Start-up is over when the first work runs: the modules and classes imported so far
        # live as long as the process, and need not be scanned again.
        gc.freeze()
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young < first:
            return
        generation = 2 if old >= third else 1 if middle >= second else 0
        gc.collect(generation)


#: How often the GUI thread looks whether a collection is due (cheap when none is).
COLLECT_EVERY_MS = 100

_collector: list[_GuiThreadCollector] = []


def settle() -> None:
    """Start-up or unlock is done: what exists now lives until the lock. It is moved out of the
    collector's reach (``gc.freeze``), so a full collection on the GUI thread scans what came
    after it — a few megabytes — instead of every module, class and widget (a 100-250 ms stall
    on a big caseload). Without a collection first: that would be the very stall avoided."""
    gc.freeze()


def unsettle() -> None:
    """At lock: the workspace that was frozen with the rest is garbage now. Everything goes back
    to the collector, and a full collection frees it a moment later, on the GUI thread, once Qt
    has deleted the widgets (the lock screen can afford the pause; the next unlock would
    otherwise freeze the old workspace's cycles again)."""
    gc.unfreeze()
    if QCoreApplication.instance() is not None:
        QTimer.singleShot(1_000, _collect_all)


def _collect_all() -> None:
    gc.collect()


#: How long a worker may keep the GIL while the GUI thread waits for it (Python's default is
#: 5 ms). The GUI thread needs it for every timer, paint and signal it handles in Python;
#: shorter turns keep it responsive while a sync decodes and applies rows in a worker.
SWITCH_INTERVAL_S = 0.001


def _collect_on_gui_thread() -> None:
    app = QCoreApplication.instance()
    if app is not None and not _collector:
        _collector.append(_GuiThreadCollector(app))
        sys.setswitchinterval(SWITCH_INTERVAL_S)


def run(
    parent: QObject | None,
    work: Callable[..., T],
    *,
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Step], None] | None = None,
) -> Op[T]:
    """Run ``work`` off the GUI thread; answer on the GUI thread unless ``parent`` is gone."""
    _collect_on_gui_thread()
    return Op(parent, work, on_done=on_done, on_failed=on_failed, on_progress=on_progress).start()


def drop_answers() -> None:
    """At lock: every answer still to come is dropped, whatever loop delivers it.

    The workspace is deleted later than this call (and, under a modal dialog's loop, later
    than queued answers), so relying on ``destroyed`` alone would let an answer reach a page
    whose store is already closed.
    """
    for op in list(_live):
        op._alive = False


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (at lock and quit, so the store can close cleanly)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
