# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaigns_tab.ui'
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
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from uniondesk.ui.widgets.campaign_editor import CampaignEditor
from uniondesk.ui.widgets.cluster_panel import ClusterPanel
from uniondesk.ui.widgets.quota_panel import QuotaPanel

class Ui_CampaignsTab(object):
    def setupUi(self, CampaignsTab):
        if not CampaignsTab.objectName():
            CampaignsTab.setObjectName(u"CampaignsTab")
        CampaignsTab.resize(1280, 760)
        self.main_layout = QVBoxLayout(CampaignsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(CampaignsTab)
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

        self.year_filter_label = QLabel(self.list_panel)
        self.year_filter_label.setObjectName(u"year_filter_label")

        self.filter_layout.addWidget(self.year_filter_label)

        self.year_combo = QComboBox(self.list_panel)
        self.year_combo.setObjectName(u"year_combo")

        self.filter_layout.addWidget(self.year_combo)

        self.count_label = QLabel(self.list_panel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.filter_layout.addWidget(self.count_label)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


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
        self.editor = CampaignEditor(self.editor_page)
        self.editor.setObjectName(u"editor")

        self.editor_page_layout.addWidget(self.editor)

        self.detail_tabs.addTab(self.editor_page, "")
        self.quota_page = QWidget()
        self.quota_page.setObjectName(u"quota_page")
        self.quota_page_layout = QVBoxLayout(self.quota_page)
        self.quota_page_layout.setObjectName(u"quota_page_layout")
        self.quota_panel = QuotaPanel(self.quota_page)
        self.quota_panel.setObjectName(u"quota_panel")

        self.quota_page_layout.addWidget(self.quota_panel)

        self.detail_tabs.addTab(self.quota_page, "")
        self.cluster_page = QWidget()
        self.cluster_page.setObjectName(u"cluster_page")
        self.cluster_page_layout = QVBoxLayout(self.cluster_page)
        self.cluster_page_layout.setObjectName(u"cluster_page_layout")
        self.cluster_panel = ClusterPanel(self.cluster_page)
        self.cluster_panel.setObjectName(u"cluster_panel")

        self.cluster_page_layout.addWidget(self.cluster_panel)

        self.detail_tabs.addTab(self.cluster_page, "")
        self.splitter.addWidget(self.detail_tabs)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_combo)
        self.year_filter_label.setBuddy(self.year_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.list_view)
        QWidget.setTabOrder(self.list_view, self.detail_tabs)

        self.retranslateUi(CampaignsTab)

        self.detail_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CampaignsTab)
    # setupUi

    def retranslateUi(self, CampaignsTab):
        self.status_filter_label.setText(QCoreApplication.translate("CampaignsTab", u"S&tatus:", None))
        self.year_filter_label.setText(QCoreApplication.translate("CampaignsTab", u"&Year:", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.editor_page), QCoreApplication.translate("CampaignsTab", u"Campaign &details", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.quota_page), QCoreApplication.translate("CampaignsTab", u"&Quotas and progress", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.cluster_page), QCoreApplication.translate("CampaignsTab", u"Emulation &clusters", None))
        pass
    # retranslateUi

