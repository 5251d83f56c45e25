# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ExcelImportDialog(object):
    def setupUi(self, ExcelImportDialog):
        if not ExcelImportDialog.objectName():
            ExcelImportDialog.setObjectName(u"ExcelImportDialog")
        ExcelImportDialog.resize(860, 560)
        self.main_layout = QVBoxLayout(ExcelImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(ExcelImportDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.main_layout.addWidget(self.heading_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ExcelImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ExcelImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ExcelImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(ExcelImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.errors_view = QTableView(ExcelImportDialog)
        self.errors_view.setObjectName(u"errors_view")
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_view.setAlternatingRowColors(True)
        self.errors_view.setWordWrap(True)
        self.errors_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.errors_view)

        self.general_error = QLabel(ExcelImportDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_report_button = QPushButton(ExcelImportDialog)
        self.save_report_button.setObjectName(u"save_report_button")
        self.save_report_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_report_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_nothing_button = QPushButton(ExcelImportDialog)
        self.import_nothing_button.setObjectName(u"import_nothing_button")
        self.import_nothing_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.import_nothing_button)

        self.import_valid_button = QPushButton(ExcelImportDialog)
        self.import_valid_button.setObjectName(u"import_valid_button")
        self.import_valid_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.import_valid_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browse_button, self.errors_view)
        QWidget.setTabOrder(self.errors_view, self.save_report_button)
        QWidget.setTabOrder(self.save_report_button, self.import_nothing_button)
        QWidget.setTabOrder(self.import_nothing_button, self.import_valid_button)
        QWidget.setTabOrder(self.import_valid_button, self.file_edit)

        self.retranslateUi(ExcelImportDialog)

        QMetaObject.connectSlotsByName(ExcelImportDialog)
    # setupUi

    def retranslateUi(self, ExcelImportDialog):
        ExcelImportDialog.setWindowTitle(QCoreApplication.translate("ExcelImportDialog", u"Import initiatives from Excel", None))
        self.file_label.setText(QCoreApplication.translate("ExcelImportDialog", u"&File:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ExcelImportDialog", u"Choose the workbook a unit sent (.xlsx)", None))
        self.browse_button.setText(QCoreApplication.translate("ExcelImportDialog", u"&Choose file\u2026", None))
        self.summary_label.setText(QCoreApplication.translate("ExcelImportDialog", u"Choose a file: every row is checked first, nothing is imported until you decide.", None))
        self.save_report_button.setText(QCoreApplication.translate("ExcelImportDialog", u"&Save error report\u2026", None))
        self.import_nothing_button.setText(QCoreApplication.translate("ExcelImportDialog", u"Import &nothing", None))
        self.import_valid_button.setText(QCoreApplication.translate("ExcelImportDialog", u"&Import the valid rows", None))
    # retranslateUi

