"""The import report: per record what happened, and the sender's control totals next to what was applied.

Saved as JSON (``.json``) or as plain text (anything else), printable as it is.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.domain.text import format_int

OUTCOMES = ("new", "updated", "unchanged", "older", "conflict", "refused", "held")
OUTCOME_LABELS = {"new": "mới", "updated": "cập nhật", "unchanged": "không đổi", "older": "cũ hơn (bỏ qua)",
                  "conflict": "xung đột", "refused": "bị từ chối", "held": "chờ dữ liệu liên quan"}
TABLE_LABELS = {"unit": "Đơn vị", "unit_parent": "Lịch sử trực thuộc", "unit_event": "Sự kiện đơn vị",
                "person": "Cán bộ, người lao động", "campaign": "Chương trình", "campaign_phase": "Giai đoạn",
                "quota": "Chỉ tiêu", "cluster_grouping": "Đợt chia cụm", "cluster": "Cụm thi đua",
                "cluster_member": "Thành viên cụm", "covenant": "Giao ước", "initiative": "Sáng kiến",
                "initiative_author": "Tác giả sáng kiến", "award_decision": "Quyết định khen thưởng",
                "award_recipient": "Người được khen"}
SHORT_LABELS = {"new": "Mới", "updated": "Cập nhật", "unchanged": "Không đổi", "older": "Cũ hơn",
                "conflict": "Xung đột", "refused": "Từ chối", "held": "Chờ"}
SHOWN = 50  # notable records printed on screen; the saved report lists every one


@dataclass
class ImportReport:
    file: str
    sender: str
    fingerprint: str
    sequence: int
    created_at: str
    kind: str
    sealed: bool = False
    tables: dict[str, Counter] = field(default_factory=dict)
    batches: list[tuple] = field(default_factory=list)  # (table, outcome, records, message, released)
    sender_totals: dict = field(default_factory=dict)
    applied_totals: dict = field(default_factory=dict)
    released: int = 0
    acknowledged: list[int] = field(default_factory=list)
    backup: str | None = None
    changed: bool = False

    def records(self, outcomes: tuple[str, ...] = OUTCOMES):
        """(table, uuid, outcome, record, message, released) of every record reported (not the unchanged);
        ``record`` is the uuid and what names it (``label``)."""
        for table, outcome, rows, message, released in self.batches:
            if outcome in outcomes:
                for row in rows:
                    yield table, row[0], outcome, row, message, released

    @property
    def lines(self) -> list[tuple]:
        return list(self.records())

    @property
    def counts(self) -> dict[str, int]:
        total = Counter()
        for counter in self.tables.values():
            total.update(counter)
        return {outcome: total.get(outcome, 0) for outcome in OUTCOMES}

    def as_json(self, records: bool = True) -> dict:
        out = {"file": self.file, "sender": self.sender, "fingerprint": self.fingerprint, "sequence": self.sequence,
               "created_at": self.created_at, "kind": self.kind, "encrypted": self.sealed, **self.counts,
               "released_from_held": self.released, "changed": self.changed, "backup": self.backup,
               "acknowledged_sequences": self.acknowledged,
               "tables": {t: {o: c.get(o, 0) for o in OUTCOMES} for t, c in self.tables.items()},
               "totals": {"sender": self.sender_totals, "applied": self.applied_totals}}
        if records:
            out["records"] = [{"table": t, "uuid": u, "outcome": o, "label": label(t, rec), "message": m,
                               "released": r} for t, u, o, rec, m, r in self.records()]
        return out

    def summary(self) -> str:
        counts = self.counts
        return " · ".join(f"{OUTCOME_LABELS[o]} {format_int(counts[o])}" for o in OUTCOMES)

    def as_text(self, every_record: bool = True) -> str:
        lines = ["BÁO CÁO NHẬP GÓI DỮ LIỆU", f"Tệp: {self.file}",
                 f"Văn phòng gửi: {self.sender} — dấu vân tay khóa {self.fingerprint}",
                 f"Gói số {self.sequence} ({'gói thiết lập' if self.kind == 'setup' else 'gói dữ liệu'}), "
                 f"tạo lúc {_when(self.created_at)}", f"Kết quả: {self.summary()}"]
        if self.released:
            lines.append(f"Bản ghi đang chờ nay đã áp dụng: {format_int(self.released)}")
        if self.backup:
            lines.append(f"Bản sao lưu trước khi nhập: {self.backup}")
        lines += ["", *self._totals_table(), "", *self._tables_table(), ""]
        lines += self._records(every_record)
        return "\n".join(lines) + "\n"

    def _totals_table(self) -> list[str]:
        rows = [("Số bản ghi", "records"), ("Số sáng kiến", "initiatives"), ("Giá trị làm lợi (đồng)", "benefit_vnd")]
        out = [f"{'Số liệu kiểm soát':<28}{'Bên gửi':>18}{'Đã áp dụng':>18}"]
        for label, key in rows:
            out.append(f"{label:<28}{format_int(self.sender_totals.get(key, 0)):>18}"
                       f"{format_int(self.applied_totals.get(key, 0)):>18}")
        return out

    def _tables_table(self) -> list[str]:
        out = [f"{'Bảng':<26}" + "".join(f"{SHORT_LABELS[o]:>11}" for o in OUTCOMES)]
        for table, counter in self.tables.items():
            out.append(f"{TABLE_LABELS.get(table, table):<26}" + "".join(f"{format_int(counter.get(o, 0)):>11}"
                                                                        for o in OUTCOMES))
        return out

    def _records(self, every_record: bool) -> list[str]:
        order = ("conflict", "refused", "held", "older", "updated", "new")
        wanted = order if every_record else order[:3]
        out = []
        for outcome in wanted:
            chosen = list(self.records((outcome,)))
            if not chosen:
                continue
            out.append(f"{OUTCOME_LABELS[outcome].upper()} ({format_int(len(chosen))}):")
            shown = chosen if every_record else chosen[:SHOWN]
            for table, uuid, _, record, message, released in shown:
                tail = f" — {message}" if message else ""
                mark = " (từ bản ghi chờ)" if released else ""
                name = label(table, record)
                named = f"{name} [{uuid}]" if name else f"[{uuid}]"
                out.append(f"  {TABLE_LABELS.get(table, table)}: {named}{mark}{tail}")
            if len(shown) < len(chosen):
                out.append(f"  … và {format_int(len(chosen) - len(shown))} bản ghi khác (xem báo cáo đã lưu).")
        return out

    def save(self, path: Path | str) -> Path:
        path = Path(path)
        text = (json.dumps(self.as_json(), ensure_ascii=False, indent=1) if path.suffix.lower() == ".json"
                else self.as_text())
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise EnvironmentFault(f"Không lưu được báo cáo {path}: {exc.strerror or exc}.") from exc
        return path


def label(table: str, record: tuple) -> str:
    """What names a reported record (its code and name, title…): ``record`` is (uuid, *naming values)."""
    return " ".join(str(value) for value in record[1:] if value is not None)


def _when(iso: str) -> str:
    day, _, clock = iso.partition("T")
    year, month, date = day.split("-")
    return f"{date}/{month}/{year} {clock[:5]}".strip()
