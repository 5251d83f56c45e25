# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_recipient_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_AwardRecipientDialog(object):
    def setupUi(self, AwardRecipientDialog):
        if not AwardRecipientDialog.objectName():
            AwardRecipientDialog.setObjectName(u"AwardRecipientDialog")
        AwardRecipientDialog.resize(620, 460)
        self.main_layout = QVBoxLayout(AwardRecipientDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AwardRecipientDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(3)
        self.unit_label = QLabel(AwardRecipientDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_picker = UnitPicker(AwardRecipientDialog)
        self.unit_picker.setObjectName(u"unit_picker")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_picker)

        self.reason_label = QLabel(AwardRecipientDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(AwardRecipientDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.people_label = QLabel(AwardRecipientDialog)
        self.people_label.setObjectName(u"people_label")

        self.main_layout.addWidget(self.people_label)

        self.people_view = QTableView(AwardRecipientDialog)
        self.people_view.setObjectName(u"people_view")
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setAlternatingRowColors(True)
        self.people_view.setTabKeyNavigation(False)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people_view.setWordWrap(False)

        self.main_layout.addWidget(self.people_view)

        self.error_label = QLabel(AwardRecipientDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AwardRecipientDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.unit_label.setBuddy(self.unit_picker)
        self.reason_label.setBuddy(self.reason_edit)
        self.people_label.setBuddy(self.people_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_picker, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.people_view)
        QWidget.setTabOrder(self.people_view, self.button_box)

        self.retranslateUi(AwardRecipientDialog)

        QMetaObject.connectSlotsByName(AwardRecipientDialog)
    # setupUi

    def retranslateUi(self, AwardRecipientDialog):
        AwardRecipientDialog.setWindowTitle(QCoreApplication.translate("AwardRecipientDialog", u"Add recipients", None))
        self.unit_label.setText(QCoreApplication.translate("AwardRecipientDialog", u"&Unit:", None))
        self.reason_label.setText(QCoreApplication.translate("AwardRecipientDialog", u"Own &reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("AwardRecipientDialog", u"empty: the decision's reason", None))
        self.people_label.setText(QCoreApplication.translate("AwardRecipientDialog", u"&People of the unit (select one or more):", None))
    # retranslateUi

