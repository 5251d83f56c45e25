# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(FirstStartDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(FirstStartDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.officer_layout = QFormLayout()
        self.officer_layout.setObjectName(u"officer_layout")
        self.officer_label = QLabel(FirstStartDialog)
        self.officer_label.setObjectName(u"officer_label")

        self.officer_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officer_label)

        self.officer_edit = QLineEdit(FirstStartDialog)
        self.officer_edit.setObjectName(u"officer_edit")

        self.officer_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officer_edit)


        self.main_layout.addLayout(self.officer_layout)

        self.new_office_radio = QRadioButton(FirstStartDialog)
        self.new_office_radio.setObjectName(u"new_office_radio")
        self.new_office_radio.setChecked(True)

        self.main_layout.addWidget(self.new_office_radio)

        self.office_group = QGroupBox(FirstStartDialog)
        self.office_group.setObjectName(u"office_group")
        self.office_layout = QFormLayout(self.office_group)
        self.office_layout.setObjectName(u"office_layout")
        self.name_label = QLabel(self.office_group)
        self.name_label.setObjectName(u"name_label")

        self.office_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.office_group)
        self.name_edit.setObjectName(u"name_edit")

        self.office_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.code_label = QLabel(self.office_group)
        self.code_label.setObjectName(u"code_label")

        self.office_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(self.office_group)
        self.code_edit.setObjectName(u"code_edit")

        self.office_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.kind_label = QLabel(self.office_group)
        self.kind_label.setObjectName(u"kind_label")

        self.office_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.office_group)
        self.kind_combo.setObjectName(u"kind_combo")

        self.office_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)


        self.main_layout.addWidget(self.office_group)

        self.bundle_radio = QRadioButton(FirstStartDialog)
        self.bundle_radio.setObjectName(u"bundle_radio")

        self.main_layout.addWidget(self.bundle_radio)

        self.bundle_group = QGroupBox(FirstStartDialog)
        self.bundle_group.setObjectName(u"bundle_group")
        self.bundle_layout = QVBoxLayout(self.bundle_group)
        self.bundle_layout.setObjectName(u"bundle_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.bundle_path_edit = QLineEdit(self.bundle_group)
        self.bundle_path_edit.setObjectName(u"bundle_path_edit")
        self.bundle_path_edit.setReadOnly(True)

        self.file_layout.addWidget(self.bundle_path_edit)

        self.choose_button = QPushButton(self.bundle_group)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.file_layout.addWidget(self.choose_button)


        self.bundle_layout.addLayout(self.file_layout)

        self.passphrase_layout = QHBoxLayout()
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_label = QLabel(self.bundle_group)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_layout.addWidget(self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.bundle_group)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.addWidget(self.passphrase_edit)

        self.check_button = QPushButton(self.bundle_group)
        self.check_button.setObjectName(u"check_button")
        self.check_button.setAutoDefault(False)

        self.passphrase_layout.addWidget(self.check_button)


        self.bundle_layout.addLayout(self.passphrase_layout)

        self.bundle_summary_label = QLabel(self.bundle_group)
        self.bundle_summary_label.setObjectName(u"bundle_summary_label")
        self.bundle_summary_label.setWordWrap(True)
        self.bundle_summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.bundle_summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundle_layout.addWidget(self.bundle_summary_label)

        self.fingerprint_check = QCheckBox(self.bundle_group)
        self.fingerprint_check.setObjectName(u"fingerprint_check")

        self.bundle_layout.addWidget(self.fingerprint_check)


        self.main_layout.addWidget(self.bundle_group)

        self.demo_radio = QRadioButton(FirstStartDialog)
        self.demo_radio.setObjectName(u"demo_radio")

        self.main_layout.addWidget(self.demo_radio)

        self.demo_layout = QFormLayout()
        self.demo_layout.setObjectName(u"demo_layout")
        self.scale_label = QLabel(FirstStartDialog)
        self.scale_label.setObjectName(u"scale_label")

        self.demo_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scale_label)

        self.scale_combo = QComboBox(FirstStartDialog)
        self.scale_combo.setObjectName(u"scale_combo")

        self.demo_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scale_combo)


        self.main_layout.addLayout(self.demo_layout)

        self.error_label = QLabel(FirstStartDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FirstStartDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.officer_label.setBuddy(self.officer_edit)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.scale_label.setBuddy(self.scale_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officer_edit, self.new_office_radio)
        QWidget.setTabOrder(self.new_office_radio, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.bundle_radio)
        QWidget.setTabOrder(self.bundle_radio, self.bundle_path_edit)
        QWidget.setTabOrder(self.bundle_path_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.check_button)
        QWidget.setTabOrder(self.check_button, self.fingerprint_check)
        QWidget.setTabOrder(self.fingerprint_check, self.demo_radio)
        QWidget.setTabOrder(self.demo_radio, self.scale_combo)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Welcome to UnionDesk", None))
        self.intro_label.setText(QCoreApplication.translate("FirstStartDialog", u"This installation keeps the data of one union office on this computer. Tell us who you are and which office it serves.", None))
        self.officer_label.setText(QCoreApplication.translate("FirstStartDialog", u"Your full name:", None))
        self.officer_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"e.g. Nguy\u1ec5n Th\u1ecb Lan", None))
        self.new_office_radio.setText(QCoreApplication.translate("FirstStartDialog", u"Create a new office", None))
        self.office_group.setTitle(QCoreApplication.translate("FirstStartDialog", u"Your office", None))
        self.name_label.setText(QCoreApplication.translate("FirstStartDialog", u"Office name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"e.g. Li\u00ean \u0111o\u00e0n Lao \u0111\u1ed9ng huy\u1ec7n M\u01b0\u1eddng L\u00e1t", None))
        self.code_label.setText(QCoreApplication.translate("FirstStartDialog", u"Code:", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"e.g. TH.ML", None))
        self.kind_label.setText(QCoreApplication.translate("FirstStartDialog", u"Level:", None))
        self.bundle_radio.setText(QCoreApplication.translate("FirstStartDialog", u"Create from the upper office's setup bundle", None))
        self.bundle_group.setTitle(QCoreApplication.translate("FirstStartDialog", u"Setup bundle sent by the upper office", None))
        self.bundle_path_edit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"Choose the .udbundle file, or drop it on this window", None))
        self.choose_button.setText(QCoreApplication.translate("FirstStartDialog", u"C&hoose\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Passphrase of the bundle:", None))
        self.check_button.setText(QCoreApplication.translate("FirstStartDialog", u"Chec&k", None))
        self.fingerprint_check.setText(QCoreApplication.translate("FirstStartDialog", u"I &compared the fingerprint with the upper office", None))
        self.demo_radio.setText(QCoreApplication.translate("FirstStartDialog", u"Open demonstration data (a fictitious province, to try the program)", None))
        self.scale_label.setText(QCoreApplication.translate("FirstStartDialog", u"Size:", None))
    # retranslateUi

