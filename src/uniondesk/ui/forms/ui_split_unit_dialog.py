# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'split_unit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SplitUnitDialog(object):
    def setupUi(self, SplitUnitDialog):
        if not SplitUnitDialog.objectName():
            SplitUnitDialog.setObjectName(u"SplitUnitDialog")
        SplitUnitDialog.resize(640, 10)
        self.main_layout = QVBoxLayout(SplitUnitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.unit_label = QLabel(SplitUnitDialog)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")
        self.unit_label.setWordWrap(True)

        self.main_layout.addWidget(self.unit_label)

        self.parts_table = QTableWidget(SplitUnitDialog)
        if (self.parts_table.columnCount() < 3):
            self.parts_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.parts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.parts_table.setObjectName(u"parts_table")
        self.parts_table.setColumnCount(3)
        self.parts_table.setAlternatingRowColors(True)
        self.parts_table.horizontalHeader().setStretchLastSection(False)
        self.parts_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.parts_table)

        self.row_layout = QHBoxLayout()
        self.row_layout.setObjectName(u"row_layout")
        self.add_part_button = QPushButton(SplitUnitDialog)
        self.add_part_button.setObjectName(u"add_part_button")

        self.row_layout.addWidget(self.add_part_button)

        self.remove_part_button = QPushButton(SplitUnitDialog)
        self.remove_part_button.setObjectName(u"remove_part_button")

        self.row_layout.addWidget(self.remove_part_button)

        self.row_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_layout.addItem(self.row_spacer)

        self.sum_label = QLabel(SplitUnitDialog)
        self.sum_label.setObjectName(u"sum_label")
        self.sum_label.setText(u"")

        self.row_layout.addWidget(self.sum_label)


        self.main_layout.addLayout(self.row_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_label = QLabel(SplitUnitDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(SplitUnitDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)


        self.main_layout.addLayout(self.form_layout)

        self.note_label = QLabel(SplitUnitDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.main_layout.addWidget(self.note_label)

        self.error_label = QLabel(SplitUnitDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #c62828;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SplitUnitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Orientation.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SplitUnitDialog)
        self.button_box.rejected.connect(SplitUnitDialog.reject)

        QMetaObject.connectSlotsByName(SplitUnitDialog)
    # setupUi

    def retranslateUi(self, SplitUnitDialog):
        SplitUnitDialog.setWindowTitle(QCoreApplication.translate("SplitUnitDialog", u"Split unit", None))
        ___qtablewidgetitem = self.parts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SplitUnitDialog", u"Code", None))
        ___qtablewidgetitem1 = self.parts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SplitUnitDialog", u"Name of the new unit", None))
        ___qtablewidgetitem2 = self.parts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SplitUnitDialog", u"Members", None))
        self.add_part_button.setText(QCoreApplication.translate("SplitUnitDialog", u"&Add a unit", None))
        self.remove_part_button.setText(QCoreApplication.translate("SplitUnitDialog", u"&Remove", None))
        self.date_label.setText(QCoreApplication.translate("SplitUnitDialog", u"From &date:", None))
        self.note_label.setText(QCoreApplication.translate("SplitUnitDialog", u"The child units and the people of the unit go to the first new unit; you can move them on afterwards.", None))
    # retranslateUi

