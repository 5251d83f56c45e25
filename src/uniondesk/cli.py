"""The command line: ``uniondesk [--db PATH] [--officer NAME] [COMMAND]``; without a command, the GUI.

Exit codes: 0 success, 2 refused (the user's input or the environment: the reason, in Vietnamese, on
stderr), 1 a bug (a short message on stderr, the traceback in the log file). ``--json`` prints JSON
on stdout. Only argument parsing, calls into services and printing live here.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from uniondesk import __version__
from uniondesk.domain.errors import EnvironmentFault, InputError, UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.paths import default_database

log = logging.getLogger(__name__)
TABS = ("units", "campaigns", "initiatives", "awards")
KIND_LABELS = {"national": "Tổng Liên đoàn", "provincial": "LĐLĐ tỉnh, thành phố", "sector": "Công đoàn ngành TW",
               "upper": "Công đoàn cấp trên cơ sở", "grassroots": "Công đoàn cơ sở", "section": "Công đoàn bộ phận",
               "team": "Tổ công đoàn"}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line with exit code 2 instead of leaving the process."""

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        raise InputError(f"Câu lệnh không hợp lệ: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="uniondesk", description="UnionDesk — quản lý tổ chức công đoàn, thi đua, sáng kiến, "
                                                   "khen thưởng. Không có lệnh: mở giao diện.")
    parser.add_argument("--version", action="version", version=f"uniondesk {__version__}")
    parser.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu (mặc định: biến UNIONDESK_DB, hoặc thư mục dữ liệu)")
    parser.add_argument("--officer", help="họ tên cán bộ, ghi vào nhật ký thay đổi")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="tạo dữ liệu mẫu trong một cơ sở dữ liệu trống")
    demo.add_argument("--scale", choices=("small", "province", "national"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=cmd_demo)

    units = commands.add_parser("units", help="liệt kê cây đơn vị đang hoạt động")
    units.add_argument("--under", metavar="CODE", help="chỉ các đơn vị thuộc đơn vị có mã này")
    units.add_argument("--json", action="store_true")
    units.set_defaults(handler=cmd_units)

    check = commands.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)

    backup = commands.add_parser("backup", help="sao lưu nhất quán (SQLite online backup)")
    backup.add_argument("out", type=Path, metavar="OUT")
    backup.set_defaults(handler=cmd_backup)

    shot = commands.add_parser("screenshot", help="chụp cửa sổ chính thành ảnh PNG")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument("--tab", choices=TABS, default="units")
    shot.add_argument("--size", default="1280x800", help="rộng x cao, ví dụ 1280x800")
    shot.set_defaults(handler=cmd_screenshot)

    campaigns = commands.add_parser("campaigns", help="liệt kê các chương trình thi đua")
    campaigns.add_argument("--json", action="store_true")
    campaigns.set_defaults(handler=cmd_campaigns)

    progress = commands.add_parser("progress", help="tiến độ thực hiện chỉ tiêu của một chương trình")
    progress.add_argument("--campaign", required=True, metavar="CODE")
    progress.add_argument("--unit", metavar="CODE", help="đơn vị xem tiến độ các đơn vị trực thuộc (mặc định: "
                                                          "đơn vị tổ chức)")
    progress.add_argument("--as-of", metavar="dd/mm/yyyy", help="tính đến ngày (mặc định: hôm nay)")
    progress.add_argument("--json", action="store_true")
    progress.set_defaults(handler=cmd_progress)

    from uniondesk import cli_awards
    cli_awards.register(commands)
    from uniondesk import cli_excel
    cli_excel.register(commands)
    from uniondesk import cli_sync
    cli_sync.register(commands)
    from uniondesk import cli_initiatives
    cli_initiatives.register(commands)

    bench = commands.add_parser("bench", help="đo tốc độ trên dữ liệu mẫu")
    bench.add_argument("--scale", choices=("small", "province", "national"), default="province")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--only", action="append", metavar="GROUP",
                       choices=("core", "progress", "initiatives", "excel", "awards", "sync", "ui"),
                       help="chỉ đo nhóm này (lặp lại được): core, progress, initiatives, excel, awards, sync, ui")
    bench.set_defaults(handler=cmd_bench)
    return parser


# --- helpers ------------------------------------------------------------------------------------------

def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db else default_database()


def _open(args: argparse.Namespace, *, create: bool = False, lock: bool = False):
    """Read-only commands pass ``lock=False`` so that they work while a window has the file open."""
    from uniondesk.store.db import open_database

    return open_database(_db_path(args), create=create, lock=lock)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


