"""A history event before it is chained, and the events whose fields follow from what they are about.

``Event`` is what a caller records; ``dondoc.history.chain`` adds the chain
fields on append. An event about an occurrence names its occurrence, plan and
assignee; an event about an outbox message names the message's occurrence,
recipient and channel, and carries its key; an event about a contact channel
names its committee, its redacted address and its kind: ``occurrence_event``,
``message_event`` and ``channel_subject`` fill those fields in one place, so
two writers cannot name the same thing two ways. So do ``user_event`` (a web
user, by name, under its committee), ``token_event`` (a committee's bearer
tokens) and ``chat_event`` (what a chat wrote: the chat is the actor). The runs
that change many rows at once (a tree import, a plan import, an expansion) have
one constructor each here too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Protocol, TypedDict


@dataclass(frozen=True)
class Event:
    """What happened; the chain fields are added on append."""

    at: dt.datetime
    kind: str
    actor: str
    occurrence_id: int | None = None
    plan_id: str | None = None
    committee_id: str | None = None
    recipient: str | None = None
    channel: str | None = None
    outcome: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def columns(self) -> dict[str, Any]:
        """The values of the ``history_event`` columns it fills (``details`` as its canonical JSON)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["details"] = json.dumps(self.details, ensure_ascii=False, sort_keys=True, default=str)
        return values


class Subject(TypedDict, total=False):
    """The fields of an event that name what it is about."""

    occurrence_id: int | None
    plan_id: str | None
    committee_id: str | None
    recipient: str | None
    channel: str | None


class OccurrenceNamed(Protocol):
    """What names an occurrence in its events (``dondoc.occurrence.lookup.OccurrenceView`` is one)."""

    @property
    def id(self) -> int: ...
    @property
    def plan_id(self) -> str: ...
    @property
    def assignee_id(self) -> str: ...


class MessageNamed(Protocol):
    """What names an outbox message in its events (a claimed message, a message row)."""

    @property
    def key(self) -> str: ...
    @property
    def occurrence_id(self) -> int | None: ...
    @property
    def recipient_id(self) -> str | None: ...
    @property
    def url_redacted(self) -> str: ...
    @property
    def channel_kind(self) -> Any: ...


def event_about(
    subject: Subject, kind: str, *, at: dt.datetime, actor: str, outcome: str | None, details: dict[str, Any]
) -> Event:
    """An event of ``kind`` about ``subject``: what happened is the same five fields for every subject."""
    return Event(at=at, kind=kind, actor=actor, outcome=outcome, details=details, **subject)


def occurrence_subject(occurrence: OccurrenceNamed) -> Subject:
    """An occurrence as events name it: itself, its plan, and its assignee (whom it is filed under)."""
    return {"occurrence_id": occurrence.id, "plan_id": occurrence.plan_id, "committee_id": occurrence.assignee_id}


def channel_subject(committee_id: str | None, recipient: str, channel: str) -> Subject:
    """A contact channel as events name it: its committee (whom it is filed under), the recipient as
    shown (the redacted URL, maybe behind a name) and the channel's kind."""
    return {"committee_id": committee_id, "recipient": recipient, "channel": channel}


def message_subject(message: MessageNamed) -> Subject:
    """An outbox message as events name it: its occurrence, and the channel of its recipient."""
    channel = channel_subject(message.recipient_id, message.url_redacted, str(message.channel_kind))
    return {"occurrence_id": message.occurrence_id, **channel}


def occurrence_event(
    occurrence: OccurrenceNamed, kind: str, *, at: dt.datetime, actor: str, outcome: str, details: dict[str, Any]
) -> Event:
    """An event about what someone did to an occurrence, filed under its assignee."""
    return event_about(occurrence_subject(occurrence), kind, at=at, actor=actor, outcome=outcome, details=details)


def message_event(
    message: MessageNamed, kind: str, *, at: dt.datetime, actor: str, outcome: str, details: dict[str, Any]
) -> Event:
    """An event about one outbox message, filed under its recipient; ``details`` gain its ``message_key``."""
    details = {"message_key": message.key, **details}
    return event_about(message_subject(message), kind, at=at, actor=actor, outcome=outcome, details=details)


def org_import_event(
    *, at: dt.datetime, actor: str, source: str, added: int, updated: int, pruned: list[str], contacts_changed: int
) -> Event:
    """The ``org_import`` event: what a tree import (or a generated tree) changed."""
    details = {
        "source": source,
        "added": added,
        "updated": updated,
        "pruned": pruned,
        "contacts_changed": contacts_changed,
    }
    return event_about({}, "org_import", at=at, actor=actor, outcome=None, details=details)


def plan_import_event(
    *,
    at: dt.datetime,
    actor: str,
    source: str,
    changes: dict[str, Any],
    plan_id: str | None = None,
    issuer: str | None = None,
) -> Event:
    """The ``plan_import`` event: what an import of plans changed; the import of one plan is filed under
    the plan and its issuer, a bulk import of many (a generated tree's) under neither."""
    subject: Subject = {"plan_id": plan_id, "committee_id": issuer}
    return event_about(subject, "plan_import", at=at, actor=actor, outcome=None, details={"source": source, **changes})


def user_event(
    kind: str,
    *,
    username: str,
    committee_id: str | None,
    at: dt.datetime,
    actor: str,
    outcome: str,
    details: dict[str, Any] | None = None,
) -> Event:
    """An event about a web user by name (a throttled login names what was typed, maybe no user), filed
    under the user's committee; ``details`` gain the ``username``."""
    details = {"username": username, **(details or {})}
    return event_about({"committee_id": committee_id}, kind, at=at, actor=actor, outcome=outcome, details=details)


def token_event(
    kind: str, *, committee_id: str, at: dt.datetime, actor: str, outcome: str, details: dict[str, Any]
) -> Event:
    """An event about a committee's bearer tokens (a feed or API token issued, revoked), filed under it."""
    return event_about({"committee_id": committee_id}, kind, at=at, actor=actor, outcome=outcome, details=details)


def chat_event(
    kind: str,
    *,
    channel: str,
    chat: str,
    at: dt.datetime,
    outcome: str,
    details: dict[str, Any],
    subject: Subject | None = None,
) -> Event:
    """An event about what a chat wrote (a reply, a webhook call): the chat ``channel:chat`` is the actor,
    the channel kind its channel; ``subject`` names what it answered, if anything (an occurrence)."""
    about: Subject = {**(subject or {}), "channel": channel}
    return event_about(about, kind, at=at, actor=f"{channel}:{chat}", outcome=outcome, details=details)


def expand_event(*, at: dt.datetime, actor: str, plan_ids: Sequence[str] | None, details: dict[str, Any]) -> Event:
    """The ``expand`` event: what an expansion of plans (None: all) changed; the expansion of one plan is
    filed under that plan."""
    plan_id = plan_ids[0] if plan_ids and len(plan_ids) == 1 else None
    details = {"plans": list(plan_ids) if plan_ids else "all", **details}
    return event_about({"plan_id": plan_id}, "expand", at=at, actor=actor, outcome=None, details=details)
