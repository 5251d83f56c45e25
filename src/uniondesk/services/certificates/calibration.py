"""Calibration of a template on a printer, and nudges of one recipient's text: stored on this PC
(printers are local), checked against the paper, and the calibration page that measures them.

The calibration page is printed through the current calibration: each cross is labelled with where
it should land, in millimetres from the paper's top-left corner; the officer measures where it did
land and enters the difference, which is added to the current values.
"""

from __future__ import annotations

import math
from pathlib import Path

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean
from uniondesk.services.certificates import fonts, pdf
from uniondesk.services.certificates.page import MM, Calibration, Page, Shape, TextOp
from uniondesk.services.certificates.templates import FIELD_LABELS, Template, load_template
from uniondesk.store.db import database
from uniondesk.store.models_awards import AwardRecipient, CertificateCalibration, CertificateNudge

MAX_OFFSET_MM = 30.0
SCALE_RANGE = (0.9, 1.1)
MAX_NUDGE_MM = 20.0
GRID = (0.78, 0.84, 0.92)
INK = (0.1, 0.1, 0.1)
CROSS = (0.8, 0.05, 0.1)


def _mm(value: float) -> str:
    return f"{value:+.1f}".replace(".", ",") + " mm"


def check_calibration(template: Template, calibration: Calibration) -> Calibration:
    """Refuse offsets or scales that would put any printed box beyond the paper."""
    values = (calibration.dx_mm, calibration.dy_mm, calibration.scale_x, calibration.scale_y)
    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values):
        raise InputError("Các giá trị căn chỉnh phải là số.", "calibration")
    low, high = SCALE_RANGE
    if not (low <= calibration.scale_x <= high and low <= calibration.scale_y <= high):
        raise InputError("Tỷ lệ căn chỉnh phải trong khoảng 0,9 đến 1,1 (1 là đúng kích thước).", "scale")
    if abs(calibration.dx_mm) > MAX_OFFSET_MM or abs(calibration.dy_mm) > MAX_OFFSET_MM:
        raise InputError(f"Độ lệch căn chỉnh tối đa là {MAX_OFFSET_MM:g} mm mỗi chiều; "
                         f"đã nhập ngang {_mm(calibration.dx_mm)}, dọc {_mm(calibration.dy_mm)}.", "offset")
    for spec in template.fields.values():
        left, top, width, height = calibration.box(spec.box)
        if left < -0.01 or top < -0.01 or left + width > template.width_mm + 0.01 \
                or top + height > template.height_mm + 0.01:
            raise InputError(f"Với căn chỉnh này, ô “{FIELD_LABELS[spec.name]}” ra ngoài khổ giấy "
                             f"{template.paper} ({template.width_mm:g} × {template.height_mm:g} mm). "
                             "Hãy giảm độ lệch.", "offset")
    return calibration


def get_calibration(template_name: str, printer: str = "") -> Calibration:
    row = CertificateCalibration.get_or_none((CertificateCalibration.template == template_name)
                                             & (CertificateCalibration.printer == clean(printer)))
    return Calibration(row.dx_mm, row.dy_mm, row.scale_x, row.scale_y) if row else Calibration()


def set_calibration(template_name: str, printer: str, calibration: Calibration) -> Calibration:
    """Store how this PC's printer needs the template moved (the template is checked whole first)."""
    template = load_template(template_name)
    check_calibration(template, calibration)
    with database.atomic():
        (CertificateCalibration
         .insert(template=template.name, printer=clean(printer), dx_mm=float(calibration.dx_mm),
                 dy_mm=float(calibration.dy_mm), scale_x=float(calibration.scale_x),
                 scale_y=float(calibration.scale_y))
         .on_conflict(conflict_target=[CertificateCalibration.template, CertificateCalibration.printer],
                      preserve=[CertificateCalibration.dx_mm, CertificateCalibration.dy_mm,
                                CertificateCalibration.scale_x, CertificateCalibration.scale_y])
         .execute())
    return calibration


def nudges(recipient_uuids: list[str]) -> dict[str, tuple[float, float]]:
    out = {}
    for start in range(0, len(recipient_uuids), 500):
        chunk = recipient_uuids[start:start + 500]
        for row in CertificateNudge.select().where(CertificateNudge.recipient_uuid.in_(chunk)):
            out[row.recipient_uuid] = (row.dx_mm, row.dy_mm)
    return out


def set_nudge(recipient_id: int, dx_mm: float, dy_mm: float) -> None:
    """Move one recipient's text (a blank fed askew, a long name); (0, 0) removes the nudge."""
    for value in (dx_mm, dy_mm):
        if not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > MAX_NUDGE_MM:
            raise InputError(f"Dịch chuyển riêng tối đa {MAX_NUDGE_MM:g} mm mỗi chiều.", "nudge")
    with database.atomic():
        row = AwardRecipient.get_or_none((AwardRecipient.id == recipient_id) & (AwardRecipient.deleted == False))  # noqa: E712
        if row is None:
            raise InputError("Không tìm thấy người được khen này.", "nudge")
        CertificateNudge.delete().where(CertificateNudge.recipient_uuid == row.uuid).execute()
        if dx_mm or dy_mm:
            CertificateNudge.create(recipient_uuid=row.uuid, dx_mm=float(dx_mm), dy_mm=float(dy_mm))


