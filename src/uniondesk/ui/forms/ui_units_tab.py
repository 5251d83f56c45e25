# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QSizePolicy, QSplitter, QTabWidget,
    QTreeView, QVBoxLayout, QWidget)

from uniondesk.ui.widgets.people_panel import PeoplePanel
from uniondesk.ui.widgets.unit_detail import UnitDetailPanel

class Ui_UnitsTab(object):
    def setupUi(self, UnitsTab):
        if not UnitsTab.objectName():
            UnitsTab.setObjectName(u"UnitsTab")
        UnitsTab.resize(1280, 760)
        self.main_layout = QVBoxLayout(UnitsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(6, 4, 6, 6)
        self.splitter = QSplitter(UnitsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree_pane = QWidget(self.splitter)
        self.tree_pane.setObjectName(u"tree_pane")
        self.tree_layout = QVBoxLayout(self.tree_pane)
        self.tree_layout.setObjectName(u"tree_layout")
        self.tree_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_edit = QLineEdit(self.tree_pane)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.closed_check = QCheckBox(self.tree_pane)
        self.closed_check.setObjectName(u"closed_check")

        self.filter_layout.addWidget(self.closed_check)


        self.tree_layout.addLayout(self.filter_layout)

        self.filter_info_label = QLabel(self.tree_pane)
        self.filter_info_label.setObjectName(u"filter_info_label")
        self.filter_info_label.setText(u"")
        self.filter_info_label.setWordWrap(True)

        self.tree_layout.addWidget(self.filter_info_label)

        self.tree_view = QTreeView(self.tree_pane)
        self.tree_view.setObjectName(u"tree_view")
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setSortingEnabled(False)
        self.tree_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree_view.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.tree_layout.addWidget(self.tree_view)

        self.splitter.addWidget(self.tree_pane)
        self.side_pane = QWidget(self.splitter)
        self.side_pane.setObjectName(u"side_pane")
        self.side_layout = QVBoxLayout(self.side_pane)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_group = QGroupBox(self.side_pane)
        self.detail_group.setObjectName(u"detail_group")
        self.detail_layout = QVBoxLayout(self.detail_group)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_panel = UnitDetailPanel(self.detail_group)
        self.detail_panel.setObjectName(u"detail_panel")

        self.detail_layout.addWidget(self.detail_panel)


        self.side_layout.addWidget(self.detail_group)

        self.side_tabs = QTabWidget(self.side_pane)
        self.side_tabs.setObjectName(u"side_tabs")
        self.people_page = QWidget()
        self.people_page.setObjectName(u"people_page")
        self.people_layout = QVBoxLayout(self.people_page)
        self.people_layout.setObjectName(u"people_layout")
        self.people_panel = PeoplePanel(self.people_page)
        self.people_panel.setObjectName(u"people_panel")

        self.people_layout.addWidget(self.people_panel)

        self.side_tabs.addTab(self.people_page, "")
        self.history_page = QWidget()
        self.history_page.setObjectName(u"history_page")
        self.history_layout = QVBoxLayout(self.history_page)
        self.history_layout.setObjectName(u"history_layout")
        self.history_view = QListView(self.history_page)
        self.history_view.setObjectName(u"history_view")
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setWordWrap(True)

        self.history_layout.addWidget(self.history_view)

        self.side_tabs.addTab(self.history_page, "")

        self.side_layout.addWidget(self.side_tabs)

        self.splitter.addWidget(self.side_pane)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(UnitsTab)

        self.side_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(UnitsTab)
    # setupUi

    def retranslateUi(self, UnitsTab):
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("UnitsTab", u"Find a unit (accents not needed)\u2026", None))
        self.closed_check.setText(QCoreApplication.translate("UnitsTab", u"Show &closed units", None))
        self.detail_group.setTitle(QCoreApplication.translate("UnitsTab", u"Unit", None))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.people_page), QCoreApplication.translate("UnitsTab", u"Members / people", None))
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.history_page), QCoreApplication.translate("UnitsTab", u"History", None))
        pass
    # retranslateUi

