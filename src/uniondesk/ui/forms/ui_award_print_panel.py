# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_print_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from uniondesk.ui.widgets.certificate_preview import CertificatePreview

class Ui_AwardPrintPanel(object):
    def setupUi(self, AwardPrintPanel):
        if not AwardPrintPanel.objectName():
            AwardPrintPanel.setObjectName(u"AwardPrintPanel")
        AwardPrintPanel.resize(560, 520)
        self.main_layout = QVBoxLayout(AwardPrintPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.settings_layout = QGridLayout()
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_layout.setVerticalSpacing(3)
        self.template_label = QLabel(AwardPrintPanel)
        self.template_label.setObjectName(u"template_label")

        self.settings_layout.addWidget(self.template_label, 0, 0, 1, 1)

        self.template_combo = QComboBox(AwardPrintPanel)
        self.template_combo.setObjectName(u"template_combo")

        self.settings_layout.addWidget(self.template_combo, 0, 1, 1, 1)

        self.mode_label = QLabel(AwardPrintPanel)
        self.mode_label.setObjectName(u"mode_label")

        self.settings_layout.addWidget(self.mode_label, 0, 2, 1, 1)

        self.mode_combo = QComboBox(AwardPrintPanel)
        self.mode_combo.setObjectName(u"mode_combo")

        self.settings_layout.addWidget(self.mode_combo, 0, 3, 1, 1)

        self.printer_label = QLabel(AwardPrintPanel)
        self.printer_label.setObjectName(u"printer_label")

        self.settings_layout.addWidget(self.printer_label, 1, 0, 1, 1)

        self.printer_combo = QComboBox(AwardPrintPanel)
        self.printer_combo.setObjectName(u"printer_combo")
        self.printer_combo.setEditable(True)

        self.settings_layout.addWidget(self.printer_combo, 1, 1, 1, 1)

        self.calibration_button = QPushButton(AwardPrintPanel)
        self.calibration_button.setObjectName(u"calibration_button")

        self.settings_layout.addWidget(self.calibration_button, 1, 2, 1, 2)


        self.main_layout.addLayout(self.settings_layout)

        self.preview = CertificatePreview(AwardPrintPanel)
        self.preview.setObjectName(u"preview")

        self.main_layout.addWidget(self.preview)

        self.preview_note = QLabel(AwardPrintPanel)
        self.preview_note.setObjectName(u"preview_note")
        self.preview_note.setText(u"")
        self.preview_note.setWordWrap(True)

        self.main_layout.addWidget(self.preview_note)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.export_button = QPushButton(AwardPrintPanel)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)

        self.print_button = QPushButton(AwardPrintPanel)
        self.print_button.setObjectName(u"print_button")

        self.actions_layout.addWidget(self.print_button)

        self.list_button = QPushButton(AwardPrintPanel)
        self.list_button.setObjectName(u"list_button")

        self.actions_layout.addWidget(self.list_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_combo)
        self.mode_label.setBuddy(self.mode_combo)
        self.printer_label.setBuddy(self.printer_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template_combo, self.mode_combo)
        QWidget.setTabOrder(self.mode_combo, self.printer_combo)
        QWidget.setTabOrder(self.printer_combo, self.calibration_button)
        QWidget.setTabOrder(self.calibration_button, self.preview)
        QWidget.setTabOrder(self.preview, self.export_button)
        QWidget.setTabOrder(self.export_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.list_button)

        self.retranslateUi(AwardPrintPanel)

        QMetaObject.connectSlotsByName(AwardPrintPanel)
    # setupUi

    def retranslateUi(self, AwardPrintPanel):
        self.template_label.setText(QCoreApplication.translate("AwardPrintPanel", u"Te&mplate:", None))
        self.mode_label.setText(QCoreApplication.translate("AwardPrintPanel", u"Mo&de:", None))
        self.printer_label.setText(QCoreApplication.translate("AwardPrintPanel", u"Printe&r:", None))
        self.calibration_button.setText(QCoreApplication.translate("AwardPrintPanel", u"&Calibration\u2026", None))
        self.export_button.setText(QCoreApplication.translate("AwardPrintPanel", u"E&xport PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("AwardPrintPanel", u"Pr&int\u2026", None))
        self.list_button.setText(QCoreApplication.translate("AwardPrintPanel", u"Recipient &list (PDF/Excel)\u2026", None))
        pass
    # retranslateUi

