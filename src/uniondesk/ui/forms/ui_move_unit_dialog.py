# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_unit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_MoveUnitDialog(object):
    def setupUi(self, MoveUnitDialog):
        if not MoveUnitDialog.objectName():
            MoveUnitDialog.setObjectName(u"MoveUnitDialog")
        MoveUnitDialog.resize(520, 10)
        self.main_layout = QVBoxLayout(MoveUnitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.unit_label = QLabel(MoveUnitDialog)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")
        self.unit_label.setWordWrap(True)

        self.main_layout.addWidget(self.unit_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.parent_label = QLabel(MoveUnitDialog)
        self.parent_label.setObjectName(u"parent_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parent_label)

        self.parent_picker = UnitPicker(MoveUnitDialog)
        self.parent_picker.setObjectName(u"parent_picker")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parent_picker)

        self.date_label = QLabel(MoveUnitDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(MoveUnitDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(MoveUnitDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(MoveUnitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.parent_label.setBuddy(self.parent_picker)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveUnitDialog)
        self.button_box.rejected.connect(MoveUnitDialog.reject)

        QMetaObject.connectSlotsByName(MoveUnitDialog)
    # setupUi

    def retranslateUi(self, MoveUnitDialog):
        MoveUnitDialog.setWindowTitle(QCoreApplication.translate("MoveUnitDialog", u"Move unit", None))
        self.parent_label.setText(QCoreApplication.translate("MoveUnitDialog", u"New &parent unit:", None))
        self.date_label.setText(QCoreApplication.translate("MoveUnitDialog", u"From &date:", None))
    # retranslateUi

