"""Demo award decisions: the Bằng khen of the Thanh Hóa federation to 177 collectives and individuals
with outstanding initiatives in "1 triệu sáng kiến" (seed article of 29/6/2022), signed; and a draft
Giấy khen of a district federation, for the tab to edit.

Recipients are proposed from the campaign's figures as an officer would (units above quota, cluster
leaders, authors of the initiatives worth most), through the award services, so the demo checks
the real code path. When the campaign or its initiatives are missing, people and units of the tree
fill the list instead. Identities come from the demo's seeded generator, as every demo row's do.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from uniondesk.domain.awards import RecipientKind
from uniondesk.domain.text import fold
from uniondesk.services import award_proposals, awards
from uniondesk.services.actor import Actor
from uniondesk.store.db import database

if TYPE_CHECKING:
    from uniondesk.services.demo.build import DemoContext

CAMPAIGN_CODE = "1TSK-2022"
CAMPAIGN_WORDS = "1 trieu sang kien"
DECISION_DAY = dt.date(2022, 6, 27)  # two days before the ceremony of 29/6/2022
AS_OF = dt.date(2022, 5, 31)  # the figures the federation rewarded
RECIPIENTS = {"small": 12, "province": 177, "national": 177}
COLLECTIVE_SHARE = 0.2  # about one in five of the 177 is a collective
REASON = ("Đã có sáng kiến tiêu biểu, mang lại giá trị làm lợi cao trong triển khai thực hiện chương trình "
          "“{campaign}”.")
COLLECTIVE_REASON = "Đã có thành tích xuất sắc trong triển khai thực hiện chương trình “{campaign}”: {achievement}."


class _DemoActor(Actor):
    """The demo's actor with the demo's reproducible identities and versions."""

    ctx: Any = None

    def new_record(self) -> dict[str, Any]:
        uuid, origin, version, writer, _, changed_by = self.ctx.sync_values()
        return {"uuid": uuid, "origin": origin, "version": version, "writer": writer, "changed_by": changed_by}

    def stamp(self) -> dict[str, Any]:
        _, _, version, writer, _, changed_by = self.ctx.sync_values()
        return {"version": version, "writer": writer, "changed_by": changed_by}


def _actor(ctx: DemoContext) -> _DemoActor:
    actor = _DemoActor(ctx.actor.officer, ctx.actor.installation_id, ctx.actor.clock)
    actor.ctx = ctx
    return actor


def _campaign_id(ctx: DemoContext) -> int | None:
    plan = getattr(ctx, "campaign_plan", None)
    if plan is not None and CAMPAIGN_CODE in getattr(plan, "ids", {}):
        return plan.ids[CAMPAIGN_CODE]
    for campaign_id, name in database.execute_sql("SELECT id, name FROM campaign WHERE deleted = 0"):
        if CAMPAIGN_WORDS in fold(name):
            return campaign_id
    return None


def _unit(code: str) -> tuple[int, str] | None:
    return database.execute_sql("SELECT id, name FROM unit WHERE code = ? AND deleted = 0", (code,)).fetchone()


def _chair(unit_id: int) -> str:
    row = database.execute_sql("SELECT full_name FROM person WHERE unit_id = ? AND position = 'Chủ tịch' "
                               "AND deleted = 0 ORDER BY id LIMIT 1", (unit_id,)).fetchone()
    return row[0] if row else "Lê Văn Minh"


def write_awards(ctx: DemoContext) -> None:
    # The demo keeps one audit entry summarising the whole build (its "finish" step, which counts these
    # rows too); the entries the services write here, one per record, are folded into it.
    first_entry = database.execute_sql("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    _write(ctx)
    database.execute_sql("DELETE FROM audit_log WHERE id > ?", (first_entry,))


def _write(ctx: DemoContext) -> None:
    issuer = _unit("TH") or (ctx.plan.units[0].id, ctx.plan.units[0].name)
    total = RECIPIENTS[ctx.scale]
    ctx.expect(2 * total + 12)
    actor = _actor(ctx)
    campaign_id = _campaign_id(ctx)
    decision = awards.create_decision(
        actor, number="125/QĐ-LĐLĐ", decided_on=DECISION_DAY, issuing_unit_id=issuer[0],
        signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", signer_name=_chair(issuer[0]), form="bang_khen",
        campaign_id=campaign_id, reason=REASON if campaign_id else REASON.replace("“{campaign}”", "sáng kiến"),
        place="Thanh Hóa")
    specs = _chosen(ctx, campaign_id, issuer[0], total)
    awards.add_recipients(actor, decision.id, specs)
    awards.sign_decision(actor, decision.id)
    ctx.counts["award_decision"] = ctx.counts.get("award_decision", 0) + 1
    ctx.counts["award_recipient"] = ctx.counts.get("award_recipient", 0) + len(specs)
    ctx.report(2 * len(specs), "Quyết định khen thưởng")
    _draft(ctx, actor, issuer[0])


def _chosen(ctx: DemoContext, campaign_id: int | None, issuer_id: int, total: int) -> list[awards.RecipientSpec]:
    """Collectives (about a fifth) then individuals, from the proposals, topped up from the tree."""
    proposals = (award_proposals.propose(campaign_id, unit_id=issuer_id, top_initiatives=total * 2, as_of=AS_OF)
                 if campaign_id else [])
    collectives = [p for p in proposals if p.kind == RecipientKind.COLLECTIVE]
    individuals = [p for p in proposals if p.kind == RecipientKind.INDIVIDUAL]
    wanted = round(total * COLLECTIVE_SHARE)
    specs = [_collective(p.unit_id, p.achievement) for p in collectives[:wanted]]
    specs += _fallback_collectives(ctx, issuer_id, wanted - len(specs), {s.unit_id for s in specs})
    specs += [awards.RecipientSpec(str(RecipientKind.INDIVIDUAL), person_id=p.person_id, achievement=p.achievement)
              for p in individuals[:total - len(specs)]]
    specs += _fallback_people(ctx, issuer_id, total - len(specs), {s.person_id for s in specs})
    return specs


def _collective(unit_id: int, achievement: str) -> awards.RecipientSpec:
    reason = COLLECTIVE_REASON if achievement else ""
    return awards.RecipientSpec(str(RecipientKind.COLLECTIVE), unit_id=unit_id, reason=reason, achievement=achievement)


def _subtree(issuer_id: int) -> tuple[str, str]:
    path = database.execute_sql("SELECT path FROM unit WHERE id = ?", (issuer_id,)).fetchone()[0]
    return path, path[:-1] + "0"


def _fallback_collectives(ctx: DemoContext, issuer_id: int, count: int, taken: set) -> list[awards.RecipientSpec]:
    """Grassroots unions drawn at random under the issuer, when the figures propose too few."""
    if count <= 0:
        return []
    rows = [row[0] for row in database.execute_sql(
        "SELECT id FROM unit WHERE kind = 'grassroots' AND deleted = 0 AND path >= ? AND path < ? ORDER BY id",
        _subtree(issuer_id)) if row[0] not in taken]
    chosen = ctx.rng("award collectives").sample(rows, min(count, len(rows)))
    return [_collective(unit_id, "") for unit_id in sorted(chosen)]


def _fallback_people(ctx: DemoContext, issuer_id: int, count: int, taken: set) -> list[awards.RecipientSpec]:
    if count <= 0:
        return []
    rows = [row[0] for row in database.execute_sql(
        "SELECT p.id FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.deleted = 0 AND u.kind = 'grassroots' "
        "AND u.path >= ? AND u.path < ? ORDER BY p.id", _subtree(issuer_id)) if row[0] not in taken]
    chosen = ctx.rng("award people").sample(rows, min(count, len(rows)))
    return [awards.RecipientSpec(str(RecipientKind.INDIVIDUAL), person_id=person_id) for person_id in sorted(chosen)]


def _campaign_by_code(code: str) -> int | None:
    row = database.execute_sql("SELECT id FROM campaign WHERE code = ? AND deleted = 0", (code,)).fetchone()
    return row[0] if row else None


def _draft(ctx: DemoContext, actor: Actor, issuer_id: int) -> None:
    """A draft Giấy khen of the first district federation to five of its grassroots unions' people."""
    upper = database.execute_sql("SELECT id, name FROM unit WHERE parent_id = ? AND kind = 'upper' AND deleted = 0 "
                                 "ORDER BY id LIMIT 1", (issuer_id,)).fetchone()
    if upper is None:
        return
    draft = awards.create_decision(
        actor, number="45/QĐ-LĐLĐ", decided_on=dt.date(2022, 7, 15), issuing_unit_id=upper[0],
        signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", signer_name=_chair(upper[0]), form="giay_khen",
        reason="Đã có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, Lao động sáng tạo” năm 2022.",
        campaign_id=_campaign_by_code("LDGST-2022"), place=re.sub(r"^LĐLĐ (huyện|thị xã|thành phố) ", "", upper[1]))
    people = _fallback_people(ctx, upper[0], 5, set())
    if people:
        awards.add_recipients(actor, draft.id, people)
    ctx.counts["award_decision"] += 1
    ctx.counts["award_recipient"] += len(people)
    ctx.report(len(people) + 1, "Quyết định khen thưởng")
