# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_unit_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseUnitDialog(object):
    def setupUi(self, CloseUnitDialog):
        if not CloseUnitDialog.objectName():
            CloseUnitDialog.setObjectName(u"CloseUnitDialog")
        CloseUnitDialog.resize(480, 10)
        self.main_layout = QVBoxLayout(CloseUnitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.unit_label = QLabel(CloseUnitDialog)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")
        self.unit_label.setWordWrap(True)

        self.main_layout.addWidget(self.unit_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_label = QLabel(CloseUnitDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(CloseUnitDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.reason_label = QLabel(CloseUnitDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(CloseUnitDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CloseUnitDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(CloseUnitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseUnitDialog)
        self.button_box.rejected.connect(CloseUnitDialog.reject)

        QMetaObject.connectSlotsByName(CloseUnitDialog)
    # setupUi

    def retranslateUi(self, CloseUnitDialog):
        CloseUnitDialog.setWindowTitle(QCoreApplication.translate("CloseUnitDialog", u"Dissolve unit", None))
        self.date_label.setText(QCoreApplication.translate("CloseUnitDialog", u"&Date:", None))
        self.reason_label.setText(QCoreApplication.translate("CloseUnitDialog", u"&Reason:", None))
    # retranslateUi