# --- the calibration page ---------------------------------------------------------------------------------

def _line(points, h: float, width: float, colour) -> Shape:
    return Shape(tuple((x * MM, (h - y) * MM) for x, y in points), stroke=colour, width=width, closed=False)


def _grid(w: float, h: float) -> list[Shape]:
    """Lines every 10 mm (stronger every 50 mm), ticks every 5 mm along the top and left edges."""
    shapes = [_line([(x, 0), (x, h)], h, 0.8 if x % 50 == 0 else 0.3, GRID) for x in range(10, int(w) + 1, 10)]
    shapes += [_line([(0, y), (w, y)], h, 0.8 if y % 50 == 0 else 0.3, GRID) for y in range(10, int(h) + 1, 10)]
    shapes += [_line([(x, 0), (x, 3)], h, 0.4, INK) for x in range(5, int(w), 10)]
    shapes += [_line([(0, y), (3, y)], h, 0.4, INK) for y in range(5, int(h), 10)]
    return shapes


def _cross(x: float, y: float, h: float, arm: float = 6.0) -> list[Shape]:
    return [_line([(x - arm, y), (x + arm, y)], h, 0.5, CROSS), _line([(x, y - arm), (x, y + arm)], h, 0.5, CROSS)]


def _label(text: str, size: float, x_mm: float, y_mm: float, page: Page, colour=INK) -> TextOp:
    """A label whose left end lies at (x, y) mm on the page before calibration, moved as the grid is."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = fonts.default_font()
    a, _, _, d, e, f = page.calibration.matrix(page.height)
    x, y = x_mm * MM, page.height - y_mm * MM
    return TextOp(text, font, size, a * x + e, d * y + f, stringWidth(text, font, size), colour)


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def calibration_page(template: Template, calibration: Calibration, printer: str = "") -> Page:
    w, h = template.width_mm, template.height_mm
    page = Page(w * MM, h * MM, calibration=calibration)
    points = [(20.0, 20.0), (w - 20, 20.0), (20.0, h - 20), (w - 20, h - 20)]
    names = ["", "", "", ""]
    for spec in template.fields.values():
        if not spec.preprinted:
            x, y, bw, bh = spec.box
            points.append((x + bw / 2, y + bh / 2))
            names.append(FIELD_LABELS[spec.name])
    shapes = _grid(w, h)
    for (x, y), name in zip(points, names):
        shapes += _cross(x, y, h)
        page.texts.append(_label(f"{name} ({_number(x)}; {_number(y)})".strip(), 6.5, x + 1.2, y - 1.2, page, CROSS))
    page.ornament = tuple(shapes)
    for x in range(50, int(w), 50):  # the ruler's figures, every 5 cm along the top and left edges
        page.texts.append(_label(f"{x} mm", 7, x + 0.8, 7, page))
    for y in range(50, int(h), 50):
        page.texts.append(_label(f"{y} mm", 7, 4, y - 0.8, page))
    header = [
        (f"TRANG CĂN CHỈNH — {template.label}", 11),
        (f"Máy in: {clean(printer) or 'mặc định'}. Căn chỉnh đang dùng: ngang {_mm(calibration.dx_mm)}, dọc "
         f"{_mm(calibration.dy_mm)}, tỷ lệ {calibration.scale_x:.3f} × {calibration.scale_y:.3f}.".replace(".000", ""), 8),
        ("In trang này lên một phôi (hoặc giấy trắng cùng khổ) ở tỷ lệ 100 %, không co giãn cho vừa trang.", 8),
        ("Đo từ mép trái và mép trên của tờ giấy đến tâm mỗi dấu +; số trong ngoặc là vị trí đúng (mm).", 8),
        ("Ví dụ: dấu (100; 50) nằm ở (102; 49) thì cộng thêm: ngang -2 mm, dọc +1 mm.", 8),
    ]
    for row, (text, size) in enumerate(header):
        page.texts.append(_label(text, size, 30, 27 + row * 5.5, page))
    return page


def write_calibration_page(template_name: str, out: Path | str, printer: str = "") -> Path:
    template = load_template(template_name)
    calibration = get_calibration(template.name, printer)
    page = calibration_page(template, calibration, printer)

    def write(handle) -> None:
        pages = pdf.PdfPages(handle, page.width, page.height, f"Trang căn chỉnh — {template.label}")
        pages.add(page)
        pages.finish()

    return pdf.write_atomically(out, write)
