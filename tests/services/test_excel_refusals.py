"""Files the import refuses as a whole, with a clear Vietnamese reason and nothing changed: not an .xlsx,
an Excel 97–2003 file, a password-protected workbook, a file locked by Excel, no recognisable header,
missing columns, a template of another campaign, no rows at all."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from excel_world import World, dump, encrypted_workbook, row, save, simple

from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.services.campaigns import create_campaign
from uniondesk.services.excel import import_workbook, write_template
from uniondesk.services.excel.files import check_workbook_file


@pytest.fixture
def world(office):
    return World(*office)


def refused(world, path, error=InputError, match=None):
    before = dump()
    with pytest.raises(error, match=match) as caught:
        import_workbook(world.actor, world.campaign.id, path, valid_only=True)
    assert dump() == before
    return caught.value


def test_a_text_file_named_xlsx(world, tmp_path):
    path = tmp_path / "danh sách.xlsx"
    path.write_text("STT;Tên sáng kiến\n1;Một\n", encoding="utf-8")
    assert "không phải là bảng tính Excel .xlsx" in refused(world, path).message


def test_a_zip_that_is_not_a_workbook(world, tmp_path):
    path = tmp_path / "tài liệu.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
        package.writestr("[Content_Types].xml", "<Types/>")
    refused(world, path, match="không phải là bảng tính Excel")


def test_a_damaged_workbook(world, tmp_path):
    path = simple([row()], tmp_path / "hỏng.xlsx")
    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    files["xl/workbook.xml"] = b"<workbook><sheets><sheet"
    with zipfile.ZipFile(path, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    refused(world, path, match="bị hỏng")


def test_an_excel_97_2003_file(world, tmp_path):
    path = encrypted_workbook(tmp_path / "cũ.xlsx")
    path.write_bytes(path.read_bytes().replace("EncryptedPackage".encode("utf-16-le"), "Workbook".encode("utf-16-le")
                                               + b"\0" * 16))
    refused(world, path, match=r"tệp Excel cũ \(\.xls")


def test_a_password_protected_workbook(world, tmp_path):
    error = refused(world, encrypted_workbook(tmp_path / "có mật khẩu.xlsx"))
    assert "được đặt mật khẩu" in error.message and "bỏ mật khẩu" in error.message


def test_a_file_held_open_by_excel(world, tmp_path, monkeypatch):
    path = simple([row()], tmp_path / "đang mở.xlsx")

    def locked(*args, **kwargs):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")
    monkeypatch.setattr("uniondesk.services.excel.files.open", locked, raising=False)
    refused(world, path, EnvironmentFault, match="đang được mở trong chương trình khác")


def test_a_missing_file_and_a_folder(world, tmp_path):
    refused(world, tmp_path / "không có.xlsx", match="Không tìm thấy tệp")
    with pytest.raises(InputError, match="là một thư mục"):
        check_workbook_file(tmp_path)


def test_no_recognisable_header(world, tmp_path):
    path = save([["Danh sách đề xuất"], ["Nội dung", "Ghi chú"], ["Một việc", "x"]], tmp_path / "lạ.xlsx")
    assert "Không tìm thấy dòng tiêu đề" in refused(world, path).message


def test_a_header_without_the_authors_column(world, tmp_path):
    path = save([["TH.ML.01", "Một sáng kiến"]], tmp_path / "thiếu.xlsx", before=[["Đơn vị", "Tên sáng kiến"]])
    assert "thiếu cột “Tác giả”" in refused(world, path).message


def test_a_header_and_no_rows(world, tmp_path):
    path = simple([], tmp_path / "trống.xlsx")
    assert "không có sáng kiến nào" in refused(world, path).message


def test_the_template_of_another_campaign(world, tmp_path):
    import datetime as dt

    other = create_campaign(world.actor, code="LDST", name="Lao động giỏi, Lao động sáng tạo", kind="initiatives",
                            organiser_id=world.home.id, start_on=dt.date(2022, 1, 1), end_on=dt.date(2022, 12, 31))
    path = write_template(other.id, tmp_path / "mẫu khác.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["Sáng kiến"].append([1, "TH.ML.01", "Một", None, None, "Nguyễn Văn An"])
    workbook.save(path)
    assert "mẫu của chương trình mã “LDST”" in refused(world, path).message


@pytest.mark.parametrize("spoil", [lambda xml: xml[: len(xml) * 2 // 3], lambda xml: xml.replace(b"<row", b"<row <", 1)])
def test_a_damaged_worksheet(world, tmp_path, spoil):
    """The sheet itself is broken (a copy cut short): read lazily, row by row, and still refused cleanly."""
    path = simple([row(), row()], tmp_path / "trang hỏng.xlsx")
    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    sheet = next(name for name in files if name.startswith("xl/worksheets/sheet"))
    files[sheet] = spoil(files[sheet])
    with zipfile.ZipFile(path, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    refused(world, path, match="bị hỏng")
