# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_status_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InitiativeStatusDialog(object):
    def setupUi(self, InitiativeStatusDialog):
        if not InitiativeStatusDialog.objectName():
            InitiativeStatusDialog.setObjectName(u"InitiativeStatusDialog")
        InitiativeStatusDialog.resize(480, 300)
        self.main_layout = QVBoxLayout(InitiativeStatusDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(InitiativeStatusDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-weight: bold;")

        self.main_layout.addWidget(self.heading_label)

        self.explanation_label = QLabel(InitiativeStatusDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.on_label = QLabel(InitiativeStatusDialog)
        self.on_label.setObjectName(u"on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_edit = QLineEdit(InitiativeStatusDialog)
        self.on_edit.setObjectName(u"on_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_edit)

        self.on_error = QLabel(InitiativeStatusDialog)
        self.on_error.setObjectName(u"on_error")
        self.on_error.setStyleSheet(u"color: #c62828;")
        self.on_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on_error)

        self.recognised_by_label = QLabel(InitiativeStatusDialog)
        self.recognised_by_label.setObjectName(u"recognised_by_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recognised_by_label)

        self.recognised_by_combo = QComboBox(InitiativeStatusDialog)
        self.recognised_by_combo.setObjectName(u"recognised_by_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recognised_by_combo)

        self.decision_no_label = QLabel(InitiativeStatusDialog)
        self.decision_no_label.setObjectName(u"decision_no_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_no_label)

        self.decision_no_edit = QLineEdit(InitiativeStatusDialog)
        self.decision_no_edit.setObjectName(u"decision_no_edit")
        self.decision_no_edit.setMaxLength(60)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_no_edit)

        self.reason_label = QLabel(InitiativeStatusDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(InitiativeStatusDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error = QLabel(InitiativeStatusDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setStyleSheet(u"color: #c62828;")
        self.reason_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.main_layout.addLayout(self.form_layout)

        self.general_error = QLabel(InitiativeStatusDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.button_box = QDialogButtonBox(InitiativeStatusDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on_edit)
        self.recognised_by_label.setBuddy(self.recognised_by_combo)
        self.decision_no_label.setBuddy(self.decision_no_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on_edit, self.recognised_by_combo)
        QWidget.setTabOrder(self.recognised_by_combo, self.decision_no_edit)
        QWidget.setTabOrder(self.decision_no_edit, self.reason_edit)

        self.retranslateUi(InitiativeStatusDialog)

        QMetaObject.connectSlotsByName(InitiativeStatusDialog)
    # setupUi

    def retranslateUi(self, InitiativeStatusDialog):
        InitiativeStatusDialog.setWindowTitle(QCoreApplication.translate("InitiativeStatusDialog", u"Change the status", None))
        self.on_label.setText(QCoreApplication.translate("InitiativeStatusDialog", u"&Date:", None))
        self.on_edit.setPlaceholderText(QCoreApplication.translate("InitiativeStatusDialog", u"dd/mm/yyyy", None))
        self.recognised_by_label.setText(QCoreApplication.translate("InitiativeStatusDialog", u"Recognised b&y:", None))
        self.decision_no_label.setText(QCoreApplication.translate("InitiativeStatusDialog", u"De&cision no.:", None))
        self.decision_no_edit.setPlaceholderText(QCoreApplication.translate("InitiativeStatusDialog", u"e.g. 12/Q\u0110-H\u0110SK", None))
        self.reason_label.setText(QCoreApplication.translate("InitiativeStatusDialog", u"&Reason:", None))
    # retranslateUi

