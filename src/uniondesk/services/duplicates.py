"""The duplicate finder: initiatives of a campaign like the one being typed, and groups of likely
duplicates across the units of a campaign (the tool against inflated figures).

A likely duplicate has a similar title (``domain.similarity``, accent-folded words) AND a shared author
(the same name once folded) or the same unit. Candidates never come from comparing everything with
everything: while typing, the full-text index finds the titles sharing the rarest words of the new
title; for a whole campaign, titles are compared only inside blocks of the same unit or the same author
name that share one of their rarest words.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from uniondesk.domain.errors import Cancelled
from uniondesk.domain.text import fold
from uniondesk.domain.similarity import (
    LIKELY_DUPLICATE,
    SHOWN_FROM,
    Prepared,
    compare,
    prepare,
    rarest,
    words,
)
from uniondesk.store import initiative_index
from uniondesk.store.queries import initiatives as queries

Progress = Callable[[int, int, str], None]
CANDIDATES = 400  # titles sharing rare words scored per keystroke
UNIT_CANDIDATES = 3000  # titles of the same unit, or of the same author, scored per keystroke
RARE_WORDS = 3  # words of the typed title that fetch candidates
BLOCK_WORDS = 3  # rarest words of a title that put it in a block with the same author (campaign-wide search)
BLOCK_PAIR_WORDS = 4  # rarest words of a title whose pairs put it in a block with the same unit


@dataclass(frozen=True)
class Similar:
    id: int
    title: str
    unit_name: str
    authors: str  # names joined with ", "
    score: float  # 0 … 1
    shared_author: bool
    same_unit: bool
    uuid: str = ""
    unit_code: str = ""

    @property
    def likely(self) -> bool:
        """A likely duplicate: saving next to it asks for confirmation."""
        return self.score >= LIKELY_DUPLICATE and (self.shared_author or self.same_unit)


def name_key(name: str | None) -> str:
    """An author's name as compared: folded words, one spelling of i/y."""
    return " ".join(words(name))


def similar_initiatives(campaign_id: int, title: str, *, unit_id: int | None = None,
                        author_names: Iterable[str] = (), exclude_id: int | None = None,
                        limit: int = 8, threshold: float = SHOWN_FROM) -> list[Similar]:
    """The campaign's initiatives most like ``title`` (likely duplicates first, then by score).

    Candidates: titles sharing the rarest words (at most ``CANDIDATES``: enough for the panel beside the
    form), and all the titles of the same unit and of the same authors, so that a likely duplicate is
    found however common its words are."""
    mine = words(title)
    if not mine:
        return []
    author_names = [name for name in author_names if name and name.strip()]
    keys = {name_key(name) for name in author_names} - {""}
    candidates = _candidates(campaign_id, mine, unit_id, author_names, exclude_id)
    wanted = prepare(mine)
    scored = sorted(((compare(wanted, _prepared(text)), id_) for id_, text in candidates.items()),
                    key=lambda pair: (-pair[0], pair[1]))
    # Likely duplicates must not fall off the end of the list: all close titles are described.
    kept = [pair for index, pair in enumerate(scored)
            if pair[0] >= threshold and (index < limit or pair[0] >= LIKELY_DUPLICATE)][:limit + 50]
    found = describe({id_: score for score, id_ in kept}, unit_id, keys)
    found.sort(key=lambda s: (not s.likely, -s.score, s.id))
    return found[:limit]


def _candidates(campaign_id: int, mine: list[str], unit_id: int | None, author_names: list[str],
                exclude_id: int | None) -> dict[int, str]:
    """id → title words (indexed or folded: ``words`` reads both alike) of every initiative worth scoring:
    the campaign's titles sharing the rarest words (a few hundred), all those of the same unit sharing
    them, and all those of the same authors."""
    out: dict[int, str] = {}
    counts = initiative_index.title_word_counts(mine)
    present = [word for word in mine if counts.get(word)]
    if present:
        query = _candidate_query(rarest(present, counts, RARE_WORDS), counts)
        out.update(queries.text_candidates(campaign_id, query, exclude_id, CANDIDATES))
        if unit_id is not None:
            out.update(queries.text_candidates(campaign_id, query, exclude_id, UNIT_CANDIDATES, unit_id=unit_id))
    folded = sorted({fold(name) for name in author_names})
    out.update(queries.author_candidates(campaign_id, folded, exclude_id, UNIT_CANDIDATES))
    return out


