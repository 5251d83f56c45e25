# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_duplicates_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_InitiativeDuplicatesDialog(object):
    def setupUi(self, InitiativeDuplicatesDialog):
        if not InitiativeDuplicatesDialog.objectName():
            InitiativeDuplicatesDialog.setObjectName(u"InitiativeDuplicatesDialog")
        InitiativeDuplicatesDialog.resize(1000, 560)
        self.main_layout = QVBoxLayout(InitiativeDuplicatesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(InitiativeDuplicatesDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.main_layout.addWidget(self.heading_label)

        self.summary_label = QLabel(InitiativeDuplicatesDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.groups_view = QTableView(InitiativeDuplicatesDialog)
        self.groups_view.setObjectName(u"groups_view")
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_view.setWordWrap(False)

        self.main_layout.addWidget(self.groups_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.search_button = QPushButton(InitiativeDuplicatesDialog)
        self.search_button.setObjectName(u"search_button")
        self.search_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.search_button)

        self.open_button = QPushButton(InitiativeDuplicatesDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.open_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(InitiativeDuplicatesDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.groups_view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.search_button)
        QWidget.setTabOrder(self.search_button, self.close_button)

        self.retranslateUi(InitiativeDuplicatesDialog)

        QMetaObject.connectSlotsByName(InitiativeDuplicatesDialog)
    # setupUi

    def retranslateUi(self, InitiativeDuplicatesDialog):
        InitiativeDuplicatesDialog.setWindowTitle(QCoreApplication.translate("InitiativeDuplicatesDialog", u"Find duplicates", None))
        self.search_button.setText(QCoreApplication.translate("InitiativeDuplicatesDialog", u"&Search again", None))
        self.open_button.setText(QCoreApplication.translate("InitiativeDuplicatesDialog", u"&Open the selected initiative", None))
        self.close_button.setText(QCoreApplication.translate("InitiativeDuplicatesDialog", u"&Close", None))
    # retranslateUi

