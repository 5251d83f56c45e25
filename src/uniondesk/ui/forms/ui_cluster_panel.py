# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cluster_panel.ui'
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
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_ClusterPanel(object):
    def setupUi(self, ClusterPanel):
        if not ClusterPanel.objectName():
            ClusterPanel.setObjectName(u"ClusterPanel")
        ClusterPanel.resize(900, 420)
        self.main_layout = QVBoxLayout(ClusterPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.grouping_layout = QHBoxLayout()
        self.grouping_layout.setObjectName(u"grouping_layout")
        self.grouping_label = QLabel(ClusterPanel)
        self.grouping_label.setObjectName(u"grouping_label")

        self.grouping_layout.addWidget(self.grouping_label)

        self.grouping_combo = QComboBox(ClusterPanel)
        self.grouping_combo.setObjectName(u"grouping_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.grouping_combo.sizePolicy().hasHeightForWidth())
        self.grouping_combo.setSizePolicy(sizePolicy)

        self.grouping_layout.addWidget(self.grouping_combo)

        self.grouping_layout.setStretch(1, 1)

        self.left_layout.addLayout(self.grouping_layout)

        self.grouping_info_label = QLabel(ClusterPanel)
        self.grouping_info_label.setObjectName(u"grouping_info_label")
        self.grouping_info_label.setText(u"")
        self.grouping_info_label.setWordWrap(True)

        self.left_layout.addWidget(self.grouping_info_label)

        self.new_grouping_layout = QHBoxLayout()
        self.new_grouping_layout.setObjectName(u"new_grouping_layout")
        self.new_grouping_label = QLabel(ClusterPanel)
        self.new_grouping_label.setObjectName(u"new_grouping_label")

        self.new_grouping_layout.addWidget(self.new_grouping_label)

        self.grouping_name_edit = QLineEdit(ClusterPanel)
        self.grouping_name_edit.setObjectName(u"grouping_name_edit")

        self.new_grouping_layout.addWidget(self.grouping_name_edit)

        self.grouping_year_label = QLabel(ClusterPanel)
        self.grouping_year_label.setObjectName(u"grouping_year_label")

        self.new_grouping_layout.addWidget(self.grouping_year_label)

        self.grouping_year_edit = QLineEdit(ClusterPanel)
        self.grouping_year_edit.setObjectName(u"grouping_year_edit")
        self.grouping_year_edit.setMaxLength(4)
        self.grouping_year_edit.setMaximumSize(QSize(70, 16777215))

        self.new_grouping_layout.addWidget(self.grouping_year_edit)

        self.create_grouping_button = QPushButton(ClusterPanel)
        self.create_grouping_button.setObjectName(u"create_grouping_button")

        self.new_grouping_layout.addWidget(self.create_grouping_button)

        self.new_grouping_layout.setStretch(1, 1)

        self.left_layout.addLayout(self.new_grouping_layout)

        self.clusters_label = QLabel(ClusterPanel)
        self.clusters_label.setObjectName(u"clusters_label")

        self.left_layout.addWidget(self.clusters_label)

        self.clusters_view = QTableView(ClusterPanel)
        self.clusters_view.setObjectName(u"clusters_view")
        self.clusters_view.setMinimumSize(QSize(0, 120))
        self.clusters_view.setTabKeyNavigation(False)
        self.clusters_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clusters_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clusters_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.left_layout.addWidget(self.clusters_view)

        self.cluster_edit_layout = QHBoxLayout()
        self.cluster_edit_layout.setObjectName(u"cluster_edit_layout")
        self.cluster_name_edit = QLineEdit(ClusterPanel)
        self.cluster_name_edit.setObjectName(u"cluster_name_edit")

        self.cluster_edit_layout.addWidget(self.cluster_name_edit)

        self.add_cluster_button = QPushButton(ClusterPanel)
        self.add_cluster_button.setObjectName(u"add_cluster_button")

        self.cluster_edit_layout.addWidget(self.add_cluster_button)

        self.rename_cluster_button = QPushButton(ClusterPanel)
        self.rename_cluster_button.setObjectName(u"rename_cluster_button")

        self.cluster_edit_layout.addWidget(self.rename_cluster_button)

        self.delete_cluster_button = QPushButton(ClusterPanel)
        self.delete_cluster_button.setObjectName(u"delete_cluster_button")

        self.cluster_edit_layout.addWidget(self.delete_cluster_button)

        self.cluster_edit_layout.setStretch(0, 1)

        self.left_layout.addLayout(self.cluster_edit_layout)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.members_label = QLabel(ClusterPanel)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setText(u"")
        self.members_label.setStyleSheet(u"font-weight: bold;")
        self.members_label.setWordWrap(True)

        self.right_layout.addWidget(self.members_label)

        self.members_view = QTableView(ClusterPanel)
        self.members_view.setObjectName(u"members_view")
        self.members_view.setMinimumSize(QSize(0, 120))
        self.members_view.setTabKeyNavigation(False)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.right_layout.addWidget(self.members_view)

        self.member_edit_layout = QHBoxLayout()
        self.member_edit_layout.setObjectName(u"member_edit_layout")
        self.member_picker = UnitPicker(ClusterPanel)
        self.member_picker.setObjectName(u"member_picker")

        self.member_edit_layout.addWidget(self.member_picker)

        self.add_member_button = QPushButton(ClusterPanel)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_edit_layout.addWidget(self.add_member_button)

        self.remove_member_button = QPushButton(ClusterPanel)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.member_edit_layout.addWidget(self.remove_member_button)

        self.leader_button = QPushButton(ClusterPanel)
        self.leader_button.setObjectName(u"leader_button")

        self.member_edit_layout.addWidget(self.leader_button)

        self.member_edit_layout.setStretch(0, 1)

        self.right_layout.addLayout(self.member_edit_layout)

        self.covenants_label = QLabel(ClusterPanel)
        self.covenants_label.setObjectName(u"covenants_label")

        self.right_layout.addWidget(self.covenants_label)

        self.covenants_view = QTableView(ClusterPanel)
        self.covenants_view.setObjectName(u"covenants_view")
        self.covenants_view.setMinimumSize(QSize(0, 70))
        self.covenants_view.setTabKeyNavigation(False)
        self.covenants_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.covenants_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.covenants_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.right_layout.addWidget(self.covenants_view)

        self.covenant_edit_layout = QHBoxLayout()
        self.covenant_edit_layout.setObjectName(u"covenant_edit_layout")
        self.covenant_date_edit = QLineEdit(ClusterPanel)
        self.covenant_date_edit.setObjectName(u"covenant_date_edit")
        self.covenant_date_edit.setMaximumSize(QSize(110, 16777215))

        self.covenant_edit_layout.addWidget(self.covenant_date_edit)

        self.covenant_ref_edit = QLineEdit(ClusterPanel)
        self.covenant_ref_edit.setObjectName(u"covenant_ref_edit")

        self.covenant_edit_layout.addWidget(self.covenant_ref_edit)

        self.covenant_note_edit = QLineEdit(ClusterPanel)
        self.covenant_note_edit.setObjectName(u"covenant_note_edit")

        self.covenant_edit_layout.addWidget(self.covenant_note_edit)

        self.covenant_button = QPushButton(ClusterPanel)
        self.covenant_button.setObjectName(u"covenant_button")

        self.covenant_edit_layout.addWidget(self.covenant_button)

        self.covenant_edit_layout.setStretch(1, 1)
        self.covenant_edit_layout.setStretch(2, 1)

        self.right_layout.addLayout(self.covenant_edit_layout)

        self.right_layout.setStretch(1, 3)
        self.right_layout.setStretch(4, 2)

        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 1)
        self.columns_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(ClusterPanel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.grouping_label.setBuddy(self.grouping_combo)
        self.new_grouping_label.setBuddy(self.grouping_name_edit)
        self.grouping_year_label.setBuddy(self.grouping_year_edit)
        self.clusters_label.setBuddy(self.clusters_view)
        self.covenants_label.setBuddy(self.covenants_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.grouping_combo, self.grouping_name_edit)
        QWidget.setTabOrder(self.grouping_name_edit, self.grouping_year_edit)
        QWidget.setTabOrder(self.grouping_year_edit, self.create_grouping_button)
        QWidget.setTabOrder(self.create_grouping_button, self.clusters_view)
        QWidget.setTabOrder(self.clusters_view, self.cluster_name_edit)
        QWidget.setTabOrder(self.cluster_name_edit, self.add_cluster_button)
        QWidget.setTabOrder(self.add_cluster_button, self.rename_cluster_button)
        QWidget.setTabOrder(self.rename_cluster_button, self.delete_cluster_button)
        QWidget.setTabOrder(self.delete_cluster_button, self.members_view)
        QWidget.setTabOrder(self.members_view, self.member_picker)
        QWidget.setTabOrder(self.member_picker, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.remove_member_button)
        QWidget.setTabOrder(self.remove_member_button, self.leader_button)
        QWidget.setTabOrder(self.leader_button, self.covenants_view)
        QWidget.setTabOrder(self.covenants_view, self.covenant_date_edit)
        QWidget.setTabOrder(self.covenant_date_edit, self.covenant_ref_edit)
        QWidget.setTabOrder(self.covenant_ref_edit, self.covenant_note_edit)
        QWidget.setTabOrder(self.covenant_note_edit, self.covenant_button)

        self.retranslateUi(ClusterPanel)

        QMetaObject.connectSlotsByName(ClusterPanel)
    # setupUi

    def retranslateUi(self, ClusterPanel):
        self.grouping_label.setText(QCoreApplication.translate("ClusterPanel", u"&Grouping:", None))
        self.new_grouping_label.setText(QCoreApplication.translate("ClusterPanel", u"&New grouping:", None))
        self.grouping_name_edit.setPlaceholderText(QCoreApplication.translate("ClusterPanel", u"e.g. Emulation clusters 2022", None))
        self.grouping_year_label.setText(QCoreApplication.translate("ClusterPanel", u"&Year:", None))
        self.grouping_year_edit.setPlaceholderText(QCoreApplication.translate("ClusterPanel", u"yyyy", None))
        self.create_grouping_button.setText(QCoreApplication.translate("ClusterPanel", u"&Create", None))
        self.clusters_label.setText(QCoreApplication.translate("ClusterPanel", u"C&lusters of the grouping:", None))
        self.cluster_name_edit.setPlaceholderText(QCoreApplication.translate("ClusterPanel", u"Cluster name", None))
        self.add_cluster_button.setText(QCoreApplication.translate("ClusterPanel", u"&Add cluster", None))
        self.rename_cluster_button.setText(QCoreApplication.translate("ClusterPanel", u"Re&name", None))
        self.delete_cluster_button.setText(QCoreApplication.translate("ClusterPanel", u"&Delete cluster", None))
        self.add_member_button.setText(QCoreApplication.translate("ClusterPanel", u"Add &member", None))
        self.remove_member_button.setText(QCoreApplication.translate("ClusterPanel", u"Re&move member", None))
        self.leader_button.setText(QCoreApplication.translate("ClusterPanel", u"Make cluster &leader", None))
        self.covenants_label.setText(QCoreApplication.translate("ClusterPanel", u"Co&venants signed:", None))
        self.covenant_date_edit.setPlaceholderText(QCoreApplication.translate("ClusterPanel", u"dd/mm/yyyy", None))
        self.covenant_ref_edit.setPlaceholderText(QCoreApplication.translate("ClusterPanel", u"Document reference", None))
        self.covenant_note_edit.setPlaceholderText(QCoreApplication.translate("ClusterPanel", u"Note", None))
        self.covenant_button.setText(QCoreApplication.translate("ClusterPanel", u"&Record covenant", None))
        pass
    # retranslateUi

