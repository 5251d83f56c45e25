"""Sync commands of the command line: setup-bundle, init --from-bundle, export, verify, import, keys,
sync-status. ``register(commands)`` adds them to ``cli._parser``'s subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.domain.text import format_int


def register(commands) -> None:
    _register_exchange(commands)
    keys = commands.add_parser("keys", help="khóa của văn phòng này và các văn phòng được tin cậy")
    actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="dấu vân tay của văn phòng này và danh sách văn phòng tin cậy")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_keys_show)
    export = actions.add_parser("export", help="ghi khóa công khai của văn phòng này ra tệp")
    export.add_argument("out", type=Path, metavar="OUT")
    export.set_defaults(handler=cmd_keys_export)
    trust = actions.add_parser("trust", help="tin cậy một văn phòng: tệp khóa, gói của họ, hoặc dấu vân tay")
    trust.add_argument("what", metavar="FILE|FINGERPRINT")
    trust.set_defaults(handler=cmd_keys_trust)
    revoke = actions.add_parser("revoke", help="thu hồi tin cậy (dấu vân tay hoặc mã đơn vị)")
    revoke.add_argument("what", metavar="FINGERPRINT|UNIT_CODE")
    revoke.set_defaults(handler=cmd_keys_revoke)
    status = commands.add_parser("sync-status", help="tình trạng trao đổi gói với từng văn phòng")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_sync_status)


def _register_exchange(commands) -> None:
    setup = commands.add_parser("setup-bundle", help="gói thiết lập cho văn phòng một đơn vị cấp dưới")
    setup.add_argument("--for", dest="unit", required=True, metavar="UNIT_CODE")
    setup.add_argument("out", type=Path, metavar="OUT.udbundle")
    _seal_options(setup)
    setup.set_defaults(handler=cmd_setup_bundle)
    init = commands.add_parser("init", help="tạo cơ sở dữ liệu mới (--db) cho văn phòng từ gói thiết lập")
    init.add_argument("--from-bundle", dest="bundle", required=True, type=Path, metavar="FILE")
    init.add_argument("--passphrase-env", metavar="VAR", help="biến môi trường chứa mật khẩu của gói mã hóa")
    # Also after the command, as the issue writes it; SUPPRESS keeps a global --officer when this one is absent.
    init.add_argument("--officer", default=argparse.SUPPRESS, metavar="NAME", help="họ tên cán bộ của văn phòng mới")
    init.add_argument("--json", action="store_true")
    init.set_defaults(handler=cmd_init)
    export = commands.add_parser("export", help="xuất gói dữ liệu cho văn phòng cấp trên hoặc cấp dưới")
    export.add_argument("--to", dest="unit", required=True, metavar="UNIT_CODE")
    export.add_argument("out", type=Path, metavar="OUT.udbundle")
    export.add_argument("--full", action="store_true", help="toàn bộ dữ liệu, không chỉ phần chưa được xác nhận")
    export.add_argument("--json", action="store_true")
    _seal_options(export)
    export.set_defaults(handler=cmd_export)
    for name, handler, help_text in (("verify", cmd_verify, "kiểm tra một gói, không thay đổi gì"),
                                     ("import", cmd_import, "nhập một gói dữ liệu")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("file", type=Path, metavar="FILE")
        command.add_argument("--json", action="store_true")
        command.add_argument("--passphrase-env", metavar="VAR", help="biến môi trường chứa mật khẩu của gói mã hóa")
        if name == "import":
            command.add_argument("--report", type=Path, metavar="OUT", help="lưu báo cáo (.json hoặc văn bản)")
        command.set_defaults(handler=handler)


def _seal_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--encrypt-for", type=Path, metavar="KEYFILE", help="mã hóa cho khóa công khai của nơi nhận")
    group.add_argument("--passphrase-env", metavar="VAR", help="mã hóa bằng mật khẩu lấy từ biến môi trường này")


def _passphrase(args: argparse.Namespace) -> str | None:
    name = getattr(args, "passphrase_env", None)
    if not name:
        return None
    value = os.environ.get(name)
    if not value:
        raise InputError(f"Biến môi trường {name} không có mật khẩu.", "passphrase")
    return value


def _seal(args: argparse.Namespace):
    from uniondesk.services.sync.export import Seal
    from uniondesk.services.sync.keys import read_key_file

    if getattr(args, "encrypt_for", None):
        return Seal(recipient=read_key_file(args.encrypt_for))
    passphrase = _passphrase(args)
    return Seal(passphrase=passphrase) if passphrase else None


def _open(args: argparse.Namespace, **options):
    from uniondesk.cli import _open as open_db

    return open_db(args, **options)


def _actor(args: argparse.Namespace):
    from uniondesk.services import installation

    return installation.actor(args.officer)


def _printer():
    from uniondesk.cli import _ProgressPrinter

    return _ProgressPrinter()


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _size(size: int) -> str:
    return f"{format_int(size // 1024)} KB" if size < 10 * 1024**2 else f"{size / 1024**2:.1f} MB".replace(".", ",")


def _print_export(result, as_json: bool) -> int:
    if as_json:
        _print_json(result.as_json())
        return 0
    kind = "Gói thiết lập" if result.kind == "setup" else "Gói dữ liệu"
    print(f"{kind} số {result.sequence} cho {result.destination}: {result.path} ({_size(result.size)}"
          f"{', đã mã hóa' if result.sealed else ''}).")
    print(f"  {format_int(result.records)} bản ghi{' (toàn bộ)' if result.full else ''}; "
          f"{format_int(result.totals['initiatives'])} sáng kiến, làm lợi {format_int(result.totals['benefit_vnd'])} đồng.")
    return 0


def cmd_setup_bundle(args: argparse.Namespace) -> int:
    from uniondesk.services.sync.setup import setup_bundle

    from uniondesk.services.sync.keys import own_key

    with _open(args, lock=True):
        result = setup_bundle(_actor(args), args.unit, args.out, seal=_seal(args), progress=_printer())
        fingerprint = own_key().fingerprint
    _print_export(result, False)
    print(f"Dấu vân tay khóa của văn phòng này: {fingerprint} — hãy đọc cho văn phòng nhận qua điện thoại.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from uniondesk.services.sync.export import export_bundle

    with _open(args, lock=True):
        result = export_bundle(_actor(args), args.unit, args.out, full=args.full, seal=_seal(args),
                               progress=None if args.json else _printer())
    return _print_export(result, args.json)


def cmd_init(args: argparse.Namespace) -> int:
    from uniondesk.cli import _db_path
    from uniondesk.services.sync.setup import init_from_bundle

    from uniondesk.services import installation
    from uniondesk.services.sync.keys import own_key

    path = _db_path(args)
    existed = path.exists()
    try:
        with _open(args, create=True, lock=True) as handle:
            report = init_from_bundle(args.bundle, args.officer or "", _passphrase(args), progress=_printer())
            home, fingerprint = installation.home_unit(), own_key().fingerprint
    except BaseException:
        if not existed:  # a refused bundle leaves no half-made database behind
            for extra in ("", "-wal", "-shm", ".lock"):
                Path(str(path) + extra).unlink(missing_ok=True)
        raise
    if args.json:
        _print_json({"db": str(handle.path), "home_unit": home.code, "fingerprint": fingerprint, **report.as_json(False)})
        return 0
    print(f"Đã tạo cơ sở dữ liệu {handle.path} cho “{home.name}” [{home.code}], tin cậy văn phòng {report.sender} "
          f"(dấu vân tay {report.fingerprint}).")
    print(f"  {report.summary()}")
    print(f"Dấu vân tay khóa của văn phòng mới: {fingerprint} — hãy đọc cho văn phòng cấp trên khi gửi gói đầu tiên.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from uniondesk.services.sync.importer import verify

    with _open(args):
        result = verify(args.file, _passphrase(args))
    if args.json:
        _print_json(result.as_json())
        return 0
    b, preview = result.bundle, result.preview
    print(f"Gói hợp lệ: số {b.sequence} từ “{b.sender.label}” (dấu vân tay {b.sender.fingerprint}, "
          f"{'đã tin cậy' if result.trust.status == 'trusted' else 'tin cậy theo dấu vân tay'}), tạo lúc "
          f"{b.manifest['created_at'].replace('T', ' ')}.")
    print(f"  {format_int(b.totals['records'])} bản ghi; {format_int(b.totals['initiatives'])} sáng kiến, làm lợi "
          f"{format_int(b.totals['benefit_vnd'])} đồng.")
    print(f"  Nếu nhập: mới {format_int(preview['new'])}, mới hơn {format_int(preview['newer'])}, "
          f"không đổi {format_int(preview['unchanged'])}, cũ hơn {format_int(preview['older'])}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from uniondesk.services.sync.importer import import_bundle

    with _open(args, lock=True):
        report = import_bundle(_actor(args), args.file, passphrase=_passphrase(args),
                               progress=None if args.json else _printer())
    if args.report:
        report.save(args.report)
    if args.json:
        _print_json(report.as_json(records=False))
        return 0
    sys.stdout.write(report.as_text(every_record=False))
    if args.report:
        print(f"Đã lưu báo cáo đầy đủ vào {args.report}.")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from uniondesk.services.sync import keys

    with _open(args):
        own = keys.own_key()
        offices = [{"fingerprint": o.fingerprint, "label": o.label, "installation_id": o.installation_id,
                    "unit_uuid": o.unit_uuid, "trusted_at": o.trusted_at, "revoked_at": o.revoked_at}
                   for o in keys.trusted_offices()]
    if args.json:
        _print_json({"installation_id": own.installation_id, "unit_code": own.unit_code, "unit_name": own.unit_name,
                     "fingerprint": own.fingerprint, "trusted": offices})
        return 0
    print(f"Văn phòng này: {own.label or '(chưa có đơn vị chủ quản)'} — dấu vân tay {own.fingerprint}")
    print("Văn phòng được tin cậy:" if offices else "Chưa tin cậy văn phòng nào.")
    for office in offices:
        state = f"đã thu hồi {office['revoked_at'][:10]}" if office["revoked_at"] else (
            "chờ gói đầu tiên" if not office["installation_id"] else "đang tin cậy")
        print(f"  {office['fingerprint']}  {office['label'] or '?'}  ({state})")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from uniondesk.services.sync import keys

    with _open(args):
        keys.export_key(args.out)
        fingerprint = keys.own_key().fingerprint
    print(f"Đã ghi khóa công khai vào {args.out} (dấu vân tay {fingerprint}).")
    return 0


def _key_from_file(path: Path):
    from uniondesk.services.sync import bundle, keys

    data = bundle.read_file(path)
    if data[:2] == b"PK":
        return bundle.open_bytes(data, records=False).sender
    return keys.read_key_file(path)


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from uniondesk.services.sync import keys

    path = Path(args.what)
    with _open(args, lock=True):
        if path.exists():
            office = keys.trust_key(_actor(args), _key_from_file(path))
            print(f"Đã tin cậy “{office.label}” (dấu vân tay {office.fingerprint}). Hãy chắc chắn dấu vân tay này "
                  "khớp với dấu vân tay văn phòng đó đọc qua điện thoại.")
            return 0
        if keys.normalise_fingerprint(args.what) is None:
            raise EnvironmentFault(f"Không tìm thấy tệp “{args.what}”, và đó cũng không phải là dấu vân tay khóa.")
        office = keys.trust_fingerprint(_actor(args), args.what)
    print(f"Đã tin cậy dấu vân tay {office.fingerprint}: gói đầu tiên ký bằng khóa này sẽ được nhận.")
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from uniondesk.services.sync import keys

    with _open(args, lock=True):
        office = keys.revoke(_actor(args), args.what)
    print(f"Đã thu hồi tin cậy “{office.label or office.fingerprint}”: gói của văn phòng này sẽ bị từ chối.")
    return 0


def _when(event: dict | None) -> str:
    if not event:
        return "—"
    day = event["at"][:10].split("-")
    return f"số {event['seq']}, {day[2]}/{day[1]}/{day[0]} ({event['days']} ngày)"


def cmd_sync_status(args: argparse.Namespace) -> int:
    from uniondesk.services.sync.status import status, warning_days

    with _open(args):
        rows, limit = status(), warning_days()
    if args.json:
        _print_json({"warning_days": limit, "offices": [row.as_json() for row in rows]})
        return 0
    if not rows:
        print("Chưa trao đổi gói với văn phòng nào.")
    relation = {"upper": "cấp trên", "lower": "cấp dưới", "": "khác"}
    for row in rows:
        mark = "  ⚠ quá hạn" if row.warning else ""
        print(f"{row.unit_name} [{row.unit_code}] ({relation[row.relation]}){mark}")
        print(f"  Gửi gần nhất: {_when(row.last_sent)} · Nhận gần nhất: {_when(row.last_received)} · "
              f"Được xác nhận: {_when(row.last_acknowledged)}")
        pending = "—" if row.unacknowledged_records is None else format_int(row.unacknowledged_records)
        print(f"  Bản ghi chưa được xác nhận: {pending} · Gói đang giữ chờ xác nhận: {row.kept_bundles}")
    return 0
