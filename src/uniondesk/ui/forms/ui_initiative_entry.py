# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_entry.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from uniondesk.ui.widgets.amount_edit import AmountEdit
from uniondesk.ui.widgets.author_table import AuthorTable
from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_InitiativeEntry(object):
    def setupUi(self, InitiativeEntry):
        if not InitiativeEntry.objectName():
            InitiativeEntry.setObjectName(u"InitiativeEntry")
        InitiativeEntry.resize(1100, 640)
        self.main_layout = QHBoxLayout(InitiativeEntry)
        self.main_layout.setObjectName(u"main_layout")
        self.form_column = QVBoxLayout()
        self.form_column.setObjectName(u"form_column")
        self.heading_label = QLabel(InitiativeEntry)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.form_column.addWidget(self.heading_label)

        self.form_layout = QGridLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setVerticalSpacing(3)
        self.form_layout.setHorizontalSpacing(8)
        self.campaign_label = QLabel(InitiativeEntry)
        self.campaign_label.setObjectName(u"campaign_label")

        self.form_layout.addWidget(self.campaign_label, 0, 0, 1, 1)

        self.campaign_combo = QComboBox(InitiativeEntry)
        self.campaign_combo.setObjectName(u"campaign_combo")
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaign_combo.setMinimumContentsLength(20)

        self.form_layout.addWidget(self.campaign_combo, 0, 1, 1, 1)

        self.phase_label = QLabel(InitiativeEntry)
        self.phase_label.setObjectName(u"phase_label")

        self.form_layout.addWidget(self.phase_label, 0, 2, 1, 1)

        self.phase_combo = QComboBox(InitiativeEntry)
        self.phase_combo.setObjectName(u"phase_combo")
        self.phase_combo.setMinimumContentsLength(12)
        self.phase_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.form_layout.addWidget(self.phase_combo, 0, 3, 1, 1)

        self.campaign_error = QLabel(InitiativeEntry)
        self.campaign_error.setObjectName(u"campaign_error")
        self.campaign_error.setStyleSheet(u"color: #c62828;")
        self.campaign_error.setWordWrap(True)

        self.form_layout.addWidget(self.campaign_error, 1, 1, 1, 3)

        self.unit_label = QLabel(InitiativeEntry)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.addWidget(self.unit_label, 2, 0, 1, 1)

        self.unit_picker = UnitPicker(InitiativeEntry)
        self.unit_picker.setObjectName(u"unit_picker")

        self.form_layout.addWidget(self.unit_picker, 2, 1, 1, 3)

        self.unit_error = QLabel(InitiativeEntry)
        self.unit_error.setObjectName(u"unit_error")
        self.unit_error.setStyleSheet(u"color: #c62828;")
        self.unit_error.setWordWrap(True)

        self.form_layout.addWidget(self.unit_error, 3, 1, 1, 3)

        self.title_label = QLabel(InitiativeEntry)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.addWidget(self.title_label, 4, 0, 1, 1)

        self.title_edit = QLineEdit(InitiativeEntry)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(500)

        self.form_layout.addWidget(self.title_edit, 4, 1, 1, 3)

        self.title_error = QLabel(InitiativeEntry)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setStyleSheet(u"color: #c62828;")
        self.title_error.setWordWrap(True)

        self.form_layout.addWidget(self.title_error, 5, 1, 1, 3)

        self.field_label = QLabel(InitiativeEntry)
        self.field_label.setObjectName(u"field_label")

        self.form_layout.addWidget(self.field_label, 6, 0, 1, 1)

        self.field_combo = QComboBox(InitiativeEntry)
        self.field_combo.setObjectName(u"field_combo")

        self.form_layout.addWidget(self.field_combo, 6, 1, 1, 1)

        self.field_error = QLabel(InitiativeEntry)
        self.field_error.setObjectName(u"field_error")
        self.field_error.setStyleSheet(u"color: #c62828;")
        self.field_error.setWordWrap(True)

        self.form_layout.addWidget(self.field_error, 7, 1, 1, 3)

        self.summary_label = QLabel(InitiativeEntry)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.addWidget(self.summary_label, 8, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.summary_edit = QPlainTextEdit(InitiativeEntry)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 64))

        self.form_layout.addWidget(self.summary_edit, 8, 1, 1, 3)

        self.summary_error = QLabel(InitiativeEntry)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setStyleSheet(u"color: #c62828;")
        self.summary_error.setWordWrap(True)

        self.form_layout.addWidget(self.summary_error, 9, 1, 1, 3)

        self.authors_label = QLabel(InitiativeEntry)
        self.authors_label.setObjectName(u"authors_label")

        self.form_layout.addWidget(self.authors_label, 10, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.authors_view = AuthorTable(InitiativeEntry)
        self.authors_view.setObjectName(u"authors_view")
        self.authors_view.setMinimumSize(QSize(0, 90))
        self.authors_view.setMaximumSize(QSize(16777215, 130))

        self.form_layout.addWidget(self.authors_view, 10, 1, 1, 3)

        self.collective_check = QCheckBox(InitiativeEntry)
        self.collective_check.setObjectName(u"collective_check")

        self.form_layout.addWidget(self.collective_check, 11, 1, 1, 3)

        self.authors_error = QLabel(InitiativeEntry)
        self.authors_error.setObjectName(u"authors_error")
        self.authors_error.setStyleSheet(u"color: #c62828;")
        self.authors_error.setWordWrap(True)

        self.form_layout.addWidget(self.authors_error, 12, 1, 1, 3)

        self.benefit_label = QLabel(InitiativeEntry)
        self.benefit_label.setObjectName(u"benefit_label")

        self.form_layout.addWidget(self.benefit_label, 13, 0, 1, 1)

        self.benefit_edit = AmountEdit(InitiativeEntry)
        self.benefit_edit.setObjectName(u"benefit_edit")

        self.form_layout.addWidget(self.benefit_edit, 13, 1, 1, 1)

        self.social_label = QLabel(InitiativeEntry)
        self.social_label.setObjectName(u"social_label")

        self.form_layout.addWidget(self.social_label, 13, 2, 1, 1)

        self.social_edit = QLineEdit(InitiativeEntry)
        self.social_edit.setObjectName(u"social_edit")

        self.form_layout.addWidget(self.social_edit, 13, 3, 1, 1)

        self.benefit_error = QLabel(InitiativeEntry)
        self.benefit_error.setObjectName(u"benefit_error")
        self.benefit_error.setStyleSheet(u"color: #c62828;")
        self.benefit_error.setWordWrap(True)

        self.form_layout.addWidget(self.benefit_error, 14, 1, 1, 1)

        self.social_error = QLabel(InitiativeEntry)
        self.social_error.setObjectName(u"social_error")
        self.social_error.setStyleSheet(u"color: #c62828;")
        self.social_error.setWordWrap(True)

        self.form_layout.addWidget(self.social_error, 14, 3, 1, 1)

        self.registered_label = QLabel(InitiativeEntry)
        self.registered_label.setObjectName(u"registered_label")

        self.form_layout.addWidget(self.registered_label, 15, 0, 1, 1)

        self.registered_edit = QLineEdit(InitiativeEntry)
        self.registered_edit.setObjectName(u"registered_edit")

        self.form_layout.addWidget(self.registered_edit, 15, 1, 1, 1)

        self.applied_label = QLabel(InitiativeEntry)
        self.applied_label.setObjectName(u"applied_label")

        self.form_layout.addWidget(self.applied_label, 15, 2, 1, 1)

        self.applied_edit = QLineEdit(InitiativeEntry)
        self.applied_edit.setObjectName(u"applied_edit")

        self.form_layout.addWidget(self.applied_edit, 15, 3, 1, 1)

        self.registered_error = QLabel(InitiativeEntry)
        self.registered_error.setObjectName(u"registered_error")
        self.registered_error.setStyleSheet(u"color: #c62828;")
        self.registered_error.setWordWrap(True)

        self.form_layout.addWidget(self.registered_error, 16, 1, 1, 1)

        self.applied_error = QLabel(InitiativeEntry)
        self.applied_error.setObjectName(u"applied_error")
        self.applied_error.setStyleSheet(u"color: #c62828;")
        self.applied_error.setWordWrap(True)

        self.form_layout.addWidget(self.applied_error, 16, 3, 1, 1)

        self.status_label = QLabel(InitiativeEntry)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.addWidget(self.status_label, 17, 0, 1, 1)

        self.status_combo = QComboBox(InitiativeEntry)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.addWidget(self.status_combo, 17, 1, 1, 1)

        self.recognised_by_label = QLabel(InitiativeEntry)
        self.recognised_by_label.setObjectName(u"recognised_by_label")

        self.form_layout.addWidget(self.recognised_by_label, 17, 2, 1, 1)

        self.recognised_by_combo = QComboBox(InitiativeEntry)
        self.recognised_by_combo.setObjectName(u"recognised_by_combo")

        self.form_layout.addWidget(self.recognised_by_combo, 17, 3, 1, 1)

        self.recognised_on_label = QLabel(InitiativeEntry)
        self.recognised_on_label.setObjectName(u"recognised_on_label")

        self.form_layout.addWidget(self.recognised_on_label, 18, 0, 1, 1)

        self.recognised_on_edit = QLineEdit(InitiativeEntry)
        self.recognised_on_edit.setObjectName(u"recognised_on_edit")

        self.form_layout.addWidget(self.recognised_on_edit, 18, 1, 1, 1)

        self.decision_no_label = QLabel(InitiativeEntry)
        self.decision_no_label.setObjectName(u"decision_no_label")

        self.form_layout.addWidget(self.decision_no_label, 18, 2, 1, 1)

        self.decision_no_edit = QLineEdit(InitiativeEntry)
        self.decision_no_edit.setObjectName(u"decision_no_edit")
        self.decision_no_edit.setMaxLength(60)

        self.form_layout.addWidget(self.decision_no_edit, 18, 3, 1, 1)

        self.decision_on_label = QLabel(InitiativeEntry)
        self.decision_on_label.setObjectName(u"decision_on_label")

        self.form_layout.addWidget(self.decision_on_label, 19, 2, 1, 1)

        self.decision_on_edit = QLineEdit(InitiativeEntry)
        self.decision_on_edit.setObjectName(u"decision_on_edit")

        self.form_layout.addWidget(self.decision_on_edit, 19, 3, 1, 1)

        self.confidential_check = QCheckBox(InitiativeEntry)
        self.confidential_check.setObjectName(u"confidential_check")

        self.form_layout.addWidget(self.confidential_check, 20, 1, 1, 3)

        self.recognition_error = QLabel(InitiativeEntry)
        self.recognition_error.setObjectName(u"recognition_error")
        self.recognition_error.setStyleSheet(u"color: #c62828;")
        self.recognition_error.setWordWrap(True)

        self.form_layout.addWidget(self.recognition_error, 21, 1, 1, 3)

        self.form_layout.setColumnStretch(1, 3)
        self.form_layout.setColumnStretch(3, 2)

        self.form_column.addLayout(self.form_layout)

        self.general_error = QLabel(InitiativeEntry)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.form_column.addWidget(self.general_error)

        self.form_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_column.addItem(self.form_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.keys_label = QLabel(InitiativeEntry)
        self.keys_label.setObjectName(u"keys_label")
        self.keys_label.setStyleSheet(u"color: #666;")

        self.buttons_layout.addWidget(self.keys_label)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.new_button = QPushButton(InitiativeEntry)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(True)

        self.buttons_layout.addWidget(self.new_button)

        self.save_button = QPushButton(InitiativeEntry)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.buttons_layout.addWidget(self.save_button)


        self.form_column.addLayout(self.buttons_layout)


        self.main_layout.addLayout(self.form_column)

        self.similar_box = QGroupBox(InitiativeEntry)
        self.similar_box.setObjectName(u"similar_box")
        self.similar_box.setMinimumSize(QSize(300, 0))
        self.similar_layout = QVBoxLayout(self.similar_box)
        self.similar_layout.setObjectName(u"similar_layout")
        self.similar_hint_label = QLabel(self.similar_box)
        self.similar_hint_label.setObjectName(u"similar_hint_label")
        self.similar_hint_label.setWordWrap(True)
        self.similar_hint_label.setStyleSheet(u"color: #666;")

        self.similar_layout.addWidget(self.similar_hint_label)

        self.similar_view = QListView(self.similar_box)
        self.similar_view.setObjectName(u"similar_view")
        self.similar_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.similar_view.setWordWrap(True)
        self.similar_view.setAlternatingRowColors(True)
        self.similar_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.similar_layout.addWidget(self.similar_view)


        self.main_layout.addWidget(self.similar_box)

        self.main_layout.setStretch(0, 3)
        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.campaign_label.setBuddy(self.campaign_combo)
        self.phase_label.setBuddy(self.phase_combo)
        self.unit_label.setBuddy(self.unit_picker)
        self.title_label.setBuddy(self.title_edit)
        self.field_label.setBuddy(self.field_combo)
        self.summary_label.setBuddy(self.summary_edit)
        self.authors_label.setBuddy(self.authors_view)
        self.benefit_label.setBuddy(self.benefit_edit)
        self.social_label.setBuddy(self.social_edit)
        self.registered_label.setBuddy(self.registered_edit)
        self.applied_label.setBuddy(self.applied_edit)
        self.status_label.setBuddy(self.status_combo)
        self.recognised_by_label.setBuddy(self.recognised_by_combo)
        self.recognised_on_label.setBuddy(self.recognised_on_edit)
        self.decision_no_label.setBuddy(self.decision_no_edit)
        self.decision_on_label.setBuddy(self.decision_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaign_combo, self.phase_combo)
        QWidget.setTabOrder(self.phase_combo, self.unit_picker)
        QWidget.setTabOrder(self.unit_picker, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.field_combo)
        QWidget.setTabOrder(self.field_combo, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.authors_view)
        QWidget.setTabOrder(self.authors_view, self.collective_check)
        QWidget.setTabOrder(self.collective_check, self.benefit_edit)
        QWidget.setTabOrder(self.benefit_edit, self.social_edit)
        QWidget.setTabOrder(self.social_edit, self.registered_edit)
        QWidget.setTabOrder(self.registered_edit, self.applied_edit)
        QWidget.setTabOrder(self.applied_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.recognised_by_combo)
        QWidget.setTabOrder(self.recognised_by_combo, self.recognised_on_edit)
        QWidget.setTabOrder(self.recognised_on_edit, self.decision_no_edit)
        QWidget.setTabOrder(self.decision_no_edit, self.decision_on_edit)
        QWidget.setTabOrder(self.decision_on_edit, self.confidential_check)
        QWidget.setTabOrder(self.confidential_check, self.save_button)
        QWidget.setTabOrder(self.save_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.similar_view)

        self.retranslateUi(InitiativeEntry)

        QMetaObject.connectSlotsByName(InitiativeEntry)
    # setupUi

    def retranslateUi(self, InitiativeEntry):
        self.heading_label.setText(QCoreApplication.translate("InitiativeEntry", u"New initiative", None))
        self.campaign_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Campaign:", None))
        self.phase_label.setText(QCoreApplication.translate("InitiativeEntry", u"P&hase:", None))
        self.unit_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Unit applied:", None))
        self.title_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"The initiative's name, as on the form", None))
        self.field_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Field:", None))
        self.summary_label.setText(QCoreApplication.translate("InitiativeEntry", u"Su&mmary:", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"What was done and how (Ctrl+Enter saves)", None))
        self.authors_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Authors:", None))
        self.collective_check.setText(QCoreApplication.translate("InitiativeEntry", u"C&ollective author: the unit itself", None))
        self.benefit_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Benefit (VND):", None))
        self.social_label.setText(QCoreApplication.translate("InitiativeEntry", u"So&cial benefit:", None))
        self.social_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"In words, when not in money", None))
        self.registered_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Registered on:", None))
        self.registered_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"dd/mm/yyyy", None))
        self.applied_label.setText(QCoreApplication.translate("InitiativeEntry", u"First a&pplied on:", None))
        self.applied_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"dd/mm/yyyy", None))
        self.status_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Status:", None))
        self.recognised_by_label.setText(QCoreApplication.translate("InitiativeEntry", u"Recognised b&y:", None))
        self.recognised_on_label.setText(QCoreApplication.translate("InitiativeEntry", u"Recogn&ised on:", None))
        self.recognised_on_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"dd/mm/yyyy", None))
        self.decision_no_label.setText(QCoreApplication.translate("InitiativeEntry", u"&Decision no.:", None))
        self.decision_no_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"e.g. 12/Q\u0110-H\u0110SK", None))
        self.decision_on_label.setText(QCoreApplication.translate("InitiativeEntry", u"Decision dat&e:", None))
        self.decision_on_edit.setPlaceholderText(QCoreApplication.translate("InitiativeEntry", u"dd/mm/yyyy", None))
        self.confidential_check.setText(QCoreApplication.translate("InitiativeEntry", u"Co&nfidential (technology secret): only the title and benefit are shown", None))
        self.keys_label.setText(QCoreApplication.translate("InitiativeEntry", u"Enter saves and starts the next form \u00b7 Ctrl+Enter inside the summary", None))
        self.new_button.setText(QCoreApplication.translate("InitiativeEntry", u"New (Ctrl+N)", None))
        self.save_button.setText(QCoreApplication.translate("InitiativeEntry", u"Save (Enter)", None))
        self.similar_box.setTitle(QCoreApplication.translate("InitiativeEntry", u"Similar initiatives in this campaign", None))
        self.similar_hint_label.setText(QCoreApplication.translate("InitiativeEntry", u"Type a title: initiatives with similar titles appear here.", None))
        pass
    # retranslateUi

