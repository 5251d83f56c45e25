"""How the exchanges with other offices stand, shown where the officer looks anyway (issue 5, "Status"):
a marker on those offices in the union tree, and a warning in the status bar when one has not been heard
from for longer than the limit set in Settings → Offices and keys.

The status is read on a worker (``office_markers.markers``, about 0.1 s for a province's 34 offices)
without a progress dialog: nobody asked for it, so nothing may pop up. It is read at start, after an
import or export (the main window connects the dialogs to ``refresh``), after a change in the offices
dialog, and whenever someone calls ``refresh()``.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from uniondesk.domain.text import format_int
from uniondesk.services.actor import Actor
from uniondesk.services.sync import office_markers, status
from uniondesk.services.sync.office_markers import OfficeMarker
from uniondesk.ui.models.sync_offices import event_text, relation_text
from uniondesk.ui.tasks import Task, run_quietly


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for: strings stay in the catalogue


class OfficeStatusWatcher(QObject):
    """Reads the markers on a worker and hands them out with ``changed`` (unit uuid → ``OfficeMarker``)."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today  # None: the real today; tests look years ahead
        self.markers: dict[str, OfficeMarker] = {}
        self.warning_days = status.DEFAULT_WARNING_DAYS
        self._task: Task | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def warnings(self) -> list[OfficeMarker]:
        return [marker for marker in self.markers.values() if marker.warning and not marker.status.revoked]

    @Slot()
    def refresh(self) -> None:
        """Read the status again (on a worker); a call while it is being read reads it once more after."""
        if self._task is not None:
            self._again = True
            return
        today = self.today
        self._task = run_quietly(lambda progress, cancel: (office_markers.markers(today), status.warning_days()),
                                 on_done=self._read, on_error=self._failed)

    def _read(self, result) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self.markers, self.warning_days = result
        self.changed.emit(self.markers)
        self._read_again()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self._read_again()
        raise error  # a read that fails is a bug: the error dialog shows it

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()


# --- the union tree ----------------------------------------------------------------------------------

def _icon(fill: QColor, warning: bool) -> QIcon:
    """A blue disc for an office exchanging bundles; a red triangle with "!" for one gone quiet."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(fill.darker(140), 2))
    painter.setBrush(fill)
    if warning:
        path = QPainterPath(QPointF(16, 2))
        path.lineTo(30, 29)
        path.lineTo(2, 29)
        path.closeSubpath()
        painter.drawPath(path)
        painter.setPen(QPen(Qt.GlobalColor.white, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(16, 11), QPointF(16, 19))
        painter.drawPoint(QPointF(16, 24.5))
    else:
        painter.drawEllipse(QPointF(16, 16), 13, 13)
        painter.setPen(QPen(Qt.GlobalColor.white, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Two arrows, one each way: bundles go up and come down.
        for (x0, x1, y, head) in ((9, 23, 12, -4), (23, 9, 20, 4)):
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
            painter.drawLine(QPointF(x1, y), QPointF(x1 + head, y - 4))
            painter.drawLine(QPointF(x1, y), QPointF(x1 + head, y + 4))
    painter.end()
    return QIcon(pixmap)


_ICONS: dict[str, QIcon] = {}


def marker_icon(kind: str) -> QIcon:
    """"exchange", "warning" or "revoked" (drawn once, when a QGuiApplication exists)."""
    if kind not in _ICONS:
        colours = {"exchange": (QColor(30, 110, 200), False), "warning": (QColor(211, 47, 47), True),
                   "revoked": (QColor(150, 150, 150), False)}
        _ICONS[kind] = _icon(*colours[kind])
    return _ICONS[kind]


def marker_kind(marker: OfficeMarker) -> str:
    if marker.status.revoked:
        return "revoked"
    return "warning" if marker.warning else "exchange"


def marker_tooltip(marker: OfficeMarker, limit: int) -> str:
    row = marker.status
    lines = [translate("OfficeStatus", "Exchanges bundles with this office ({relation}).").format(
                 relation=relation_text(row.relation)),
             translate("OfficeStatus", "Last sent: {event}").format(event=event_text(row.last_sent)),
             translate("OfficeStatus", "Last received: {event}").format(event=event_text(row.last_received)),
             translate("OfficeStatus", "Last acknowledged: {event}").format(event=event_text(row.last_acknowledged))]
    if row.revoked:
        lines.append(translate("OfficeStatus", "Its key is revoked: its bundles are refused."))
    elif marker.warning:
        late = translate("OfficeStatus", "⚠ Not heard from for {days} days (the limit is {limit} days).")
        lines.append(late.format(days=format_int(marker.quiet_days), limit=format_int(limit)))
    return "\n".join(lines)


def tree_markers(markers: dict[str, OfficeMarker], limit: int) -> dict[int, tuple[QIcon, str]]:
    """unit id → (icon, tooltip) for the union tree model."""
    return {marker.unit_id: (marker_icon(marker_kind(marker)), marker_tooltip(marker, limit))
            for marker in markers.values() if marker.unit_id is not None}


# --- the status bar ----------------------------------------------------------------------------------

class OfficeWarningLabel(QLabel):
    """"⚠ 2 offices not heard from for over 30 days", hidden when all is well; a click opens the offices."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("office_warning_label")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("color: #c62828;")
        self.hide()

    def show_warnings(self, watcher: OfficeStatusWatcher) -> None:
        late = sorted(f"{m.status.unit_name} [{m.status.unit_code}]" if m.status.unit_code else m.status.unit_name
                      for m in watcher.warnings)
        if not late:
            self.hide()
            return
        text = self.tr("⚠ {count} offices not heard from for over {days} days").format(
            count=format_int(len(late)), days=format_int(watcher.warning_days))
        self.setText(f'<a href="offices" style="color: #c62828;">{text}</a>')
        more = ["…"] if len(late) > 10 else []
        self.setToolTip("\n".join([*late[:10], *more, self.tr("Click, or see Settings → Offices and keys…")]))
        self.show()

    def plain_text(self) -> str:
        """The text the officer reads (without the link's markup)."""
        return QTextDocumentFragment.fromHtml(self.text()).toPlainText()


def install(window: QMainWindow, actor: Actor, settings_menu: QMenu, units_tab) -> OfficeStatusWatcher:
    """Settings → Offices and keys…, the tree markers and the status-bar warning, read once at start."""
    watcher = OfficeStatusWatcher(window)
    label = OfficeWarningLabel(window)
    window.statusBar().addPermanentWidget(label)

    def show_offices() -> None:
        from uniondesk.ui.dialogs.offices_dialog import open_offices  # imported when first needed: start-up

        open_offices(window, actor, on_change=watcher.refresh)

    action = settings_menu.addAction(QCoreApplication.translate("OfficesDialog", "&Offices and keys…"))
    action.triggered.connect(show_offices)
    label.linkActivated.connect(show_offices)

    def changed(markers: dict[str, OfficeMarker]) -> None:
        units_tab.show_office_markers(tree_markers(markers, watcher.warning_days))
        label.show_warnings(watcher)

    watcher.changed.connect(changed)
    watcher.refresh()
    window.office_warning_label = label
    return watcher
