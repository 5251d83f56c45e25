"""Checking an initiative before it is written: every rule of issue 4, part 1, with a Vietnamese message
per problem and the form field it belongs to. Nothing here writes.

``inspect`` collects every problem of one input (the Excel import lists them all per row); the form
shows the first one next to its field. ``Lookups`` caches the campaigns, units and people met, so that
checking ten thousand rows of a workbook costs a few queries, not tens of thousands.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from uniondesk.domain.errors import InputError
from uniondesk.domain.initiatives import (
    ENTRY_STATUSES,
    MAX_BENEFIT_VND,
    MAX_TITLE,
    InitiativeField,
    InitiativeStatus,
    RecognisedBy,
    shares_bp,
    title_sort_key,
)
from uniondesk.domain.text import clean, fold, format_date, format_int
from uniondesk.domain.units import UnitStatus, check_date, check_name
from uniondesk.services.installation import home_unit
from uniondesk.store.models import Campaign, CampaignPhase, Initiative, Person, Unit

CLOSED = "closed"


@dataclass(frozen=True)
class AuthorSpec:
    """One author as entered: a person already known (``person_id``), a new person of the initiative's
    unit (``full_name``), or a unit as a collective author (``unit_id``). ``share_pct`` None takes an
    equal part of what the other authors leave."""

    person_id: int | None = None
    full_name: str | None = None
    unit_id: int | None = None
    share_pct: float | None = None


@dataclass
class InitiativeInput:
    campaign_id: int
    unit_id: int
    title: str
    field: str = "other"
    summary: str = ""
    authors: list[AuthorSpec] = dataclasses.field(default_factory=list)
    benefit_vnd: int = 0
    social_benefit: str = ""
    registered_on: dt.date | None = None
    recognised_on: dt.date | None = None
    applied_on: dt.date | None = None
    status: str = "registered"
    recognised_by: str | None = None  # "council" or "unit_head"
    decision_no: str = ""
    decision_on: dt.date | None = None
    confidential: bool = False
    phase_id: int | None = None


@dataclass
class CheckedAuthor:
    person_id: int | None
    unit_id: int | None  # a collective author
    new_name: str | None  # a person to create in the initiative's unit
    share_bp: int
    name: str  # as shown, and compared (folded) by the duplicate finder

    @property
    def key(self) -> tuple[str, int] | None:
        """Who the author is, for matching the authors already stored (None: a person still to create)."""
        if self.person_id is not None:
            return "p", self.person_id
        if self.unit_id is not None:
            return "u", self.unit_id
        return None


@dataclass
class Checked:
    """An input that passed every check: the initiative's column values and its authors."""

    values: dict[str, Any]
    authors: list[CheckedAuthor]
    campaign: Campaign
    unit: Unit


class Lookups:
    """Campaigns, phases, units and people by id, each read once."""

    def __init__(self) -> None:
        self.home = home_unit()
        self._cache: dict[tuple[type, int], Any] = {}

    def get(self, model: type, id_: int | None):
        if id_ is None or isinstance(id_, bool) or not isinstance(id_, int):
            return None
        key = (model, id_)
        if key not in self._cache:
            self._cache[key] = model.get_or_none((model.id == id_) & (model.deleted == False))  # noqa: E712
        return self._cache[key]

    def preload(self, model: type, ids: set[int]) -> None:
        """Read many rows at once (the bulk path)."""
        missing = sorted(i for i in ids if isinstance(i, int) and (model, i) not in self._cache)
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for row in model.select().where(model.id.in_(chunk) & (model.deleted == False)):  # noqa: E712
                self._cache[(model, row.id)] = row
            for id_ in chunk:
                self._cache.setdefault((model, id_), None)


class _Problems(list):
    def add(self, message: str, field_name: str) -> None:
        self.append(InputError(message, field_name))


def inspect(data: InitiativeInput, look: Lookups, current: Initiative | None = None) -> tuple[Checked | None,
                                                                                               list[InputError]]:
    """(the checked values, or None, and every problem found). ``current``: the initiative being edited."""
    problems = _Problems()
    campaign = _campaign(data, look, problems)
    unit = _unit(data, look, campaign, current, problems)
    values: dict[str, Any] = {"campaign_id": data.campaign_id, "unit_id": data.unit_id,
                              "phase_id": _phase(data, look, campaign, problems)}
    values.update(_texts(data, problems))
    values.update(_choices(data, current, problems))
    values["benefit_vnd"] = _benefit(data.benefit_vnd, problems)
    values.update(_dates(data, values.get("status"), problems))
    values["confidential"] = bool(data.confidential)
    authors = _authors(data, look, problems)
    if problems or campaign is None or unit is None:
        return None, list(problems)
    return Checked(values, authors, campaign, unit), []


