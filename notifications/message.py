"""The one message shape every channel accepts.

The outbox (written by the DB layer) stores exactly these fields; a channel
never needs anything else to deliver, so a queued row can be re-sent after a
crash without re-rendering templates.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MESSAGE_ID_DOMAIN = "dondoc"


def message_id(key: str) -> str:
    """RFC 5322 ``Message-ID`` derived from the idempotency key.

    Deterministic so that a message sent twice (at-least-once delivery after a
    crash) carries the same id twice, and receivers or tests can spot the
    duplicate. The key itself is hashed because keys may hold unit slugs and
    periods that do not belong in a header.
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}@{MESSAGE_ID_DOMAIN}>"


@dataclass(frozen=True)
class OutgoingMessage:
    """One logical message to one contact channel.

    ``key`` is the idempotency key (the same key is never delivered as two
    different messages); ``url`` is the contact's apprise URL, secrets
    included, and must never be logged (use ``notifications.redact``).
    ``short_text`` is what chat channels (Telegram, Zalo) send; when absent
    they fall back to ``subject`` + ``text``.
    """

    key: str
    url: str
    subject: str
    text: str
    html: str | None = None
    short_text: str | None = None

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("OutgoingMessage.key must not be empty")
        if "://" not in self.url:
            raise ValueError("OutgoingMessage.url must be a channel URL (scheme://...)")

    @property
    def scheme(self) -> str:
        return self.url.split("://", 1)[0].lower()

    @property
    def message_id(self) -> str:
        return message_id(self.key)

    def __repr__(self) -> str:  # the URL carries secrets: keep it out of reprs and tracebacks
        return f"OutgoingMessage(key={self.key!r}, scheme={self.scheme!r}, subject={self.subject!r})"
