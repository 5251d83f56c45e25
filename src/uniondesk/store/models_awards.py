"""Peewee models of award decisions and recipients (synced) and of certificate printing settings
(local to this PC). The schema is created by ``schema/awards_v4.py``.
"""

from __future__ import annotations

from peewee import DateField, FloatField, ForeignKeyField, IntegerField, TextField

from uniondesk.store import models
from uniondesk.store.models import BaseModel, Campaign, Person, SyncedModel, Unit


class AwardDecision(SyncedModel):
    """A decision ("quyết định khen thưởng"): draft → signed → revoked. Signed is read-only."""

    number = TextField()
    decided_on = DateField()
    issuing_unit = ForeignKeyField(Unit, backref="award_decisions", on_delete="RESTRICT")
    signer_title = TextField()
    signer_name = TextField()
    form = TextField()
    form_title = TextField(default="")
    campaign = ForeignKeyField(Campaign, null=True, backref="award_decisions", on_delete="RESTRICT")
    reason = TextField(default="")
    place = TextField(default="")
    status = TextField(default="draft")
    revoked_on = DateField(null=True)
    revocation_reason = TextField(default="")
    revoking_number = TextField(default="")

    class Meta:
        table_name = "award_decision"


class AwardRecipient(SyncedModel):
    """A person (individual) or a unit (collective) rewarded by a decision.

    ``name``, ``position`` and ``unit_name`` are copies taken when the recipient is added: a certificate
    says what was true on the day of the decision, whatever the person's record says later.
    """

    decision = ForeignKeyField(AwardDecision, backref="recipients", on_delete="RESTRICT")
    seq = IntegerField()
    kind = TextField()
    person = ForeignKeyField(Person, null=True, backref="awards", on_delete="RESTRICT")
    unit = ForeignKeyField(Unit, backref="awards", on_delete="RESTRICT")
    name = TextField()
    gender = TextField(null=True)
    position = TextField(default="")
    unit_name = TextField(default="")
    reason = TextField(default="")
    achievement = TextField(default="")
    repeat_reason = TextField(default="")
    # Copies of the decision's issuing unit and year, set with the number when it is signed, so that a
    # unique index keeps every register number given once.
    register_unit = ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    register_year = IntegerField(null=True)
    register_no = IntegerField(null=True)
    revoked_on = DateField(null=True)
    revocation_reason = TextField(default="")
    revoking_number = TextField(default="")

    class Meta:
        table_name = "award_recipient"


class CertificateCalibration(BaseModel):
    """How one printer misplaces one template: offsets in millimetres and scale factors."""

    template = TextField()
    printer = TextField(default="")
    dx_mm = FloatField(default=0.0)
    dy_mm = FloatField(default=0.0)
    scale_x = FloatField(default=1.0)
    scale_y = FloatField(default=1.0)

    class Meta:
        table_name = "certificate_calibration"


class CertificateNudge(BaseModel):
    """A manual shift of one recipient's certificate text, on this PC (by the recipient's uuid)."""

    recipient_uuid = TextField(unique=True)
    dx_mm = FloatField(default=0.0)
    dy_mm = FloatField(default=0.0)

    class Meta:
        table_name = "certificate_nudge"


models.SYNCED_MODELS += [AwardDecision, AwardRecipient]
models.LOCAL_MODELS += [CertificateCalibration, CertificateNudge]
models.ALL_MODELS[:] = models.LOCAL_MODELS + models.SYNCED_MODELS
