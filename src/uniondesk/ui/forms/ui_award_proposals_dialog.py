# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_proposals_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AwardProposalsDialog(object):
    def setupUi(self, AwardProposalsDialog):
        if not AwardProposalsDialog.objectName():
            AwardProposalsDialog.setObjectName(u"AwardProposalsDialog")
        AwardProposalsDialog.resize(980, 560)
        self.main_layout = QVBoxLayout(AwardProposalsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AwardProposalsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.kind_label = QLabel(AwardProposalsDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.filter_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(AwardProposalsDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filter_layout.addWidget(self.kind_combo)

        self.tick_button = QPushButton(AwardProposalsDialog)
        self.tick_button.setObjectName(u"tick_button")

        self.filter_layout.addWidget(self.tick_button)

        self.untick_button = QPushButton(AwardProposalsDialog)
        self.untick_button.setObjectName(u"untick_button")

        self.filter_layout.addWidget(self.untick_button)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.count_label = QLabel(AwardProposalsDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.filter_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.filter_layout)

        self.table_view = QTableView(AwardProposalsDialog)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setWordWrap(False)

        self.main_layout.addWidget(self.table_view)

        self.error_label = QLabel(AwardProposalsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AwardProposalsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.tick_button)
        QWidget.setTabOrder(self.tick_button, self.untick_button)
        QWidget.setTabOrder(self.untick_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.button_box)

        self.retranslateUi(AwardProposalsDialog)

        QMetaObject.connectSlotsByName(AwardProposalsDialog)
    # setupUi

    def retranslateUi(self, AwardProposalsDialog):
        AwardProposalsDialog.setWindowTitle(QCoreApplication.translate("AwardProposalsDialog", u"Proposals from the campaign", None))
        self.kind_label.setText(QCoreApplication.translate("AwardProposalsDialog", u"&Show:", None))
        self.tick_button.setText(QCoreApplication.translate("AwardProposalsDialog", u"&Tick all shown", None))
        self.untick_button.setText(QCoreApplication.translate("AwardProposalsDialog", u"&Untick all", None))
    # retranslateUi

