"""apprise's reading of a channel URL, shared by the channels that parse their URLs with it."""

from __future__ import annotations

from typing import Any


def instantiate(url: str) -> Any:  # apprise NotifyBase | None
    """apprise's parse of ``url``, or None; dondoc's own plugins are registered by ``notifications.channels``."""
    import apprise

    return apprise.Apprise.instantiate(url, suppress_exceptions=True)
