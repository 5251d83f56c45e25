"""Long work off the GUI thread: a service runs on a worker with progress and cancel.

A service takes ``progress(done, total, message)`` and ``cancel() -> bool`` (architecture.md, "Long
work"). The progress dialog only appears when the work takes longer than about half a second.
Database writers share one single-thread pool, so two writes never run at once. A read nobody asked
for (a list that follows the selection, status markers) runs with ``run_quietly``: no dialog at all.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
_writers = QThreadPool()
_writers.setMaxThreadCount(1)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs ``work(progress, cancel)`` and reports back on the GUI thread through signals."""

    def __init__(self, work: Callable[..., Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self.setAutoDelete(False)  # the Python object owns it; Qt must not delete it under us

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> None:
        try:
            result = self.work(self._report, self._cancelled.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            log.debug("task failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            _close_thread_connection()

    def _report(self, done: int, total: int, message: str = "") -> None:
        self.signals.progressed.emit(int(done), int(total), message)


def _close_thread_connection() -> None:
    # peewee keeps one connection per thread; a pooled thread must not keep it open.
    from uniondesk.store.db import database

    if database.obj is not None and not database.is_closed():
        database.close()


def run_task(parent: QWidget | None, title: str, work: Callable[..., Any], *,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             writes: bool = True) -> Task:
    """Start ``work`` on a worker; show a modal progress dialog with Cancel after 500 ms."""
    task = Task(work)
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        if not shiboken6.isValid(dialog):  # its parent closed meanwhile: the work goes on unseen
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        if shiboken6.isValid(dialog):  # deleted with its parent if that closed before the work ended
            dialog.canceled.disconnect(task.cancel)
            dialog.close()
            dialog.deleteLater()
        callback(value)  # callbacks check that their own widgets still exist

    task.signals.progressed.connect(progressed)
    task.signals.finished.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda exc: finish(on_error, exc))
    _running.add(task)
    (_writers if writes else QThreadPool.globalInstance()).start(task)
    return task


def run_quietly(work: Callable[..., Any], *, on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None],
                on_progress: Callable[[int, int, str], None] | None = None) -> Task:
    """``run_task`` without its progress dialog, on the readers' pool: for reads nobody asked for,
    where a dialog popping up (and taking the focus) would be worse than waiting. ``Task.cancel``
    only makes the work's ``cancel()`` answer True; ``on_done`` still comes."""
    task = Task(work)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        callback(value)

    if on_progress is not None:
        task.signals.progressed.connect(on_progress)
    task.signals.finished.connect(lambda result: finish(on_done, result))
    task.signals.failed.connect(lambda error: finish(on_error, error))
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


_running: set[Task] = set()  # tasks live until they report back: Qt does not own them (setAutoDelete)
