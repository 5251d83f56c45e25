# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quota_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_QuotaPanel(object):
    def setupUi(self, QuotaPanel):
        if not QuotaPanel.objectName():
            QuotaPanel.setObjectName(u"QuotaPanel")
        QuotaPanel.resize(1000, 400)
        self.main_layout = QVBoxLayout(QuotaPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.trail_layout = QHBoxLayout()
        self.trail_layout.setObjectName(u"trail_layout")
        self.up_button = QToolButton(QuotaPanel)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.trail_layout.addWidget(self.up_button)

        self.trail_label = QLabel(QuotaPanel)
        self.trail_label.setObjectName(u"trail_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.trail_label.sizePolicy().hasHeightForWidth())
        self.trail_label.setSizePolicy(sizePolicy)
        self.trail_label.setStyleSheet(u"font-weight: bold;")
        self.trail_label.setText(u"")

        self.trail_layout.addWidget(self.trail_label)

        self.export_button = QPushButton(QuotaPanel)
        self.export_button.setObjectName(u"export_button")

        self.trail_layout.addWidget(self.export_button)

        self.import_button = QPushButton(QuotaPanel)
        self.import_button.setObjectName(u"import_button")

        self.trail_layout.addWidget(self.import_button)

        self.refresh_button = QPushButton(QuotaPanel)
        self.refresh_button.setObjectName(u"refresh_button")

        self.trail_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.trail_layout)

        self.summary_label = QLabel(QuotaPanel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.warning_label = QLabel(QuotaPanel)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setStyleSheet(u"color: #8a5300; background: #fff3cd; padding: 3px;")
        self.warning_label.setText(u"")
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)

        self.error_label = QLabel(QuotaPanel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.table_view = QTableView(QuotaPanel)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setWordWrap(False)

        self.main_layout.addWidget(self.table_view)

        self.hint_label = QLabel(QuotaPanel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #5f6368;")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)


        self.retranslateUi(QuotaPanel)

        QMetaObject.connectSlotsByName(QuotaPanel)
    # setupUi

    def retranslateUi(self, QuotaPanel):
        self.up_button.setText(QCoreApplication.translate("QuotaPanel", u"\u25b2 &Up one level", None))
        self.export_button.setText(QCoreApplication.translate("QuotaPanel", u"E&xport quota sheet\u2026", None))
        self.import_button.setText(QCoreApplication.translate("QuotaPanel", u"&Import quota sheet\u2026", None))
        self.refresh_button.setText(QCoreApplication.translate("QuotaPanel", u"Re&fresh", None))
        self.hint_label.setText(QCoreApplication.translate("QuotaPanel", u"Type a number in the Quota column and press Enter to allocate it (empty removes it). Double-click a unit, or press Enter on it, to see the units below it.", None))
        pass
    # retranslateUi

