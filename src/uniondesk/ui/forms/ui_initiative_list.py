# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_list.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from uniondesk.ui.widgets.amount_edit import AmountEdit
from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_InitiativeList(object):
    def setupUi(self, InitiativeList):
        if not InitiativeList.objectName():
            InitiativeList.setObjectName(u"InitiativeList")
        InitiativeList.resize(1200, 600)
        self.main_layout = QVBoxLayout(InitiativeList)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 4, 0, 0)
        self.filters_top_layout = QHBoxLayout()
        self.filters_top_layout.setSpacing(6)
        self.filters_top_layout.setObjectName(u"filters_top_layout")
        self.search_edit = QLineEdit(InitiativeList)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(320, 0))

        self.filters_top_layout.addWidget(self.search_edit)

        self.campaign_filter_label = QLabel(InitiativeList)
        self.campaign_filter_label.setObjectName(u"campaign_filter_label")

        self.filters_top_layout.addWidget(self.campaign_filter_label)

        self.campaign_filter_combo = QComboBox(InitiativeList)
        self.campaign_filter_combo.setObjectName(u"campaign_filter_combo")
        self.campaign_filter_combo.setMinimumContentsLength(18)
        self.campaign_filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters_top_layout.addWidget(self.campaign_filter_combo)

        self.unit_filter_label = QLabel(InitiativeList)
        self.unit_filter_label.setObjectName(u"unit_filter_label")

        self.filters_top_layout.addWidget(self.unit_filter_label)

        self.unit_filter_picker = UnitPicker(InitiativeList)
        self.unit_filter_picker.setObjectName(u"unit_filter_picker")
        self.unit_filter_picker.setMinimumSize(QSize(220, 0))

        self.filters_top_layout.addWidget(self.unit_filter_picker)

        self.filters_top_layout.setStretch(0, 3)
        self.filters_top_layout.setStretch(2, 2)
        self.filters_top_layout.setStretch(4, 2)

        self.main_layout.addLayout(self.filters_top_layout)

        self.filters_bottom_layout = QHBoxLayout()
        self.filters_bottom_layout.setSpacing(6)
        self.filters_bottom_layout.setObjectName(u"filters_bottom_layout")
        self.status_filter_label = QLabel(InitiativeList)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filters_bottom_layout.addWidget(self.status_filter_label)

        self.status_filter_combo = QComboBox(InitiativeList)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.filters_bottom_layout.addWidget(self.status_filter_combo)

        self.field_filter_label = QLabel(InitiativeList)
        self.field_filter_label.setObjectName(u"field_filter_label")

        self.filters_bottom_layout.addWidget(self.field_filter_label)

        self.field_filter_combo = QComboBox(InitiativeList)
        self.field_filter_combo.setObjectName(u"field_filter_combo")

        self.filters_bottom_layout.addWidget(self.field_filter_combo)

        self.date_filter_label = QLabel(InitiativeList)
        self.date_filter_label.setObjectName(u"date_filter_label")

        self.filters_bottom_layout.addWidget(self.date_filter_label)

        self.date_from_edit = QLineEdit(InitiativeList)
        self.date_from_edit.setObjectName(u"date_from_edit")
        self.date_from_edit.setMaximumSize(QSize(100, 16777215))

        self.filters_bottom_layout.addWidget(self.date_from_edit)

        self.date_to_label = QLabel(InitiativeList)
        self.date_to_label.setObjectName(u"date_to_label")

        self.filters_bottom_layout.addWidget(self.date_to_label)

        self.date_to_edit = QLineEdit(InitiativeList)
        self.date_to_edit.setObjectName(u"date_to_edit")
        self.date_to_edit.setMaximumSize(QSize(100, 16777215))

        self.filters_bottom_layout.addWidget(self.date_to_edit)

        self.benefit_filter_label = QLabel(InitiativeList)
        self.benefit_filter_label.setObjectName(u"benefit_filter_label")

        self.filters_bottom_layout.addWidget(self.benefit_filter_label)

        self.benefit_min_edit = AmountEdit(InitiativeList)
        self.benefit_min_edit.setObjectName(u"benefit_min_edit")
        self.benefit_min_edit.setMaximumSize(QSize(140, 16777215))

        self.filters_bottom_layout.addWidget(self.benefit_min_edit)

        self.benefit_to_label = QLabel(InitiativeList)
        self.benefit_to_label.setObjectName(u"benefit_to_label")

        self.filters_bottom_layout.addWidget(self.benefit_to_label)

        self.benefit_max_edit = AmountEdit(InitiativeList)
        self.benefit_max_edit.setObjectName(u"benefit_max_edit")
        self.benefit_max_edit.setMaximumSize(QSize(140, 16777215))

        self.filters_bottom_layout.addWidget(self.benefit_max_edit)

        self.filters_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_bottom_layout.addItem(self.filters_spacer)

        self.clear_filters_button = QPushButton(InitiativeList)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filters_bottom_layout.addWidget(self.clear_filters_button)


        self.main_layout.addLayout(self.filters_bottom_layout)

        self.filter_error = QLabel(InitiativeList)
        self.filter_error.setObjectName(u"filter_error")
        self.filter_error.setStyleSheet(u"color: #c62828;")
        self.filter_error.setWordWrap(True)

        self.main_layout.addWidget(self.filter_error)

        self.table_view = QTableView(InitiativeList)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)

        self.main_layout.addWidget(self.table_view)

        self.count_label = QLabel(InitiativeList)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

