# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_import_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BundleImportDialog(object):
    def setupUi(self, BundleImportDialog):
        if not BundleImportDialog.objectName():
            BundleImportDialog.setObjectName(u"BundleImportDialog")
        BundleImportDialog.resize(760, 560)
        self.main_layout = QVBoxLayout(BundleImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(BundleImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.passphrase_layout = QHBoxLayout()
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(BundleImportDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_layout.addWidget(self.passphrase_label)

        self.passphrase_edit = QLineEdit(BundleImportDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.addWidget(self.passphrase_edit)

        self.check_button = QPushButton(BundleImportDialog)
        self.check_button.setObjectName(u"check_button")

        self.passphrase_layout.addWidget(self.check_button)


        self.main_layout.addLayout(self.passphrase_layout)

        self.trust_check = QCheckBox(BundleImportDialog)
        self.trust_check.setObjectName(u"trust_check")

        self.main_layout.addWidget(self.trust_check)

        self.error_label = QLabel(BundleImportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.report_view = QPlainTextEdit(BundleImportDialog)
        self.report_view.setObjectName(u"report_view")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.main_layout.addWidget(self.report_view)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.save_button = QPushButton(BundleImportDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.print_button = QPushButton(BundleImportDialog)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.import_button = QPushButton(BundleImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.button_layout.addWidget(self.import_button)

        self.close_button = QPushButton(BundleImportDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BundleImportDialog)

        self.import_button.setDefault(True)


        QMetaObject.connectSlotsByName(BundleImportDialog)
    # setupUi

    def retranslateUi(self, BundleImportDialog):
        BundleImportDialog.setWindowTitle(QCoreApplication.translate("BundleImportDialog", u"Import a bundle", None))
        self.passphrase_label.setText(QCoreApplication.translate("BundleImportDialog", u"&Passphrase of this bundle:", None))
        self.check_button.setText(QCoreApplication.translate("BundleImportDialog", u"&Check again", None))
        self.trust_check.setText(QCoreApplication.translate("BundleImportDialog", u"I compared this fingerprint with the sending office by phone: &trust it", None))
        self.save_button.setText(QCoreApplication.translate("BundleImportDialog", u"&Save report\u2026", None))
        self.print_button.setText(QCoreApplication.translate("BundleImportDialog", u"P&rint report\u2026", None))
        self.import_button.setText(QCoreApplication.translate("BundleImportDialog", u"&Import", None))
        self.close_button.setText(QCoreApplication.translate("BundleImportDialog", u"&Close", None))
    # retranslateUi

