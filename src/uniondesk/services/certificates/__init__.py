"""Certificates (bằng khen, giấy khen) with reportlab: templates as data files, a layout that keeps every
word in its box, the full design or text only for pre-printed blanks, calibration per printer, batches
of a whole decision in one PDF, an image preview, and the decision's recipient list as PDF and .xlsx.

Modules: ``templates`` (JSON files, checked), ``fonts`` (TrueType with Vietnamese), ``page`` (the display
list), ``layout``, ``ornament``, ``pdf`` (and safe file writing), ``preview`` (image), ``calibration``,
``batch`` (a decision's certificates), ``recipient_list``.
"""
