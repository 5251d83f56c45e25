# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'awards_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from uniondesk.ui.widgets.award_editor import AwardEditor
from uniondesk.ui.widgets.award_print_panel import AwardPrintPanel
from uniondesk.ui.widgets.award_recipients import AwardRecipients

class Ui_AwardsTab(object):
    def setupUi(self, AwardsTab):
        if not AwardsTab.objectName():
            AwardsTab.setObjectName(u"AwardsTab")
        AwardsTab.resize(1280, 760)
        self.main_layout = QVBoxLayout(AwardsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(AwardsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_filter_label = QLabel(self.list_panel)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filter_layout.addWidget(self.status_filter_label)

        self.status_combo = QComboBox(self.list_panel)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.count_label = QLabel(self.list_panel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.filter_layout.addWidget(self.count_label)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(self.list_panel)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.delete_button = QPushButton(self.list_panel)
        self.delete_button.setObjectName(u"delete_button")

        self.filter_layout.addWidget(self.delete_button)

        self.sign_button = QPushButton(self.list_panel)
        self.sign_button.setObjectName(u"sign_button")

        self.filter_layout.addWidget(self.sign_button)

        self.revoke_button = QPushButton(self.list_panel)
        self.revoke_button.setObjectName(u"revoke_button")

        self.filter_layout.addWidget(self.revoke_button)


        self.list_layout.addLayout(self.filter_layout)

        self.list_view = QTableView(self.list_panel)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setWordWrap(False)

        self.list_layout.addWidget(self.list_view)

        self.splitter.addWidget(self.list_panel)
        self.detail_tabs = QTabWidget(self.splitter)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.editor_page = QWidget()
        self.editor_page.setObjectName(u"editor_page")
        self.editor_page_layout = QVBoxLayout(self.editor_page)
        self.editor_page_layout.setObjectName(u"editor_page_layout")
        self.editor = AwardEditor(self.editor_page)
        self.editor.setObjectName(u"editor")

        self.editor_page_layout.addWidget(self.editor)

        self.detail_tabs.addTab(self.editor_page, "")
        self.recipients_page = QWidget()
        self.recipients_page.setObjectName(u"recipients_page")
        self.recipients_page_layout = QVBoxLayout(self.recipients_page)
        self.recipients_page_layout.setObjectName(u"recipients_page_layout")
        self.page_splitter = QSplitter(self.recipients_page)
        self.page_splitter.setObjectName(u"page_splitter")
        self.page_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.page_splitter.setChildrenCollapsible(False)
        self.recipients = AwardRecipients(self.page_splitter)
        self.recipients.setObjectName(u"recipients")
        self.page_splitter.addWidget(self.recipients)
        self.print_panel = AwardPrintPanel(self.page_splitter)
        self.print_panel.setObjectName(u"print_panel")
        self.page_splitter.addWidget(self.print_panel)

        self.recipients_page_layout.addWidget(self.page_splitter)

        self.detail_tabs.addTab(self.recipients_page, "")
        self.splitter.addWidget(self.detail_tabs)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_combo, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.sign_button)
        QWidget.setTabOrder(self.sign_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.list_view)
        QWidget.setTabOrder(self.list_view, self.detail_tabs)

        self.retranslateUi(AwardsTab)

        self.detail_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AwardsTab)
    # setupUi

    def retranslateUi(self, AwardsTab):
        self.status_filter_label.setText(QCoreApplication.translate("AwardsTab", u"S&tatus:", None))
        self.new_button.setText(QCoreApplication.translate("AwardsTab", u"&New decision", None))
        self.delete_button.setText(QCoreApplication.translate("AwardsTab", u"De&lete draft", None))
        self.sign_button.setText(QCoreApplication.translate("AwardsTab", u"&Sign\u2026", None))
        self.revoke_button.setText(QCoreApplication.translate("AwardsTab", u"Re&voke\u2026", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.editor_page), QCoreApplication.translate("AwardsTab", u"&Decision", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.recipients_page), QCoreApplication.translate("AwardsTab", u"&Recipients and certificates", None))
        pass
    # retranslateUi

