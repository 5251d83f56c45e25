# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_revoke_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AwardRevokeDialog(object):
    def setupUi(self, AwardRevokeDialog):
        if not AwardRevokeDialog.objectName():
            AwardRevokeDialog.setObjectName(u"AwardRevokeDialog")
        AwardRevokeDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(AwardRevokeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AwardRevokeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(3)
        self.number_label = QLabel(AwardRevokeDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(AwardRevokeDialog)
        self.number_edit.setObjectName(u"number_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.date_label = QLabel(AwardRevokeDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(AwardRevokeDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.reason_label = QLabel(AwardRevokeDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(AwardRevokeDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(AwardRevokeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AwardRevokeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
        self.date_label.setBuddy(self.date_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(AwardRevokeDialog)

        QMetaObject.connectSlotsByName(AwardRevokeDialog)
    # setupUi

    def retranslateUi(self, AwardRevokeDialog):
        AwardRevokeDialog.setWindowTitle(QCoreApplication.translate("AwardRevokeDialog", u"Revoke", None))
        self.number_label.setText(QCoreApplication.translate("AwardRevokeDialog", u"Revoking decision &number:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("AwardRevokeDialog", u"e.g. 140/Q\u0110-L\u0110L\u0110", None))
        self.date_label.setText(QCoreApplication.translate("AwardRevokeDialog", u"Revoked &on:", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("AwardRevokeDialog", u"dd/mm/yyyy", None))
        self.reason_label.setText(QCoreApplication.translate("AwardRevokeDialog", u"&Reason:", None))
    # retranslateUi

