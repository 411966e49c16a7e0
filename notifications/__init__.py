"""Channels (email, Telegram, Zalo, folder) behind one interface, and the Vietnamese message templates.

Public API::

    OutgoingMessage, message_id                      notifications.message
    DeliveryError, PermanentDeliveryError,
    TransientDeliveryError                           notifications.errors
    Channel, DeliveryReceipt, channel_for, redact    notifications.channels
    render, RenderedMessage, Deadline, *Context      notifications.render

Importing ``notifications.channels`` registers dondoc's ``zalo://`` plugin with apprise.
"""

from notifications.channels import Channel, DeliveryReceipt, channel_for, redact
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