def _campaign(data: InitiativeInput, look: Lookups, problems: _Problems) -> Campaign | None:
    campaign = look.get(Campaign, data.campaign_id)
    if campaign is None:
        problems.add("Hãy chọn chương trình (không tìm thấy chương trình đã chọn).", "campaign")
    elif campaign.status == CLOSED:
        problems.add(f"Chương trình “{campaign.name}” đã kết thúc nên không nhận thêm hay sửa sáng kiến; "
                     "đơn vị tổ chức có thể mở lại chương trình nếu cần bổ sung.", "campaign")
    return campaign


def _unit(data: InitiativeInput, look: Lookups, campaign: Campaign | None, current: Initiative | None,
          problems: _Problems) -> Unit | None:
    unit = look.get(Unit, data.unit_id)
    if unit is None:
        problems.add("Hãy chọn đơn vị áp dụng sáng kiến (không tìm thấy đơn vị đã chọn).", "unit")
        return None
    changed = current is None or current.unit_id != unit.id
    if changed and unit.status != UnitStatus.LIVE:
        heir = look.get(Unit, unit.successor_id)
        hint = f"; hãy nhập cho đơn vị kế tục “{heir.name}”" if heir else ""
        problems.add(f"Đơn vị “{unit.name}” đã ngừng hoạt động{hint}.", "unit")
    home = look.home
    if home is not None and not unit.path.startswith(home.path):
        problems.add(f"Đơn vị “{unit.name}” nằm ngoài phạm vi của “{home.name}”: chỉ nhập được sáng kiến của "
                     "các đơn vị trực thuộc.", "unit")
    organiser = look.get(Unit, campaign.organiser_id) if campaign is not None else None
    if organiser is not None and not unit.path.startswith(organiser.path):
        problems.add(f"Đơn vị “{unit.name}” không thuộc phạm vi của chương trình “{campaign.name}” "
                     f"(do “{organiser.name}” tổ chức).", "unit")
    return unit


def _phase(data: InitiativeInput, look: Lookups, campaign: Campaign | None, problems: _Problems) -> int | None:
    if data.phase_id is None:
        return None
    phase = look.get(CampaignPhase, data.phase_id)
    if phase is None or (campaign is not None and phase.campaign_id != campaign.id):
        problems.add("Giai đoạn đã chọn không thuộc chương trình này.", "phase")
    return data.phase_id


def _texts(data: InitiativeInput, problems: _Problems) -> dict[str, Any]:
    title = clean(data.title)
    if not title:
        problems.add("Hãy nhập tên sáng kiến.", "title")
    elif len(title) > MAX_TITLE:
        problems.add(f"Tên sáng kiến quá dài ({format_int(len(title))} ký tự, tối đa {MAX_TITLE}).", "title")
    return {"title": title, "title_folded": fold(title), "title_sort": title_sort_key(title),
            "summary": clean_block(data.summary), "social_benefit": clean_block(data.social_benefit),
            "decision_no": clean(data.decision_no)}


def clean_block(text: str | None) -> str:
    """Stored form of a text of several lines: each line cleaned, blank lines at the ends dropped."""
    lines = [clean(line) for line in (text or "").splitlines()]
    return "\n".join(lines).strip("\n")


_ENTRY_STATUSES = frozenset(map(str, ENTRY_STATUSES))


def _choices(data: InitiativeInput, current: Initiative | None, problems: _Problems) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        out["field"] = str(InitiativeField(data.field or "other"))
    except ValueError:
        problems.add(f"Lĩnh vực “{data.field}” không hợp lệ.", "field")
    if data.status in _ENTRY_STATUSES or (current is not None and data.status == current.status):
        out["status"] = str(InitiativeStatus(data.status))
    elif data.status == InitiativeStatus.WITHDRAWN:
        problems.add("Hủy công nhận một sáng kiến cần ghi lý do: hãy dùng thao tác “Hủy công nhận”.", "status")
    else:
        problems.add(f"Trạng thái “{data.status}” không hợp lệ.", "status")
    try:
        out["recognised_by"] = str(RecognisedBy(data.recognised_by)) if data.recognised_by else None
    except ValueError:
        problems.add(f"Cấp công nhận “{data.recognised_by}” không hợp lệ (hội đồng sáng kiến hoặc thủ trưởng "
                     "đơn vị).", "recognised_by")
    return out


def _benefit(value: Any, problems: _Problems) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add("Giá trị làm lợi phải là một số đồng nguyên.", "benefit_vnd")
        return 0
    if value < 0:
        problems.add("Giá trị làm lợi không được âm.", "benefit_vnd")
    elif value > MAX_BENEFIT_VND:
        problems.add(f"Giá trị làm lợi {format_int(value)} đồng quá lớn (tối đa {format_int(MAX_BENEFIT_VND)} "
                     "đồng); hãy kiểm tra lại số chữ số.", "benefit_vnd")
    return value


