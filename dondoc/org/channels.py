"""Checking a contact's channel URL and deriving its kind and secret-free form.

The apprise URL is the single source of truth for a channel; this module only
decides whether one is well formed and how to print it without secrets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.db.models import ChannelKind

_SCHEME_KINDS: dict[str, ChannelKind] = {
    "mailto": ChannelKind.email,
    "mailtos": ChannelKind.email,
    "tgram": ChannelKind.telegram,
    "zalo": ChannelKind.zalo,
    "outbox": ChannelKind.outbox,
}

_OUTBOX_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")


@dataclass(frozen=True)
class ChannelCheck:
    kind: ChannelKind
    redacted: str


class BadChannelUrl(ValueError):
    """The URL is not one dondoc can send to; the message says why, in Vietnamese."""


def check_channel_url(url: str) -> ChannelCheck:
    """Validate ``url`` and return its kind and privacy form, or raise BadChannelUrl."""
    if not isinstance(url, str) or "://" not in url:
        raise BadChannelUrl(f"'{url}' không phải URL kênh (cần dạng scheme://...)")
    scheme = url.split("://", 1)[0].lower()
    kind = _SCHEME_KINDS.get(scheme)
    if kind is None:
        raise BadChannelUrl(
            f"kênh '{scheme}://' không được hỗ trợ (dùng mailto://, mailtos://, tgram://, zalo:// hoặc outbox://)"
        )
    if kind is ChannelKind.outbox:
        name = url.split("://", 1)[1].strip("/")
        if not _OUTBOX_NAME.match(name):
            raise BadChannelUrl(f"'{url}': tên hộp thư outbox chỉ gồm chữ thường, số, '.', '_' và '-'")
        return ChannelCheck(kind, url)
    return ChannelCheck(kind, _apprise_privacy_form(url, scheme))


def _apprise_privacy_form(url: str, scheme: str) -> str:
    """Let apprise (and dondoc's own plugins registered with it) parse the URL."""
    import apprise

    _register_plugins()
    instance = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if instance is None:
        raise BadChannelUrl(f"URL kênh {scheme}:// không hợp lệ (apprise không đọc được)")
    return str(instance.url(privacy=True))


def _register_plugins() -> None:
    """Import dondoc's apprise plugins (zalo://) if the notifications package has them."""
    try:
        import notifications.channels  # noqa: F401
    except ImportError:
        pass
