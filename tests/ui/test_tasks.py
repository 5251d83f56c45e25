"""Long work on a worker: the result comes back on the GUI thread, even when the window that started the
work was closed meanwhile (its callbacks then check that their widgets still exist)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from uniondesk.ui import tasks


def test_the_result_arrives_and_the_task_is_forgotten(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results = []
    tasks.run_task(parent, "Đang tính…", lambda progress, cancel: progress(1, 2, "nửa") or 42,
                   on_done=results.append, on_error=results.append, writes=False)
    qtbot.waitUntil(lambda: results == [42], timeout=5_000)
    assert not tasks._running


def test_a_parent_closed_before_the_work_ends_does_not_break_the_callback(qtbot):
    release, results = threading.Event(), []
    parent = QWidget()

    def work(progress, cancel):
        release.wait(5)
        progress(1, 1, "xong")
        return "đã xong"

    tasks.run_task(parent, "Đang ghi…", work, on_done=results.append, on_error=results.append)
    parent.deleteLater()  # the officer closed the dialog; its progress dialog goes with it
    qtbot.waitUntil(lambda: not _alive(parent), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: results == ["đã xong"], timeout=5_000)
    assert not tasks._running


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
