"""Command-line commands for initiatives: ``initiatives add``, ``search`` and ``duplicates``.

``cli._parser`` calls ``register``; handlers import the services lazily, as ``cli`` does. Integer ids
never leave the database: an initiative is named by its uuid. Refused input exits 2 with the reason.
"""

from __future__ import annotations

import argparse
import sys

FIELDS = "technical, management, operational, applied_technology, other"
STATUSES = "registered, recognised, not_recognised, applied"


def register(commands) -> None:
    initiatives = commands.add_parser("initiatives", help="nhập sáng kiến")
    actions = initiatives.add_subparsers(dest="initiatives_command", metavar="ACTION", parser_class=type(initiatives),
                                         required=True)
    add = actions.add_parser("add", help="nhập một sáng kiến (cùng các bước kiểm tra như trên giao diện)")
    add.add_argument("--campaign", required=True, metavar="CODE")
    add.add_argument("--unit", required=True, metavar="CODE", help="đơn vị áp dụng sáng kiến")
    add.add_argument("--title", required=True, metavar="TEXT")
    add.add_argument("--author", action="append", required=True, metavar="NAME[:SHARE%]",
                     help="tác giả và tỷ lệ đóng góp (lặp lại cho đồng tác giả); không ghi tỷ lệ: chia đều phần còn "
                          "lại; tên chưa có trong đơn vị được thêm thành người mới")
    add.add_argument("--field", default="other", metavar="KEY", help=f"lĩnh vực: {FIELDS}")
    add.add_argument("--summary", default="", metavar="TEXT")
    add.add_argument("--benefit", default="0", metavar="VND", help="giá trị làm lợi, ví dụ 1.234.567 hoặc \"1,5 tỷ\"")
    add.add_argument("--registered", metavar="dd/mm/yyyy", help="ngày đăng ký")
    add.add_argument("--applied", metavar="dd/mm/yyyy", help="ngày áp dụng lần đầu")
    add.add_argument("--status", default="registered", metavar="KEY", help=f"trạng thái: {STATUSES}")
    add.add_argument("--confirm-duplicate", action="store_true", help="vẫn lưu khi có thể trùng một sáng kiến đã nhập")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)

    search = commands.add_parser("search", help="tìm sáng kiến theo tên, tóm tắt, tác giả (không cần gõ dấu)")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--campaign", metavar="CODE")
    search.add_argument("--limit", type=int, default=50, metavar="N", help="số kết quả in ra (mặc định 50)")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)

    duplicates = commands.add_parser("duplicates", help="tìm các nhóm sáng kiến có thể bị nhập trùng")
    duplicates.add_argument("--campaign", required=True, metavar="CODE")
    duplicates.add_argument("--json", action="store_true")
    duplicates.set_defaults(handler=cmd_duplicates)


def _open(args: argparse.Namespace, *, lock: bool = False):
    from uniondesk.cli import _open as open_database

    return open_database(args, lock=lock)


def parse_author(text: str) -> tuple[str, float | None]:
    """"Nguyễn Văn An:60%" → ("Nguyễn Văn An", 60.0); "Nguyễn Văn An" → (…, None)."""
    from uniondesk.domain.errors import InputError
    from uniondesk.domain.text import clean

    name, colon, share = text.rpartition(":")
    if not colon:
        return clean(text), None
    raw = share.strip().rstrip("%").strip().replace(",", ".")
    try:
        return clean(name), float(raw)
    except ValueError:
        raise InputError(f"Tỷ lệ đóng góp “{share.strip()}” của tác giả “{clean(name)}” không phải là một số "
                         "(ví dụ: \"Nguyễn Văn An:60%\").", "authors") from None


def _author_spec(unit_id: int, text: str):
    from uniondesk.domain.errors import InputError
    from uniondesk.services.initiatives import AuthorSpec
    from uniondesk.store.queries.initiatives import people_named

    name, share = parse_author(text)
    found = people_named(unit_id, name) if name else []
    if len(found) > 1:
        raise InputError(f"Đơn vị có {len(found)} người tên “{name}”; hãy chọn đúng người trên giao diện.", "authors")
    if found:
        return AuthorSpec(person_id=found[0], share_pct=share)
    return AuthorSpec(full_name=name, share_pct=share)


def _input(args: argparse.Namespace):
    from uniondesk.cli import _date_arg
    from uniondesk.domain.amounts import parse_vnd
    from uniondesk.domain.errors import InputError
    from uniondesk.services.campaigns import campaign_by_code
    from uniondesk.services.initiatives import InitiativeInput
    from uniondesk.store.queries.units import live_unit_id

    try:
        benefit = parse_vnd(args.benefit)
    except ValueError as exc:
        raise InputError(str(exc), "benefit_vnd") from None
    campaign = campaign_by_code(args.campaign)
    unit_id = live_unit_id(args.unit)
    return InitiativeInput(campaign_id=campaign.id, unit_id=unit_id, title=args.title, field=args.field,
                           summary=args.summary, authors=[_author_spec(unit_id, text) for text in args.author],
                           benefit_vnd=benefit, registered_on=_date_arg(args.registered, "registered_on"),
                           applied_on=_date_arg(args.applied, "applied_on"), status=args.status)


