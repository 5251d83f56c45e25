"""The "Chương trình" tab: the campaign list (filtered by status and year) above three pages: the
campaign's details, its quotas and progress under a unit, and the emulation clusters.

The list and the editor are read on the GUI thread (dozens of campaigns); progress is read on a worker
by the quota page, and only while that page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from uniondesk.domain.campaigns import CampaignStatus
from uniondesk.services.actor import Actor
from uniondesk.store.queries import campaigns as queries
from uniondesk.ui.forms.ui_campaigns_tab import Ui_CampaignsTab
from uniondesk.ui.models.campaign_labels import KIND_SOURCES, campaign_kind_label, campaign_status_label
from uniondesk.ui.models.campaign_list import CODE, KIND, NAME, ORGANISER, PERIOD, STATUS, CampaignListModel
from uniondesk.ui.tabs.list_editor import ListEditorMixin


class CampaignsTab(ListEditorMixin, QWidget):
    status_message = Signal(str)

    def __init__(self, actor: Actor | None, parent: QWidget | None = None, home_unit_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.home_unit_id = home_unit_id
        self.ui = Ui_CampaignsTab()
        self.ui.setupUi(self)
        self.model = CampaignListModel(self)
        self._shown: int | None = None
        self._reselecting = False
        for panel in (self.editor, self.quota_panel, self.cluster_panel):
            panel.actor, panel.home_unit_id = actor, home_unit_id
        self.quota_panel.status_message.connect(self.status_message)
        self.cluster_panel.status_message.connect(self.status_message)
        # Clusters give the quota table its "rank in cluster": read it again after a change.
        self.cluster_panel.changed.connect(self._forget_progress)
        self._setup_list()
        self._setup_filters()
        self._setup_actions()
        self.editor.saved.connect(self.after_save)
        self.ui.detail_tabs.currentChanged.connect(lambda _index: self._load_page())
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([190, 570])
        self.cluster_panel.refresh()
        self.refresh()

    @property
    def editor(self):
        return self.ui.editor

    @property
    def quota_panel(self):
        return self.ui.quota_panel

    @property
    def cluster_panel(self):
        return self.ui.cluster_panel

    # --- set-up ----------------------------------------------------------------------------------

    def _setup_list(self) -> None:
        view = self.ui.list_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()

        def widest(texts) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts)

        widths = {CODE: metrics.horizontalAdvance("MMMMMMMMMM") + 16,
                  KIND: widest(campaign_kind_label(kind) for kind in KIND_SOURCES) + 24, ORGANISER: 240,
                  PERIOD: metrics.horizontalAdvance("00/00/0000 – 00/00/0000") + 20,
                  STATUS: widest(campaign_status_label(status) for status in CampaignStatus) + 28}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

    def _setup_filters(self) -> None:
        combo = self.ui.status_combo
        combo.addItem(self.tr("All statuses"), "")
        for status in CampaignStatus:
            combo.addItem(campaign_status_label(status), str(status))
        combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.ui.year_combo.currentIndexChanged.connect(lambda _index: self.apply_filter())

    def _setup_actions(self) -> None:
        new = QAction(self.tr("New campaign"), self)
        new.setShortcut(QKeySequence("Ctrl+N"))
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_campaign)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(lambda: self.refresh(self._shown))
        self.addActions([new, refresh])

    def _fill_years(self) -> None:
        combo = self.ui.year_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), 0)
        for year in queries.campaign_years():
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # --- list and selection ----------------------------------------------------------------------

    def refresh(self, campaign_id: int | None = None) -> None:
        """Read the years and the list again, and select ``campaign_id`` (default: the first)."""
        self._fill_years()
        self.apply_filter(campaign_id)

    def apply_filter(self, campaign_id: int | None = None) -> None:
        selected = campaign_id if campaign_id is not None else self._shown
        self.model.set_filter(self.ui.status_combo.currentData(), self.ui.year_combo.currentData() or None)
        self.ui.count_label.setText(self.tr("{count} campaigns").format(count=self.model.rowCount()))
        row = self.model.row_of(selected)
        if row < 0:
            row = self._first_open_row()
        self._select_row(row)

    def _first_open_row(self) -> int:
        """The newest open campaign (what an officer works on), else the newest one, else -1."""
        rows = range(self.model.rowCount())
        return next((row for row in rows if self.model.campaign(row).status == CampaignStatus.OPEN),
                    0 if self.model.rowCount() else -1)

    LIST_COLUMN = CODE

    def select_campaign(self, campaign_id: int) -> bool:
        return self._select_id(campaign_id)

    def _row_id(self, row: int) -> int | None:
        campaign = self.model.campaign(row)
        return campaign.id if campaign else None

    def _unsaved_question(self) -> str:
        return self.tr("The campaign you were editing has unsaved changes. Discard them?")

    def _show(self, campaign_id: int | None) -> None:
        if campaign_id == self._shown and not self.editor.adding and self.editor.campaign_id == campaign_id:
            return
        self._shown = campaign_id
        self.editor.show_campaign(campaign_id)
        self._load_page()

    def _load_page(self) -> None:
        """The quota page reads progress only when shown, and again only for another campaign."""
        if self.ui.detail_tabs.currentWidget() is self.ui.quota_page \
                and self.quota_panel.campaign_id != self._shown:
            self.quota_panel.set_campaign(self._shown)

    # --- after changes ---------------------------------------------------------------------------

    def new_campaign(self) -> None:
        if self._keeps_editing():
            return
        self.ui.detail_tabs.setCurrentWidget(self.ui.editor_page)
        self.editor.start_new()

    def after_save(self, campaign_id: int | None, message: str) -> None:
        """The editor saved (or deleted) a campaign: show it in the list, even if the filters hid it."""
        self._shown = None
        self._fill_years()
        self.apply_filter(campaign_id)
        if campaign_id is not None and self.model.row_of(campaign_id) < 0:
            for combo in (self.ui.status_combo, self.ui.year_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.apply_filter(campaign_id)
        self._forget_progress()  # dates or organiser may have changed
        if message:
            self.status_message.emit(message)

    def _forget_progress(self) -> None:
        """Read progress again: now if the quota page is shown, else when it is next opened."""
        self.quota_panel.set_campaign(None)
        self._load_page()
