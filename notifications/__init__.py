"""Channels (email, Telegram, Zalo, folder) behind one interface, and the Vietnamese message templates.

Public API::

    OutgoingMessage, message_id                      notifications.message
    DeliveryError, PermanentDeliveryError,
    TransientDeliveryError                           notifications.errors
    Channel, DeliveryReceipt, channel_for, redact    notifications.channels
    render, RenderedMessage, Deadline, *Context      notifications.render

The channels (apprise, httpx) are imported when one of their names is first asked for, not with the
package: ``notifications.endpoints``, which the application's settings read on every command, must
not cost their import (about 0.3 s). Importing ``notifications.channels`` registers dondoc's
``zalo://`` plugin with apprise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from notifications.message import OutgoingMessage, message_id
from notifications.render import (
    Deadline,
    DigestContext,
    EscalationContext,
    ListContext,
    ReminderContext,
    RenderedMessage,
    SubmissionContext,
    render,
)

if TYPE_CHECKING:
    from notifications.channels import Channel, DeliveryReceipt, channel_for, redact

_CHANNEL_NAMES = frozenset({"Channel", "DeliveryReceipt", "channel_for", "redact"})


def __getattr__(name: str) -> Any:
    """The channels' names, imported on first use (PEP 562)."""
    if name in _CHANNEL_NAMES:
        from notifications import channels

        return getattr(channels, name)
    raise AttributeError(f"module 'notifications' has no attribute {name!r}")


__all__ = [
    "Channel",
    "Deadline",
    "DeliveryError",
    "DeliveryReceipt",
    "DigestContext",
    "EscalationContext",
    "ListContext",
    "OutgoingMessage",
    "PermanentDeliveryError",
    "ReminderContext",
    "RenderedMessage",
    "SubmissionContext",
    "TransientDeliveryError",
    "channel_for",
    "message_id",
    "redact",
    "render",
]
