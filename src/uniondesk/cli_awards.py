"""Command-line commands for awards: ``decisions``, ``certificates``, ``calibration-page`` and
``recipient-list``. ``cli._parser`` calls ``register``; handlers import the services lazily, as ``cli`` does.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands) -> None:
    decisions = commands.add_parser("decisions", help="liệt kê các quyết định khen thưởng")
    decisions.add_argument("--json", action="store_true")
    decisions.set_defaults(handler=cmd_decisions)

    certificates = commands.add_parser("certificates", help="in bằng khen, giấy khen của một quyết định ra PDF")
    certificates.add_argument("--decision", required=True, metavar="NUMBER", help="số quyết định, ví dụ 125/QĐ-LĐLĐ")
    certificates.add_argument("--year", type=int, help="năm của quyết định (khi nhiều năm có cùng số)")
    certificates.add_argument("--pdf", required=True, type=Path, metavar="OUT.pdf")
    certificates.add_argument("--blank", action="store_true", help="chỉ in chữ, để in lên phôi có sẵn hoa văn")
    certificates.add_argument("--template", metavar="NAME", help="mẫu trong resources/certificates, hoặc tệp .json")
    certificates.add_argument("--printer", default="", help="tên máy in có căn chỉnh riêng")
    certificates.set_defaults(handler=cmd_certificates)

    page = commands.add_parser("calibration-page", help="trang căn chỉnh (lưới thước và dấu +) của một mẫu")
    page.add_argument("--template", required=True, metavar="NAME")
    page.add_argument("--printer", default="")
    page.add_argument("out", type=Path, metavar="OUT.pdf")
    page.set_defaults(handler=cmd_calibration_page)

    listing = commands.add_parser("recipient-list", help="danh sách kèm theo quyết định, ra PDF hoặc Excel")
    listing.add_argument("--decision", required=True, metavar="NUMBER")
    listing.add_argument("--year", type=int)
    listing.add_argument("out", type=Path, metavar="OUT.pdf|OUT.xlsx")
    listing.set_defaults(handler=cmd_recipient_list)


def _open(args: argparse.Namespace, *, lock: bool = False):
    from uniondesk.cli import _open as open_database

    return open_database(args, lock=lock)


def decisions_json(rows, recipients_of) -> list[dict]:
    return [{"number": row.number, "date": row.decided_on.isoformat(), "issuing_unit_code": row.issuing_unit_code,
             "form": row.form, "form_title": row.form_title, "campaign_code": row.campaign_code or None,
             "status": row.status,
             "recipients": [{"kind": r.kind, "name": r.name, "unit_code": r.unit_code, "register_no": r.register_no}
                            for r in recipients_of(row.id)]}
            for row in rows]


def cmd_decisions(args: argparse.Namespace) -> int:
    from uniondesk.cli import _print_json
    from uniondesk.domain.awards import STATUS_LABELS, form_title
    from uniondesk.domain.text import format_date
    from uniondesk.store.queries.awards import decision_rows, recipient_rows

    with _open(args):
        rows = decision_rows()
        if args.json:
            _print_json(decisions_json(rows, recipient_rows))
            return 0
    for row in rows:
        counted = ", ".join(part for part in (f"{row.collectives} tập thể" if row.collectives else "",
                                              f"{row.individuals} cá nhân" if row.individuals else "") if part)
        print(f"{row.number:<18} {format_date(row.decided_on)}  {STATUS_LABELS.get(row.status, row.status):<11} "
              f"{form_title(row.form, row.form_title)} — {counted or 'chưa có người được khen'} "
              f"[{row.issuing_unit_code}]{' · ' + row.campaign_name if row.campaign_name else ''}")
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from uniondesk.cli import _ProgressPrinter
    from uniondesk.services.awards import decision_by_number
    from uniondesk.services.certificates.batch import write_certificates

    with _open(args):
        decision = decision_by_number(args.decision, args.year)
        result = write_certificates(decision.id, args.pdf, template=args.template, blank=args.blank,
                                    printer=args.printer, progress=_ProgressPrinter())
    mode = "chỉ in chữ (phôi)" if result.blank else "in đầy đủ hoa văn"
    seconds = f"{result.seconds:.1f}".replace(".", ",")
    print(f"Đã ghi {result.pages} trang ({mode}, mẫu {result.template}) vào {result.path} trong {seconds} giây.")
    return 0


def cmd_calibration_page(args: argparse.Namespace) -> int:
    from uniondesk.services.certificates.calibration import write_calibration_page

    with _open(args):
        path = write_calibration_page(args.template, args.out, args.printer)
    print(f"Đã ghi trang căn chỉnh vào {path}. In ở tỷ lệ 100 %, đo các dấu + rồi nhập độ lệch.")
    return 0


def cmd_recipient_list(args: argparse.Namespace) -> int:
    from uniondesk.domain.errors import InputError
    from uniondesk.services.awards import decision_by_number
    from uniondesk.services.certificates import recipient_list

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InputError("Tệp ra phải có đuôi .pdf hoặc .xlsx.", "out")
    with _open(args):
        decision = decision_by_number(args.decision, args.year)
        write = recipient_list.write_pdf if suffix == ".pdf" else recipient_list.write_xlsx
        path = write(decision.id, args.out)
    print(f"Đã ghi danh sách kèm theo Quyết định số {decision.number} vào {path}.")
    return 0
