"""The initiatives tab's Excel and duplicate-finder actions: export the list, write a template for a unit,
import a workbook a unit sent, and list the likely duplicates of a campaign. Each works on one campaign:
the one chosen in the list's filter, or one the officer picks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from uniondesk.domain.errors import Cancelled, UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services.excel import export_initiatives, write_template
from uniondesk.store.queries import campaigns as campaign_queries
from uniondesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
from uniondesk.ui.dialogs.initiative_duplicates_dialog import InitiativeDuplicatesDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.tasks import run_task

if TYPE_CHECKING:
    from uniondesk.ui.tabs.initiatives_tab import InitiativesTab


class ExcelActions(QObject):
    def __init__(self, tab: InitiativesTab):
        super().__init__(tab)
        self.tab = tab
        self.export_action = tab.add_action(self.tr("Export to Excel…"), self.export)
        self.template_action = tab.add_action(self.tr("Excel template…"), self.template)
        self.import_action = tab.add_action(self.tr("Import Excel…"), self.import_workbook)
        self.duplicates_action = tab.add_action(self.tr("Find duplicates…"), self.find_duplicates)
        tab.add_toolbar_actions([self.export_action, self.template_action, self.import_action,
                                 self.duplicates_action])
        self.duplicates_dialog: InitiativeDuplicatesDialog | None = None
        self.last_folder = str(Path.home())

    def campaign(self, purpose: str) -> tuple[int, str, str] | None:
        """(id, code, name) of the campaign filtered on, or of one the officer picks now; None: given up."""
        chosen, _ = self.tab.campaign_filter()
        rows = campaign_queries.campaign_rows()
        if chosen is not None:
            row = next((row for row in rows if row.id == chosen), None)
            return (row.id, row.code, row.name) if row else None
        if not rows:
            QMessageBox.information(self.tab, purpose, self.tr("There is no campaign yet: create one in the "
                                                               "Campaigns tab first."))
            return None
        labels = [f"{row.code} — {row.name}" for row in rows]
        label, ok = QInputDialog.getItem(self.tab, purpose, self.tr("Campaign:"), labels, 0, False)
        if not ok:
            return None
        row = rows[labels.index(label)]
        return row.id, row.code, row.name

    def _save_path(self, title: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.tab, title, str(Path(self.last_folder) / name),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        path = Path(path) if path.lower().endswith(".xlsx") else Path(f"{path}.xlsx")
        self.last_folder = str(path.parent)
        return path

    def export(self) -> None:
        campaign = self.campaign(self.tr("Export to Excel"))
        if campaign is None:
            return
        path = self._save_path(self.tr("Export to Excel"), f"sang-kien-{campaign[1]}.xlsx")
        if path is not None:
            self.export_to(path, campaign[0])

    def export_to(self, path: Path, campaign_id: int) -> None:
        """Write the campaign's initiatives of the unit filtered on (its whole subtree) on a worker."""
        unit_id = self.tab.list_ui.unit_filter_picker.unit_id()
        f = self.tab.model.filter
        # The export service takes the campaign and the unit; say so when the list is narrowed further.
        narrowed = any((f.status, f.field, f.date_from, f.date_to, f.text.strip(), f.benefit_min is not None,
                        f.benefit_max is not None))
        note = self.tr(" The other filters of the list do not apply to the export.") if narrowed else ""
        run_task(self.tab, self.tr("Exporting to Excel…"),
                 lambda progress, cancel: export_initiatives(path, campaign_id, unit_id, progress, cancel),
                 on_done=lambda count: self.tab.status_message.emit(
                     self.tr("Exported {count} initiatives to {path}.").format(count=format_int(count), path=path)
                     + note),
                 on_error=self._failed, writes=False)

    def template(self) -> None:
        campaign = self.campaign(self.tr("Excel template"))
        if campaign is None:
            return
        path = self._save_path(self.tr("Excel template"), f"mau-nhap-sang-kien-{campaign[1]}.xlsx")
        if path is not None:
            self.template_to(path, campaign[0])

    def template_to(self, path: Path, campaign_id: int) -> None:
        """The template for the unit filtered on (or the whole campaign) for a grassroots union to fill in."""
        unit_id = self.tab.list_ui.unit_filter_picker.unit_id()
        run_task(self.tab, self.tr("Writing the template…"),
                 lambda progress, cancel: write_template(campaign_id, path, unit_id),
                 on_done=lambda written: self.tab.status_message.emit(
                     self.tr("Template saved: {path}. Send it to the units to fill in.").format(path=written)),
                 on_error=self._failed, writes=False)

    def import_workbook(self) -> None:
        campaign = self.campaign(self.tr("Import Excel"))
        if campaign is None:
            return
        dialog = ExcelImportDialog(self.tab.actor, campaign[0], campaign[2], self.tab, start_folder=self.last_folder)
        QTimer.singleShot(0, dialog.choose_file)  # the file dialog opens over the import dialog, shown first
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.path is not None:
            self.last_folder = str(dialog.path.parent)
        if accepted:
            self.tab.refresh()
            self.tab.status_message.emit(dialog.summary())
        dialog.deleteLater()

    def find_duplicates(self) -> None:
        campaign = self.campaign(self.tr("Find duplicates"))
        if campaign is None:
            return
        if self.duplicates_dialog is not None:
            self.duplicates_dialog.close()
            self.duplicates_dialog.deleteLater()
        dialog = InitiativeDuplicatesDialog(campaign[0], campaign[2], self.tab)
        dialog.open_requested.connect(self.tab.open_initiative)
        self.duplicates_dialog = dialog
        dialog.show()
        dialog.search()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.tab.status_message.emit(self.tr("Stopped; nothing was written."))
        elif isinstance(error, UserFacingError):
            show_user_error(self.tab, error)
        else:
            raise error
