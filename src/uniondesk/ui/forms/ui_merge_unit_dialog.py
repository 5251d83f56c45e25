# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_unit_dialog.ui'
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

class Ui_MergeUnitDialog(object):
    def setupUi(self, MergeUnitDialog):
        if not MergeUnitDialog.objectName():
            MergeUnitDialog.setObjectName(u"MergeUnitDialog")
        MergeUnitDialog.resize(540, 10)
        self.main_layout = QVBoxLayout(MergeUnitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.unit_label = QLabel(MergeUnitDialog)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")
        self.unit_label.setWordWrap(True)

        self.main_layout.addWidget(self.unit_label)

        self.explanation_label = QLabel(MergeUnitDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"")
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.target_label = QLabel(MergeUnitDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_picker = UnitPicker(MergeUnitDialog)
        self.target_picker.setObjectName(u"target_picker")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.target_picker)

        self.date_label = QLabel(MergeUnitDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(MergeUnitDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(MergeUnitDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(MergeUnitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.target_label.setBuddy(self.target_picker)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeUnitDialog)
        self.button_box.rejected.connect(MergeUnitDialog.reject)

        QMetaObject.connectSlotsByName(MergeUnitDialog)
    # setupUi

    def retranslateUi(self, MergeUnitDialog):
        MergeUnitDialog.setWindowTitle(QCoreApplication.translate("MergeUnitDialog", u"Merge unit", None))
        self.target_label.setText(QCoreApplication.translate("MergeUnitDialog", u"Merge &into:", None))
        self.date_label.setText(QCoreApplication.translate("MergeUnitDialog", u"From &date:", None))
    # retranslateUi

