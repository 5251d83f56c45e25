"""Peewee models, and the one registry of synced tables (``SYNCED_MODELS``).

The schema itself is created by ``migrations.py``; these classes only describe it for queries, and a
test checks that both agree. Every synced table carries the sync metadata of ``SyncedModel``.
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from uniondesk.store.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedModel(BaseModel):
    """Sync metadata (architecture.md, "Sync between offices").

    ``uuid`` is the record's identity everywhere outside this file; ``origin`` the installation that
    created it; ``version`` a hybrid-logical-clock value of the last change and ``writer`` the
    installation that made it (the tie-break); ``deleted`` a tombstone; ``changed_by`` the officer.
    """

    uuid = TextField(unique=True)
    origin = TextField()
    version = BigIntegerField(index=True)
    writer = TextField()
    deleted = BooleanField(default=False)
    changed_by = TextField(default="")

    LOCAL_FIELDS: tuple[str, ...] = ()


class Installation(BaseModel):
    """This database as one installation: its id, the office (home unit) it serves, its key pair."""

    installation_id = TextField()
    home_unit_uuid = TextField(null=True)
    created_at = TextField()
    public_key = BlobField()
    private_key = BlobField()


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class AuditEntry(BaseModel):
    """Who changed which record, when, and what changed (JSON of field: [old, new])."""

    at = TextField()
    officer = TextField()
    installation_id = TextField()
    table_name = TextField()
    record_uuid = TextField(index=True)
    action = TextField()
    changes = TextField(default="{}")

    class Meta:
        table_name = "audit_log"


class Unit(SyncedModel):
    code = TextField()
    name = TextField()
    name_folded = TextField()
    kind = TextField()
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    # Materialised path of the current tree ("/1/45/300/"): a subtree is one index range scan.
    path = TextField(index=True)
    members = IntegerField(default=0)
    members_counted_on = DateField(null=True)
    opened_on = DateField(null=True)
    closed_on = DateField(null=True)
    status = TextField(default="live")
    successor = ForeignKeyField("self", null=True, backref="predecessors", on_delete="RESTRICT")

    # Derived from other fields and local ids: rebuilt by the receiver, never sent in a bundle.
    LOCAL_FIELDS = ("path", "name_folded")


class UnitParent(SyncedModel):
    """One period of a unit under one parent: answers "what was the tree on date D"."""

    unit = ForeignKeyField(Unit, backref="parent_periods", on_delete="RESTRICT")
    parent = ForeignKeyField(Unit, null=True, backref="child_periods", on_delete="RESTRICT")
    valid_from = DateField(null=True)  # None: since the unit exists
    valid_to = DateField(null=True)  # None: still so

    class Meta:
        table_name = "unit_parent"


class UnitEvent(SyncedModel):
    """A dated event in a unit's life (created, moved, merged, split, closed, …)."""

    unit = ForeignKeyField(Unit, backref="events", on_delete="RESTRICT")
    kind = TextField()
    on_date = DateField(null=True)
    other_unit = ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    detail = TextField(default="{}")

    class Meta:
        table_name = "unit_event"


class Person(SyncedModel):
    """A person of a unit: author of initiatives, recipient of awards."""

    full_name = TextField()
    name_folded = TextField()
    gender = TextField(null=True)
    birth_year = IntegerField(null=True)
    position = TextField(default="")
    unit = ForeignKeyField(Unit, backref="people", on_delete="RESTRICT")

    LOCAL_FIELDS = ("name_folded",)


class Campaign(SyncedModel):
    """A campaign ("chương trình", "phong trào thi đua") launched by its organising unit."""

    code = TextField()
    name = TextField()
    name_folded = TextField()
    kind = TextField()
    organiser = ForeignKeyField(Unit, backref="campaigns", on_delete="RESTRICT")
    start_on = DateField()
    end_on = DateField()
    eligible_from = DateField(null=True)
    eligible_to = DateField(null=True)
    target_initiatives = IntegerField(null=True)
    target_members = IntegerField(null=True)
    description = TextField(default="")
    status = TextField(default="draft")

    LOCAL_FIELDS = ("name_folded",)


class CampaignPhase(SyncedModel):
    campaign = ForeignKeyField(Campaign, backref="phases", on_delete="RESTRICT")
    seq = IntegerField()
    name = TextField()
    start_on = DateField()
    end_on = DateField()

    class Meta:
        table_name = "campaign_phase"


