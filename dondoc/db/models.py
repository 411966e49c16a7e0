"""SQLModel models for the whole domain of docs/domain.md.

Conventions:
- Instants (when something happened) are ``UTCDateTime`` columns: aware, UTC.
- Dates people mean as dates (a due date, the day a report was sent) stay ``date``.
- Stable keys are the unique keys: an occurrence is (task, assignee, period), which
  is also its iCal UID; a message is (occurrence, step, recipient, channel).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Index, Text, UniqueConstraint
from sqlalchemy import text as sa_text
from sqlmodel import Field, SQLModel

from calendar_rules.vietnamese import LabelledEnum
from dondoc.db.models_service import (
    ApiToken,
    ChaseRun,
    ChatUpdate,
    Evidence,
    ExtensionRequest,
    FeedToken,
    KeyValue,
    UsedLink,
    User,
    UserRole,
)
from dondoc.db.types import UTCDateTime, utc_now_field


def _partial_index(name: str, column: str, where: str) -> Index:
    """An index on ``column`` over the rows meeting ``where`` only, on PostgreSQL and on SQLite alike:
    one condition for both dialects, so the two can never disagree about which rows are indexed."""
    return Index(name, column, postgresql_where=sa_text(where), sqlite_where=sa_text(where))


class CommitteeKind(LabelledEnum):
    """Kinds of unit in the tree. Values are the slugs used in YAML files; ``label`` is the
    Vietnamese name of the kind, as pages and messages show it."""

    tinh_uy = "tinh_uy", "Tỉnh ủy, Thành ủy trực thuộc Trung ương"
    dang_uy_khoi = "dang_uy_khoi", "Đảng ủy khối"
    thi_uy = "thi_uy", "Thị ủy, Thành ủy trực thuộc tỉnh"
    huyen_uy = "huyen_uy", "Huyện ủy"
    dang_uy_co_so = "dang_uy_co_so", "Đảng ủy cơ sở"
    chi_bo_co_so = "chi_bo_co_so", "Chi bộ cơ sở"
    chi_bo = "chi_bo", "Chi bộ trực thuộc"
    ban = "ban", "Ban tham mưu của cấp ủy"
    uy_ban_kiem_tra = "uy_ban_kiem_tra", "Ủy ban Kiểm tra"
    van_phong = "van_phong", "Văn phòng cấp ủy"
    co_quan = "co_quan", "Cơ quan, đơn vị"
    mat_tran = "mat_tran", "Mặt trận Tổ quốc"
    doan_the = "doan_the", "Đoàn thể chính trị - xã hội"


class Committee(SQLModel, table=True):
    """A unit of the tree: committee, board, cell or mass organisation.

    ``path`` is the materialised path (``/root/child/``) so a subtree is one
    indexed ``LIKE 'prefix%'`` query on both databases.
    """

    id: str = Field(primary_key=True, max_length=120)
    name: str = Field(max_length=300)
    kind: CommitteeKind = Field(sa_type=Text)
    parent_id: str | None = Field(default=None, foreign_key="committee.id", index=True, max_length=120)
    path: str = Field(index=True, max_length=4000)
    depth: int = 0
    aliases: str = Field(default="", sa_type=Text)  # one other name per line, as plans write them
    active: bool = True
    source_line: int | None = None
    updated_at: dt.datetime = utc_now_field()


class ChannelKind(str, enum.Enum):
    email = "email"
    telegram = "telegram"
    zalo = "zalo"
    folder = "folder"  # folder://; stored as "outbox" before migration 0004_folder_kind
    other = "other"


class Contact(SQLModel, table=True):
    """A person or office of a committee that receives messages."""

    __table_args__ = (UniqueConstraint("committee_id", "name", name="uq_contact_committee_name"),)

    id: int | None = Field(default=None, primary_key=True)
    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=120)
    name: str = Field(max_length=300)
    role: str | None = Field(default=None, max_length=120)
    active: bool = True


class ContactChannel(SQLModel, table=True):
    """One apprise URL of a contact. The URL may hold secrets: only ``url_redacted``
    is ever printed or written to history. A permanent failure flags the channel."""

    __tablename__ = "contact_channel"
    __table_args__ = (UniqueConstraint("contact_id", "url", name="uq_channel_contact_url"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    kind: ChannelKind = Field(sa_type=Text)
    url: str = Field(sa_type=Text)
    url_redacted: str = Field(sa_type=Text)
    active: bool = True
    flagged_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    flag_reason: str | None = Field(default=None, sa_type=Text)


class Plan(SQLModel, table=True):
    """A plan document (Kế hoạch), e.g. 91-KH/TU of Thị ủy Đức Phổ."""

    id: str = Field(primary_key=True, max_length=120)
    number: str = Field(max_length=120)
    title: str = Field(sa_type=Text)
    issuer_id: str = Field(foreign_key="committee.id", index=True, max_length=120)
    issued: dt.date
    source_file: str | None = Field(default=None, sa_type=Text)
    content_hash: str = Field(max_length=64)
    imported_at: dt.datetime = utc_now_field()


class Task(SQLModel, table=True):
    """One task (nội dung) of a plan with its deadline rule in canonical form."""

    __table_args__ = (UniqueConstraint("plan_id", "code", name="uq_task_plan_code"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str = Field(foreign_key="plan.id", index=True, max_length=120)
    code: str = Field(max_length=60)
    title: str = Field(sa_type=Text)
    rule: str = Field(sa_type=Text)
    phrase: str | None = Field(default=None, sa_type=Text)
    report_to_id: str | None = Field(default=None, foreign_key="committee.id", max_length=120)
    via_id: str | None = Field(default=None, foreign_key="committee.id", max_length=120)
    policy: str = Field(default="default", max_length=60)
    evidence: str | None = Field(default=None, sa_type=Text)
    evidence_line: int | None = None
    parent_task_id: int | None = Field(default=None, foreign_key="task.id")
    lead_working_days: int = 0
    active: bool = True


class TaskAssignee(SQLModel, table=True):
    """Resolved assignees of a task (selectors are resolved at import)."""

    __tablename__ = "task_assignee"

    task_id: int = Field(foreign_key="task.id", primary_key=True)
    committee_id: str = Field(foreign_key="committee.id", primary_key=True, max_length=120)


class OccurrenceStatus(str, enum.Enum):
    open = "open"
    submitted = "submitted"
    waived = "waived"
    cancelled = "cancelled"


class Occurrence(SQLModel, table=True):
    """One (task, assignee, period) deadline. ``current_due`` is the adjusted due date
    moved by any extension; the chase query reads only this table's columns.

    The biggest table, written in bulk by ``dondoc.plans.materialise``, so its write
    cost is kept low on purpose (bench/bench_materialise.py measured each part):
    - no foreign keys on ``task_id``/``assignee_id``: a row-by-row FK check cost as
      much as everything else of a bulk load. Integrity holds by construction: the
      only writer inserts from a join of ``task`` and ``task_assignee``, and tasks and
      committees are never deleted (they are deactivated);
    - no separate ``task_id`` index: the unique key starts with it;
    - ``ack_until`` and ``parent_id`` indexes are partial: almost every row has NULL there.
    """

    __table_args__ = (
        UniqueConstraint("task_id", "assignee_id", "period", name="uq_occurrence_key"),
        Index("ix_occurrence_open_due", "status", "current_due"),
        # the chase resumes paused escalations the day after ack_until (dondoc.chase.candidates)
        _partial_index("ix_occurrence_ack_until", "ack_until", "ack_until IS NOT NULL"),
        _partial_index("ix_occurrence_parent_id", "parent_id", "parent_id IS NOT NULL"),
    )

    id: int | None = Field(default=None, primary_key=True)
    task_id: int  # task.id (no FK: see above)
    assignee_id: str = Field(index=True, max_length=120)  # committee.id (no FK: see above)
    period: str = Field(max_length=20)
    due: dt.date
    adjusted_due: dt.date
    current_due: dt.date
    status: OccurrenceStatus = Field(default=OccurrenceStatus.open, sa_type=Text)
    submitted_on: dt.date | None = None
    ack_until: dt.date | None = None
    parent_id: int | None = Field(default=None, foreign_key="occurrence.id")
    sequence: int = 0
    updated_at: dt.datetime = utc_now_field()


class OccurrenceTally(SQLModel, table=True):
    """Live occurrences counted per (unit, due day, state): what committee pages and ``dondoc status``
    count, without reading the occurrences (dondoc.status.tally). ``state`` is 'open', 'on_time' or
    'late'; waived and cancelled ones are not counted. Kept by triggers on ``occurrence``
    (migration 0003_tally), in the transaction of each change, whoever writes it."""

    __tablename__ = "occurrence_tally"
    __table_args__ = (_partial_index("ix_occurrence_tally_done", "current_due", "state <> 'open'"),)

    assignee_id: str = Field(primary_key=True, max_length=120)
    current_due: dt.date = Field(primary_key=True)
    state: str = Field(primary_key=True, max_length=10)
    n: int


class OccurrenceAct(SQLModel):
    """The columns of an act recorded on one occurrence (not a table): which occurrence, who
    recorded it and when. Submissions and adjustments are the rows the recording actions
    (``dondoc.occurrence.actions``) write; the two tables keep these columns alike by sharing them."""

    id: int | None = Field(default=None, primary_key=True)
    occurrence_id: int = Field(foreign_key="occurrence.id", index=True)
    actor: str = Field(max_length=200)
    recorded_at: dt.datetime = utc_now_field()


class Submission(OccurrenceAct, table=True):
    """A recorded report (báo cáo) for an occurrence."""

    ref: str = Field(max_length=300)
    submitted_on: dt.date
    late: bool = False


class AdjustmentKind(str, enum.Enum):
    extension = "extension"
    waiver = "waiver"
    acknowledgement = "acknowledgement"


class Adjustment(OccurrenceAct, table=True):
    """An extension (gia hạn), a waiver or an acknowledgement with a promised date."""

    kind: AdjustmentKind = Field(sa_type=Text)
    new_due: dt.date | None = None
    reason: str = Field(sa_type=Text)


class MessageStatus(str, enum.Enum):
    queued = "queued"
    sending = "sending"
    sent = "sent"
    failed = "failed"
    skipped = "skipped"


class Message(SQLModel, table=True):
    """The outbox: one row per logical message, recorded before it is sent.

    ``key`` is (occurrence, step, recipient, channel) and unique, so a second
    queueing of the same message is a no-op at the database. A sender claims a
    row by a conditional update (``queued`` → ``sending``) before sending.
    """

    __table_args__ = (
        Index("ix_message_status_next", "status", "next_attempt_at"),
        # the claim reads queued rows in id order: this index serves its ORDER BY id LIMIT n
        # without sorting the whole queue (seen slowing the claim at 90,000 queued)
        _partial_index("ix_message_queued_id", "id", "status = 'queued'"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=300, unique=True)
    occurrence_id: int | None = Field(default=None, foreign_key="occurrence.id", index=True)
    step: str = Field(max_length=60)
    template: str = Field(max_length=60)
    channel_id: int | None = Field(default=None, foreign_key="contact_channel.id")
    recipient_id: str | None = Field(default=None, foreign_key="committee.id", max_length=120)
    channel_kind: ChannelKind = Field(sa_type=Text)
    url_redacted: str = Field(sa_type=Text)
    subject: str = Field(sa_type=Text)
    body_text: str = Field(sa_type=Text)
    body_html: str | None = Field(default=None, sa_type=Text)
    short_text: str | None = Field(default=None, sa_type=Text)
    status: MessageStatus = Field(default=MessageStatus.queued, sa_type=Text)
    attempts: int = 0
    claimed_by: str | None = Field(default=None, max_length=200)
    claimed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    next_attempt_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    provider_answer: str | None = Field(default=None, sa_type=Text)
    # the provider's ids for the sent message (Telegram message_id, Zalo message_id), comma-separated
    # one per chat or follower, in the URL's order: a chat reply quoting it names this message
    provider_id: str | None = Field(default=None, sa_type=Text)
    error: str | None = Field(default=None, sa_type=Text)
    possibly_duplicate: bool = False
    created_at: dt.datetime = utc_now_field()


class HistoryEvent(SQLModel, table=True):
    """Append-only history. ``hash`` covers the row's content and ``prev_hash``, so
    an edited, deleted, inserted or reordered row breaks the chain."""

    __tablename__ = "history_event"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = utc_now_field(index=True)
    kind: str = Field(max_length=60, index=True)
    actor: str = Field(max_length=200)
    occurrence_id: int | None = Field(default=None, index=True)
    plan_id: str | None = Field(default=None, max_length=120, index=True)
    committee_id: str | None = Field(default=None, max_length=120, index=True)
    recipient: str | None = Field(default=None, sa_type=Text)
    channel: str | None = Field(default=None, max_length=30)
    outcome: str | None = Field(default=None, sa_type=Text)
    details: str = Field(default="{}", sa_type=Text)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)
    # HMAC-SHA256 of ``hash`` under DONDOC_HOME/audit.key (never in the database): re-hashing
    # the chain after an edit needs the key. NULL on rows written before the key existed.
    mac: str | None = Field(default=None, max_length=64)


__all__ = [
    "Adjustment",
    "AdjustmentKind",
    "ApiToken",
    "ChannelKind",
    "ChaseRun",
    "ChatUpdate",
    "Committee",
    "CommitteeKind",
    "Contact",
    "ContactChannel",
    "Evidence",
    "ExtensionRequest",
    "FeedToken",
    "HistoryEvent",
    "KeyValue",
    "Message",
    "MessageStatus",
    "Occurrence",
    "OccurrenceStatus",
    "OccurrenceTally",
    "Plan",
    "Submission",
    "Task",
    "TaskAssignee",
    "UsedLink",
    "User",
    "UserRole",
    "utc_now_field",
]
