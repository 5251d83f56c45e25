# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_CampaignEditor(object):
    def setupUi(self, CampaignEditor):
        if not CampaignEditor.objectName():
            CampaignEditor.setObjectName(u"CampaignEditor")
        CampaignEditor.resize(900, 420)
        self.main_layout = QVBoxLayout(CampaignEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(CampaignEditor)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.title_label.setWordWrap(True)

        self.main_layout.addWidget(self.title_label)

        self.read_only_label = QLabel(CampaignEditor)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setStyleSheet(u"color: #8a5300; background: #fff3cd; padding: 3px;")
        self.read_only_label.setWordWrap(True)

        self.main_layout.addWidget(self.read_only_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(3)
        self.code_label = QLabel(CampaignEditor)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(CampaignEditor)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_error = QLabel(CampaignEditor)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setStyleSheet(u"color: #c62828;")
        self.code_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.name_label = QLabel(CampaignEditor)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CampaignEditor)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(CampaignEditor)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #c62828;")
        self.name_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.kind_label = QLabel(CampaignEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(CampaignEditor)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(CampaignEditor)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setStyleSheet(u"color: #c62828;")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.organiser_label = QLabel(CampaignEditor)
        self.organiser_label.setObjectName(u"organiser_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organiser_label)

        self.organiser_picker = UnitPicker(CampaignEditor)
        self.organiser_picker.setObjectName(u"organiser_picker")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organiser_picker)

        self.organiser_error = QLabel(CampaignEditor)
        self.organiser_error.setObjectName(u"organiser_error")
        self.organiser_error.setStyleSheet(u"color: #c62828;")
        self.organiser_error.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.organiser_error)

        self.period_label = QLabel(CampaignEditor)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.start_edit = QLineEdit(CampaignEditor)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setMaximumSize(QSize(130, 16777215))

        self.period_layout.addWidget(self.start_edit)

        self.period_dash = QLabel(CampaignEditor)
        self.period_dash.setObjectName(u"period_dash")
        self.period_dash.setText(u"\u2013")

        self.period_layout.addWidget(self.period_dash)

        self.end_edit = QLineEdit(CampaignEditor)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setMaximumSize(QSize(130, 16777215))

        self.period_layout.addWidget(self.end_edit)

        self.period_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.period_layout)

        self.period_error = QLabel(CampaignEditor)
        self.period_error.setObjectName(u"period_error")
        self.period_error.setStyleSheet(u"color: #c62828;")
        self.period_error.setWordWrap(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.period_error)

        self.eligible_label = QLabel(CampaignEditor)
        self.eligible_label.setObjectName(u"eligible_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.eligible_label)

        self.eligible_layout = QHBoxLayout()
        self.eligible_layout.setObjectName(u"eligible_layout")
        self.eligible_from_edit = QLineEdit(CampaignEditor)
        self.eligible_from_edit.setObjectName(u"eligible_from_edit")
        self.eligible_from_edit.setMaximumSize(QSize(130, 16777215))

        self.eligible_layout.addWidget(self.eligible_from_edit)

        self.eligible_dash = QLabel(CampaignEditor)
        self.eligible_dash.setObjectName(u"eligible_dash")
        self.eligible_dash.setText(u"\u2013")

        self.eligible_layout.addWidget(self.eligible_dash)

        self.eligible_to_edit = QLineEdit(CampaignEditor)
        self.eligible_to_edit.setObjectName(u"eligible_to_edit")
        self.eligible_to_edit.setMaximumSize(QSize(130, 16777215))

        self.eligible_layout.addWidget(self.eligible_to_edit)

        self.eligible_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eligible_layout.addItem(self.eligible_spacer)


        self.form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.eligible_layout)

        self.eligible_error = QLabel(CampaignEditor)
        self.eligible_error.setObjectName(u"eligible_error")
        self.eligible_error.setStyleSheet(u"color: #c62828;")
        self.eligible_error.setWordWrap(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.eligible_error)

        self.target_initiatives_label = QLabel(CampaignEditor)
        self.target_initiatives_label.setObjectName(u"target_initiatives_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.target_initiatives_label)

        self.target_initiatives_layout = QHBoxLayout()
        self.target_initiatives_layout.setObjectName(u"target_initiatives_layout")
        self.target_initiatives_edit = QLineEdit(CampaignEditor)
        self.target_initiatives_edit.setObjectName(u"target_initiatives_edit")
        self.target_initiatives_edit.setMaximumSize(QSize(276, 16777215))

        self.target_initiatives_layout.addWidget(self.target_initiatives_edit)

        self.target_initiatives_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_initiatives_layout.addItem(self.target_initiatives_spacer)


        self.form_layout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.target_initiatives_layout)

        self.target_initiatives_error = QLabel(CampaignEditor)
        self.target_initiatives_error.setObjectName(u"target_initiatives_error")
        self.target_initiatives_error.setStyleSheet(u"color: #c62828;")
        self.target_initiatives_error.setWordWrap(True)

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.target_initiatives_error)

        self.target_members_label = QLabel(CampaignEditor)
        self.target_members_label.setObjectName(u"target_members_label")

        self.form_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.target_members_label)

        self.target_members_layout = QHBoxLayout()
        self.target_members_layout.setObjectName(u"target_members_layout")
        self.target_members_edit = QLineEdit(CampaignEditor)
        self.target_members_edit.setObjectName(u"target_members_edit")
        self.target_members_edit.setMaximumSize(QSize(276, 16777215))

        self.target_members_layout.addWidget(self.target_members_edit)

        self.target_members_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_members_layout.addItem(self.target_members_spacer)


        self.form_layout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.target_members_layout)

        self.target_members_error = QLabel(CampaignEditor)
        self.target_members_error.setObjectName(u"target_members_error")
        self.target_members_error.setStyleSheet(u"color: #c62828;")
        self.target_members_error.setWordWrap(True)

        self.form_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.target_members_error)


        self.columns_layout.addLayout(self.form_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.phases_label = QLabel(CampaignEditor)
        self.phases_label.setObjectName(u"phases_label")

        self.right_layout.addWidget(self.phases_label)

        self.phases_view = QTableView(CampaignEditor)
        self.phases_view.setObjectName(u"phases_view")
        self.phases_view.setMinimumSize(QSize(0, 90))
        self.phases_view.setTabKeyNavigation(False)
        self.phases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phases_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.right_layout.addWidget(self.phases_view)

        self.phase_buttons_layout = QHBoxLayout()
        self.phase_buttons_layout.setObjectName(u"phase_buttons_layout")
        self.add_phase_button = QPushButton(CampaignEditor)
        self.add_phase_button.setObjectName(u"add_phase_button")

        self.phase_buttons_layout.addWidget(self.add_phase_button)

        self.remove_phase_button = QPushButton(CampaignEditor)
        self.remove_phase_button.setObjectName(u"remove_phase_button")

        self.phase_buttons_layout.addWidget(self.remove_phase_button)

        self.phase_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phase_buttons_layout.addItem(self.phase_spacer)


        self.right_layout.addLayout(self.phase_buttons_layout)

        self.phases_error = QLabel(CampaignEditor)
        self.phases_error.setObjectName(u"phases_error")
        self.phases_error.setStyleSheet(u"color: #c62828;")
        self.phases_error.setWordWrap(True)

        self.right_layout.addWidget(self.phases_error)

        self.description_label = QLabel(CampaignEditor)
        self.description_label.setObjectName(u"description_label")

        self.right_layout.addWidget(self.description_label)

        self.description_edit = QPlainTextEdit(CampaignEditor)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.right_layout.addWidget(self.description_edit)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.status_label = QLabel(CampaignEditor)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.status_layout.addWidget(self.status_label)

        self.open_button = QPushButton(CampaignEditor)
        self.open_button.setObjectName(u"open_button")

        self.status_layout.addWidget(self.open_button)

        self.close_button = QPushButton(CampaignEditor)
        self.close_button.setObjectName(u"close_button")

        self.status_layout.addWidget(self.close_button)

        self.reopen_button = QPushButton(CampaignEditor)
        self.reopen_button.setObjectName(u"reopen_button")

        self.status_layout.addWidget(self.reopen_button)

        self.status_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_layout.addItem(self.status_spacer)


        self.main_layout.addLayout(self.status_layout)

        self.status_error = QLabel(CampaignEditor)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setStyleSheet(u"color: #c62828;")
        self.status_error.setWordWrap(True)

        self.main_layout.addWidget(self.status_error)

        self.general_error = QLabel(CampaignEditor)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_button = QPushButton(CampaignEditor)
        self.new_button.setObjectName(u"new_button")

        self.button_layout.addWidget(self.new_button)

        self.delete_button = QPushButton(CampaignEditor)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.revert_button = QPushButton(CampaignEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(CampaignEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.organiser_label.setBuddy(self.organiser_picker)
        self.period_label.setBuddy(self.start_edit)
        self.eligible_label.setBuddy(self.eligible_from_edit)
        self.target_initiatives_label.setBuddy(self.target_initiatives_edit)
        self.target_members_label.setBuddy(self.target_members_edit)
        self.phases_label.setBuddy(self.phases_view)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.organiser_picker)
        QWidget.setTabOrder(self.organiser_picker, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.eligible_from_edit)
        QWidget.setTabOrder(self.eligible_from_edit, self.eligible_to_edit)
        QWidget.setTabOrder(self.eligible_to_edit, self.target_initiatives_edit)
        QWidget.setTabOrder(self.target_initiatives_edit, self.target_members_edit)
        QWidget.setTabOrder(self.target_members_edit, self.phases_view)
        QWidget.setTabOrder(self.phases_view, self.add_phase_button)
        QWidget.setTabOrder(self.add_phase_button, self.remove_phase_button)
        QWidget.setTabOrder(self.remove_phase_button, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.open_button)
        QWidget.setTabOrder(self.open_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)

        self.retranslateUi(CampaignEditor)

        QMetaObject.connectSlotsByName(CampaignEditor)
    # setupUi

    def retranslateUi(self, CampaignEditor):
        self.title_label.setText(QCoreApplication.translate("CampaignEditor", u"No campaign selected", None))
        self.read_only_label.setText(QCoreApplication.translate("CampaignEditor", u"Campaign of an office above: view only.", None))
        self.code_label.setText(QCoreApplication.translate("CampaignEditor", u"&Code:", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"e.g. 75K-2021", None))
        self.name_label.setText(QCoreApplication.translate("CampaignEditor", u"&Name:", None))
        self.kind_label.setText(QCoreApplication.translate("CampaignEditor", u"&Kind:", None))
        self.organiser_label.setText(QCoreApplication.translate("CampaignEditor", u"&Organiser:", None))
        self.period_label.setText(QCoreApplication.translate("CampaignEditor", u"&Period:", None))
        self.start_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"dd/mm/yyyy", None))
        self.end_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"dd/mm/yyyy", None))
        self.eligible_label.setText(QCoreApplication.translate("CampaignEditor", u"Initiatives applied &between:", None))
        self.eligible_from_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"dd/mm/yyyy", None))
        self.eligible_to_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"dd/mm/yyyy", None))
        self.target_initiatives_label.setText(QCoreApplication.translate("CampaignEditor", u"&Target, initiatives:", None))
        self.target_initiatives_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"e.g. 75.000", None))
        self.target_members_label.setText(QCoreApplication.translate("CampaignEditor", u"Target, &members taking part:", None))
        self.target_members_edit.setPlaceholderText(QCoreApplication.translate("CampaignEditor", u"optional", None))
        self.phases_label.setText(QCoreApplication.translate("CampaignEditor", u"P&hases (optional):", None))
        self.add_phase_button.setText(QCoreApplication.translate("CampaignEditor", u"&Add phase", None))
        self.remove_phase_button.setText(QCoreApplication.translate("CampaignEditor", u"Re&move phase", None))
        self.description_label.setText(QCoreApplication.translate("CampaignEditor", u"&Description:", None))
        self.open_button.setText(QCoreApplication.translate("CampaignEditor", u"O&pen campaign", None))
        self.close_button.setText(QCoreApplication.translate("CampaignEditor", u"&End campaign", None))
        self.reopen_button.setText(QCoreApplication.translate("CampaignEditor", u"Re&open", None))
        self.new_button.setText(QCoreApplication.translate("CampaignEditor", u"Ne&w campaign", None))
        self.delete_button.setText(QCoreApplication.translate("CampaignEditor", u"&Delete draft", None))
        self.revert_button.setText(QCoreApplication.translate("CampaignEditor", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("CampaignEditor", u"&Save", None))
        pass
    # retranslateUi