_PREPARED: dict[str, Prepared] = {}  # title words → prepared features: titles repeat a great deal
_PREPARED_KEPT = 100_000


def _prepared(text: str) -> Prepared:
    found = _PREPARED.get(text)
    if found is None:
        if len(_PREPARED) >= _PREPARED_KEPT:
            _PREPARED.clear()
        found = _PREPARED[text] = prepare(words(text))
    return found


def _candidate_query(rare: list[str], counts: dict[str, int]) -> str:
    """FTS5 query for the titles worth scoring: those with the rarest word when it is rare enough,
    and those with any two of the rarest words (a duplicate keeps most of its words; two common words
    together are already much rarer). No ranking: FTS5 would compute it for every match."""
    first = f'"{rare[0]}"'
    pairs = [f'("{a}" AND "{b}")' for a, b in itertools.combinations(rare, 2)]
    if not pairs or counts[rare[0]] <= CANDIDATES:
        return "title : (" + " OR ".join([first, *pairs]) + ")"
    return "title : (" + " OR ".join(pairs) + ")"


def describe(scores: dict[int, float], unit_id: int | None, author_keys: set[str]) -> list[Similar]:
    """``Similar`` rows for these initiatives, compared with a unit and author names."""
    ids = list(scores)
    facts = queries.candidate_facts(ids)
    names = queries.author_names(ids)
    out = []
    for id_ in ids:
        if id_ not in facts:
            continue
        title, uuid, their_unit, unit_code, unit_name = facts[id_]
        theirs = names.get(id_, [])
        shared = bool(author_keys & {name_key(name) for name in theirs} - {""})
        out.append(Similar(id_, title, unit_name, ", ".join(theirs), round(scores[id_], 3), shared,
                           unit_id is not None and their_unit == unit_id, uuid, unit_code))
    return out


def likely_duplicates(campaign_id: int, title: str, unit_id: int, author_names: Iterable[str],
                      exclude_id: int | None = None) -> list[Similar]:
    return [s for s in similar_initiatives(campaign_id, title, unit_id=unit_id, author_names=author_names,
                                           exclude_id=exclude_id, limit=8, threshold=LIKELY_DUPLICATE)
            if s.likely]


# --- a whole campaign -----------------------------------------------------------------------------------

class _Components:
    """Union–find over initiative ids."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return [sorted(group) for group in out.values() if len(group) > 1]


def _blocks(titles: dict[int, str], units: dict[int, int], authors: dict[int, set[str]],
            counts: Counter) -> dict[tuple, list[int]]:
    """Initiatives that may be duplicates of each other: of the same author name with one of their
    three rarest title words in common, or of the same unit with two of their four rarest (a unit holds
    hundreds of titles made on the same pattern: one shared word compared seven times as many pairs at
    province scale). A title retyped with two rare words more still shares two of its four rarest."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for id_, text in titles.items():
        rare = rarest(text.split(), counts, BLOCK_PAIR_WORDS)
        for pair in itertools.combinations(sorted(rare), 2) if len(rare) > 1 else [(*rare, "")]:
            blocks[("u", units[id_], *pair)].append(id_)
        for word in rare[:BLOCK_WORDS]:
            for name in authors.get(id_, ()):
                blocks[("a", name, word)].append(id_)
    return blocks


