"""SQLModel models of the services around the domain: web users and their sessions, feed and API
tokens, spent one-click links, settings kept in the store, evidence files, extension requests,
completed chase runs and handled chat updates. The domain itself is in ``dondoc.db.models``,
which re-exports these so that every table is reachable from one import."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from dondoc.db.types import UTCDateTime, utc_now_field


class CommitteeToken(SQLModel):
    """The columns of a committee's secret token (not a table): only its SHA-256 is stored, and
    revoking it keeps the row."""

    id: int | None = Field(default=None, primary_key=True)
    committee_id: str = Field(foreign_key="committee.id", index=True, max_length=120)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: dt.datetime = utc_now_field()
    revoked_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)


class FeedToken(CommitteeToken, table=True):
    """A calendar subscription token."""

    __tablename__ = "feed_token"


class UserRole(str, enum.Enum):
    admin = "admin"
    committee = "committee"
    auditor = "auditor"
    approver = "approver"  # a committee user who may also approve extensions and waive


class User(SQLModel, table=True):
    """A web user; the password is stored as an argon2 hash."""

    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=120, unique=True)
    password_hash: str = Field(sa_type=Text)
    role: UserRole = Field(sa_type=Text)
    committee_id: str | None = Field(default=None, foreign_key="committee.id", max_length=120)
    active: bool = True
    created_at: dt.datetime = utc_now_field()
    session_version: int = 0  # in every session cookie; logout and disable increment it


class UsedLink(SQLModel, table=True):
    """Nonces of one-click submission links already used (replay protection)."""

    __tablename__ = "used_link"

    nonce: str = Field(primary_key=True, max_length=64)
    used_at: dt.datetime = utc_now_field()


class KeyValue(SQLModel, table=True):
    """Small durable state (e.g. a refreshed Zalo access token), keyed by name."""

    __tablename__ = "key_value"

    key: str = Field(primary_key=True, max_length=200)
    value: str = Field(sa_type=Text)
    updated_at: dt.datetime = utc_now_field()


class ExtensionRequest(SQLModel, table=True):
    """A unit asks for a later due date; the committee it reports to (or an approver) decides.

    Approval applies ``dondoc.occurrence.actions.extend``; the request row keeps who
    asked, why, and the decision, so the timeline can show both sides.
    """

    __tablename__ = "extension_request"

    id: int | None = Field(default=None, primary_key=True)
    occurrence_id: int = Field(foreign_key="occurrence.id", index=True)
    requested_due: dt.date
    reason: str = Field(sa_type=Text)
    requested_by: str = Field(max_length=200)
    requested_at: dt.datetime = utc_now_field()
    status: str = Field(default="pending", max_length=20)  # pending | approved | refused
    decided_by: str | None = Field(default=None, max_length=200)
    decided_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    decision_note: str | None = Field(default=None, sa_type=Text)


class Evidence(SQLModel, table=True):
    """A file sent with a submission (PDF or DOCX), stored under DONDOC_HOME by its SHA-256."""

    __tablename__ = "evidence"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    filename: str = Field(max_length=300)
    media_type: str = Field(max_length=120)
    size: int
    sha256: str = Field(max_length=64, index=True)
    stored_at: dt.datetime = utc_now_field()


class ApiToken(CommitteeToken, table=True):
    """An e-office system's token for /api/v1: one per committee."""

    __tablename__ = "api_token"


class ChaseRun(SQLModel, table=True):
    """A chase that completed for one day and one part of the tree.

    The next chase decides over the days since the last completed one
    (``dondoc.chase.window``), so a late or missed run still sends what fell in
    the gap. ``scope`` is ``*`` for the whole tree, else the partition's root
    (``=id`` for the unit alone).
    """

    __tablename__ = "chase_run"

    scope: str = Field(primary_key=True, max_length=130)
    day: dt.date = Field(primary_key=True)
    since: dt.date | None = None  # the first day the run decided over
    completed_at: dt.datetime = utc_now_field()
    queued: int = 0


class ChatUpdate(SQLModel, table=True):
    """A Telegram update or Zalo event already handled: a replay of it is ignored.

    ``source`` is the bot (its numeric id) or the Official Account; Telegram's
    polling offset is the highest ``update_id`` seen for the bot, plus one.
    """

    __tablename__ = "chat_update"
    __table_args__ = (UniqueConstraint("channel", "source", "update_id", name="uq_chat_update"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=20)
    source: str = Field(max_length=120)
    update_id: str = Field(max_length=120)
    received_at: dt.datetime = utc_now_field()
    outcome: str = Field(max_length=40)
