"""Writing pages to PDF with reportlab, and writing any output file safely.

The ornament is the same on every page of a batch, so it is drawn once into a form XObject and each
page refers to it: the file stays small and a batch of 177 pages takes about as long as its text.
Fonts are embedded (subset) by reportlab; the canvas's default font is ours, so no unembedded
standard font is ever referenced.

``write_atomically`` writes to a temporary file beside the target and renames it when complete: a
full disk, a read-only folder or a file held open by a PDF reader ends in ``EnvironmentFault`` and
leaves the old file, if any, as it was.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.services.certificates import fonts
from uniondesk.services.certificates.page import Page, Shape


def _path_of(canvas: Canvas, shape: Shape):
    path = canvas.beginPath()
    first, *rest = shape.points
    path.moveTo(*first)
    for point in rest:
        path.lineTo(*point)
    if shape.closed:
        path.close()
    return path


def draw_shapes(canvas: Canvas, shapes: list[Shape]) -> None:
    canvas.setLineJoin(1)
    for shape in shapes:
        if shape.fill is not None:
            canvas.setFillColorRGB(*shape.fill)
        if shape.stroke is not None:
            canvas.setStrokeColorRGB(*shape.stroke)
            canvas.setLineWidth(shape.width)
        canvas.drawPath(_path_of(canvas, shape), stroke=shape.stroke is not None, fill=shape.fill is not None)


class PdfPages:
    """A PDF being written page by page onto an open binary file."""

    def __init__(self, handle: BinaryIO, width: float, height: float, title: str = ""):
        self.canvas = Canvas(handle, pagesize=(width, height), initialFontName=fonts.default_font(),
                             invariant=1, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("UnionDesk")
        self._forms: dict[int, str] = {}

    def _form(self, page: Page) -> str:
        key = id(page.ornament)  # the ornament tuple is cached per paper and style: one form per batch
        name = self._forms.get(key)
        if name is None:
            name = self._forms[key] = f"ornament{len(self._forms)}"
            self.canvas.beginForm(name)
            draw_shapes(self.canvas, page.ornament)
            self.canvas.endForm()
        return name

    def add(self, page: Page) -> None:
        canvas = self.canvas
        if page.ornament and not page.blank:
            form = self._form(page)
            canvas.saveState()
            canvas.transform(*page.calibration.matrix(page.height))
            canvas.doForm(form)
            canvas.restoreState()
        current = None
        for op in page.visible_texts():
            if (op.font, op.size, op.colour) != current:
                canvas.setFont(op.font, op.size)
                canvas.setFillColorRGB(*op.colour)
                current = (op.font, op.size, op.colour)
            canvas.drawString(op.x, op.y, op.text)
        canvas.showPage()

    def finish(self) -> None:
        self.canvas.save()


def _fault(exc: OSError, target: Path) -> EnvironmentFault:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return EnvironmentFault(f"Đĩa đã đầy, không ghi được {target}. Hãy giải phóng chỗ trống rồi thử lại; "
                                "không có tệp nào bị ghi dở.")
    if code == errno.EROFS:
        return EnvironmentFault(f"Ổ đĩa chứa {target.parent} chỉ cho phép đọc (ví dụ USB đã khóa ghi).")
    if code in (errno.EACCES, errno.EPERM, errno.EBUSY):
        if target.exists():
            return EnvironmentFault(f"Không ghi đè được {target}: tệp đang được mở bởi chương trình khác (ví dụ "
                                    "trình đọc PDF hoặc Excel) hoặc chỉ cho phép đọc. Hãy đóng nó rồi thử lại.")
        return EnvironmentFault(f"Không ghi được vào thư mục {target.parent}: thư mục chỉ cho phép đọc "
                                "hoặc bạn không có quyền ghi. Hãy chọn thư mục khác.")
    if code == errno.ENOENT:
        return EnvironmentFault(f"Thư mục {target.parent} không tồn tại (có thể USB đã bị rút ra).")
    return EnvironmentFault(f"Không ghi được {target}: {exc.strerror or exc}.")


def write_atomically(target: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` on a temporary file beside ``target``, then put it in place in one rename."""
    target = Path(target)
    if target.is_dir():
        raise EnvironmentFault(f"{target} là một thư mục; hãy ghi rõ tên tệp.")
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with open(temporary, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        _discard(temporary)
        raise _fault(exc, target) from exc
    except BaseException:  # cancelled, or a bug: no half-written file is left behind either way
        _discard(temporary)
        raise
    return target


def _discard(temporary: Path) -> None:
    try:
        temporary.unlink(missing_ok=True)
    except OSError:  # the folder vanished with the USB stick: nothing left to clean
        pass
