"""Proposals from the decision's campaign: units at or above their quota, cluster leaders and the authors
of the initiatives with the highest benefit. The officer ticks some (Space ticks the current row) and
OK adds them in one service call, through the double-award check.

The figures are read on a worker (a province's progress and its top initiatives); people and units
already in the decision are not offered again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from uniondesk.domain.awards import RecipientKind
from uniondesk.domain.errors import UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services import awards as award_service
from uniondesk.services.actor import Actor
from uniondesk.services.award_proposals import Proposal, propose
from uniondesk.ui.dialogs.award_repeat_dialog import RepeatDeclined, write_with_repeat_reason
from uniondesk.ui.forms.ui_award_proposals_dialog import Ui_AwardProposalsDialog
from uniondesk.ui.models.award_labels import kind_label
from uniondesk.ui.models.award_proposals import DETAIL, EARLIER, KIND, RECIPIENT, WHY, ProposalsModel
from uniondesk.ui.tasks import run_task


class AwardProposalsDialog(QDialog):
    loaded = Signal()

    def __init__(self, actor: Actor, decision_id: int, campaign_name: str, present: set[tuple],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardProposalsDialog()
        self.ui.setupUi(self)
        self.actor, self.decision_id, self.present = actor, decision_id, present
        self.added: list = []
        self.model = ProposalsModel(self)
        self._task = None
        self.ui.intro_label.setText(self.tr("Reading the figures of “{campaign}”…").format(campaign=campaign_name))
        self._campaign_name = campaign_name
        self._setup_view()
        self.ui.error_label.hide()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add ticked"))
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.tick_button.clicked.connect(lambda: self._tick_all(True))
        self.ui.untick_button.clicked.connect(lambda: self._tick_all(False))
        self.ui.kind_combo.currentIndexChanged.connect(lambda _i: self.model.set_kind(self.ui.kind_combo.currentData()))
        self.model.modelReset.connect(self._count)
        self.model.dataChanged.connect(lambda *_args: self._count())
        self._load()

    def _setup_view(self) -> None:
        combo = self.ui.kind_combo
        combo.addItem(self.tr("Everyone proposed"), None)
        for kind in (RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL):
            combo.addItem(kind_label(kind), str(kind))
        view = self.ui.table_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        for column, width in ((RECIPIENT, 250), (KIND, 80), (DETAIL, 200), (WHY, 300), (EARLIER, 220)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)

    def _load(self) -> None:
        decision = award_service.get_decision(self.decision_id)
        campaign_id, unit_id = decision.campaign_id, decision.issuing_unit_id

        def work(_progress, _cancel) -> list[Proposal]:
            return propose(campaign_id, unit_id=unit_id, exclude_decision_id=self.decision_id)

        self._task = run_task(self, self.tr("Reading the campaign's figures…"), work, on_done=self._loaded,
                              on_error=self._not_loaded, writes=False)

    def _loaded(self, proposals: list[Proposal]) -> None:
        fresh = [p for p in proposals if p.key not in self.present]
        self.model.load(fresh)
        self.ui.intro_label.setText(self.tr(
            "{count} proposals from the figures of “{campaign}”. Tick who to reward (Space ticks the current row); "
            "those in brown are already rewarded for this campaign.").format(
            count=format_int(len(fresh)), campaign=self._campaign_name))
        self.ui.table_view.setFocus()
        if fresh:
            self.ui.table_view.setCurrentIndex(self.model.index(0, RECIPIENT))
        self.loaded.emit()

    def _not_loaded(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        self.show_error(error.message)
        self.loaded.emit()

    def _tick_all(self, ticked: bool) -> None:
        self.model.set_all_shown(ticked)

    def _count(self) -> None:
        self.ui.count_label.setText(self.tr("{ticked} of {total} ticked").format(
            ticked=format_int(len(self.model.ticked())), total=format_int(self.model.total())))

    def submit(self) -> None:
        """Add the ticked ones on the writer worker (a province adds a few hundred); close when done."""
        if not self.ui.button_box.isEnabled():
            return
        self.ui.error_label.hide()
        specs = [p.spec() for p in self.model.ticked()]
        if not specs:
            self.show_error(self.tr("Tick at least one proposal, or Cancel."))
            return
        self.ui.button_box.setEnabled(False)
        write_with_repeat_reason(self, self.tr("Adding recipients…"), lambda reason: award_service.add_recipients(
            self.actor, self.decision_id, specs, reason_for_repeat=reason), on_done=self._added, on_error=self._failed)

    def _added(self, rows: list) -> None:
        self.added = rows
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.button_box.setEnabled(True)
        if isinstance(error, RepeatDeclined):
            return
        if not isinstance(error, UserFacingError):
            raise error
        self.show_error(error.message)

    def show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""
