"""Read queries run while the officer types, off the GUI thread, where only the latest answer counts.

Counting a broad search or scoring similar titles can take longer than a keystroke may block the
interface at province scale. ``LatestLookup.run`` reads on a worker (one query at a time, in the order
typed, each on its own connection closed afterwards: ``ui.tasks.Task``) and hands the result back on the
GUI thread only if nothing newer was asked meanwhile; a lookup overtaken before it starts is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from uniondesk.ui.tasks import Task

_pool = QThreadPool()
_pool.setMaxThreadCount(1)


class LatestLookup(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self.busy = False
        self._tasks: set[Task] = set()

    def supersede(self) -> None:
        """Drop any answer still to come (a synchronous read is replacing it)."""
        self.generation += 1
        self.busy = False

    def run(self, work: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        self.generation += 1
        generation = self.generation
        self.busy = True

        def guarded(_progress: Callable, _cancel: Callable) -> tuple[bool, Any]:
            if generation != self.generation:
                return False, None  # overtaken by newer typing before it started
            return True, work()

        task = Task(guarded)
        self._tasks.add(task)
        task.signals.finished.connect(lambda result: self._arrived(task, generation, result, on_result))
        task.signals.failed.connect(lambda error: self._failed(task, error))
        _pool.start(task)

    def _arrived(self, task: Task, generation: int, result: tuple[bool, Any],
                 on_result: Callable[[Any], None]) -> None:
        if not shiboken6.isValid(self):
            return  # the screen that asked was closed while the worker read: nobody to tell
        self._tasks.discard(task)
        ran, value = result
        if ran and generation == self.generation:
            self.busy = False
            on_result(value)

    def _failed(self, task: Task, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self._tasks.discard(task)
        self.busy = False
        raise error  # a read failing is a bug: the error hook shows and logs it


_reading: set[Task] = set()


def read_later(work: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
    """Read on the same worker and hand every answer back (the caller drops what it no longer needs):
    the pages of a list scrolled into view."""
    task = Task(lambda _progress, _cancel: work())
    _reading.add(task)

    def arrived(result: Any) -> None:
        _reading.discard(task)
        on_result(result)

    def failed(error: BaseException) -> None:
        _reading.discard(task)
        raise error

    task.signals.finished.connect(arrived)
    task.signals.failed.connect(failed)
    _pool.start(task)


def wait_idle(timeout_ms: int = 5000) -> bool:
    """Wait for the lookups started so far (tests, and closing the database)."""
    return _pool.waitForDone(timeout_ms)
