"""The channels, and the table that picks one by URL scheme.

The interface (``base``) knows no concrete channel; each channel imports only
the interface; this package imports the channels and holds the one table
from scheme to channel. Importing it registers ``zalo://`` with apprise.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from notifications.channels._apprise import instantiate
from notifications.channels.base import Channel, DeliveryReceipt, scheme_of
from notifications.channels.email import EmailChannel
from notifications.channels.folder import FolderChannel, redact_folder
from notifications.channels.telegram import TelegramChannel
from notifications.channels.zalo import ZaloChannel
from notifications.channels.zalo_plugin import register as _register_zalo
from notifications.endpoints import TELEGRAM_API_BASE, ZALO_API_BASE, ZALO_OAUTH_BASE
from notifications.errors import PermanentDeliveryError
from notifications.ratelimit import TokenBucket, telegram_bucket, zalo_bucket
from notifications.tokens import TokenStore

_register_zalo()


@dataclass(frozen=True)
class ChannelOptions:
    """Settings that are not part of a contact's URL, passed in by the application."""

    folder_dir: str | Path | None = None
    telegram_api_base: str = TELEGRAM_API_BASE
    zalo_base_url: str = ZALO_API_BASE
    zalo_oauth_url: str = ZALO_OAUTH_BASE
    token_store: TokenStore | None = None
    timeout: float = 10.0
    wall_clock: Callable[[], float] = time.time
    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    limiter: TokenBucket | None = None
    zalo_rate_per_second: float | None = None


def _email(o: ChannelOptions) -> Channel:
    return EmailChannel(timeout=o.timeout, wall_clock=o.wall_clock, monotonic=o.monotonic)


def _telegram(o: ChannelOptions) -> Channel:
    limiter = o.limiter or telegram_bucket(clock=o.monotonic, sleep=o.sleep)
    return TelegramChannel(api_base=o.telegram_api_base, timeout=o.timeout, limiter=limiter)


def _zalo(o: ChannelOptions) -> Channel:
    limiter = o.limiter
    if limiter is None and o.zalo_rate_per_second:
        limiter = zalo_bucket(o.zalo_rate_per_second, clock=o.monotonic, sleep=o.sleep)
    return ZaloChannel(
        api_base=o.zalo_base_url,
        oauth_base=o.zalo_oauth_url,
        token_store=o.token_store,
        timeout=o.timeout,
        wall_clock=o.wall_clock,
        limiter=limiter,
    )


def _folder(o: ChannelOptions) -> Channel:
    if o.folder_dir is None:
        raise PermanentDeliveryError("folder:// needs a folder (DONDOC_HOME/folder)")
    return FolderChannel(o.folder_dir)


@dataclass(frozen=True)
class ChannelType:
    kind: str
    build: Callable[[ChannelOptions], Channel]


CHANNELS: dict[str, ChannelType] = {
    "mailto": ChannelType("email", _email),
    "mailtos": ChannelType("email", _email),
    "tgram": ChannelType("telegram", _telegram),
    "zalo": ChannelType("zalo", _zalo),
    "folder": ChannelType("folder", _folder),
    "outbox": ChannelType("folder", _folder),  # the folder channel's older spelling
}
"""Every scheme dondoc sends to, with the kind stored for it and how to build its channel."""

SCHEME_KINDS: dict[str, str] = {scheme: t.kind for scheme, t in CHANNELS.items()}


def channel_for(url: str, **options: object) -> Channel:
    """A new channel able to send ``url`` (and any other URL of the same kind).

    ``options`` are the fields of ``ChannelOptions``: where folder files go,
    the API base URLs (tests point them at localhost), where refreshed Zalo
    tokens are stored, timeouts and the clocks (passed in, never read behind
    the caller's back; the defaults are the system clocks). Telegram is paced
    at ~30 messages/s by default and Zalo at ``zalo_rate_per_second`` when
    given (the OA's quota), unless ``limiter`` is passed. Unknown schemes
    raise ``PermanentDeliveryError``.
    """
    scheme = scheme_of(url)
    kind = CHANNELS.get(scheme)
    if kind is None:
        raise PermanentDeliveryError(f"unsupported channel {scheme}:// (use {', '.join(CHANNELS)})")
    return kind.build(ChannelOptions(**options))  # type: ignore[arg-type]


def redact(url: str) -> str:
    """The URL in apprise's privacy form: safe to store, log and show.

    ``folder://name`` holds no secret and is returned unchanged. A URL that
    apprise cannot parse is never echoed (it may still contain a password):
    only its scheme is kept.
    """
    if not isinstance(url, str) or "://" not in url:
        return "<invalid channel URL>"
    scheme = url.split("://", 1)[0].lower()
    if CHANNELS.get(scheme) is not None and CHANNELS[scheme].build is _folder:
        return redact_folder(url)
    plugin = instantiate(url)
    if plugin is None:
        return f"{scheme}://<invalid>"
    return str(plugin.url(privacy=True))


__all__ = [
    "CHANNELS",
    "SCHEME_KINDS",
    "Channel",
    "ChannelOptions",
    "DeliveryReceipt",
    "channel_for",
    "instantiate",
    "redact",
]
