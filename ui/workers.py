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
import itertools
import logging
import sys
import threading
import weakref
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


class Op(QObject, Generic[T]):
    """One piece of work in flight. Keep it to call ``cancel()``; it deletes itself when done.

    An Op lives on the GUI thread only. The worker thread is handed a plain ``_Job`` and
    holds no Qt object: were the worker to drop the last reference to a QObject (an Op, or
    the signals it emits through), that object would be deleted on the worker thread while
    the GUI thread still delivers its events, and the app crashes (seen as a segfault a few
    times in ten thousand runs). The worker answers through one relay that lives as long as
    the app, naming the job by number.
    """

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
        self._job = _Job(next(_numbers), work)
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_progress = on_progress
        self._alive = True
        self.running = True
        # Weakly held, and let go of at the end: an Op that kept its owner alive would, when
        # deleted, free the owner, whose ``destroyed`` would then reach the half-deleted Op.
        self._owner = weakref.ref(parent) if parent is not None else None
        self._watch = parent.destroyed.connect(self._orphan) if parent is not None else None

    def cancel(self) -> None:
        self._job.cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._job.cancel.is_set()

    def start(self) -> Op[T]:
        _live[self._job.number] = self
        QThreadPool.globalInstance().start(_Runnable(self._job, _relay()))
        return self

    # --- GUI thread ---

    @Slot()
    def _orphan(self) -> None:
        self._alive = False

    def _progress(self, step: Step) -> None:
        if self._alive and self._on_progress is not None:
            self._on_progress(step)

    def _answer(self) -> None:
        ok, value = self._job.outcome
        self._job.outcome = _PENDING  # the result is the caller's now, not the Op's
        try:
            if ok:
                self._finish_ok(value)
            else:
                self._finish_failed(value)
        finally:
            self._end()

    def _finish_ok(self, result: T) -> None:
        try:
            if self._alive and self._on_done is not None:
                self._on_done(result)
        except Locked:
            log.info("answer arrived after the app locked; dropped")
        except Exception as exc:
            self._show(exc)

    def _finish_failed(self, exc: BaseException) -> None:
        if not self._alive or isinstance(exc, Locked):
            # Locked: the app locked while this ran; the lock screen already says so.
            log.info("work ended after its window closed: %s", type(exc).__name__)
        elif self._on_failed is not None:
            self._on_failed(exc)
        else:
            self._show(exc)

    def _show(self, exc: BaseException) -> None:
        from ui.errors import show_error

        owner = self._owner() if self._owner is not None else None
        show_error(owner if isinstance(owner, QWidget) else None, exc)

    def _end(self) -> None:
        self.running = False
        if self._watch is not None:
            QObject.disconnect(self._watch)
            self._watch = None
        self.finished.emit()
        _live.pop(self._job.number, None)
        self.deleteLater()


_PENDING: tuple[bool, Any] = (False, None)


class _Job:
    """What the worker thread is given: the work, its cancel flag and a place for the answer.
    Nothing Qt."""

    __slots__ = ("cancel", "number", "outcome", "work")

    def __init__(self, number: int, work: Callable[..., Any]) -> None:
        self.number = number
        self.work = work
        self.cancel = threading.Event()
        #: (True, result) or (False, exception), written by the worker before it answers.
        self.outcome: tuple[bool, Any] = _PENDING

    def execute(self, relay: _Relay) -> None:
        number = self.number
        try:
            if _wants_reporter(self.work):
                emit = relay.progress.emit
                reporter = Reporter(lambda step: emit(number, step), self.cancel)
                result = self.work(reporter)
            else:
                result = self.work()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.outcome = (False, exc)
        else:
            self.outcome = (True, result)


class _Relay(QObject):
    """Carries answers from workers to the GUI thread. One for the life of the app, made on the
    GUI thread, so a worker never holds the last reference to it."""

    answered = Signal(int)
    progress = Signal(int, object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.answered.connect(self._answered)
        self.progress.connect(self._progressed)

    @Slot(int)
    def _answered(self, number: int) -> None:
        op = _live.get(number)
        if op is not None:
            op._answer()

    @Slot(int, object)
    def _progressed(self, number: int, step: Step) -> None:
        op = _live.get(number)
        if op is not None:
            op._progress(step)


class _Runnable(QRunnable):
    def __init__(self, job: _Job, relay: _Relay) -> None:
        super().__init__()
        self._job: _Job | None = job
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        number = job.number
        job.execute(self._relay)
        # The GUI thread keeps the job (and whatever the work and its answer hold) until it
        # has been answered; this thread lets go first, so nothing is freed here.
        del job
        self._relay.answered.emit(number)


#: Ops are kept alive here, by number, until their answer has been delivered.
_live: dict[int, Op[Any]] = {}
_numbers = itertools.count(1)
_relays: list[_Relay] = []


def _relay() -> _Relay:
    if not _relays:
        _relays.append(_Relay(QCoreApplication.instance()))
    return _relays[0]


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
    for op in list(_live.values()):
        op._alive = False


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (at lock and quit, so the store can close cleanly)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
