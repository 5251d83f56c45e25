# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_repeat_dialog.ui'
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
    QFrame, QLabel, QPlainTextEdit, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AwardRepeatDialog(object):
    def setupUi(self, AwardRepeatDialog):
        if not AwardRepeatDialog.objectName():
            AwardRepeatDialog.setObjectName(u"AwardRepeatDialog")
        AwardRepeatDialog.resize(640, 480)
        self.main_layout = QVBoxLayout(AwardRepeatDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.message_area = QScrollArea(AwardRepeatDialog)
        self.message_area.setObjectName(u"message_area")
        self.message_area.setWidgetResizable(True)
        self.message_area.setFrameShape(QFrame.Shape.NoFrame)
        self.message_contents = QWidget()
        self.message_contents.setObjectName(u"message_contents")
        self.message_layout = QVBoxLayout(self.message_contents)
        self.message_layout.setObjectName(u"message_layout")
        self.message_layout.setContentsMargins(0, 0, 0, 0)
        self.message_label = QLabel(self.message_contents)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #8a5300; background: #fff3cd; padding: 3px;")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.message_layout.addWidget(self.message_label)

        self.message_area.setWidget(self.message_contents)

        self.main_layout.addWidget(self.message_area)

        self.reason_label = QLabel(AwardRepeatDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.main_layout.addWidget(self.reason_label)

        self.reason_edit = QPlainTextEdit(AwardRepeatDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.reason_edit)

        self.error_label = QLabel(AwardRepeatDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AwardRepeatDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(AwardRepeatDialog)

        QMetaObject.connectSlotsByName(AwardRepeatDialog)
    # setupUi

    def retranslateUi(self, AwardRepeatDialog):
        AwardRepeatDialog.setWindowTitle(QCoreApplication.translate("AwardRepeatDialog", u"Already rewarded", None))
        self.reason_label.setText(QCoreApplication.translate("AwardRepeatDialog", u"To award again all the same, write the &reason (it is kept with the award):", None))
    # retranslateUi

