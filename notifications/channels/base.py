"""The channel interface, the registry that picks a channel by URL scheme, and redaction.

A contact channel is stored as an apprise URL (``mailto://``, ``tgram://``,
``zalo://``, ``outbox://``): that URL is the single source of truth for where
and how to send. Channels parse it with apprise (our own ``zalo://`` plugin is
registered with apprise) but do the network call themselves, because apprise
only answers True/False and the outbox must know whether a failure is
permanent or transient.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from notifications.errors import DeliveryError, PermanentDeliveryError
from notifications.message import OutgoingMessage

if TYPE_CHECKING:
    from notifications.ratelimit import TokenBucket
    from notifications.tokens import TokenStore

TELEGRAM_API_BASE = "https://api.telegram.org"
ZALO_API_BASE = "https://openapi.zalo.me"
ZALO_OAUTH_BASE = "https://oauth.zaloapp.com"

SCHEME_KINDS: dict[str, str] = {
    "mailto": "email",
    "mailtos": "email",
    "tgram": "telegram",
    "zalo": "zalo",
    "outbox": "outbox",
}


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

    def close(self) -> None:
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


def channel_for(
    url: str,
    *,
    outbox_dir: str | Path | None = None,
    zalo_base_url: str = ZALO_API_BASE,
    zalo_oauth_url: str = ZALO_OAUTH_BASE,
    token_store: TokenStore | None = None,
    telegram_api_base: str = TELEGRAM_API_BASE,
    timeout: float = 10.0,
    wall_clock: Callable[[], float] = time.time,
    monotonic: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    limiter: TokenBucket | None = None,
    zalo_rate_per_second: float | None = None,
) -> Channel:
    """A new channel able to send ``url`` (and any other URL of the same kind).

    Settings that are not part of a contact's URL come from here: where
    outbox files go, the API base URLs (tests point them at localhost), where
    refreshed Zalo tokens are stored, timeouts and the clocks (passed in, never
    read behind the caller's back; the defaults are the system clocks).
    Telegram is paced at ~30 messages/s by default and Zalo at
    ``zalo_rate_per_second`` when given (the OA's quota), unless ``limiter``
    is passed (share one limiter between channels of one bot or OA).
    Unknown schemes raise ``PermanentDeliveryError``.
    """
    scheme = scheme_of(url)
    kind = SCHEME_KINDS.get(scheme)
    if kind == "email":
        from notifications.channels.email import EmailChannel

        return EmailChannel(timeout=timeout, wall_clock=wall_clock, monotonic=monotonic)
    if kind == "telegram":
        from notifications.channels.telegram import TelegramChannel
        from notifications.ratelimit import telegram_bucket

        return TelegramChannel(
            api_base=telegram_api_base,
            timeout=timeout,
            limiter=limiter or telegram_bucket(clock=monotonic, sleep=sleep),
        )
    if kind == "zalo":
        from notifications.channels.zalo import ZaloChannel
        from notifications.ratelimit import zalo_bucket

        if limiter is None and zalo_rate_per_second:
            limiter = zalo_bucket(zalo_rate_per_second, clock=monotonic, sleep=sleep)
        return ZaloChannel(
            api_base=zalo_base_url,
            oauth_base=zalo_oauth_url,
            token_store=token_store,
            timeout=timeout,
            wall_clock=wall_clock,
            limiter=limiter,
        )
    if kind == "outbox":
        from notifications.channels.outbox import OutboxChannel

        if outbox_dir is None:
            raise PermanentDeliveryError("outbox:// needs an outbox directory (DONDOC_HOME/outbox)")
        return OutboxChannel(outbox_dir)
    raise PermanentDeliveryError(f"unsupported channel {scheme}:// (use mailto, mailtos, tgram, zalo or outbox)")


def redact(url: str) -> str:
    """The URL in apprise's privacy form: safe to store, log and show.

    ``outbox://name`` holds no secret and is returned unchanged. A URL that
    apprise cannot parse is never echoed (it may still contain a password):
    only its scheme is kept.
    """
    if not isinstance(url, str) or "://" not in url:
        return "<invalid channel URL>"
    scheme = url.split("://", 1)[0].lower()
    if scheme == "outbox":
        from notifications.channels.outbox import outbox_name

        try:
            return f"outbox://{outbox_name(url)}"
        except PermanentDeliveryError:
            return "outbox://<invalid>"
    plugin = instantiate(url)
    if plugin is None:
        return f"{scheme}://<invalid>"
    return str(plugin.url(privacy=True))


def instantiate(url: str):  # -> apprise NotifyBase | None
    """apprise's parse of ``url`` (with dondoc's plugins registered), or None."""
    import apprise

    from notifications.channels.zalo import register

    register()
    return apprise.Apprise.instantiate(url, suppress_exceptions=True)
