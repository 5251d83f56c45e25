"""``uniondesk excel template|import|export``: initiatives in and out of Excel workbooks.

``cli._parser`` calls ``register``; handlers import the services lazily, as ``cli`` does. ``excel import``
exits 0 when it imported (also when every row was already there), 2 when it refused; with ``--json``
the counts and the row errors are printed on stdout either way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(commands) -> None:
    excel = commands.add_parser("excel", help="mẫu nhập, nhập và xuất danh sách sáng kiến bằng tệp Excel (.xlsx)")
    actions = excel.add_subparsers(dest="excel_command", metavar="ACTION", parser_class=type(excel), required=True)

    template = actions.add_parser("template", help="tạo tệp mẫu để công đoàn cơ sở điền sáng kiến")
    template.add_argument("out", type=Path, metavar="OUT.xlsx")
    template.add_argument("--campaign", required=True, metavar="CODE")
    template.add_argument("--unit", metavar="CODE", help="chỉ các đơn vị thuộc đơn vị này (mặc định: đơn vị tổ chức)")
    template.set_defaults(handler=cmd_template)

    load = actions.add_parser("import", help="kiểm tra và nhập sáng kiến từ tệp Excel")
    load.add_argument("file", type=Path, metavar="FILE.xlsx")
    load.add_argument("--campaign", required=True, metavar="CODE")
    load.add_argument("--valid-only", action="store_true", help="nhập các dòng hợp lệ, bỏ qua các dòng lỗi")
    load.add_argument("--report", type=Path, metavar="OUT.xlsx", help="ghi báo cáo: bản sao tệp, tô đỏ ô lỗi")
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=cmd_import)

    export = actions.add_parser("export", help="xuất danh sách sáng kiến của một chương trình ra tệp Excel")
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    export.add_argument("--campaign", required=True, metavar="CODE")
    export.add_argument("--unit", metavar="CODE", help="chỉ các sáng kiến của đơn vị này và cấp dưới")
    export.set_defaults(handler=cmd_export)


def _ids(args: argparse.Namespace) -> tuple[int, int | None]:
    from uniondesk.services.campaigns import campaign_by_code
    from uniondesk.store.queries.units import live_unit_id

    campaign = campaign_by_code(args.campaign)
    unit_id = live_unit_id(args.unit) if getattr(args, "unit", None) else None
    return campaign.id, unit_id


def cmd_template(args: argparse.Namespace) -> int:
    from uniondesk.cli import _open
    from uniondesk.services.excel import write_template

    with _open(args):
        campaign_id, unit_id = _ids(args)
        path = write_template(campaign_id, args.out, unit_id)
    print(f"Đã ghi tệp mẫu {path}.")
    return 0


def _print_counts(result, stream=None) -> None:
    from uniondesk.domain.text import format_int

    stream = stream or sys.stdout
    print(f"Số dòng sáng kiến: {format_int(result.rows)}; đã nhập: {format_int(result.imported)}; đã có từ trước: "
          f"{format_int(result.unchanged)}; có lỗi: {format_int(result.invalid)}.", file=stream)
    if result.report_path:
        print(f"Báo cáo: {result.report_path}", file=stream)


def cmd_import(args: argparse.Namespace) -> int:
    from uniondesk.cli import _open, _print_json, _ProgressPrinter
    from uniondesk.services import installation
    from uniondesk.services.excel import ImportRefused, import_workbook

    with _open(args, lock=True):
        campaign_id, _ = _ids(args)
        actor = installation.actor(args.officer)
        try:
            result = import_workbook(actor, campaign_id, args.file, valid_only=args.valid_only,
                                     report_path=args.report, progress=None if args.json else _ProgressPrinter())
        except ImportRefused as refused:
            if args.json:
                _print_json(refused.result.as_json())
            raise
    if args.json:
        _print_json(result.as_json())
        return 0
    _print_counts(result)
    for error in result.errors:
        print(f"  {error.line()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from uniondesk.cli import _open, _ProgressPrinter
    from uniondesk.domain.text import format_int
    from uniondesk.services.excel import export_initiatives

    with _open(args):
        campaign_id, unit_id = _ids(args)
        written = export_initiatives(args.out, campaign_id, unit_id, progress=_ProgressPrinter())
    print(f"Đã xuất {format_int(written)} sáng kiến ra {args.out}.")
    return 0