DATE_LABELS = {"registered_on": "Ngày đăng ký", "recognised_on": "Ngày công nhận", "applied_on": "Ngày áp dụng",
               "decision_on": "Ngày quyết định"}
REVIEWED = {InitiativeStatus.RECOGNISED, InitiativeStatus.NOT_RECOGNISED, InitiativeStatus.APPLIED,
            InitiativeStatus.WITHDRAWN}


def _dates(data: InitiativeInput, status: str | None, problems: _Problems) -> dict[str, Any]:
    """Not in the future, not before the unions existed, and in order: registered ≤ recognised (and the
    decision). The first application may come before registration: an initiative must have been
    applied, at least on trial, to be recognised; the campaign's eligibility window judges it instead."""
    out = {}
    today = dt.date.today()
    for name, label in DATE_LABELS.items():
        try:
            out[name] = check_date(getattr(data, name), name, today=today)
        except InputError as exc:
            problems.add(f"{label}: {exc.message[0].lower()}{exc.message[1:]}", name)
            out[name] = None
    registered = out["registered_on"]
    for name in ("recognised_on", "decision_on"):
        if registered and out[name] and out[name] < registered:
            problems.add(f"{DATE_LABELS[name]} {format_date(out[name])} trước ngày đăng ký "
                         f"{format_date(registered)}.", name)
    if out["recognised_on"] and status is not None and status not in REVIEWED:
        problems.add("Sáng kiến chưa được xét nên chưa có ngày công nhận; hãy chọn trạng thái phù hợp.",
                     "recognised_on")
    return out


# Names recur (a workbook's authors, the people of a unit): their folded forms are remembered.
_fold_name = functools.lru_cache(maxsize=4096)(fold)


def _authors(data: InitiativeInput, look: Lookups, problems: _Problems) -> list[CheckedAuthor]:
    specs = list(data.authors or [])
    try:
        shares = shares_bp([spec.share_pct for spec in specs])
    except (ValueError, TypeError) as exc:
        problems.add(str(exc) if isinstance(exc, ValueError) else "Tỷ lệ đóng góp phải là một số.", "authors")
        shares = [0] * len(specs)
    out: list[CheckedAuthor] = []
    keys: set[tuple[str, int]] = set()
    new_names: set[str] = set()
    names: set[str] = set()
    for number, (spec, share) in enumerate(zip(specs, shares), 1):
        author = _author(number, spec, share, look, problems)
        if author is None:
            continue
        # Two people picked with the same name may be namesakes; a name typed as new that is already
        # among the authors is the same person twice.
        name = _fold_name(author.name)
        if author.key is not None:
            twice = author.key in keys or name in new_names
            keys.add(author.key)
        else:
            twice = name in names
            new_names.add(name)
        names.add(name)
        if twice:
            problems.add(f"Tác giả “{author.name}” được ghi hai lần.", "authors")
        out.append(author)
    return out


def _author(number: int, spec: AuthorSpec, share: int, look: Lookups, problems: _Problems) -> CheckedAuthor | None:
    given = [value is not None and value != "" for value in (spec.person_id, spec.full_name, spec.unit_id)]
    if sum(given) != 1:
        problems.add(f"Tác giả thứ {number}: hãy chọn một người, nhập họ tên người mới, hoặc chọn một đơn vị "
                     "(tác giả tập thể).", "authors")
        return None
    if spec.person_id is not None:
        person = look.get(Person, spec.person_id)
        if person is None:
            problems.add(f"Tác giả thứ {number}: không tìm thấy người này (có thể đã bị xóa).", "authors")
            return None
        return CheckedAuthor(person.id, None, None, share, person.full_name)
    if spec.unit_id is not None:
        unit = look.get(Unit, spec.unit_id)
        if unit is None:
            problems.add(f"Tác giả thứ {number}: không tìm thấy đơn vị tác giả tập thể.", "authors")
            return None
        return CheckedAuthor(None, unit.id, None, share, unit.name)
    try:
        name = check_name(spec.full_name, "authors")
    except InputError as exc:
        problems.add(f"Tác giả thứ {number}: {exc.message[0].lower()}{exc.message[1:]}", "authors")
        return None
    return CheckedAuthor(None, None, name, share, name)


def first_problem(problems: list[InputError]) -> InputError:
    """The error a form shows: the first problem, with a count of the others."""
    first = problems[0]
    if len(problems) == 1:
        return first
    return InputError(f"{first.message} (và {len(problems) - 1} lỗi khác)", first.field)
