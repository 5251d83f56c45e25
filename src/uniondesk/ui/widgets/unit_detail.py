"""The detail panel of the union tree tab: edit the selected unit, or fill in a new child unit.

Input is checked twice: typing errors the panel can see itself (a member count "12a", a date "31/02")
and then the service's own rules; either way the message appears next to the field it is about
(``InputError.field``) and nothing is written. The service runs on the writer thread: a one-row save
takes milliseconds, but any commit can meet a WAL checkpoint (360 ms measured on a province database).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.text import format_date, format_int, parse_count, parse_date
from uniondesk.domain.units import UnitStatus
from uniondesk.services import units as unit_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import units as queries
from uniondesk.store.queries.units import UnitDetail
from uniondesk.ui.forms.ui_unit_detail import Ui_UnitDetailPanel
from uniondesk.ui.models.unit_labels import CHILD_KIND, KIND_SOURCES, kind_label, status_label
from uniondesk.ui.tasks import run_task


class UnitDetailPanel(QWidget):
    """Shows one unit's fields; Save calls ``edit_unit`` (or ``add_unit`` for a new child)."""

    saved = Signal(int, str)  # the unit saved or added, and a status message
    cancelled = Signal(int)  # adding a child was abandoned: the parent to show again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UnitDetailPanel()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self._unit: UnitDetail | None = None
        self._new_parent: UnitDetail | None = None
        self._loaded: dict[str, Any] = {}
        self._busy = False
        for kind in KIND_SOURCES:
            self.ui.kind_combo.addItem(kind_label(kind), str(kind))
        self._errors = {"code": self.ui.code_error, "name": self.ui.name_error, "kind": self.ui.kind_error,
                        "members": self.ui.members_error, "members_counted_on": self.ui.counted_error,
                        "opened_on": self.ui.opened_error}
        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self.revert)
        for edit in (self.ui.code_edit, self.ui.name_edit, self.ui.members_edit, self.ui.counted_edit,
                     self.ui.opened_edit):
            edit.returnPressed.connect(self.save)
        self.show_unit(None)

    # --- what is shown ---------------------------------------------------------------------------

    @property
    def unit_id(self) -> int | None:
        return self._unit.id if self._unit else None

    @property
    def adding(self) -> bool:
        return self._new_parent is not None

    def show_unit(self, unit_id: int | None) -> None:
        """Show ``unit_id`` (None: nothing selected), dropping unsaved edits."""
        self._new_parent = None
        self._unit = queries.detail(unit_id) if unit_id is not None else None
        unit = self._unit
        self._clear_errors()
        self._set_enabled(unit is not None)
        if unit is None:
            self.ui.title_label.setText(self.tr("No unit selected"))
            self.ui.info_label.setText(self.tr("Select a unit in the tree to see and edit it."))
            self._fill("", "", "", None, None, None)
            return
        self.ui.title_label.setText(unit.name)
        self.ui.info_label.setText(self._info_text(unit))
        self._fill(unit.code, unit.name, unit.kind, unit.members, unit.members_counted_on, unit.opened_on)

    def start_new_child(self, parent_id: int) -> None:
        """Empty the form for a new unit under ``parent_id``; Save adds it, Revert gives up."""
        parent = queries.detail(parent_id)
        if parent is None:
            return
        self._unit, self._new_parent = None, parent
        self._clear_errors()
        self._set_enabled(True)
        self.ui.title_label.setText(self.tr("New unit under “{parent}”").format(parent=parent.name))
        self.ui.info_label.setText(self.tr("Fill in the new unit and press Save; Revert gives up."))
        self._fill("", "", CHILD_KIND.get(parent.kind, parent.kind), 0, None, None)
        self.ui.code_edit.setFocus()

    def focus_name(self) -> None:
        self.ui.name_edit.setFocus()
        self.ui.name_edit.selectAll()

    def is_dirty(self) -> bool:
        return not self._busy and self._unit is not None and self._current() != self._loaded

    def _info_text(self, unit: UnitDetail) -> str:
        parent = self.tr("Under: {parent}").format(parent=unit.parent_name) if unit.parent_name else \
            self.tr("Top of the tree")
        status = status_label(unit.status, unit.closed_on)
        if unit.successor_name and unit.status != UnitStatus.LIVE:
            status = self.tr("{status} → {successor}").format(status=status, successor=unit.successor_name)
        text = f"{parent} · {status}"
        if unit.subtree_members != unit.members:  # the tree shows the subtree; the field below is the unit's own
            text += "\n" + self.tr("With the units under it: {members} members (the tree's figure); below, its own "
                                   "members.").format(members=format_int(unit.subtree_members))
        return text

    def _fill(self, code: str, name: str, kind: str, members: int | None, counted: dt.date | None,
              opened: dt.date | None) -> None:
        self.ui.code_edit.setText(code)
        self.ui.name_edit.setText(name)
        self.ui.kind_combo.setCurrentIndex(max(0, self.ui.kind_combo.findData(kind)))
        self.ui.members_edit.setText(format_int(members))
        self.ui.counted_edit.setText(format_date(counted))
        self.ui.opened_edit.setText(format_date(opened))
        for edit in (self.ui.code_edit, self.ui.name_edit):
            edit.setCursorPosition(0)  # long names: show their beginning, not their end
        self._loaded = self._current()

    def _current(self) -> dict[str, Any]:
        return {"code": self.ui.code_edit.text(), "name": self.ui.name_edit.text(),
                "kind": self.ui.kind_combo.currentData(), "members": self.ui.members_edit.text(),
                "counted": self.ui.counted_edit.text(), "opened": self.ui.opened_edit.text()}

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.code_edit, self.ui.name_edit, self.ui.kind_combo, self.ui.members_edit,
                       self.ui.counted_edit, self.ui.opened_edit, self.ui.save_button, self.ui.revert_button):
            widget.setEnabled(enabled)

    # --- saving ----------------------------------------------------------------------------------

    def revert(self) -> None:
        if self._new_parent is not None:
            parent_id = self._new_parent.id
            self.show_unit(parent_id)
            self.cancelled.emit(parent_id)
        else:
            self.show_unit(self.unit_id)

    def save(self) -> bool:
        """Check the form and save it on the writer thread; False when refused here (nothing started).

        ``saved`` is emitted once the service has written it; a refusal appears next to its field."""
        if self._busy or self._unit is None and self._new_parent is None or self.actor is None:
            return False
        self._clear_errors()
        fields = self._parsed_fields()
        if fields is None:
            return False
        work = self._request(fields)
        if work is None:
            self.saved.emit(self._unit.id, self.tr("Nothing to save: “{name}” is unchanged.").format(
                name=self._unit.name))
            return True
        self._set_busy(True)
        run_task(self, self.tr("Saving the unit…"), lambda _progress, _cancel: work(),
                 on_done=self._done, on_error=self._failed, writes=True)
        return True

    def _request(self, fields: dict[str, Any]) -> Callable[[], tuple[int, str]] | None:
        """The service call for the writer thread (plain values only, no widget); None: nothing changed."""
        actor = self.actor
        if self._new_parent is not None:
            parent, done = self._new_parent, self.tr("Added “{name}” under “{parent}”.")

            def add() -> tuple[int, str]:
                unit = unit_service.add_unit(actor, parent_id=parent.id, **fields)
                return unit.id, done.format(name=unit.name, parent=parent.name)
            return add
        loaded, done = self._unit, self.tr("Saved “{name}”.")
        changed = {name: value for name, value in fields.items() if getattr(loaded, name) != value}
        if not changed:
            return None

        def edit() -> tuple[int, str]:
            unit = unit_service.edit_unit(actor, loaded.id, **changed)
            return unit.id, done.format(name=unit.name)
        return edit

    def _done(self, result: tuple[int, str]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        unit_id, message = result
        self.show_unit(unit_id)
        self.saved.emit(unit_id, message)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            raise error
        self._set_busy(False)
        if not isinstance(error, UserFacingError):
            raise error  # a bug: the error dialog shows it
        self.show_error(error.field if isinstance(error, InputError) else None, error.message)

    @property
    def busy(self) -> bool:
        """True while a save runs on the writer thread: the form is disabled, and it is not "unsaved"."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._set_enabled(not busy)

    def _parsed_fields(self) -> dict[str, Any] | None:
        """The form's values, or None after showing every typing error next to its field."""
        fields: dict[str, Any] = {"code": self.ui.code_edit.text(), "name": self.ui.name_edit.text(),
                                  "kind": self.ui.kind_combo.currentData()}
        ok = True
        try:
            fields["members"] = parse_count(self.ui.members_edit.text() or "0")
        except ValueError as exc:
            self.show_error("members", str(exc))
            ok = False
        for name, edit in (("members_counted_on", self.ui.counted_edit), ("opened_on", self.ui.opened_edit)):
            try:
                fields[name] = parse_date(edit.text()) if edit.text().strip() else None
            except ValueError as exc:
                self.show_error(name, str(exc))
                ok = False
        return fields if ok else None

    def show_error(self, field: str | None, message: str) -> None:
        label: QLabel = self._errors.get(field or "", self.ui.general_error)
        label.setText(message)
        label.show()

    def error_text(self, field: str | None) -> str:
        """The message shown for ``field`` (None: the general one), "" when there is none."""
        label = self._errors.get(field or "", self.ui.general_error)
        return label.text() if not label.isHidden() else ""

    def _clear_errors(self) -> None:
        for label in (*self._errors.values(), self.ui.general_error):
            label.clear()
            label.hide()