#if QT_CONFIG(shortcut)
        self.campaign_filter_label.setBuddy(self.campaign_filter_combo)
        self.unit_filter_label.setBuddy(self.unit_filter_picker)
        self.status_filter_label.setBuddy(self.status_filter_combo)
        self.field_filter_label.setBuddy(self.field_filter_combo)
        self.date_filter_label.setBuddy(self.date_from_edit)
        self.date_to_label.setBuddy(self.date_to_edit)
        self.benefit_filter_label.setBuddy(self.benefit_min_edit)
        self.benefit_to_label.setBuddy(self.benefit_max_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.campaign_filter_combo)
        QWidget.setTabOrder(self.campaign_filter_combo, self.unit_filter_picker)
        QWidget.setTabOrder(self.unit_filter_picker, self.status_filter_combo)
        QWidget.setTabOrder(self.status_filter_combo, self.field_filter_combo)
        QWidget.setTabOrder(self.field_filter_combo, self.date_from_edit)
        QWidget.setTabOrder(self.date_from_edit, self.date_to_edit)
        QWidget.setTabOrder(self.date_to_edit, self.benefit_min_edit)
        QWidget.setTabOrder(self.benefit_min_edit, self.benefit_max_edit)
        QWidget.setTabOrder(self.benefit_max_edit, self.clear_filters_button)
        QWidget.setTabOrder(self.clear_filters_button, self.table_view)

        self.retranslateUi(InitiativeList)

        QMetaObject.connectSlotsByName(InitiativeList)
    # setupUi

    def retranslateUi(self, InitiativeList):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("InitiativeList", u"Search titles, summaries and authors (accents not needed)\u2026", None))
        self.campaign_filter_label.setText(QCoreApplication.translate("InitiativeList", u"Ca&mpaign:", None))
        self.unit_filter_label.setText(QCoreApplication.translate("InitiativeList", u"U&nit (with units below):", None))
        self.status_filter_label.setText(QCoreApplication.translate("InitiativeList", u"S&tatus:", None))
        self.field_filter_label.setText(QCoreApplication.translate("InitiativeList", u"&Field:", None))
        self.date_filter_label.setText(QCoreApplication.translate("InitiativeList", u"&Registered from:", None))
        self.date_from_edit.setPlaceholderText(QCoreApplication.translate("InitiativeList", u"dd/mm/yyyy", None))
        self.date_to_label.setText(QCoreApplication.translate("InitiativeList", u"to", None))
        self.date_to_edit.setPlaceholderText(QCoreApplication.translate("InitiativeList", u"dd/mm/yyyy", None))
        self.benefit_filter_label.setText(QCoreApplication.translate("InitiativeList", u"&Benefit from:", None))
        self.benefit_to_label.setText(QCoreApplication.translate("InitiativeList", u"to", None))
        self.clear_filters_button.setText(QCoreApplication.translate("InitiativeList", u"Clear filters", None))
        self.count_label.setText("")
        pass
    # retranslateUi

