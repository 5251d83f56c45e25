"""Units of the union tree and the people in them: kinds, genders and the rules on their fields."""

from __future__ import annotations

import datetime as dt
import enum
import re

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean


class UnitKind(enum.StrEnum):
    """Level of a unit (domain.md, "The union tree"). The tree allows any depth below any kind."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    SECTOR = "sector"
    UPPER = "upper"
    GRASSROOTS = "grassroots"
    SECTION = "section"
    TEAM = "team"


class UnitStatus(enum.StrEnum):
    LIVE = "live"
    CLOSED = "closed"
    MERGED = "merged"
    SPLIT = "split"


class UnitEventKind(enum.StrEnum):
    """What happened to a unit; kept forever so that history can be read back."""

    CREATED = "created"
    EDITED = "edited"
    MOVED = "moved"
    MERGED_INTO = "merged_into"
    ABSORBED = "absorbed"
    SPLIT_INTO = "split_into"
    SPLIT_FROM = "split_from"
    CLOSED = "closed"
    REOPENED = "reopened"
    MEMBERS_COUNTED = "members_counted"


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,39}$")
MAX_MEMBERS = 20_000_000  # more than the whole confederation: anything above is a typing error
EARLIEST_DATE = dt.date(1929, 7, 28)  # founding of the Vietnamese trade unions


def check_code(code: str) -> str:
    code = clean(code).upper()
    if not code:
        raise InputError("Mã đơn vị không được để trống.", "code")
    if not CODE_PATTERN.match(code):
        raise InputError(
            f"Mã đơn vị “{code}” không hợp lệ: chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch ngang "
            "hoặc gạch dưới, tối đa 40 ký tự.",
            "code",
        )
    return code


def check_name(name: str, field: str = "name") -> str:
    name = clean(name)
    if not name:
        raise InputError("Tên không được để trống.", field)
    if len(name) > 250:
        raise InputError("Tên quá dài (tối đa 250 ký tự).", field)
    return name


def check_members(members: int | None) -> int:
    if members is None:
        return 0
    if not isinstance(members, int) or isinstance(members, bool):
        raise InputError("Số đoàn viên phải là một số nguyên.", "members")
    if members < 0:
        raise InputError("Số đoàn viên không được âm.", "members")
    if members > MAX_MEMBERS:
        raise InputError(f"Số đoàn viên {members:,} quá lớn.".replace(",", "."), "members")
    return members


def check_kind(kind: UnitKind | str | None) -> UnitKind:
    if not kind:
        raise InputError("Hãy chọn loại đơn vị.", "kind")
    try:
        return UnitKind(kind)
    except ValueError:
        raise InputError(f"Loại đơn vị “{kind}” không hợp lệ.", "kind") from None


def check_gender(gender: Gender | str | None) -> Gender | None:
    if not gender:
        return None
    try:
        return Gender(gender)
    except ValueError:
        raise InputError(f"Giới tính “{gender}” không hợp lệ.", "gender") from None


def check_date(value: dt.date | None, field: str, *, today: dt.date | None = None) -> dt.date | None:
    """A date of the past or today, no earlier than the founding of the unions."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # a datetime compares with no date: keep its day
        value = value.date()
    if not isinstance(value, dt.date):
        raise InputError("Ngày không hợp lệ.", field)
    today = today or dt.date.today()
    if value > today:
        raise InputError("Ngày không được ở tương lai.", field)
    if value < EARLIEST_DATE:
        raise InputError("Ngày quá xa trong quá khứ.", field)
    return value


def check_birth_year(year: int | None, *, today: dt.date | None = None) -> int | None:
    if year is None:
        return None
    if not isinstance(year, int) or isinstance(year, bool):
        raise InputError("Năm sinh phải là một số nguyên.", "birth_year")
    today = today or dt.date.today()
    if not 1900 <= year <= today.year - 14:
        raise InputError(f"Năm sinh {year} không hợp lệ (từ 1900 đến {today.year - 14}).", "birth_year")
    return year