class Quota(SyncedModel):
    """The number of initiatives (and members, optionally) a unit is asked for by the unit above."""

    campaign = ForeignKeyField(Campaign, backref="quotas", on_delete="RESTRICT")
    unit = ForeignKeyField(Unit, backref="quotas", on_delete="RESTRICT")
    allocator = ForeignKeyField(Unit, backref="+", on_delete="RESTRICT")
    initiatives = IntegerField()
    members = IntegerField(null=True)


class ClusterGrouping(SyncedModel):
    """A set of emulation clusters defined by one office, e.g. "Cụm thi đua 2022"."""

    name = TextField()
    owner = ForeignKeyField(Unit, backref="cluster_groupings", on_delete="RESTRICT")
    year = IntegerField(null=True)
    description = TextField(default="")

    class Meta:
        table_name = "cluster_grouping"


class Cluster(SyncedModel):
    grouping = ForeignKeyField(ClusterGrouping, backref="clusters", on_delete="RESTRICT")
    name = TextField()
    leader = ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")


class ClusterMember(SyncedModel):
    cluster = ForeignKeyField(Cluster, backref="members", on_delete="RESTRICT")
    grouping = ForeignKeyField(ClusterGrouping, backref="+", on_delete="RESTRICT")  # one cluster per grouping
    unit = ForeignKeyField(Unit, backref="cluster_memberships", on_delete="RESTRICT")

    class Meta:
        table_name = "cluster_member"


class Covenant(SyncedModel):
    """The emulation covenant ("giao ước thi đua") a cluster's members signed."""

    cluster = ForeignKeyField(Cluster, backref="covenants", on_delete="RESTRICT")
    signed_on = DateField()
    document_ref = TextField(default="")
    note = TextField(default="")


class Initiative(SyncedModel):
    campaign = ForeignKeyField(Campaign, backref="initiatives", on_delete="RESTRICT")
    phase = ForeignKeyField(CampaignPhase, null=True, backref="initiatives", on_delete="RESTRICT")
    unit = ForeignKeyField(Unit, backref="initiatives", on_delete="RESTRICT")
    title = TextField()
    title_folded = TextField()
    field = TextField(default="other")
    summary = TextField(default="")
    benefit_vnd = BigIntegerField(default=0)
    social_benefit = TextField(default="")
    registered_on = DateField(null=True)
    recognised_on = DateField(null=True)
    applied_on = DateField(null=True)
    status = TextField(default="registered")
    recognised_by = TextField(null=True)
    decision_no = TextField(default="")
    decision_on = DateField(null=True)
    withdrawal_reason = TextField(default="")
    confidential = BooleanField(default=False)
    title_sort = TextField(default="")  # Vietnamese sort key of the title (schema step 3)

    LOCAL_FIELDS = ("title_folded", "title_sort")


class InitiativeAuthor(SyncedModel):
    """A person (or a unit, for a collective author) with a share of the initiative in basis points."""

    initiative = ForeignKeyField(Initiative, backref="authors", on_delete="RESTRICT")
    person = ForeignKeyField(Person, null=True, backref="authorships", on_delete="RESTRICT")
    author_unit = ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    share_bp = IntegerField()
    # Copies of the initiative's campaign and unit, for the covering roll-up index.
    campaign = ForeignKeyField(Campaign, backref="+", on_delete="RESTRICT")
    unit = ForeignKeyField(Unit, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "initiative_author"


# Every synced table, parents before the tables that refer to them. A new synced table is added here
# once, and sync, checks and counts pick it up.
SYNCED_MODELS: list[type[SyncedModel]] = [
    Unit, UnitParent, UnitEvent, Person,
    Campaign, CampaignPhase, Quota, ClusterGrouping, Cluster, ClusterMember, Covenant,
    Initiative, InitiativeAuthor,
]
LOCAL_MODELS: list[type[BaseModel]] = [Installation, Setting, AuditEntry]
ALL_MODELS: list[type[BaseModel]] = LOCAL_MODELS + SYNCED_MODELS

from uniondesk.store import models_awards  # noqa: E402,F401 - registers the award tables
from uniondesk.store import models_sync  # noqa: E402,F401 - registers the local sync tables
