# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_AwardEditor(object):
    def setupUi(self, AwardEditor):
        if not AwardEditor.objectName():
            AwardEditor.setObjectName(u"AwardEditor")
        AwardEditor.resize(1000, 420)
        self.main_layout = QVBoxLayout(AwardEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(AwardEditor)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.title_label.setWordWrap(True)

        self.main_layout.addWidget(self.title_label)

        self.read_only_label = QLabel(AwardEditor)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setStyleSheet(u"color: #8a5300; background: #fff3cd; padding: 3px;")
        self.read_only_label.setText(u"")
        self.read_only_label.setWordWrap(True)

        self.main_layout.addWidget(self.read_only_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.left_form.setVerticalSpacing(3)
        self.number_label = QLabel(AwardEditor)
        self.number_label.setObjectName(u"number_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(AwardEditor)
        self.number_edit.setObjectName(u"number_edit")

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.number_error = QLabel(AwardEditor)
        self.number_error.setObjectName(u"number_error")
        self.number_error.setStyleSheet(u"color: #c62828;")
        self.number_error.setWordWrap(True)

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number_error)

        self.date_label = QLabel(AwardEditor)
        self.date_label.setObjectName(u"date_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(AwardEditor)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setMaximumSize(QSize(140, 16777215))

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.date_error = QLabel(AwardEditor)
        self.date_error.setObjectName(u"date_error")
        self.date_error.setStyleSheet(u"color: #c62828;")
        self.date_error.setWordWrap(True)

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date_error)

        self.issuing_label = QLabel(AwardEditor)
        self.issuing_label.setObjectName(u"issuing_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issuing_label)

        self.issuing_picker = UnitPicker(AwardEditor)
        self.issuing_picker.setObjectName(u"issuing_picker")

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.issuing_picker)

        self.issuing_error = QLabel(AwardEditor)
        self.issuing_error.setObjectName(u"issuing_error")
        self.issuing_error.setStyleSheet(u"color: #c62828;")
        self.issuing_error.setWordWrap(True)

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.issuing_error)

        self.form_label = QLabel(AwardEditor)
        self.form_label.setObjectName(u"form_label")

        self.left_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.form_label)

        self.form_row = QHBoxLayout()
        self.form_row.setObjectName(u"form_row")
        self.form_combo = QComboBox(AwardEditor)
        self.form_combo.setObjectName(u"form_combo")

        self.form_row.addWidget(self.form_combo)

        self.form_title_edit = QLineEdit(AwardEditor)
        self.form_title_edit.setObjectName(u"form_title_edit")

        self.form_row.addWidget(self.form_title_edit)


        self.left_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.form_row)

        self.form_error = QLabel(AwardEditor)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setStyleSheet(u"color: #c62828;")
        self.form_error.setWordWrap(True)

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.form_error)

        self.campaign_label = QLabel(AwardEditor)
        self.campaign_label.setObjectName(u"campaign_label")

        self.left_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.campaign_label)

        self.campaign_combo = QComboBox(AwardEditor)
        self.campaign_combo.setObjectName(u"campaign_combo")

        self.left_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.campaign_combo)

        self.campaign_error = QLabel(AwardEditor)
        self.campaign_error.setObjectName(u"campaign_error")
        self.campaign_error.setStyleSheet(u"color: #c62828;")
        self.campaign_error.setWordWrap(True)

        self.left_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.campaign_error)

        self.place_label = QLabel(AwardEditor)
        self.place_label.setObjectName(u"place_label")

        self.left_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(AwardEditor)
        self.place_edit.setObjectName(u"place_edit")

        self.left_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.place_edit)


        self.columns_layout.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.right_form.setVerticalSpacing(3)
        self.signer_title_label = QLabel(AwardEditor)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_title_label)

        self.signer_title_edit = QPlainTextEdit(AwardEditor)
        self.signer_title_edit.setObjectName(u"signer_title_edit")
        self.signer_title_edit.setTabChangesFocus(True)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_title_edit)

        self.signer_name_label = QLabel(AwardEditor)
        self.signer_name_label.setObjectName(u"signer_name_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signer_name_label)

        self.signer_name_edit = QLineEdit(AwardEditor)
        self.signer_name_edit.setObjectName(u"signer_name_edit")

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_name_edit)

        self.signer_error = QLabel(AwardEditor)
        self.signer_error.setObjectName(u"signer_error")
        self.signer_error.setStyleSheet(u"color: #c62828;")
        self.signer_error.setWordWrap(True)

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signer_error)

        self.reason_label = QLabel(AwardEditor)
        self.reason_label.setObjectName(u"reason_label")

        self.right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(AwardEditor)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.placeholders_label = QLabel(AwardEditor)
        self.placeholders_label.setObjectName(u"placeholders_label")
        self.placeholders_label.setText(u"")
        self.placeholders_label.setWordWrap(True)
        self.placeholders_label.setTextFormat(Qt.TextFormat.RichText)
        self.placeholders_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeholders_label)

        self.reason_error = QLabel(AwardEditor)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setStyleSheet(u"color: #c62828;")
        self.reason_error.setWordWrap(True)

        self.right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason_error)


        self.columns_layout.addLayout(self.right_form)


        self.main_layout.addLayout(self.columns_layout)

        self.general_error = QLabel(AwardEditor)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.bottom_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.revert_button = QPushButton(AwardEditor)
        self.revert_button.setObjectName(u"revert_button")

        self.button_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(AwardEditor)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
        self.date_label.setBuddy(self.date_edit)
        self.issuing_label.setBuddy(self.issuing_picker)
        self.form_label.setBuddy(self.form_combo)
        self.campaign_label.setBuddy(self.campaign_combo)
        self.place_label.setBuddy(self.place_edit)
        self.signer_title_label.setBuddy(self.signer_title_edit)
        self.signer_name_label.setBuddy(self.signer_name_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.issuing_picker)
        QWidget.setTabOrder(self.issuing_picker, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.form_title_edit)
        QWidget.setTabOrder(self.form_title_edit, self.campaign_combo)
        QWidget.setTabOrder(self.campaign_combo, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.signer_title_edit)
        QWidget.setTabOrder(self.signer_title_edit, self.signer_name_edit)
        QWidget.setTabOrder(self.signer_name_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.revert_button)

        self.retranslateUi(AwardEditor)

        QMetaObject.connectSlotsByName(AwardEditor)
    # setupUi

    def retranslateUi(self, AwardEditor):
        self.title_label.setText(QCoreApplication.translate("AwardEditor", u"No decision selected", None))
        self.number_label.setText(QCoreApplication.translate("AwardEditor", u"N&umber:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"e.g. 125/Q\u0110-L\u0110L\u0110", None))
        self.date_label.setText(QCoreApplication.translate("AwardEditor", u"Dat&e:", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"dd/mm/yyyy", None))
        self.issuing_label.setText(QCoreApplication.translate("AwardEditor", u"&Issuing unit:", None))
        self.form_label.setText(QCoreApplication.translate("AwardEditor", u"&Form:", None))
        self.form_title_edit.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"the form's title, e.g. Gi\u1ea5y ch\u1ee9ng nh\u1eadn", None))
        self.campaign_label.setText(QCoreApplication.translate("AwardEditor", u"&Campaign:", None))
        self.place_label.setText(QCoreApplication.translate("AwardEditor", u"&Place:", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"where it is signed, e.g. Thanh H\u00f3a", None))
        self.signer_title_label.setText(QCoreApplication.translate("AwardEditor", u"Signer's &title:", None))
        self.signer_title_edit.setPlaceholderText(QCoreApplication.translate("AwardEditor", u"one or two lines, e.g. TM. BAN TH\u01af\u1edcNG V\u1ee4 / CH\u1ee6 T\u1ecaCH", None))
        self.signer_name_label.setText(QCoreApplication.translate("AwardEditor", u"Signer's na&me:", None))
        self.reason_label.setText(QCoreApplication.translate("AwardEditor", u"&Reason:", None))
        self.revert_button.setText(QCoreApplication.translate("AwardEditor", u"Re&vert", None))
        self.save_button.setText(QCoreApplication.translate("AwardEditor", u"&Save decision", None))
        pass
    # retranslateUi