def duplicate_groups(campaign_id: int, *, threshold: float = LIKELY_DUPLICATE, progress: Progress | None = None,
                     cancel: Callable[[], bool] | None = None) -> list[list[Similar]]:
    """Groups of likely duplicates of the campaign, the largest first; in a group each initiative is
    scored by its best match in the group, and flagged when another member has its unit or one of its
    authors. Seconds at province scale: run it on a worker."""
    def step(done: int, message: str) -> None:
        if cancel and cancel():
            raise Cancelled("Đã dừng tìm sáng kiến trùng lặp.")
        if progress:
            progress(done, 4, message)

    step(0, "Đọc tên sáng kiến")
    titles = {id_: " ".join(words(folded)) for id_, _, folded in queries.campaign_titles(campaign_id)}
    units = {id_: unit_id for id_, unit_id, _ in queries.campaign_titles(campaign_id)}
    authors: dict[int, set[str]] = defaultdict(set)
    for id_, name in queries.campaign_author_keys(campaign_id):
        if name:
            authors[id_].add(name_key(name))
    step(1, "Chia nhóm so sánh")
    counts = Counter(word for text in titles.values() for word in set(text.split()))
    blocks = _blocks(titles, units, authors, counts)
    step(2, "So sánh tên sáng kiến")
    best, components = _compare(blocks, titles, threshold, step)
    step(3, "Tổng hợp kết quả")
    members = components.groups()
    found = {s.id: s for s in describe({id_: best[id_] for group in members for id_ in group}, None, set())}
    groups = [_flags([found[id_] for id_ in group if id_ in found], units, authors) for group in members]
    groups = [group for group in groups if len(group) > 1]
    groups.sort(key=lambda group: (-len(group), group[0].id))
    step(4, "Xong")
    return groups


def _compare(blocks: dict[tuple, list[int]], titles: dict[int, str], threshold: float,
             step) -> tuple[dict[int, float], _Components]:
    """Group the likely duplicates of every block. Groups form around a first member (the leader) and
    take only initiatives alike enough to it: joining every pair alike would chain "… môn Toán" to
    "… môn Hóa học" through titles alike to both. The same title twice in a block is a pair without
    comparing; titles are compared lightest first, and a title too heavy to reach the threshold with
    the current one ends the round (Dice cannot exceed 2·lighter / (lighter + heavier))."""
    stretch = (2 - threshold) / threshold
    edges: list[tuple[float, int, int]] = []
    for number, members in enumerate(blocks.values()):
        if len(members) < 2:
            continue
        if number % 5000 == 0:
            step(2, "So sánh tên sáng kiến")
        same: dict[str, list[int]] = defaultdict(list)
        for id_ in members:
            same[titles[id_]].append(id_)
        edges += [(1.0, ids[0], other) for ids in same.values() for other in ids[1:]]
        if len(same) < 2:
            continue
        ready = sorted(((_prepared(text), same[text][0]) for text in same), key=lambda pair: pair[0].total)
        for index, (a, first) in enumerate(ready):
            heaviest = a.total * stretch
            for b, second in ready[index + 1:]:
                if b.total > heaviest:
                    break
                found = compare(a, b)
                if found >= threshold:
                    edges.append((found, first, second))

    def score(left: str, right: str) -> float:
        return 1.0 if left == right else compare(_prepared(left), _prepared(right))

    return _leader_groups(edges, titles, threshold, score)


def _leader_groups(edges: list[tuple[float, int, int]], titles: dict[int, str], threshold: float,
                   score) -> tuple[dict[int, float], _Components]:
    """The closest pairs first: a pair with neither member grouped starts a group led by its first; an
    initiative joins the group of its partner if its title is alike enough to the group's leader."""
    leader: dict[int, int] = {}
    best: dict[int, float] = {}
    components = _Components()
    for found, a, b in sorted(edges, key=lambda edge: (-edge[0], edge[1], edge[2])):
        if a in leader and b in leader:
            continue
        if a not in leader and b not in leader:
            leader[a] = leader[b] = a
        else:
            grouped, new = (a, b) if a in leader else (b, a)
            head = leader[grouped]
            if score(titles[new], titles[head]) < threshold:
                continue
            leader[new] = head
        components.join(a, b)
        best[a], best[b] = max(best.get(a, 0.0), found), max(best.get(b, 0.0), found)
    return best, components


def _flags(group: list[Similar], units: dict[int, int], authors: dict[int, set[str]]) -> list[Similar]:
    """Mark in each member whether another member of its group has its unit or one of its authors."""
    unit_count = Counter(units[member.id] for member in group)
    name_count = Counter(name for member in group for name in authors.get(member.id, ()))
    out = [Similar(m.id, m.title, m.unit_name, m.authors, m.score,
                   any(name_count[name] > 1 for name in authors.get(m.id, ())), unit_count[units[m.id]] > 1,
                   m.uuid, m.unit_code) for m in group]
    out.sort(key=lambda s: (s.unit_code, s.id))
    return out
