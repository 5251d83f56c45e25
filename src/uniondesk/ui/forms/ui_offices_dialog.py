# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offices_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_OfficesDialog(object):
    def setupUi(self, OfficesDialog):
        if not OfficesDialog.objectName():
            OfficesDialog.setObjectName(u"OfficesDialog")
        OfficesDialog.resize(1180, 560)
        self.main_layout = QVBoxLayout(OfficesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.own_group = QGroupBox(OfficesDialog)
        self.own_group.setObjectName(u"own_group")
        self.own_layout = QGridLayout(self.own_group)
        self.own_layout.setObjectName(u"own_layout")
        self.own_office_label = QLabel(self.own_group)
        self.own_office_label.setObjectName(u"own_office_label")
        self.own_office_label.setText(u"")

        self.own_layout.addWidget(self.own_office_label, 0, 0, 1, 3)

        self.fingerprint_label = QLabel(self.own_group)
        self.fingerprint_label.setObjectName(u"fingerprint_label")

        self.own_layout.addWidget(self.fingerprint_label, 1, 0, 1, 1)

        self.fingerprint_edit = QLineEdit(self.own_group)
        self.fingerprint_edit.setObjectName(u"fingerprint_edit")
        self.fingerprint_edit.setReadOnly(True)
        self.fingerprint_edit.setMinimumSize(QSize(360, 0))

        self.own_layout.addWidget(self.fingerprint_edit, 1, 1, 1, 1)

        self.save_key_button = QPushButton(self.own_group)
        self.save_key_button.setObjectName(u"save_key_button")

        self.own_layout.addWidget(self.save_key_button, 1, 2, 1, 1)

        self.fingerprint_hint_label = QLabel(self.own_group)
        self.fingerprint_hint_label.setObjectName(u"fingerprint_hint_label")
        self.fingerprint_hint_label.setWordWrap(True)

        self.own_layout.addWidget(self.fingerprint_hint_label, 2, 0, 1, 3)


        self.main_layout.addWidget(self.own_group)

        self.offices_label = QLabel(OfficesDialog)
        self.offices_label.setObjectName(u"offices_label")

        self.main_layout.addWidget(self.offices_label)

        self.offices_view = QTableView(OfficesDialog)
        self.offices_view.setObjectName(u"offices_view")
        self.offices_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offices_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.offices_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offices_view.setWordWrap(False)
        self.offices_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.offices_view)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.trust_file_button = QPushButton(OfficesDialog)
        self.trust_file_button.setObjectName(u"trust_file_button")

        self.actions_layout.addWidget(self.trust_file_button)

        self.trust_fingerprint_button = QPushButton(OfficesDialog)
        self.trust_fingerprint_button.setObjectName(u"trust_fingerprint_button")

        self.actions_layout.addWidget(self.trust_fingerprint_button)

        self.revoke_button = QPushButton(OfficesDialog)
        self.revoke_button.setObjectName(u"revoke_button")

        self.actions_layout.addWidget(self.revoke_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.warning_layout = QHBoxLayout()
        self.warning_layout.setObjectName(u"warning_layout")
        self.warning_days_label = QLabel(OfficesDialog)
        self.warning_days_label.setObjectName(u"warning_days_label")

        self.warning_layout.addWidget(self.warning_days_label)

        self.warning_days_spin = QSpinBox(OfficesDialog)
        self.warning_days_spin.setObjectName(u"warning_days_spin")
        self.warning_days_spin.setMinimum(1)
        self.warning_days_spin.setMaximum(365)
        self.warning_days_spin.setValue(30)

        self.warning_layout.addWidget(self.warning_days_spin)

        self.days_label = QLabel(OfficesDialog)
        self.days_label.setObjectName(u"days_label")

        self.warning_layout.addWidget(self.days_label)

        self.warning_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warning_layout.addItem(self.warning_spacer)


        self.main_layout.addLayout(self.warning_layout)

        self.message_label = QLabel(OfficesDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.error_label = QLabel(OfficesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(OfficesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.fingerprint_label.setBuddy(self.fingerprint_edit)
        self.offices_label.setBuddy(self.offices_view)
        self.warning_days_label.setBuddy(self.warning_days_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.offices_view, self.trust_file_button)
        QWidget.setTabOrder(self.trust_file_button, self.trust_fingerprint_button)
        QWidget.setTabOrder(self.trust_fingerprint_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.warning_days_spin)
        QWidget.setTabOrder(self.warning_days_spin, self.fingerprint_edit)
        QWidget.setTabOrder(self.fingerprint_edit, self.save_key_button)

        self.retranslateUi(OfficesDialog)

        QMetaObject.connectSlotsByName(OfficesDialog)
    # setupUi

    def retranslateUi(self, OfficesDialog):
        OfficesDialog.setWindowTitle(QCoreApplication.translate("OfficesDialog", u"Offices and keys", None))
        self.own_group.setTitle(QCoreApplication.translate("OfficesDialog", u"This office", None))
        self.fingerprint_label.setText(QCoreApplication.translate("OfficesDialog", u"Key &fingerprint:", None))
        self.save_key_button.setText(QCoreApplication.translate("OfficesDialog", u"&Save the key file\u2026", None))
        self.fingerprint_hint_label.setText(QCoreApplication.translate("OfficesDialog", u"Read the fingerprint over the phone to an office that is about to trust this one, or send it the key file.", None))
        self.offices_label.setText(QCoreApplication.translate("OfficesDialog", u"Offices this one &trusts or exchanges bundles with:", None))
        self.trust_file_button.setText(QCoreApplication.translate("OfficesDialog", u"Trust a &key file\u2026", None))
        self.trust_fingerprint_button.setText(QCoreApplication.translate("OfficesDialog", u"Trust by finger&print\u2026", None))
        self.revoke_button.setText(QCoreApplication.translate("OfficesDialog", u"&Revoke\u2026", None))
        self.warning_days_label.setText(QCoreApplication.translate("OfficesDialog", u"&Warn when an office has not been heard from for", None))
        self.days_label.setText(QCoreApplication.translate("OfficesDialog", u"days", None))
    # retranslateUi

