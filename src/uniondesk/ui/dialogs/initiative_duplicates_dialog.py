"""The duplicate finder of a campaign: groups of likely duplicates across its units (the tool against
inflated figures). The search takes seconds at province scale, so it runs on a worker; the dialog is
not modal, so the officer can open an initiative of a group, correct or delete it, and search again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from uniondesk.domain.errors import Cancelled, UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services.duplicates import duplicate_groups
from uniondesk.ui.forms.ui_initiative_duplicates_dialog import Ui_InitiativeDuplicatesDialog
from uniondesk.ui.models.initiative_duplicates import (ALIKE, GROUP, TITLE, UNIT, DuplicateGroupsModel,
                                                       InitiativeIdRole)
from uniondesk.ui.tasks import run_task


class InitiativeDuplicatesDialog(QDialog):
    open_requested = Signal(int)  # an initiative to show in the entry form
    searched = Signal()  # a search finished (for tests and the status bar)

    def __init__(self, campaign_id: int, campaign_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InitiativeDuplicatesDialog()
        self.ui.setupUi(self)
        self.campaign_id = campaign_id
        self.groups = DuplicateGroupsModel(self)
        view = self.ui.groups_view
        view.setModel(self.groups)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(UNIT, 260)
        for column in (GROUP, ALIKE):
            header.resizeSection(column, view.fontMetrics().horizontalAdvance("10.000") + 24)
        view.doubleClicked.connect(self._open)
        self.ui.open_button.clicked.connect(lambda: self._open(view.currentIndex()))
        self.ui.search_button.clicked.connect(self.search)
        self.ui.close_button.clicked.connect(self.close)
        self.ui.heading_label.setText(self.tr("Likely duplicates in “{campaign}”").format(campaign=campaign_name))
        self.ui.summary_label.setText(self.tr("Initiatives with very similar titles and the same unit or a "
                                              "shared author are grouped together."))

    def search(self) -> None:
        self.ui.search_button.setEnabled(False)
        self.ui.summary_label.setText(self.tr("Comparing the titles of the campaign…"))
        campaign_id = self.campaign_id
        run_task(self, self.tr("Looking for duplicates…"),
                 lambda progress, cancel: duplicate_groups(campaign_id, progress=progress, cancel=cancel),
                 on_done=self._found, on_error=self._failed, writes=False)

    def _found(self, groups) -> None:
        self.groups.set_groups(groups)
        self.ui.search_button.setEnabled(True)
        members = self.groups.rowCount()
        self.ui.summary_label.setText(
            self.tr("{groups} groups of likely duplicates ({members} initiatives). Double-click one to open it.")
            .format(groups=format_int(len(groups)), members=format_int(members)) if groups else
            self.tr("No likely duplicates in this campaign."))
        self.searched.emit()

    def _failed(self, error: BaseException) -> None:
        self.ui.search_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.ui.summary_label.setText(self.tr("Search stopped."))
        elif isinstance(error, UserFacingError):
            self.ui.summary_label.setText(error.message)
        else:
            raise error
        self.searched.emit()

    def _open(self, index: QModelIndex) -> None:
        initiative_id = index.data(InitiativeIdRole) if index.isValid() else None
        if initiative_id is not None:
            self.open_requested.emit(initiative_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.groups_view.hasFocus():
            self._open(self.ui.groups_view.currentIndex())
            return
        super().keyPressEvent(event)