def similar_json(found) -> dict:
    return {"id": found.uuid, "title": found.title, "unit_code": found.unit_code, "unit_name": found.unit_name,
            "authors": found.authors, "score": found.score, "shared_author": found.shared_author,
            "same_unit": found.same_unit}


def cmd_add(args: argparse.Namespace) -> int:
    from uniondesk.cli import _print_json
    from uniondesk.services import installation
    from uniondesk.services.initiatives import DuplicateSuspected, add_initiative
    from uniondesk.store.queries.initiatives import detail

    with _open(args, lock=True):
        data = _input(args)
        try:
            initiative = add_initiative(installation.actor(args.officer), data,
                                        confirm_duplicate=args.confirm_duplicate)
        except DuplicateSuspected as exc:
            _print_duplicates(exc, args.json)
            raise
        saved = detail(initiative.id)
    if args.json:
        _print_json({"id": saved.uuid, "title": saved.title, "campaign_code": saved.campaign_code,
                     "unit_code": saved.unit_code, "field": saved.field, "status": saved.status,
                     "benefit_vnd": saved.benefit_vnd,
                     "authors": [{"name": a.name, "share_pct": a.share_bp / 100} for a in saved.authors],
                     "applied_outside_window": saved.applied_outside_window})
        return 0
    print(saved.uuid)
    if saved.applied_outside_window:
        print("Lưu ý: ngày áp dụng nằm ngoài thời gian áp dụng của chương trình.", file=sys.stderr)
    return 0


def _print_duplicates(exc, as_json: bool) -> None:
    from uniondesk.cli import _print_json

    if as_json:
        _print_json({"error": exc.message, "duplicates": [similar_json(found) for found in exc.candidates]})
        return
    for found in exc.candidates:
        print(f"  {found.uuid}  {found.title} [{found.unit_code}] · {found.authors} · giống {found.score:.0%}",
              file=sys.stderr)
    print("Dùng --confirm-duplicate để vẫn lưu.", file=sys.stderr)


def cmd_search(args: argparse.Namespace) -> int:
    from uniondesk.cli import _print_json
    from uniondesk.domain.amounts import format_vnd
    from uniondesk.domain.initiatives import status_label
    from uniondesk.services.campaigns import campaign_by_code
    from uniondesk.store.queries.initiatives import search

    with _open(args):
        campaign_id = campaign_by_code(args.campaign).id if args.campaign else None
        total, rows = search(args.text, campaign_id, max(1, args.limit))
    if args.json:
        _print_json({"total": total, "results": [
            {"id": r.uuid, "title": r.title, "unit_code": r.unit_code, "unit_name": r.unit_name,
             "campaign_code": r.campaign_code, "status": r.status, "benefit_vnd": r.benefit_vnd,
             "authors": r.authors, "registered_on": r.registered_on.isoformat() if r.registered_on else None,
             "confidential": r.confidential} for r in rows]})
        return 0
    from uniondesk.domain.text import format_int

    print(f"{format_int(total)} sáng kiến khớp với “{args.text}”" + (f"; {len(rows)} sáng kiến đầu tiên:" if
                                                                   total > len(rows) else ":"))
    for r in rows:
        authors = f" · {r.authors}" if r.authors else ""
        print(f"{r.uuid}  {r.title} [{r.unit_code}]{authors} · {status_label(r.status)} · "
              f"{format_vnd(r.benefit_vnd)} đồng")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from uniondesk.cli import _print_json, _ProgressPrinter
    from uniondesk.services.campaigns import campaign_by_code
    from uniondesk.services.duplicates import duplicate_groups

    with _open(args):
        campaign = campaign_by_code(args.campaign)
        groups = duplicate_groups(campaign.id, progress=None if args.json else _ProgressPrinter())
    if args.json:
        _print_json([[similar_json(found) for found in group] for group in groups])
        return 0
    from uniondesk.domain.text import format_int

    count = sum(len(group) for group in groups)
    print(f"{format_int(len(groups))} nhóm, {format_int(count)} sáng kiến có thể bị nhập trùng trong "
          f"chương trình “{campaign.name}”.")
    for number, group in enumerate(groups, 1):
        print(f"Nhóm {number} ({len(group)} sáng kiến):")
        for found in group:
            why = ", ".join(w for w, flag in (("cùng tác giả", found.shared_author), ("cùng đơn vị", found.same_unit))
                            if flag)
            print(f"  {found.uuid}  {found.title} [{found.unit_code}] · {found.authors} · giống {found.score:.0%}"
                  f"{' · ' + why if why else ''}")
    return 0
