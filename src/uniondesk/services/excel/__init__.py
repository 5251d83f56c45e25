"""Initiatives in and out of Excel (issue 4, parts 5–7): the template a grassroots union fills in, the
import that checks every row before writing anything (with a report copy of the workbook), and the
export of a campaign's list.

Modules: ``files`` (refusing what is not an .xlsx, safe saving), ``columns`` (headers and their other
names), ``template``, ``table`` (finding the header in messy sheets), ``cells`` and ``rows`` (parsing
values), ``unit_lookup``, ``plan`` (what a read found, and how an imported row is recognised),
``reader``, ``report``, ``importer``, ``export``. Legacy Vietnamese encodings are in
``domain.legacy_text``.
"""

from uniondesk.services.excel.export import export_initiatives
from uniondesk.services.excel.importer import ImportRefused, ImportResult, import_workbook
from uniondesk.services.excel.plan import CellError, ImportPlan, PlannedRow
from uniondesk.services.excel.reader import read_workbook
from uniondesk.services.excel.report import write_report
from uniondesk.services.excel.template import write_template

__all__ = ["CellError", "ImportPlan", "ImportRefused", "ImportResult", "PlannedRow", "export_initiatives",
           "import_workbook", "read_workbook", "write_report", "write_template"]
