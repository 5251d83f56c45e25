"""The emulation clusters editor: groupings, their clusters, each cluster's members, leader and covenants.

Every button is one call of ``services.clusters``; a refused change (a unit already in another cluster
of the grouping, an empty name) shows the service's message under the editor and changes nothing.
Groupings of an office above are shown read-only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.text import format_date, parse_date
from uniondesk.services import clusters as cluster_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import campaigns as queries
from uniondesk.store.queries.campaigns import GroupingRow
from uniondesk.ui.forms.ui_cluster_panel import Ui_ClusterPanel
from uniondesk.ui.models.campaign_clusters import ClustersModel, CovenantsModel, MembersModel


class ClusterPanel(QWidget):
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClusterPanel()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.home_unit_id: int | None = None
        self._groupings: list[GroupingRow] = []
        self.clusters = ClustersModel(self)
        self.members = MembersModel(self)
        self.covenants = CovenantsModel(self)
        for view, model in ((self.ui.clusters_view, self.clusters), (self.ui.members_view, self.members),
                            (self.ui.covenants_view, self.covenants)):
            self._setup_view(view, model)
        self._connect()
        self.ui.error_label.hide()

    def _setup_view(self, view: QTableView, model) -> None:
        view.setModel(model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if model is self.clusters:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            header.resizeSection(2, view.fontMetrics().horizontalAdvance(model.headerData(2, header.orientation()))
                                 + 24)
            header.resizeSection(1, 200)
        elif model is self.members:
            header.resizeSection(0, 110)
        else:
            header.resizeSection(0, 100)
            header.resizeSection(1, 160)

    def _connect(self) -> None:
        ui = self.ui
        ui.grouping_combo.currentIndexChanged.connect(lambda _index: self._show_grouping())
        ui.create_grouping_button.clicked.connect(self.create_grouping)
        for edit in (ui.grouping_name_edit, ui.grouping_year_edit):
            edit.returnPressed.connect(self.create_grouping)
        ui.add_cluster_button.clicked.connect(self.add_cluster)
        ui.cluster_name_edit.returnPressed.connect(self.add_cluster)
        ui.rename_cluster_button.clicked.connect(self.rename_cluster)
        ui.delete_cluster_button.clicked.connect(self.delete_cluster)
        ui.clusters_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_cluster())
        ui.members_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        ui.add_member_button.clicked.connect(self.add_member)
        ui.remove_member_button.clicked.connect(self.remove_member)
        ui.leader_button.clicked.connect(self.toggle_leader)
        ui.covenant_button.clicked.connect(self.record_covenant)
        for edit in (ui.covenant_date_edit, ui.covenant_ref_edit, ui.covenant_note_edit):
            edit.returnPressed.connect(self.record_covenant)

    # --- what is shown ---------------------------------------------------------------------------

    def refresh(self, grouping_id: int | None = None, cluster_id: int | None = None) -> None:
        """Read the groupings again and show ``grouping_id`` (default: the one shown) and ``cluster_id``."""
        grouping_id = grouping_id if grouping_id is not None else self.grouping_id()
        cluster_id = cluster_id if cluster_id is not None else self.cluster_id()
        self._groupings = queries.groupings()
        combo = self.ui.grouping_combo
        combo.blockSignals(True)
        combo.clear()
        for grouping in self._groupings:
            year = f" ({grouping.year})" if grouping.year and str(grouping.year) not in grouping.name else ""
            combo.addItem(f"{grouping.name}{year}", grouping.id)
        combo.setCurrentIndex(max(0, combo.findData(grouping_id)))
        combo.blockSignals(False)
        self._show_grouping(cluster_id)

    def grouping(self) -> GroupingRow | None:
        grouping_id = self.grouping_id()
        return next((g for g in self._groupings if g.id == grouping_id), None)

    def grouping_id(self) -> int | None:
        return self.ui.grouping_combo.currentData()

    def cluster_id(self) -> int | None:
        return self.clusters.record_id(self.ui.clusters_view.currentIndex().row())

    def member_id(self) -> int | None:
        return self.members.record_id(self.ui.members_view.currentIndex().row())

    def editable(self) -> bool:
        grouping = self.grouping()
        home = queries.unit_path(self.home_unit_id)
        return self.actor is not None and grouping is not None and (
            home is None or grouping.owner_path.startswith(home))

    def _show_grouping(self, cluster_id: int | None = None) -> None:
        grouping = self.grouping()
        self.clusters.load(grouping.id if grouping else None)
        if grouping is None:
            self.ui.grouping_info_label.setText(self.tr("No grouping yet: create one below."))
        elif self.editable():
            self.ui.grouping_info_label.setText(self.tr("Set up by {owner}.").format(owner=grouping.owner_name))
        else:
            self.ui.grouping_info_label.setText(self.tr("Set up by {owner}, an office above: view only.")
                                                .format(owner=grouping.owner_name))
        row = self.clusters.row_of(cluster_id)
        self.ui.clusters_view.setCurrentIndex(self.clusters.index(max(row, 0), 0))
        self._show_cluster()

    def _show_cluster(self) -> None:
        cluster_id = self.cluster_id()
        self.members.load(cluster_id)
        self.covenants.load(cluster_id)
        if cluster_id is None:
            self.ui.members_label.setText(self.tr("Select a cluster to see its members."))
        else:
            name = self.clusters.name(self.ui.clusters_view.currentIndex().row())
            self.ui.members_label.setText(self.tr("Members of “{cluster}”").format(cluster=name))
            self.ui.cluster_name_edit.setText(name)
        self._update_state()

    def _update_state(self) -> None:
        ui, editable = self.ui, self.editable()
        has_cluster, member = self.cluster_id() is not None, self.member_id()
        ui.create_grouping_button.setEnabled(self.actor is not None)
        for widget in (ui.cluster_name_edit, ui.add_cluster_button):
            widget.setEnabled(editable)
        for widget in (ui.rename_cluster_button, ui.delete_cluster_button, ui.member_picker, ui.add_member_button,
                       ui.covenant_date_edit, ui.covenant_ref_edit, ui.covenant_note_edit, ui.covenant_button):
            widget.setEnabled(editable and has_cluster)
        ui.remove_member_button.setEnabled(editable and member is not None)
        ui.leader_button.setEnabled(editable and member is not None)
        is_leader = member is not None and self.clusters.leaders.get(self.cluster_id()) == member
        ui.leader_button.setText(self.tr("Remove as &leader") if is_leader else self.tr("Make cluster &leader"))

    # --- changes ---------------------------------------------------------------------------------

    def _run(self, change: Callable[[], str], grouping_id: int | None = None, cluster_id: int | None = None) -> bool:
        """Call one service; on success read again and say what was done, else show why not."""
        self.ui.error_label.hide()
        try:
            message = change()
        except UserFacingError as exc:
            self.show_error(exc.message)
            return False
        self.refresh(grouping_id, cluster_id)
        self.status_message.emit(message)
        self.changed.emit()
        return True

    def show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""

    def create_grouping(self) -> None:
        if self.actor is None or self.home_unit_id is None:
            return
        created: list[int] = []

        def change() -> str:
            text = self.ui.grouping_year_edit.text().strip()
            if text and not text.isdigit():
                raise InputError(self.tr("The year is a number such as 2022."), "year")
            grouping = cluster_service.create_grouping(self.actor, name=self.ui.grouping_name_edit.text(),
                                                       owner_id=self.home_unit_id, year=int(text) if text else None)
            created.append(grouping.id)
            return self.tr("Created the grouping “{name}”.").format(name=grouping.name)

        if self._run(change):
            self.refresh(created[0])
            self.ui.grouping_name_edit.clear()
            self.ui.grouping_year_edit.clear()
            self.ui.cluster_name_edit.setFocus()

    def add_cluster(self) -> None:
        grouping_id = self.grouping_id()
        if grouping_id is None or not self.editable():
            return
        added: list[int] = []

        def change() -> str:
            cluster = cluster_service.add_cluster(self.actor, grouping_id, self.ui.cluster_name_edit.text())
            added.append(cluster.id)
            return self.tr("Added the cluster “{name}”.").format(name=cluster.name)

        if self._run(change):
            self.refresh(grouping_id, added[0])
            self.ui.member_picker.setFocus()

    def rename_cluster(self) -> None:
        cluster_id = self.cluster_id()
        if cluster_id is None:
            return
        name = self.ui.cluster_name_edit.text()

        def change() -> str:
            cluster = cluster_service.edit_cluster(self.actor, cluster_id, name=name)
            return self.tr("Renamed the cluster to “{name}”.").format(name=cluster.name)

        self._run(change, cluster_id=cluster_id)

    def delete_cluster(self) -> None:
        cluster_id = self.cluster_id()
        if cluster_id is None:
            return
        name = self.clusters.name(self.ui.clusters_view.currentIndex().row())
        answer = QMessageBox.question(self, self.tr("Delete cluster"), self.tr(
            "Delete the cluster “{name}” with its member list and covenants?").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def change() -> str:
            cluster_service.delete_cluster(self.actor, cluster_id)
            return self.tr("Deleted the cluster “{name}”.").format(name=name)

        self._run(change)

    def add_member(self) -> None:
        cluster_id, unit_id = self.cluster_id(), self.ui.member_picker.unit_id()
        if cluster_id is None:
            return
        if unit_id is None:
            self.show_error(self.tr("Choose the unit to add from the list."))
            return
        members, unit_name = [*self.members.unit_ids(), unit_id], self.ui.member_picker.text()

        def change() -> str:
            cluster_service.set_members(self.actor, cluster_id, members)
            return self.tr("Added {unit} to the cluster.").format(unit=unit_name)

        if self._run(change, cluster_id=cluster_id):
            self.ui.member_picker.set_unit(None)
            self.ui.members_view.setCurrentIndex(self.members.index(self.members.row_of(unit_id), 0))

    def remove_member(self) -> None:
        cluster_id, unit_id = self.cluster_id(), self.member_id()
        if cluster_id is None or unit_id is None:
            return
        members = [member for member in self.members.unit_ids() if member != unit_id]

        def change() -> str:
            cluster_service.set_members(self.actor, cluster_id, members)
            return self.tr("Removed the unit from the cluster.")

        self._run(change, cluster_id=cluster_id)

    def toggle_leader(self) -> None:
        cluster_id, unit_id = self.cluster_id(), self.member_id()
        if cluster_id is None or unit_id is None:
            return
        leader = None if self.clusters.leaders.get(cluster_id) == unit_id else unit_id

        def change() -> str:
            cluster_service.edit_cluster(self.actor, cluster_id, leader_id=leader)
            return self.tr("Cluster leader changed.")

        self._run(change, cluster_id=cluster_id)

    def record_covenant(self) -> None:
        cluster_id = self.cluster_id()
        if cluster_id is None or not self.editable():
            return
        ui = self.ui

        def change() -> str:
            text = ui.covenant_date_edit.text()
            try:
                signed_on = parse_date(text) if text.strip() else None
            except ValueError as exc:
                raise InputError(str(exc), "signed_on") from None
            covenant = cluster_service.record_covenant(self.actor, cluster_id, signed_on=signed_on,
                                                       document_ref=ui.covenant_ref_edit.text(),
                                                       note=ui.covenant_note_edit.text())
            return self.tr("Recorded the covenant signed on {date}.").format(date=format_date(covenant.signed_on))

        if self._run(change, cluster_id=cluster_id):
            for edit in (ui.covenant_date_edit, ui.covenant_ref_edit, ui.covenant_note_edit):
                edit.clear()
