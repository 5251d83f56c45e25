# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_recipients.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDoubleSpinBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AwardRecipients(object):
    def setupUi(self, AwardRecipients):
        if not AwardRecipients.objectName():
            AwardRecipients.setObjectName(u"AwardRecipients")
        AwardRecipients.resize(700, 520)
        self.main_layout = QVBoxLayout(AwardRecipients)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.add_person_button = QPushButton(AwardRecipients)
        self.add_person_button.setObjectName(u"add_person_button")

        self.toolbar_layout.addWidget(self.add_person_button)

        self.add_unit_button = QPushButton(AwardRecipients)
        self.add_unit_button.setObjectName(u"add_unit_button")

        self.toolbar_layout.addWidget(self.add_unit_button)

        self.propose_button = QPushButton(AwardRecipients)
        self.propose_button.setObjectName(u"propose_button")

        self.toolbar_layout.addWidget(self.propose_button)

        self.remove_button = QPushButton(AwardRecipients)
        self.remove_button.setObjectName(u"remove_button")

        self.toolbar_layout.addWidget(self.remove_button)

        self.up_button = QPushButton(AwardRecipients)
        self.up_button.setObjectName(u"up_button")
        self.up_button.setText(u"\u25b2")
        self.up_button.setMaximumSize(QSize(36, 16777215))

        self.toolbar_layout.addWidget(self.up_button)

        self.down_button = QPushButton(AwardRecipients)
        self.down_button.setObjectName(u"down_button")
        self.down_button.setText(u"\u25bc")
        self.down_button.setMaximumSize(QSize(36, 16777215))

        self.toolbar_layout.addWidget(self.down_button)

        self.revoke_award_button = QPushButton(AwardRecipients)
        self.revoke_award_button.setObjectName(u"revoke_award_button")

        self.toolbar_layout.addWidget(self.revoke_award_button)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.count_label = QLabel(AwardRecipients)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.toolbar_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.toolbar_layout)

        self.table_view = QTableView(AwardRecipients)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setWordWrap(False)

        self.main_layout.addWidget(self.table_view)

        self.detail_box = QGroupBox(AwardRecipients)
        self.detail_box.setObjectName(u"detail_box")
        self.detail_layout = QGridLayout(self.detail_box)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setVerticalSpacing(3)
        self.name_label = QLabel(self.detail_box)
        self.name_label.setObjectName(u"name_label")

        self.detail_layout.addWidget(self.name_label, 0, 0, 1, 1)

        self.name_edit = QLineEdit(self.detail_box)
        self.name_edit.setObjectName(u"name_edit")

        self.detail_layout.addWidget(self.name_edit, 0, 1, 1, 1)

        self.position_label = QLabel(self.detail_box)
        self.position_label.setObjectName(u"position_label")

        self.detail_layout.addWidget(self.position_label, 0, 2, 1, 1)

        self.position_edit = QLineEdit(self.detail_box)
        self.position_edit.setObjectName(u"position_edit")

        self.detail_layout.addWidget(self.position_edit, 0, 3, 1, 1)

        self.unit_name_label = QLabel(self.detail_box)
        self.unit_name_label.setObjectName(u"unit_name_label")

        self.detail_layout.addWidget(self.unit_name_label, 1, 0, 1, 1)

        self.unit_name_edit = QLineEdit(self.detail_box)
        self.unit_name_edit.setObjectName(u"unit_name_edit")

        self.detail_layout.addWidget(self.unit_name_edit, 1, 1, 1, 3)

        self.own_reason_label = QLabel(self.detail_box)
        self.own_reason_label.setObjectName(u"own_reason_label")

        self.detail_layout.addWidget(self.own_reason_label, 2, 0, 1, 1)

        self.own_reason_edit = QLineEdit(self.detail_box)
        self.own_reason_edit.setObjectName(u"own_reason_edit")

        self.detail_layout.addWidget(self.own_reason_edit, 2, 1, 1, 3)

        self.achievement_label = QLabel(self.detail_box)
        self.achievement_label.setObjectName(u"achievement_label")

        self.detail_layout.addWidget(self.achievement_label, 3, 0, 1, 1)

        self.achievement_edit = QLineEdit(self.detail_box)
        self.achievement_edit.setObjectName(u"achievement_edit")

        self.detail_layout.addWidget(self.achievement_edit, 3, 1, 1, 3)

        self.nudge_label = QLabel(self.detail_box)
        self.nudge_label.setObjectName(u"nudge_label")

        self.detail_layout.addWidget(self.nudge_label, 4, 0, 1, 1)

        self.nudge_layout = QHBoxLayout()
        self.nudge_layout.setObjectName(u"nudge_layout")
        self.nudge_x_label = QLabel(self.detail_box)
        self.nudge_x_label.setObjectName(u"nudge_x_label")

        self.nudge_layout.addWidget(self.nudge_x_label)

        self.nudge_x_spin = QDoubleSpinBox(self.detail_box)
        self.nudge_x_spin.setObjectName(u"nudge_x_spin")

        self.nudge_layout.addWidget(self.nudge_x_spin)

        self.nudge_y_label = QLabel(self.detail_box)
        self.nudge_y_label.setObjectName(u"nudge_y_label")

        self.nudge_layout.addWidget(self.nudge_y_label)

        self.nudge_y_spin = QDoubleSpinBox(self.detail_box)
        self.nudge_y_spin.setObjectName(u"nudge_y_spin")

        self.nudge_layout.addWidget(self.nudge_y_spin)

        self.nudge_hint_label = QLabel(self.detail_box)
        self.nudge_hint_label.setObjectName(u"nudge_hint_label")
        self.nudge_hint_label.setText(u"")

        self.nudge_layout.addWidget(self.nudge_hint_label)

        self.nudge_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nudge_layout.addItem(self.nudge_spacer)

        self.save_recipient_button = QPushButton(self.detail_box)
        self.save_recipient_button.setObjectName(u"save_recipient_button")

        self.nudge_layout.addWidget(self.save_recipient_button)


        self.detail_layout.addLayout(self.nudge_layout, 4, 1, 1, 3)

        self.repeat_label = QLabel(self.detail_box)
        self.repeat_label.setObjectName(u"repeat_label")
        self.repeat_label.setStyleSheet(u"color: #8a5300; background: #fff3cd; padding: 3px;")
        self.repeat_label.setText(u"")
        self.repeat_label.setWordWrap(True)

        self.detail_layout.addWidget(self.repeat_label, 5, 0, 1, 4)

        self.recipient_error = QLabel(self.detail_box)
        self.recipient_error.setObjectName(u"recipient_error")
        self.recipient_error.setStyleSheet(u"color: #c62828;")
        self.recipient_error.setWordWrap(True)

        self.detail_layout.addWidget(self.recipient_error, 6, 0, 1, 4)


        self.main_layout.addWidget(self.detail_box)

        self.general_error = QLabel(AwardRecipients)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setStyleSheet(u"color: #c62828;")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.position_label.setBuddy(self.position_edit)
        self.unit_name_label.setBuddy(self.unit_name_edit)
        self.own_reason_label.setBuddy(self.own_reason_edit)
        self.achievement_label.setBuddy(self.achievement_edit)
        self.nudge_x_label.setBuddy(self.nudge_x_spin)
        self.nudge_y_label.setBuddy(self.nudge_y_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.add_person_button, self.add_unit_button)
        QWidget.setTabOrder(self.add_unit_button, self.propose_button)
        QWidget.setTabOrder(self.propose_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.revoke_award_button)
        QWidget.setTabOrder(self.revoke_award_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.position_edit)
        QWidget.setTabOrder(self.position_edit, self.unit_name_edit)
        QWidget.setTabOrder(self.unit_name_edit, self.own_reason_edit)
        QWidget.setTabOrder(self.own_reason_edit, self.achievement_edit)
        QWidget.setTabOrder(self.achievement_edit, self.nudge_x_spin)
        QWidget.setTabOrder(self.nudge_x_spin, self.nudge_y_spin)
        QWidget.setTabOrder(self.nudge_y_spin, self.save_recipient_button)

        self.retranslateUi(AwardRecipients)

        QMetaObject.connectSlotsByName(AwardRecipients)
    # setupUi

    def retranslateUi(self, AwardRecipients):
        self.add_person_button.setText(QCoreApplication.translate("AwardRecipients", u"Add &people\u2026", None))
        self.add_unit_button.setText(QCoreApplication.translate("AwardRecipients", u"Add a &unit\u2026", None))
        self.propose_button.setText(QCoreApplication.translate("AwardRecipients", u"Pr&oposals\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("AwardRecipients", u"Remo&ve", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("AwardRecipients", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("AwardRecipients", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.revoke_award_button.setText(QCoreApplication.translate("AwardRecipients", u"Revo&ke this award\u2026", None))
        self.detail_box.setTitle(QCoreApplication.translate("AwardRecipients", u"Selected recipient", None))
        self.name_label.setText(QCoreApplication.translate("AwardRecipients", u"&Name:", None))
        self.position_label.setText(QCoreApplication.translate("AwardRecipients", u"Posi&tion:", None))
        self.unit_name_label.setText(QCoreApplication.translate("AwardRecipients", u"Uni&t:", None))
        self.own_reason_label.setText(QCoreApplication.translate("AwardRecipients", u"Own reaso&n:", None))
        self.own_reason_edit.setPlaceholderText(QCoreApplication.translate("AwardRecipients", u"empty: the decision's reason", None))
        self.achievement_label.setText(QCoreApplication.translate("AwardRecipients", u"Ac&hievement:", None))
        self.achievement_edit.setPlaceholderText(QCoreApplication.translate("AwardRecipients", u"fills {achievement} in the reason", None))
        self.nudge_label.setText(QCoreApplication.translate("AwardRecipients", u"Move text (mm):", None))
        self.nudge_x_label.setText(QCoreApplication.translate("AwardRecipients", u"&Right:", None))
        self.nudge_y_label.setText(QCoreApplication.translate("AwardRecipients", u"Do&wn:", None))
        self.save_recipient_button.setText(QCoreApplication.translate("AwardRecipients", u"Save recipi&ent", None))
        pass
    # retranslateUi

