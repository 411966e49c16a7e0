"""The channel interface: what every channel does, knowing none of them.

A contact channel is stored as an apprise URL (``mailto://``, ``tgram://``,
``zalo://``, ``folder://``): that URL is the single source of truth for where
and how to send. Channels parse it with apprise (our own ``zalo://`` plugin is
registered with apprise) but do the network call themselves, because apprise
only answers True/False and the outbox must know whether a failure is
permanent or transient. The table of channels by scheme is in
``notifications.channels`` (the package), which imports the channels; this
module is imported by them.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from dataclasses import dataclass

from notifications.errors import DeliveryError, PermanentDeliveryError
from notifications.message import OutgoingMessage


@dataclass(frozen=True)
class DeliveryReceipt:
    """A provider accepted the message. Every field is secret-free and storable.

    ``provider_answer`` is what the provider said (``250 OK``, ``ok``, ``Success``);
    ``provider_id`` its id for the message when it gives one (Telegram
    message_id, Zalo message_id, SMTP Message-ID, outbox file name);
    ``duplicate`` is True when the channel could tell that this key had
    already been delivered (outbox) and did nothing.
    """

    key: str
    channel: str
    target: str
    provider_answer: str
    provider_id: str | None = None
    duplicate: bool = False


BatchResult = list[DeliveryReceipt | DeliveryError]


class Channel(abc.ABC):
    """Delivers ``OutgoingMessage`` objects whose URL has one of ``schemes``.

    ``send`` raises a ``DeliveryError`` (permanent or transient) on failure.
    ``send_batch`` never raises for a single message's failure: it returns one
    result per message, in order, so the caller can record each outcome.
    ``flush`` makes what the channel accepted since the last flush durable, once
    per batch; the caller records a message as sent only after it returned.
    A channel instance keeps connections open between calls and is meant for
    one thread at a time; ``close`` releases them.
    """

    kind: str = ""
    schemes: tuple[str, ...] = ()

    @abc.abstractmethod
    def send(self, message: OutgoingMessage) -> DeliveryReceipt: ...

    def send_batch(self, messages: Sequence[OutgoingMessage]) -> BatchResult:
        results: BatchResult = []
        for message in messages:
            try:
                results.append(self.send(message))
            except DeliveryError as error:
                results.append(error.with_key(message.key))
        return results

    def flush(self) -> None:  # noqa: B027 - a channel whose provider keeps the message has nothing to sync
        """Make every message accepted since the last flush durable (one sync for the whole batch).

        Raises a transient ``DeliveryError`` when it cannot: then no message of
        the batch may be recorded as sent, they are sent again later.
        """

    def close(self) -> None:  # noqa: B027 - most channels hold nothing to release
        """Release connections; the channel may be used again afterwards (it reconnects)."""

    def __enter__(self) -> Channel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_scheme(self, message: OutgoingMessage) -> None:
        if message.scheme not in self.schemes:
            raise PermanentDeliveryError(f"{type(self).__name__} cannot send {message.scheme}:// URLs", key=message.key)


def chat_text(message: OutgoingMessage, limit: int) -> str:
    """What a chat channel sends: the short text, or subject + text, within ``limit``.

    The last line (the link to record the submission) is kept whole.
    """
    from notifications.text import fit_text

    text = message.short_text or f"{message.subject}\n\n{message.text}".strip()
    return fit_text(text, limit)


def scheme_of(url: str) -> str:
    if not isinstance(url, str) or "://" not in url:
        raise PermanentDeliveryError("not a channel URL (scheme://...)")
    return url.split("://", 1)[0].lower()
