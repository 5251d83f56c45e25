"""Merging received records into this database, table by table, parents first.

Per record: last writer wins by (HLC ``version``, ``writer``); deletions are tombstones like any change.
A record that would change something is then checked, in this order:

- **held** when its owner, or anything it refers to, is not known here yet: kept aside (``sync_held``)
  and applied when it arrives;
- **refused** when its owner (as it is stored here, and as the bundle would leave it) is outside the
  sender's subtree. An office above this one may also relay records owned above it (campaigns of the
  province reach a commune through its district);
- otherwise **new** or **updated**, and a **conflict** too when both sides changed it since they last
  agreed: the winner is applied, the loser kept in ``sync_conflict`` and listed, never discarded.

"Last agreed" is read from receipts: this office changed a record if it was written or arrived here
after the last bundle the sender acknowledged (and not from the sender itself); the sender changed it
if it is newer than the sender's previous bundle (a record relayed from a third office counts as
changed: a needless review beats a silent loss).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import itemgetter

from uniondesk.services.sync import arrival, writes
from uniondesk.services.sync.rules import SELF, TableSpec, owner_hops, spec_by_table, specs
from uniondesk.services.sync.tree import UnitTree
from uniondesk.store.queries import sync as queries

OUTCOMES = ("new", "updated", "unchanged", "older", "conflict", "refused", "held")
V, W, UUID = 2, 3, 0  # positions of version, writer and uuid in a record as it travels


def _reported(spec: TableSpec) -> Callable[[list], tuple]:
    """What the report keeps of a record: its uuid and what names it (not the whole record, which would
    keep every record of a province's import in memory until the end)."""
    return itemgetter(UUID, *spec.label_columns) if spec.label_columns else lambda row: (row[UUID],)


@dataclass(frozen=True)
class Sender:
    installation_id: str
    home: str  # unit uuid of the sender's office
    label: str
    prev_watermark: int  # the sender's position in the bundle before this one
    ack_watermark: int  # this office's position the sender has acknowledged


@dataclass(slots=True)
class Candidate:
    row: list
    local: tuple[int, int, str] | None  # (id, version, writer) stored here
    owner: str | None = None
    missing: str | None = None  # uuid it waits for


class Merger:
    """One import: the receiver's tree and identities, the report lines, what was applied."""

    def __init__(self, my_home: str | None, stamp: int, *, preloaded: dict | None = None,
                 check: Callable[[], None] = lambda: None, progress: Callable | None = None) -> None:
        self.my_home = my_home
        self.stamp = stamp
        self.preloaded = preloaded or {}  # local keys already read (by the preview), used once
        self.check, self.progress = check, progress
        self.released = 0
        self.acknowledged: list[int] = []
        self.tree = UnitTree()
        self.ids: dict[str, dict[str, int]] = defaultdict(dict)
        self.owners: dict[str, dict[str, str | None]] = defaultdict(dict)  # as the bundle leaves them
        self.local_owners: dict[str, dict[str, str | None]] = defaultdict(dict)
        self.next_id: dict[str, int] = {}
        self.batches: list[tuple] = []  # (table, outcome, records, message, released)
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.applied: dict[tuple[str, str], list[int]] = defaultdict(list)  # (table, source) → ids
        self.applied_keys: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
        self.new_ids: dict[str, list[int]] = defaultdict(list)
        self.kept_out: dict[str, set[str]] = defaultdict(set)  # received states that did not land
        self.still_held: set[tuple[str, str]] = set()
        self.arrivals: dict[str, list[tuple[int, int, int, str]]] = {}
        self._above = False
        self.out = writes.Pending()

    # --- entry point ----------------------------------------------------------------------------------

    def merge(self, sender: Sender, tables: Mapping[str, list[list]], released: bool = False) -> None:
        """``tables`` may build each table's records when asked (``bundle.Tables``): one table at a time."""
        chosen = [spec for spec in specs() if spec.table in tables]
        for number, spec in enumerate(chosen, start=1):
            self.check()
            if self.progress and not released:
                self.progress(number, len(chosen), f"Nhập {spec.table}")
            rows = tables[spec.table]
            if rows:
                self._table(spec, rows, sender, released)

    def total_counts(self) -> Counter:
        total = Counter()
        for counter in self.counts.values():
            total.update(counter)
        return total

    def _table(self, spec: TableSpec, rows: list[list], sender: Sender, released: bool) -> None:
        candidates = self._classify(spec, rows, sender, released)
        if not candidates:
            return
        self._prefetch(spec, candidates)
        self._propose(spec, candidates)
        accepted = self._decide(spec, candidates, sender, released)
        writes.apply(self, spec, accepted, sender, released)

    def line(self, spec: TableSpec, row: list, outcome: str, message: str = "", released: bool = False,
             landed: bool | None = None) -> None:
        """Report one record. Held records applied now are listed, and counted apart (``released``)."""
        if not released:
            self.counts[spec.table][outcome] += 1
        if not released and not (landed if landed is not None else outcome in ("new", "updated", "unchanged")):
            self.kept_out[spec.table].add(row[UUID])  # this bundle's record did not land (a released one is not it)
        if outcome != "unchanged":
            self.batches.append((spec.table, outcome, [_reported(spec)(row)], message, released))

    def applied_rows(self, spec: TableSpec, rows: list[list], outcome: str, sender: Sender, released: bool,
                     message: str = "") -> None:
        """Records written as received: reported, remembered as arrived from the sender."""
        ids, keys = self.ids[spec.table], self.applied_keys[spec.table]
        self.applied[(spec.table, sender.installation_id)].extend(ids[row[UUID]] for row in rows)
        if outcome == "new":
            self.new_ids[spec.table].extend(ids[row[UUID]] for row in rows)
        keys.update((row[UUID], (row[V], row[W])) for row in rows)
        if not released:
            self.counts[spec.table][outcome] += len(rows)
        if rows:
            self.batches.append((spec.table, outcome, list(map(_reported(spec), rows)), message, released))

    # --- 1. compare versions ------------------------------------------------------------------------

    @staticmethod
    def local_keys(table: str, uuids: list[str]) -> dict[str, tuple[int, int, str]]:
        """(id, version, writer) by uuid of the stored rows these records (their uuids) are versions of."""
        if len(uuids) * 4 > queries.count(table):
            return queries.keys(table)
        return queries.keys(table, uuids)

    def _classify(self, spec: TableSpec, rows: list[list], sender: Sender, released: bool) -> list[Candidate]:
        local = self.preloaded.pop(spec.table, None) if not released else None
        if local is None:
            local = self.local_keys(spec.table, [row[UUID] for row in rows])
        self.ids[spec.table].update({uuid: key[0] for uuid, key in local.items()})
        if not local:  # nothing of this table here yet: every record is new
            return [Candidate(row, None) for row in rows]
        candidates, losers = [], []
        for row in rows:
            mine = local.get(row[UUID])
            if mine is None or (row[V], row[W]) > (mine[1], mine[2]):
                candidates.append(Candidate(row, mine))
            elif (row[V], row[W]) == (mine[1], mine[2]):
                self.line(spec, row, "unchanged", released=released)
            else:
                losers.append((row, mine))
        self._older(spec, losers, sender, released)
        return candidates

    def _older(self, spec: TableSpec, losers: list, sender: Sender, released: bool) -> None:
        """Received records older than ours: ignored, or kept as conflicts when both sides changed them."""
        suspects = [(row, mine) for row, mine in losers if self.remote_changed(row, sender) and row[W] != mine[2]]
        changed = self.locally_changed(spec, [mine for _, mine in suspects], sender)
        conflicting = {row[UUID] for row, mine in suspects if mine[0] in changed}
        for row, mine in losers:
            if row[UUID] in conflicting:
                self.out.conflict(spec, dict(zip(spec.names, row)), (mine[1], mine[2]), sender)
                self.line(spec, row, "conflict", "Cả hai bên cùng sửa; bản nhận được cũ hơn nên được giữ lại để "
                                                 "xem xét, bản ở đây vẫn dùng.", released, landed=False)
            else:
                self.line(spec, row, "older", "Bản ở đây mới hơn.", released)

    def remote_changed(self, row: list, sender: Sender) -> bool:
        return row[V] > sender.prev_watermark or row[W] != sender.installation_id

    def locally_changed(self, spec: TableSpec, keys: list[tuple[int, int, str]], sender: Sender) -> set[int]:
        """Ids of these local records written or received here since the sender's last acknowledgement,
        except those that came from the sender itself and were not changed since."""
        if not keys:
            return set()
        arrived = self.arrival_of(spec.table, [key[0] for key in keys])
        changed = set()
        for id_, version, _ in keys:
            stamp, source = arrived.get(id_, (0, ""))
            if stamp >= version:
                if stamp > sender.ack_watermark and source != sender.installation_id:
                    changed.add(id_)
            elif version > sender.ack_watermark:
                changed.add(id_)
        return changed

    def arrival_of(self, table: str, ids: list[int]) -> dict[int, tuple[int, str]]:
        """The latest arrival (stamp, source) of each of these rows."""
        if table not in self.arrivals:
            self.arrivals[table] = queries.arrival_ranges(table)
        return arrival.latest(self.arrivals[table], ids)

    # --- 2. owners and references --------------------------------------------------------------------

    def _prefetch(self, spec: TableSpec, candidates: list[Candidate]) -> None:
        """Local ids of everything the candidates refer to, and local owners of their owner records."""
        for index, column in spec.refs:
            known = self.ids[column.ref]
            wanted = {c.row[index] for c in candidates} - known.keys() - {None}
            if wanted:
                known.update({u: key[0] for u, key in queries.keys(column.ref, list(wanted)).items()})
        if spec.owner.via != SELF:
            index = spec.index(spec.owner.via)
            target = spec.columns[index].ref
            if target != "unit":
                wanted = ({c.row[index] for c in candidates} - self.owners[target].keys()
                          - self.local_owners[target].keys() - {None})
                self._local_owners(target, wanted)

    def _local_owners(self, table: str, uuids: set[str]) -> None:
        if uuids:
            found = queries.owners_by_uuid(table, owner_hops(spec_by_table()[table]), list(uuids))
            self.local_owners[table].update({u: found.get(u) for u in uuids})

    def owner_of(self, table: str, uuid: str | None) -> str | None:
        """The owning unit of a record, as this bundle leaves it; None when unknown here."""
        if uuid is None:
            return None
        if table == "unit":
            return uuid if self.tree.known(uuid) else None
        if uuid in self.owners[table]:
            return self.owners[table][uuid]
        return self.local_owners[table].get(uuid)

    def _propose(self, spec: TableSpec, candidates: list[Candidate]) -> None:
        if spec.owner.via == SELF:
            parent = spec.index("parent")
            for c in candidates:
                self.tree.propose(c.row[UUID], c.row[parent])
            for c in candidates:
                c.owner = c.row[UUID]
                self.owners[spec.table][c.row[UUID]] = c.owner
            return
        index = spec.index(spec.owner.via)
        target = spec.columns[index].ref
        for c in candidates:
            c.owner = self.owner_of(target, c.row[index])
            if c.owner is None:
                c.missing = c.row[index]
            self.owners[spec.table][c.row[UUID]] = c.owner

    # --- 3. scope, held, accepted ------------------------------------------------------------------

    def in_scope(self, unit: str, sender: Sender, local: bool = False) -> bool:
        under = self.tree.local_under if local else self.tree.under
        if under(unit, sender.home):
            return True
        # An office above this one relays what its own offices above decided (campaigns, the tree).
        return self._above and under(sender.home, unit)

    def _decide(self, spec: TableSpec, candidates: list[Candidate], sender: Sender, released: bool) -> list:
        stored = self._owners_stored(spec, candidates)
        self._above = (self.my_home is not None and self.my_home != sender.home
                       and self.tree.under(self.my_home, sender.home))
        pending, accepted, memo = [], [], {}
        if spec.owner.via != SELF and not stored:  # all new: one verdict per owner, not per record
            pending, candidates = self._new_by_owner(spec, candidates, sender, released, memo), []
        for c in candidates:
            verdict = self._verdict(spec, c, sender, stored, memo)
            if verdict:
                self._refuse(spec, c, verdict, sender, released)
            else:
                pending.append(c)
        refs = [(index, self.ids[column.ref]) for index, column in spec.refs]
        if not any(self._dangling(pending, index, known, column.ref == spec.table)
                   for (index, known), (_, column) in zip(refs, spec.refs)):
            return self._accept_all(spec, pending)  # the usual case: everything it refers to is known
        while pending:  # references inside the table (a unit's parent) may be accepted later in the list
            waiting = []
            for c in pending:
                c.missing = self._unresolved(refs, c.row)
                if c.missing:
                    waiting.append(c)
                    continue
                if c.local is None:
                    self.ids[spec.table][c.row[UUID]] = self._new_id(spec.table)
                accepted.append(c)
            if len(waiting) == len(pending):
                break
            pending = waiting
        for c in waiting if pending else []:
            self.hold(spec, c, sender, released)
        return accepted

    def _new_by_owner(self, spec: TableSpec, candidates: list[Candidate], sender: Sender, released: bool,
                      memo: dict) -> list[Candidate]:
        verdicts: dict[str, str | None] = {}
        pending = []
        for c in candidates:
            if c.owner is None:
                self._refuse(spec, c, "held", sender, released)
                continue
            if c.owner not in verdicts:
                verdicts[c.owner] = self._verdict(spec, c, sender, {}, memo)
            c.missing = self.tree.missing_ancestor(c.owner)
            if verdicts[c.owner]:
                self._refuse(spec, c, verdicts[c.owner], sender, released)
            else:
                pending.append(c)
        return pending

    @staticmethod
    def _dangling(pending: list[Candidate], index: int, known: dict, inside: bool) -> bool:
        """Some record points at something not known here (references inside the table always count)."""
        return inside or bool({c.row[index] for c in pending} - known.keys() - {None})

    def _accept_all(self, spec: TableSpec, pending: list[Candidate]) -> list[Candidate]:
        ids = self.ids[spec.table]
        for c in pending:
            if c.local is None:
                ids[c.row[UUID]] = self._new_id(spec.table)
        return pending

    def _owners_stored(self, spec: TableSpec, candidates: list[Candidate]) -> dict[str, str | None]:
        stored = [c.row[UUID] for c in candidates if c.local is not None]
        if spec.owner.via == SELF or not stored:
            return {uuid: uuid for uuid in stored}
        return queries.owners_by_uuid(spec.table, owner_hops(spec), stored)

    def _verdict(self, spec: TableSpec, c: Candidate, sender: Sender, stored: dict, memo: dict) -> str | None:
        """None when the sender may write this record, else "held" or the reason for refusing it."""
        if c.owner is not None:
            c.missing = self.tree.missing_ancestor(c.owner)
        if c.owner is None or c.missing:
            return "held"
        if spec.owner.via == SELF and (message := self._unit_move_refused(spec, c, sender)):
            return message
        key = (c.owner, stored.get(c.row[UUID]) if c.local is not None else None)
        if key not in memo:  # the same few owners recur for thousands of records
            memo[key] = self._scope_verdict(*key, sender)
        return memo[key]

    def _scope_verdict(self, owner: str, owner_then: str | None, sender: Sender) -> str | None:
        """Both the record as stored here and as received must be owned inside the sender's scope."""
        unit = owner_then if owner_then is not None and not self.in_scope(owner_then, sender, local=True) else (
            None if self.in_scope(owner, sender) else owner)
        if unit is None:
            return None
        return (f"Văn phòng “{sender.label}” không được ghi dữ liệu của “{writes.unit_label(unit)}”: "
                "đơn vị này không thuộc phạm vi của văn phòng đó.")

    def _unit_move_refused(self, spec: TableSpec, c: Candidate, sender: Sender) -> str | None:
        uuid, parent = c.row[UUID], c.row[spec.index("parent")]
        if parent is not None and self.tree.under(parent, uuid):
            self.tree.withdraw(uuid)
            return f"Chuyển “{writes.unit_label(uuid, c.row)}” vào chính nó hoặc đơn vị cấp dưới của nó: bị từ chối."
        if uuid == sender.home and c.local is not None and parent != self.tree.local_parent.get(uuid):
            self.tree.withdraw(uuid)
            return f"Văn phòng “{sender.label}” không được tự chuyển đơn vị của mình sang đơn vị cấp trên khác."
        return None

    def _refuse(self, spec: TableSpec, c: Candidate, verdict: str, sender: Sender, released: bool) -> None:
        if verdict == "held":
            self.hold(spec, c, sender, released)
            return
        if spec.owner.via == SELF:
            self.tree.withdraw(c.row[UUID])
        self.line(spec, c.row, "refused", verdict, released)

    @staticmethod
    def _unresolved(refs: list[tuple[int, dict]], row: list) -> str | None:
        for index, known in refs:
            uuid = row[index]
            if uuid is not None and uuid not in known:
                return uuid
        return None

    def _new_id(self, table: str) -> int:
        if table not in self.next_id:
            self.next_id[table] = queries.max_id(table)
        self.next_id[table] += 1
        return self.next_id[table]

    def hold(self, spec: TableSpec, c: Candidate, sender: Sender, released: bool) -> None:
        if released:  # still waiting: it stays where it is
            self.still_held.add((spec.table, c.row[UUID]))
            return
        self.out.hold(spec, c.row, c.missing or "", sender)
        self.line(spec, c.row, "held", f"Chờ dữ liệu chưa có ở đây ({c.missing}); sẽ tự áp dụng khi dữ liệu đó đến.")
