# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(440, 10)
        self.main_layout = QVBoxLayout(PersonDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.unit_label = QLabel(PersonDialog)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")
        self.unit_label.setWordWrap(True)

        self.main_layout.addWidget(self.unit_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.full_name_label = QLabel(PersonDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(PersonDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.full_name_error = QLabel(PersonDialog)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setStyleSheet(u"color: #c62828;")
        self.full_name_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name_error)

        self.gender_label = QLabel(PersonDialog)
        self.gender_label.setObjectName(u"gender_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_combo = QComboBox(PersonDialog)
        self.gender_combo.setObjectName(u"gender_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.birth_year_label = QLabel(PersonDialog)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year_edit = QLineEdit(PersonDialog)
        self.birth_year_edit.setObjectName(u"birth_year_edit")
        self.birth_year_edit.setMaxLength(4)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_year_edit)

        self.birth_year_error = QLabel(PersonDialog)
        self.birth_year_error.setObjectName(u"birth_year_error")
        self.birth_year_error.setStyleSheet(u"color: #c62828;")
        self.birth_year_error.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_year_error)

        self.position_label = QLabel(PersonDialog)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(PersonDialog)
        self.position_edit.setObjectName(u"position_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.position_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PersonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.gender_label.setBuddy(self.gender_combo)
        self.birth_year_label.setBuddy(self.birth_year_edit)
        self.position_label.setBuddy(self.position_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
        self.button_box.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.full_name_label.setText(QCoreApplication.translate("PersonDialog", u"Full &name:", None))
        self.gender_label.setText(QCoreApplication.translate("PersonDialog", u"&Gender:", None))
        self.birth_year_label.setText(QCoreApplication.translate("PersonDialog", u"&Birth year:", None))
        self.position_label.setText(QCoreApplication.translate("PersonDialog", u"&Position:", None))
    # retranslateUi

