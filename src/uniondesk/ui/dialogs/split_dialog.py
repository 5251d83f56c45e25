"""Split a unit into new units: a small table of code / name / members and a running total.

OK stays disabled until every member of the unit is accounted for, so a split can never lose members
(the service checks it again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from uniondesk.domain.text import format_date, format_int, parse_count
from uniondesk.services import units as unit_service
from uniondesk.services.actor import Actor
from uniondesk.services.units import NewPart
from uniondesk.ui.dialogs.service_dialog import ServiceDialog, existing_unit, prepare_date_edit
from uniondesk.ui.forms.ui_split_unit_dialog import Ui_SplitUnitDialog

CODE, NAME, MEMBERS = range(3)


class SplitUnitDialog(ServiceDialog):
    def __init__(self, actor: Actor, unit_id: int, parent: QWidget | None = None):
        super().__init__(actor, parent)
        self.ui = Ui_SplitUnitDialog()
        self.ui.setupUi(self)
        self.connect_form(self.ui.error_label, self.ui.button_box)
        self.unit = existing_unit(unit_id)
        self.ui.unit_label.setText(self.tr(
            "Split “{unit}” ({members} members) into new units under “{parent}”. "
            "The members of the new units must add up to {members}.").format(
            unit=self.unit.name, members=format_int(self.unit.members), parent=self.unit.parent_name or "—"))
        prepare_date_edit(self.ui.date_edit, self.unit.opened_on)
        header = self.ui.parts_table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.ui.parts_table.setColumnWidth(CODE, 130)
        self.ui.parts_table.setColumnWidth(MEMBERS, 110)
        self.ui.parts_table.itemChanged.connect(self._update)
        self.ui.add_part_button.clicked.connect(self.add_part)
        self.ui.remove_part_button.clicked.connect(self._remove_current)
        self.add_part()
        self.add_part()

    def add_part(self, code: str = "", name: str = "", members: str = "") -> int:
        table = self.ui.parts_table
        row = table.rowCount()
        table.insertRow(row)
        code = code or f"{self.unit.code}-{row + 1}"
        for column, text in ((CODE, code), (NAME, name), (MEMBERS, members)):
            item = QTableWidgetItem(text)
            if column == MEMBERS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        self._update()
        return row

    def set_part(self, row: int, code: str, name: str, members: str) -> None:
        for column, text in ((CODE, code), (NAME, name), (MEMBERS, members)):
            self.ui.parts_table.item(row, column).setText(text)

    def _remove_current(self) -> None:
        row = self.ui.parts_table.currentRow()
        if row >= 0:
            self.ui.parts_table.removeRow(row)
            self._update()

    def _cell(self, row: int, column: int) -> str:
        item = self.ui.parts_table.item(row, column)
        return item.text().strip() if item else ""

    def _parts(self) -> tuple[list[NewPart], bool]:
        """The typed parts (members 0 when unreadable) and whether every row is complete and readable."""
        parts, complete = [], True
        for row in range(self.ui.parts_table.rowCount()):
            try:
                members = parse_count(self._cell(row, MEMBERS))
            except ValueError:
                members, complete = 0, False
            code, name = self._cell(row, CODE), self._cell(row, NAME)
            complete = complete and bool(code and name)
            parts.append(NewPart(code, name, members))
        return parts, complete

    def _update(self, *_args) -> None:
        parts, complete = self._parts()
        total = sum(part.members for part in parts)
        gap = self.unit.members - total
        if gap > 0:
            state = self.tr("{count} still to place").format(count=format_int(gap))
        elif gap < 0:
            state = self.tr("{count} too many").format(count=format_int(-gap))
        else:
            state = self.tr("matches")
        self.ui.sum_label.setText(self.tr("Total: {total} / {members} members — {state}").format(
            total=format_int(total), members=format_int(self.unit.members), state=state))
        self.ui.sum_label.setStyleSheet("color: #2e7d32;" if gap == 0 else "color: #c62828;")
        self.set_ok_enabled(complete and gap == 0 and len(parts) >= 2)

    def working_text(self) -> str:
        return self.tr("Splitting “{unit}”…").format(unit=self.unit.name)

    def request(self) -> Callable[[], tuple[int, str]]:
        actor, unit, (parts, _) = self.actor, self.unit, self._parts()
        on = self.ui.date_edit.date().toPython()
        done = self.tr("Split “{unit}” into {count} units from {date}.")

        def work() -> tuple[int, str]:
            # The first new unit takes over the people: thousands for a large factory union.
            created = unit_service.split_unit(actor, unit.id, parts, on)
            return created[0].id, done.format(unit=unit.name, count=len(created), date=format_date(on))
        return work
