# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_detail.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnitDetailPanel(object):
    def setupUi(self, UnitDetailPanel):
        if not UnitDetailPanel.objectName():
            UnitDetailPanel.setObjectName(u"UnitDetailPanel")
        UnitDetailPanel.resize(460, 360)
        self.main_layout = QVBoxLayout(UnitDetailPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(UnitDetailPanel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.title_label.setWordWrap(True)

        self.main_layout.addWidget(self.title_label)

        self.info_label = QLabel(UnitDetailPanel)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setText(u"")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(4)
        self.code_label = QLabel(UnitDetailPanel)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(UnitDetailPanel)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_error = QLabel(UnitDetailPanel)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setStyleSheet(u"color: #c62828;")
        self.code_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.name_label = QLabel(UnitDetailPanel)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(UnitDetailPanel)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(UnitDetailPanel)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #c62828;")
        self.name_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.kind_label = QLabel(UnitDetailPanel)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(UnitDetailPanel)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(UnitDetailPanel)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setStyleSheet(u"color: #c62828;")
        self.kind_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.members_label = QLabel(UnitDetailPanel)
        self.members_label.setObjectName(u"members_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.members_label)

        self.members_edit = QLineEdit(UnitDetailPanel)
        self.members_edit.setObjectName(u"members_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.members_edit)

        self.members_error = QLabel(UnitDetailPanel)
        self.members_error.setObjectName(u"members_error")
        self.members_error.setStyleSheet(u"color: #c62828;")
        self.members_error.setWordWrap(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.members_error)

        self.counted_label = QLabel(UnitDetailPanel)
        self.counted_label.setObjectName(u"counted_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.counted_label)

        self.counted_edit = QLineEdit(UnitDetailPanel)
        self.counted_edit.setObjectName(u"counted_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.counted_edit)

        self.counted_error = QLabel(UnitDetailPanel)
        self.counted_error.setObjectName(u"counted_error")
        self.counted_error.setStyleSheet(u"color: #c62828;")
        self.counted_error.setWordWrap(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.counted_error)

        self.opened_label = QLabel(UnitDetailPanel)
        self.opened_label.setObjectName(u"opened_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.opened_label)

        self.opened_edit = QLineEdit(UnitDetailPanel)
        self.opened_edit.setObjectName(u"opened_edit")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.opened_edit)

        self.opened_error = QLabel(UnitDetailPanel)
        self.opened_error.setObjectName(u"opened_error")
        self.opened_error.setStyleSheet(u"color: #c62828;")
        self.opened_error.setWordWrap(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.opened_error)


        self.main_layout.addLayout(self.form_layout)

        self.general_error = QLabel(UnitDetailPanel)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.revert_button = QPushButton(UnitDetailPanel)
        self.revert_button.setObjectName(u"revert_button")

        self.button_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(UnitDetailPanel)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.members_label.setBuddy(self.members_edit)
        self.counted_label.setBuddy(self.counted_edit)
        self.opened_label.setBuddy(self.opened_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.members_edit)
        QWidget.setTabOrder(self.members_edit, self.counted_edit)
        QWidget.setTabOrder(self.counted_edit, self.opened_edit)
        QWidget.setTabOrder(self.opened_edit, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)

        self.retranslateUi(UnitDetailPanel)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnitDetailPanel)
    # setupUi

    def retranslateUi(self, UnitDetailPanel):
        self.title_label.setText(QCoreApplication.translate("UnitDetailPanel", u"No unit selected", None))
        self.code_label.setText(QCoreApplication.translate("UnitDetailPanel", u"&Code:", None))
        self.name_label.setText(QCoreApplication.translate("UnitDetailPanel", u"&Name:", None))
        self.kind_label.setText(QCoreApplication.translate("UnitDetailPanel", u"&Kind:", None))
        self.members_label.setText(QCoreApplication.translate("UnitDetailPanel", u"&Members:", None))
        self.members_edit.setPlaceholderText(QCoreApplication.translate("UnitDetailPanel", u"e.g. 1.234", None))
        self.counted_label.setText(QCoreApplication.translate("UnitDetailPanel", u"Members counted &on:", None))
        self.counted_edit.setPlaceholderText(QCoreApplication.translate("UnitDetailPanel", u"dd/mm/yyyy", None))
        self.opened_label.setText(QCoreApplication.translate("UnitDetailPanel", u"&Founded on:", None))
        self.opened_edit.setPlaceholderText(QCoreApplication.translate("UnitDetailPanel", u"dd/mm/yyyy", None))
        self.revert_button.setText(QCoreApplication.translate("UnitDetailPanel", u"&Revert", None))
        self.save_button.setText(QCoreApplication.translate("UnitDetailPanel", u"&Save", None))
        pass
    # retranslateUi

