"""Channels behind one interface; importing this package registers ``zalo://`` with apprise."""

from notifications.channels.base import (
    Channel,
    DeliveryReceipt,
    channel_for,
    redact,
)
from notifications.channels.zalo import register as _register_zalo

_register_zalo()

__all__ = ["Channel", "DeliveryReceipt", "channel_for", "redact"]
