# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLayout, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from uniondesk.ui.widgets.unit_picker import UnitPicker

class Ui_BundleExportDialog(object):
    def setupUi(self, BundleExportDialog):
        if not BundleExportDialog.objectName():
            BundleExportDialog.setObjectName(u"BundleExportDialog")
        BundleExportDialog.resize(760, 620)
        self.main_layout = QVBoxLayout(BundleExportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.destination_group = QGroupBox(BundleExportDialog)
        self.destination_group.setObjectName(u"destination_group")
        self.destination_layout = QVBoxLayout(self.destination_group)
        self.destination_layout.setObjectName(u"destination_layout")
        self.destination_form = QFormLayout()
        self.destination_form.setObjectName(u"destination_form")
        self.destination_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.destination_label = QLabel(self.destination_group)
        self.destination_label.setObjectName(u"destination_label")

        self.destination_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destination_label)

        self.destination_combo = QComboBox(self.destination_group)
        self.destination_combo.setObjectName(u"destination_combo")

        self.destination_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.destination_combo)

        self.other_label = QLabel(self.destination_group)
        self.other_label.setObjectName(u"other_label")

        self.destination_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.other_label)

        self.unit_picker = UnitPicker(self.destination_group)
        self.unit_picker.setObjectName(u"unit_picker")

        self.destination_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_picker)


        self.destination_layout.addLayout(self.destination_form)

        self.preview_label = QLabel(self.destination_group)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setText(u"")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.destination_layout.addWidget(self.preview_label)


        self.main_layout.addWidget(self.destination_group)

        self.choices_layout = QHBoxLayout()
        self.choices_layout.setObjectName(u"choices_layout")
        self.kind_group = QGroupBox(BundleExportDialog)
        self.kind_group.setObjectName(u"kind_group")
        self.kind_layout = QVBoxLayout(self.kind_group)
        self.kind_layout.setObjectName(u"kind_layout")
        self.data_radio = QRadioButton(self.kind_group)
        self.data_radio.setObjectName(u"data_radio")
        self.data_radio.setChecked(True)

        self.kind_layout.addWidget(self.data_radio)

        self.full_check = QCheckBox(self.kind_group)
        self.full_check.setObjectName(u"full_check")

        self.kind_layout.addWidget(self.full_check)

        self.setup_radio = QRadioButton(self.kind_group)
        self.setup_radio.setObjectName(u"setup_radio")

        self.kind_layout.addWidget(self.setup_radio)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.kind_layout.addItem(self.kind_spacer)


        self.choices_layout.addWidget(self.kind_group)

        self.delivery_group = QGroupBox(BundleExportDialog)
        self.delivery_group.setObjectName(u"delivery_group")
        self.delivery_layout = QVBoxLayout(self.delivery_group)
        self.delivery_layout.setObjectName(u"delivery_layout")
        self.folder_radio = QRadioButton(self.delivery_group)
        self.folder_radio.setObjectName(u"folder_radio")
        self.folder_radio.setChecked(True)

        self.delivery_layout.addWidget(self.folder_radio)

        self.email_radio = QRadioButton(self.delivery_group)
        self.email_radio.setObjectName(u"email_radio")

        self.delivery_layout.addWidget(self.email_radio)

        self.email_hint_label = QLabel(self.delivery_group)
        self.email_hint_label.setObjectName(u"email_hint_label")
        self.email_hint_label.setText(u"")

        self.delivery_layout.addWidget(self.email_hint_label)

        self.delivery_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.delivery_layout.addItem(self.delivery_spacer)


        self.choices_layout.addWidget(self.delivery_group)


        self.main_layout.addLayout(self.choices_layout)

        self.seal_group = QGroupBox(BundleExportDialog)
        self.seal_group.setObjectName(u"seal_group")
        self.seal_layout = QGridLayout(self.seal_group)
        self.seal_layout.setObjectName(u"seal_layout")
        self.seal_none_radio = QRadioButton(self.seal_group)
        self.seal_none_radio.setObjectName(u"seal_none_radio")
        self.seal_none_radio.setChecked(True)

        self.seal_layout.addWidget(self.seal_none_radio, 0, 0, 1, 3)

        self.seal_key_radio = QRadioButton(self.seal_group)
        self.seal_key_radio.setObjectName(u"seal_key_radio")

        self.seal_layout.addWidget(self.seal_key_radio, 1, 0, 1, 1)

        self.key_label = QLabel(self.seal_group)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setText(u"")

        self.seal_layout.addWidget(self.key_label, 1, 1, 1, 1)

        self.key_file_button = QPushButton(self.seal_group)
        self.key_file_button.setObjectName(u"key_file_button")
        self.key_file_button.setAutoDefault(False)

        self.seal_layout.addWidget(self.key_file_button, 1, 2, 1, 1)

        self.seal_passphrase_radio = QRadioButton(self.seal_group)
        self.seal_passphrase_radio.setObjectName(u"seal_passphrase_radio")

        self.seal_layout.addWidget(self.seal_passphrase_radio, 2, 0, 1, 1)

        self.passphrase_edit = QLineEdit(self.seal_group)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.seal_layout.addWidget(self.passphrase_edit, 2, 1, 1, 2)

        self.passphrase_again_label = QLabel(self.seal_group)
        self.passphrase_again_label.setObjectName(u"passphrase_again_label")
        self.passphrase_again_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.seal_layout.addWidget(self.passphrase_again_label, 3, 0, 1, 1)

        self.passphrase_again_edit = QLineEdit(self.seal_group)
        self.passphrase_again_edit.setObjectName(u"passphrase_again_edit")
        self.passphrase_again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.seal_layout.addWidget(self.passphrase_again_edit, 3, 1, 1, 2)

        self.passphrase_hint_label = QLabel(self.seal_group)
        self.passphrase_hint_label.setObjectName(u"passphrase_hint_label")
        self.passphrase_hint_label.setWordWrap(True)

        self.seal_layout.addWidget(self.passphrase_hint_label, 4, 0, 1, 3)


        self.main_layout.addWidget(self.seal_group)

        self.error_label = QLabel(BundleExportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.result_label = QLabel(BundleExportDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setStyleSheet(u"QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; padding: 6px; }")
        self.result_label.setText(u"")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.result_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.open_folder_button = QPushButton(BundleExportDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")
        self.open_folder_button.setAutoDefault(False)

        self.button_layout.addWidget(self.open_folder_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.export_button = QPushButton(BundleExportDialog)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)

        self.close_button = QPushButton(BundleExportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.destination_label.setBuddy(self.destination_combo)
        self.other_label.setBuddy(self.unit_picker)
        self.passphrase_again_label.setBuddy(self.passphrase_again_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.destination_combo, self.unit_picker)
        QWidget.setTabOrder(self.unit_picker, self.data_radio)
        QWidget.setTabOrder(self.data_radio, self.full_check)
        QWidget.setTabOrder(self.full_check, self.setup_radio)
        QWidget.setTabOrder(self.setup_radio, self.folder_radio)
        QWidget.setTabOrder(self.folder_radio, self.email_radio)
        QWidget.setTabOrder(self.email_radio, self.seal_none_radio)
        QWidget.setTabOrder(self.seal_none_radio, self.seal_key_radio)
        QWidget.setTabOrder(self.seal_key_radio, self.key_file_button)
        QWidget.setTabOrder(self.key_file_button, self.seal_passphrase_radio)
        QWidget.setTabOrder(self.seal_passphrase_radio, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.passphrase_again_edit)
        QWidget.setTabOrder(self.passphrase_again_edit, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.open_folder_button)

        self.retranslateUi(BundleExportDialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(BundleExportDialog)
    # setupUi

    def retranslateUi(self, BundleExportDialog):
        BundleExportDialog.setWindowTitle(QCoreApplication.translate("BundleExportDialog", u"Export a bundle", None))
        self.destination_group.setTitle(QCoreApplication.translate("BundleExportDialog", u"Destination office", None))
        self.destination_label.setText(QCoreApplication.translate("BundleExportDialog", u"&Send to:", None))
        self.other_label.setText(QCoreApplication.translate("BundleExportDialog", u"Another &unit below:", None))
        self.kind_group.setTitle(QCoreApplication.translate("BundleExportDialog", u"What to send", None))
        self.data_radio.setText(QCoreApplication.translate("BundleExportDialog", u"&Data bundle", None))
        self.full_check.setText(QCoreApplication.translate("BundleExportDialog", u"&Everything, not only what they have not acknowledged", None))
        self.setup_radio.setText(QCoreApplication.translate("BundleExportDialog", u"Set&up bundle for a new office", None))
        self.delivery_group.setTitle(QCoreApplication.translate("BundleExportDialog", u"How it travels", None))
        self.folder_radio.setText(QCoreApplication.translate("BundleExportDialog", u"Save to a &folder or USB stick", None))
        self.email_radio.setText(QCoreApplication.translate("BundleExportDialog", u"Send by e-&mail", None))
        self.seal_group.setTitle(QCoreApplication.translate("BundleExportDialog", u"Encryption (recommended for e-mail: members' personal data travels)", None))
        self.seal_none_radio.setText(QCoreApplication.translate("BundleExportDialog", u"N&o encryption", None))
        self.seal_key_radio.setText(QCoreApplication.translate("BundleExportDialog", u"For the &recipient's key", None))
        self.key_file_button.setText(QCoreApplication.translate("BundleExportDialog", u"Choose a &key file\u2026", None))
        self.seal_passphrase_radio.setText(QCoreApplication.translate("BundleExportDialog", u"With a &passphrase:", None))
        self.passphrase_again_label.setText(QCoreApplication.translate("BundleExportDialog", u"&Type it again:", None))
        self.passphrase_hint_label.setText(QCoreApplication.translate("BundleExportDialog", u"Give the passphrase to the other office by phone, never in the same e-mail as the bundle.", None))
        self.open_folder_button.setText(QCoreApplication.translate("BundleExportDialog", u"Open the fo&lder", None))
        self.export_button.setText(QCoreApplication.translate("BundleExportDialog", u"E&xport", None))
        self.close_button.setText(QCoreApplication.translate("BundleExportDialog", u"&Close", None))
    # retranslateUi

