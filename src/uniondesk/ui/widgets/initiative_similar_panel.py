"""The panel beside the entry form: the campaign's initiatives like the one being typed.

Looked up after a short pause in typing, on a worker (scoring a province's titles may take longer than
a keystroke may block); only the answer to the latest title is shown. Likely duplicates are in red.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QListView

from uniondesk.services import duplicates
from uniondesk.services.duplicates import Similar
from uniondesk.ui.models.initiative_lookup import LatestLookup
from uniondesk.ui.models.initiative_similar import SimilarModel
from uniondesk.ui.widgets.initiative_delegates import SimilarDelegate


@dataclass(frozen=True)
class SimilarQuery:
    """What the form says that the likeness depends on."""

    campaign_id: int
    title: str
    unit_id: int | None
    author_names: tuple[str, ...]
    exclude_id: int | None  # the initiative being corrected


class SimilarPanel(QObject):
    DELAY_MS = 200  # a pause in typing this long looks the title up

    def __init__(self, view: QListView, hint: QLabel, current: Callable[[], SimilarQuery | None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.hint, self._current = hint, current
        self.model = SimilarModel(self)
        view.setModel(self.model)
        view.setItemDelegate(SimilarDelegate(view))
        view.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the wrapped width
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(lambda: self.refresh(wait=False))
        self._lookup = LatestLookup(self)

    def schedule(self) -> None:
        """The form changed: look again once the typing pauses."""
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self._lookup.supersede()
        self.model.set_items([])
        self.hint.setText(self.tr("Type a title: initiatives with similar titles appear here."))

    def refresh(self, wait: bool = True) -> None:
        """Look up now: here (``wait``) or on the worker."""
        self._timer.stop()
        query = self._current()
        if query is None:
            self.clear()
            return

        def look_up() -> list[Similar]:
            return duplicates.similar_initiatives(query.campaign_id, query.title, unit_id=query.unit_id,
                                                  author_names=query.author_names, exclude_id=query.exclude_id)

        if wait:
            self._lookup.supersede()
            self._show(look_up())
        else:
            self._lookup.run(look_up, self._show)

    def _show(self, found: list[Similar]) -> None:
        self.model.set_items(found)
        self.hint.setText(self.tr("{count} similar initiatives; the red ones look like duplicates.").format(
            count=len(found)) if found else self.tr("No similar initiative in this campaign."))
