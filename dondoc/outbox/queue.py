"""Recording messages before they are sent.

A message's ``key`` — (occurrence, step, recipient, channel) — is unique in the
table, so queueing the same logical message twice is a no-op done by the
database itself (``INSERT ... ON CONFLICT DO NOTHING`` on both SQLite and
PostgreSQL), whatever Prefect retries or re-runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from dondoc.db.models import Message, MessageStatus
from notifications.render import Context, render

RENDER_KINDS = {"email": "email", "telegram": "telegram", "zalo": "zalo", "folder": "folder"}
"""How each stored channel kind is rendered; any other is rendered as the folder channel's."""


def message_key(occurrence_id: int | None, step: str, recipient_id: str, channel_id: int | str) -> str:
    """The idempotency key of one logical message (stable across runs)."""
    return f"occ:{occurrence_id if occurrence_id is not None else '-'}|step:{step}|to:{recipient_id}|ch:{channel_id}"


@dataclass(frozen=True, kw_only=True)
class NewMessage:
    """A message recorded before it is sent: what a ``message`` row starts as.

    The fields come in the order a reader asks about them: which logical message it is (its key, and
    the step, occurrence and recipient that key is made of), what it says (rendered once, so that a
    re-send after a crash renders nothing again), where it goes (the contact channel, by id: only the
    redacted URL is kept here, the one with secrets is read from the channel when it is claimed), and
    when it may first be tried.
    """

    key: str
    step: str
    template: str
    occurrence_id: int | None = None
    recipient_id: str | None = None
    subject: str
    body_text: str
    short_text: str | None = None
    body_html: str | None = None
    channel_id: int | None = None
    channel_kind: str
    url_redacted: str
    next_attempt_at: dt.datetime | None = None


def rendered_message(
    template: str,
    context: Context,
    *,
    step: str,
    recipient_id: str,
    channel_id: int,
    channel_kind: str,
    url_redacted: str,
    occurrence_id: int | None = None,
) -> NewMessage:
    """``template`` rendered for one channel of a recipient, keyed by (step, recipient, channel)."""
    rendered = render(template, context, RENDER_KINDS.get(channel_kind, "folder"))
    return NewMessage(
        key=message_key(None, step, recipient_id, channel_id),
        step=step,
        template=template,
        occurrence_id=occurrence_id,
        recipient_id=recipient_id,
        subject=rendered.subject,
        body_text=rendered.text,
        short_text=rendered.short_text,
        body_html=rendered.html,
        channel_id=channel_id,
        channel_kind=channel_kind,
        url_redacted=url_redacted,
    )


def queue_messages(
    session: Session, messages: Sequence[NewMessage], *, at: dt.datetime, batch_size: int = 1000
) -> list[str]:
    """Insert the messages not yet known; return the keys actually inserted."""
    if not messages:
        return []
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    inserted: list[str] = []
    for start in range(0, len(messages), batch_size):
        rows = [
            {
                **asdict(m),
                "status": MessageStatus.queued.value,
                "attempts": 0,
                "possibly_duplicate": False,
                "created_at": at,
            }
            for m in messages[start : start + batch_size]
        ]
        statement = (
            insert(Message).values(rows).on_conflict_do_nothing(index_elements=["key"]).returning(col(Message.key))
        )
        inserted.extend(session.execute(statement).scalars().all())
    return inserted
