# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration_dialog.ui'
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
    QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CalibrationDialog(object):
    def setupUi(self, CalibrationDialog):
        if not CalibrationDialog.objectName():
            CalibrationDialog.setObjectName(u"CalibrationDialog")
        CalibrationDialog.resize(620, 340)
        self.main_layout = QVBoxLayout(CalibrationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.target_label = QLabel(CalibrationDialog)
        self.target_label.setObjectName(u"target_label")
        self.target_label.setText(u"")
        self.target_label.setWordWrap(True)
        self.target_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.main_layout.addWidget(self.target_label)

        self.intro_label = QLabel(CalibrationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.values_layout = QGridLayout()
        self.values_layout.setObjectName(u"values_layout")
        self.dx_label = QLabel(CalibrationDialog)
        self.dx_label.setObjectName(u"dx_label")

        self.values_layout.addWidget(self.dx_label, 0, 0, 1, 1)

        self.dx_spin = QDoubleSpinBox(CalibrationDialog)
        self.dx_spin.setObjectName(u"dx_spin")

        self.values_layout.addWidget(self.dx_spin, 0, 1, 1, 1)

        self.dy_label = QLabel(CalibrationDialog)
        self.dy_label.setObjectName(u"dy_label")

        self.values_layout.addWidget(self.dy_label, 1, 0, 1, 1)

        self.dy_spin = QDoubleSpinBox(CalibrationDialog)
        self.dy_spin.setObjectName(u"dy_spin")

        self.values_layout.addWidget(self.dy_spin, 1, 1, 1, 1)

        self.sx_label = QLabel(CalibrationDialog)
        self.sx_label.setObjectName(u"sx_label")

        self.values_layout.addWidget(self.sx_label, 0, 2, 1, 1)

        self.sx_spin = QDoubleSpinBox(CalibrationDialog)
        self.sx_spin.setObjectName(u"sx_spin")

        self.values_layout.addWidget(self.sx_spin, 0, 3, 1, 1)

        self.sy_label = QLabel(CalibrationDialog)
        self.sy_label.setObjectName(u"sy_label")

        self.values_layout.addWidget(self.sy_label, 1, 2, 1, 1)

        self.sy_spin = QDoubleSpinBox(CalibrationDialog)
        self.sy_spin.setObjectName(u"sy_spin")

        self.values_layout.addWidget(self.sy_spin, 1, 3, 1, 1)


        self.main_layout.addLayout(self.values_layout)

        self.page_layout = QHBoxLayout()
        self.page_layout.setObjectName(u"page_layout")
        self.page_button = QPushButton(CalibrationDialog)
        self.page_button.setObjectName(u"page_button")

        self.page_layout.addWidget(self.page_button)

        self.reset_button = QPushButton(CalibrationDialog)
        self.reset_button.setObjectName(u"reset_button")

        self.page_layout.addWidget(self.reset_button)

        self.page_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.page_layout.addItem(self.page_spacer)


        self.main_layout.addLayout(self.page_layout)

        self.error_label = QLabel(CalibrationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(CalibrationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.dx_label.setBuddy(self.dx_spin)
        self.dy_label.setBuddy(self.dy_spin)
        self.sx_label.setBuddy(self.sx_spin)
        self.sy_label.setBuddy(self.sy_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dx_spin, self.dy_spin)
        QWidget.setTabOrder(self.dy_spin, self.sx_spin)
        QWidget.setTabOrder(self.sx_spin, self.sy_spin)
        QWidget.setTabOrder(self.sy_spin, self.page_button)
        QWidget.setTabOrder(self.page_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.button_box)

        self.retranslateUi(CalibrationDialog)

        QMetaObject.connectSlotsByName(CalibrationDialog)
    # setupUi

    def retranslateUi(self, CalibrationDialog):
        CalibrationDialog.setWindowTitle(QCoreApplication.translate("CalibrationDialog", u"Printer calibration", None))
        self.intro_label.setText(QCoreApplication.translate("CalibrationDialog", u"1. Print the calibration page onto a blank (or plain paper of the same size) at 100 % scale.\n"
"2. Measure from the left and top edges of the paper to the centre of each + mark; the figures in brackets are where it should be.\n"
"3. Add the differences to the values below: positive moves the print right and down. Scale corrects a printer that stretches the page.", None))
        self.dx_label.setText(QCoreApplication.translate("CalibrationDialog", u"&Horizontal offset (mm):", None))
        self.dy_label.setText(QCoreApplication.translate("CalibrationDialog", u"&Vertical offset (mm):", None))
        self.sx_label.setText(QCoreApplication.translate("CalibrationDialog", u"Scale &across:", None))
        self.sy_label.setText(QCoreApplication.translate("CalibrationDialog", u"Scale do&wn:", None))
        self.page_button.setText(QCoreApplication.translate("CalibrationDialog", u"&Print the calibration page\u2026", None))
        self.reset_button.setText(QCoreApplication.translate("CalibrationDialog", u"&Reset to zero", None))
    # retranslateUi

