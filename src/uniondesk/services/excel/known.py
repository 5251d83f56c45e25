"""What the database already knows about a workbook's rows: the people of their units by name, and the
initiatives they may already be (see ``plan`` for how a row is recognised). Both are looked up by what the
workbook gives (unit and folded name, unit and folded title), so the cost follows the file, not the
size of the database: a province holds 300,000 people and 170,000 initiatives.
"""

from __future__ import annotations

from uniondesk.services.excel.plan import RowKey, row_key
from uniondesk.store.queries import initiative_excel as queries


def people_by_name(wanted: set[tuple[int, str]]) -> dict[tuple[int, str], list[int]]:
    """(unit id, folded name) → ids of the unit's people with that name, oldest first."""
    out: dict[tuple[int, str], list[int]] = {}
    for id_, unit_id, folded in queries.people_named(wanted):
        out.setdefault((unit_id, folded), []).append(id_)
    return out


def stored_keys(campaign_id: int, wanted: set[tuple[int, str]]) -> set[RowKey]:
    """The identities (see ``plan.row_key``) of the campaign's initiatives with one of the ``wanted``
    (unit id, folded title): the rows of a workbook that may already be in the database."""
    titles = {id_: (unit_id, folded) for id_, unit_id, folded in queries.titled(campaign_id, wanted)}
    names: dict[int, list[str]] = {}
    for initiative_id, folded in queries.author_names_folded(sorted(titles)):
        names.setdefault(initiative_id, []).append(folded)
    return {row_key(unit_id, folded, names.get(id_, [])) for id_, (unit_id, folded) in titles.items()}
