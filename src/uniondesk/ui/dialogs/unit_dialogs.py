"""Move, merge, dissolve and reopen a unit: each dialog asks for what its service needs and calls it
(on the writer thread, see ``service_dialog``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from uniondesk.domain.text import format_date, format_int
from uniondesk.services import units as unit_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import units as queries
from uniondesk.ui.dialogs.service_dialog import ServiceDialog, existing_unit, prepare_date_edit
from uniondesk.ui.forms.ui_close_unit_dialog import Ui_CloseUnitDialog
from uniondesk.ui.forms.ui_merge_unit_dialog import Ui_MergeUnitDialog
from uniondesk.ui.forms.ui_move_unit_dialog import Ui_MoveUnitDialog


class MoveUnitDialog(ServiceDialog):
    """Choose the new parent (by code or name) and the date the move takes effect."""

    def __init__(self, actor: Actor, unit_id: int, parent: QWidget | None = None,
                 new_parent_id: int | None = None):
        super().__init__(actor, parent)
        self.ui = Ui_MoveUnitDialog()
        self.ui.setupUi(self)
        self.connect_form(self.ui.error_label, self.ui.button_box)
        self.unit = existing_unit(unit_id)
        self.ui.unit_label.setText(
            self.tr("Move “{unit}” (now under “{parent}”) with all its child units to a new parent unit.")
            .format(unit=self.unit.name, parent=self.unit.parent_name or "—"))
        prepare_date_edit(self.ui.date_edit, self.unit.opened_on)
        picker = self.ui.parent_picker
        picker.exclude_subtree_of(unit_id)
        picker.unit_changed.connect(lambda chosen: self.set_ok_enabled(chosen is not None))
        picker.set_unit(new_parent_id)
        self.set_ok_enabled(picker.unit_id() is not None)

    def working_text(self) -> str:
        return self.tr("Moving “{unit}”…").format(unit=self.unit.name)

    def request(self) -> Callable[[], tuple[int, str]]:
        actor, unit, parent_id = self.actor, self.unit, self.ui.parent_picker.unit_id()
        on = self.ui.date_edit.date().toPython()
        done = self.tr("Moved “{unit}” under “{parent}” from {date}.")

        def work() -> tuple[int, str]:
            moved = unit_service.move_unit(actor, unit.id, parent_id, on)
            return unit.id, done.format(unit=unit.name, parent=moved.parent.name, date=format_date(on))
        return work

    def show_error(self, message: str, field: str | None = None) -> None:
        super().show_error(message, field)
        if field == "parent":
            self.ui.parent_picker.setFocus()


class MergeUnitDialog(ServiceDialog):
    """Merge the unit into another from a date; says plainly what goes where."""

    def __init__(self, actor: Actor, unit_id: int, parent: QWidget | None = None):
        super().__init__(actor, parent)
        self.ui = Ui_MergeUnitDialog()
        self.ui.setupUi(self)
        self.connect_form(self.ui.error_label, self.ui.button_box)
        self.unit = existing_unit(unit_id)
        row = queries.rows_by_id([unit_id], include_closed=False).get(unit_id)
        self.ui.unit_label.setText(self.tr("Merge “{unit}” into another unit.").format(unit=self.unit.name))
        self.ui.explanation_label.setText(self.tr(
            "From the chosen date “{unit}” stops working and points to the unit it is merged into. "
            "Its {members} members, its {children} child units and its people go to that unit; "
            "figures already entered for “{unit}” stay with it.").format(
            unit=self.unit.name, members=format_int(row.members if row else self.unit.members),
            children=row.child_count if row else 0))
        prepare_date_edit(self.ui.date_edit, self.unit.opened_on)
        picker = self.ui.target_picker
        picker.exclude_subtree_of(unit_id)
        picker.unit_changed.connect(lambda chosen: self.set_ok_enabled(chosen is not None))
        self.set_ok_enabled(False)

    def working_text(self) -> str:
        return self.tr("Merging “{unit}”…").format(unit=self.unit.name)

    def request(self) -> Callable[[], tuple[int, str]]:
        actor, unit, target_id = self.actor, self.unit, self.ui.target_picker.unit_id()
        on = self.ui.date_edit.date().toPython()
        done = self.tr("Merged “{unit}” into “{target}” from {date}.")

        def work() -> tuple[int, str]:
            into = unit_service.merge_unit(actor, unit.id, target_id, on)
            return into.id, done.format(unit=unit.name, target=into.name, date=format_date(on))
        return work


class CloseUnitDialog(ServiceDialog):
    """Dissolve a unit (date and reason), or with ``reopen=True`` bring a closed unit back (date only)."""

    def __init__(self, actor: Actor, unit_id: int, parent: QWidget | None = None, reopen: bool = False):
        super().__init__(actor, parent)
        self.ui = Ui_CloseUnitDialog()
        self.ui.setupUi(self)
        self.connect_form(self.ui.error_label, self.ui.button_box)
        self.unit = existing_unit(unit_id)
        self.reopen = reopen
        if reopen:
            self.setWindowTitle(self.tr("Reopen unit"))
            self.ui.unit_label.setText(self.tr("Reopen “{unit}” under “{parent}”.").format(
                unit=self.unit.name, parent=self.unit.parent_name or "—"))
            self.ui.reason_label.hide()
            self.ui.reason_edit.hide()
            prepare_date_edit(self.ui.date_edit, self.unit.closed_on)
        else:
            self.ui.unit_label.setText(self.tr(
                "Dissolve “{unit}”. It stays in the tree's history with its figures and can be reopened later.")
                .format(unit=self.unit.name))
            prepare_date_edit(self.ui.date_edit, self.unit.opened_on)

    def working_text(self) -> str:
        text = self.tr("Reopening “{unit}”…") if self.reopen else self.tr("Dissolving “{unit}”…")
        return text.format(unit=self.unit.name)

    def request(self) -> Callable[[], tuple[int, str]]:
        actor, unit, on = self.actor, self.unit, self.ui.date_edit.date().toPython()
        if self.reopen:
            done = self.tr("Reopened “{unit}” from {date}.")

            def work() -> tuple[int, str]:
                unit_service.reopen_unit(actor, unit.id, on)
                return unit.id, done.format(unit=unit.name, date=format_date(on))
            return work
        reason, done = self.ui.reason_edit.text(), self.tr("Dissolved “{unit}” from {date}.")

        def work() -> tuple[int, str]:
            unit_service.close_unit(actor, unit.id, on, reason)
            return unit.id, done.format(unit=unit.name, date=format_date(on))
        return work