class _ProgressPrinter:
    """Progress on stderr: a line when the step changes, otherwise at most twice a second."""

    def __init__(self) -> None:
        self._message = ""
        self._last = 0.0

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if message == self._message and now - self._last < 0.5 and done < total:
            return
        self._message, self._last = message, now
        percent = done * 100 // total if total else 100
        print(f"  {percent:3d}%  {message} ({format_int(done)}/{format_int(total)})", file=sys.stderr, flush=True)


# --- commands -----------------------------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from uniondesk.services.demo import build_demo

    with _open(args, create=True, lock=True) as handle:
        summary = build_demo(args.scale, args.seed, officer=args.officer or "Cán bộ demo",
                             progress=_ProgressPrinter())
    if args.json:
        _print_json({**summary.as_dict(), "db": str(handle.path)})
        return 0
    print(f"Đã tạo dữ liệu mẫu “{summary.scale}” (seed {summary.seed}) trong {handle.path}:")
    print(f"  {format_int(summary.units)} đơn vị, trong đó {format_int(summary.grassroots)} công đoàn cơ sở")
    print(f"  {format_int(summary.members)} đoàn viên, {format_int(summary.people)} cán bộ công đoàn")
    print(f"  thời gian: {summary.seconds:.1f} giây".replace(".", ","))
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    from uniondesk.domain.text import clean
    from uniondesk.store.queries.units import live_units_under

    code = clean(args.under).upper() if args.under else None
    with _open(args):
        rows = live_units_under(code)
    if code and not rows:
        raise InputError(f"Không có đơn vị đang hoạt động nào mang mã “{code}”.", "under")
    if args.json:
        _print_json([{"code": c, "name": n, "kind": k, "parent_code": p, "members": m} for c, n, k, p, m in rows])
        return 0
    depth: dict[str, int] = {}
    for unit_code, name, kind, parent_code, members in rows:
        depth[unit_code] = depth[parent_code] + 1 if parent_code in depth else 0
        figures = f" · {format_int(members)} đoàn viên" if members else ""
        print(f"{'  ' * depth[unit_code]}{name} [{unit_code}] · {KIND_LABELS.get(kind, kind)}{figures}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from uniondesk.services import maintenance

    with _open(args) as handle:
        result = maintenance.check()
    if args.json:
        _print_json(result)
    else:
        print(f"Cơ sở dữ liệu: {handle.path}")
        print(f"Phiên bản lược đồ: {result['schema_version']}")
        print(f"Kết quả kiểm tra: {'tốt' if result['ok'] else 'CÓ LỖI'}")
        print("Số dòng (không tính bản ghi đã xóa):")
        for table, count in result["counts"].items():
            deleted = result["deleted"].get(table)
            extra = f" (đã xóa: {format_int(deleted)})" if deleted else ""
            print(f"  {table:<14} {format_int(count):>12}{extra}")
    if not result["ok"]:
        print("Cơ sở dữ liệu có lỗi:", file=sys.stderr)
        for problem in result["problems"]:
            print(f"  - {problem}", file=sys.stderr)
        print("Hãy khôi phục từ một bản sao lưu trong thư mục backups, hoặc liên hệ hỗ trợ.", file=sys.stderr)
        return 2
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from uniondesk.services import maintenance

    with _open(args):
        target = maintenance.backup(args.out)
    size = target.stat().st_size
    print(f"Đã sao lưu vào {target} ({format_int(size // 1024)} KB).")
    return 0


def cmd_campaigns(args: argparse.Namespace) -> int:
    from uniondesk.domain.text import format_date
    from uniondesk.store.queries.campaigns import campaign_list

    with _open(args):
        rows = campaign_list()
    if args.json:
        _print_json([{"code": r.code, "name": r.name, "kind": r.kind, "organiser_code": r.organiser_code,
                      "start": r.start_on.isoformat(), "end": r.end_on.isoformat(), "status": r.status}
                     for r in rows])
        return 0
    labels = {"draft": "dự thảo", "open": "đang diễn ra", "closed": "đã kết thúc"}
    for r in rows:
        print(f"{r.code:<12} {format_date(r.start_on)} – {format_date(r.end_on)}  {labels.get(r.status, r.status):<12}"
              f" {r.name} [{r.organiser_code}]")
    return 0


def _date_arg(text: str | None, field: str):
    from uniondesk.domain.text import parse_date

    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise InputError(str(exc), field) from None


def cmd_progress(args: argparse.Namespace) -> int:
    from uniondesk.services.campaigns import campaign_by_code
    from uniondesk.services.progress import progress
    from uniondesk.store.queries.units import live_unit_id

    as_of = _date_arg(args.as_of, "as_of")
    with _open(args):
        campaign = campaign_by_code(args.campaign)
        unit_id = live_unit_id(args.unit) if args.unit else None
        result = progress(campaign.id, unit_id, as_of)
    if args.json:
        _print_json({"campaign": result.campaign_code, "as_of": result.as_of.isoformat(),
                     "days_left": result.days_left, "rows": [row.as_json() for row in result.rows],
                     "total": result.total.as_json()})
        return 0
    print(_progress_table(result))
    return 0


def _progress_table(result) -> str:
    from uniondesk.domain.text import format_date

    def pct(value):
        return "—" if value is None else f"{value:.1f}%".replace(".", ",")

    lines = [f"{result.campaign_name} — tính đến {format_date(result.as_of)}, còn {result.days_left} ngày",
             f"{'Đơn vị':<44} {'Chỉ tiêu':>9} {'Sáng kiến':>10} {'Công nhận':>10} {'CĐCS':>6} {'Người':>8} "
             f"{'Làm lợi (đồng)':>18} {'Đạt':>7} {'Hạng':>5}"]
    for row in [*result.rows, result.total]:
        name = ("Tổng: " if row is result.total else "") + row.unit_name
        lines.append(f"{name[:44]:<44} {format_int(row.quota) or '—':>9} {format_int(row.initiatives):>10} "
                     f"{format_int(row.recognised):>10} {format_int(row.grassroots_participating):>6} "
                     f"{format_int(row.members_participating):>8} {format_int(row.benefit_vnd):>18} "
                     f"{pct(row.achievement_pct):>7} {row.rank or '':>5}")
    return "\n".join(lines)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().replace("×", "x").partition("x")
    if not (width.strip().isdigit() and height.strip().isdigit()):
        raise InputError(f"Kích thước “{text}” không hợp lệ; hãy viết rộng x cao, ví dụ 1280x800.", "size")
    size = int(width), int(height)
    if not all(200 <= side <= 8000 for side in size):
        raise InputError("Mỗi chiều của ảnh phải từ 200 đến 8000 điểm ảnh.", "size")
    return size


def cmd_screenshot(args: argparse.Namespace) -> int:
    size = _size(args.size)
    db_path = _db_path(args)
    if not db_path.exists():
        raise EnvironmentFault(f"Không tìm thấy cơ sở dữ liệu {db_path}.")
    from uniondesk.app import screenshot

    screenshot(db_path, args.out, tab=args.tab, size=size)
    print(f"Đã lưu ảnh {args.out} ({size[0]}x{size[1]}, thẻ {args.tab}).")
    return 0


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


def _bench_table(report) -> str:
    env = report.environment
    lines = [f"UnionDesk {__version__} bench, scale {report.scale} — Python {env['python']}, "
             f"SQLite {env['sqlite']}, {env['cpus']} CPUs, {env['platform']}",
             f"{'case':<56} {'target':>9} {'median':>10} {'min':>10} {'runs':>4} {'baseline':>10} {'ratio':>6}  status"]
    for r in report.results:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "—"
        lines.append(f"{r.name:<56} {r.target or '—':>9} {_ms(r.median):>10} {_ms(r.minimum):>10} {r.runs:>4} "
                     f"{_ms(r.baseline_median):>10} {ratio:>6}  {r.status}")
        notes = [r.note] if r.note else []
        notes += [f"baseline: {r.baseline_name}"] if r.baseline_name else []
        if notes:
            lines.append(f"    {'; '.join(notes)}")
    return "\n".join(lines)


def cmd_bench(args: argparse.Namespace) -> int:
    from uniondesk.services.bench import run_bench
    from uniondesk.ui import bench_cases  # Qt: imported only when the benchmark runs

    report = run_bench(args.scale, _ProgressPrinter(), extra=[bench_cases.cases], only=args.only)
    if args.json:
        _print_json({**report.as_dict(), "uniondesk": __version__})
    else:
        print(_bench_table(report))
    return 0


def _gui(args: argparse.Namespace) -> int:
    from uniondesk.app import run_gui

    return run_gui(args.db, args.officer)


# --- entry point ----------------------------------------------------------------------------------------

def _utf8_streams() -> None:
    """Vietnamese must print on a Windows console or a redirected stream with a legacy code page."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _report_bug(exc: BaseException) -> int:
    from uniondesk.logs import setup_logging

    log_path = setup_logging()
    log.error("command failed", exc_info=exc)
    print(f"Lỗi chương trình (không phải do dữ liệu của bạn): {type(exc).__name__}: {exc}\n"
          f"Chi tiết đã được ghi vào {log_path}; hãy gửi tệp này cho bộ phận hỗ trợ.", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            return _gui(args)
        return args.handler(args)
    except SystemExit as exc:  # --version and --help end here, through argparse
        return exc.code if isinstance(exc.code, int) else 0
    except UserFacingError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (``uniondesk units | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the final flush at exit does not fail again
        return 1
    except KeyboardInterrupt:
        print("Đã dừng; các thay đổi dở dang không được lưu.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: every bug is logged
        return _report_bug(exc)
