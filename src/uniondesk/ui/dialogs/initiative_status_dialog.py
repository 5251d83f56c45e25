"""Moving an initiative through its review: recognised, not recognised, applied, recognition withdrawn
(with a reason), or back to registered to correct a decision taken by mistake. OK runs one service call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from uniondesk.domain.errors import InputError
from uniondesk.domain.initiatives import InitiativeStatus
from uniondesk.domain.text import format_date, parse_date
from uniondesk.services import initiatives as initiative_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries.initiatives import InitiativeDetail
from uniondesk.ui.dialogs.service_dialog import ServiceDialog
from uniondesk.ui.forms.ui_initiative_status_dialog import Ui_InitiativeStatusDialog
from uniondesk.ui.models.initiative_labels import RECOGNISER_SOURCES, recogniser_label, status_label

S = InitiativeStatus
# status → (action, what the date means); the action's text is also the menu's.
ACTIONS: dict[str, tuple[str, str]] = {
    S.RECOGNISED: (QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Recognise…"),
                   QT_TRANSLATE_NOOP("InitiativeStatusDialog", "The initiative is recognised on this date.")),
    S.NOT_RECOGNISED: (QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Not recognised…"),
                       QT_TRANSLATE_NOOP("InitiativeStatusDialog", "The council decided on this date not to "
                                                                   "recognise the initiative.")),
    S.APPLIED: (QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Applied…"),
                QT_TRANSLATE_NOOP("InitiativeStatusDialog", "The initiative was first applied on this date "
                                                            "(kept if a date was entered already).")),
    S.WITHDRAWN: (QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Withdraw recognition…"),
                  QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Recognition is withdrawn on this date; the reason "
                                                              "is recorded with the initiative.")),
    S.REGISTERED: (QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Back to registered…"),
                   QT_TRANSLATE_NOOP("InitiativeStatusDialog", "Undo a decision taken by mistake: the initiative "
                                                               "is again waiting for review.")),
}


def action_text(status: str) -> str:
    return QCoreApplication.translate("InitiativeStatusDialog", ACTIONS[status][0])


class InitiativeStatusDialog(ServiceDialog):
    def __init__(self, actor: Actor, initiative: InitiativeDetail, status: str, parent: QWidget | None = None):
        super().__init__(actor, parent)
        self.ui = Ui_InitiativeStatusDialog()
        self.ui.setupUi(self)
        self.initiative, self.status = initiative, status
        self.initiative_id = initiative.id
        self.connect_form(self.ui.general_error, self.ui.button_box)
        self.ui.button_box.rejected.connect(self.reject)
        self.setWindowTitle(action_text(status).rstrip("…"))
        self.ui.heading_label.setText(self.tr("“{title}”: {old} → {new}").format(
            title=initiative.title, old=status_label(initiative.status), new=status_label(status)))
        self.ui.explanation_label.setText(QCoreApplication.translate("InitiativeStatusDialog", ACTIONS[status][1]))
        self.ui.on_edit.setText(format_date(dt.date.today()))
        self.ui.recognised_by_combo.addItem("", None)
        for key in RECOGNISER_SOURCES:
            self.ui.recognised_by_combo.addItem(recogniser_label(key), str(key))
        combo = self.ui.recognised_by_combo
        combo.setCurrentIndex(max(0, combo.findData(initiative.recognised_by)))
        self.ui.decision_no_edit.setText(initiative.decision_no)
        decision = status in (S.RECOGNISED, S.NOT_RECOGNISED)
        for widget in (self.ui.recognised_by_label, self.ui.recognised_by_combo, self.ui.decision_no_label,
                       self.ui.decision_no_edit):
            widget.setVisible(decision)
        for widget in (self.ui.reason_label, self.ui.reason_edit):
            widget.setVisible(status == S.WITHDRAWN)
        for label in (self.ui.on_error, self.ui.reason_error):
            label.hide()
        self.ui.on_edit.setFocus()
        self.ui.on_edit.selectAll()

    def run(self) -> tuple[int, str]:
        for label in (self.ui.on_error, self.ui.reason_error):
            label.hide()
        try:
            on = parse_date(self.ui.on_edit.text())
        except ValueError as exc:
            raise InputError(str(exc), "on") from None
        decision = self.status in (S.RECOGNISED, S.NOT_RECOGNISED)
        initiative_service.set_status(
            self.actor, self.initiative.id, self.status, on=on, reason=self.ui.reason_edit.toPlainText(),
            recognised_by=self.ui.recognised_by_combo.currentData() if decision else None,
            decision_no=self.ui.decision_no_edit.text() if decision else None)
        return self.initiative.id, self.tr("“{title}” is now: {status}.").format(
            title=self.initiative.title, status=status_label(self.status))

    def show_error(self, message: str, field: str | None = None) -> None:
        label = {"on": self.ui.on_error, "reason": self.ui.reason_error}.get(field or "")
        if label is None:
            super().show_error(message, field)
            return
        label.setText(message)
        label.show()
