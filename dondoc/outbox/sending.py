"""Wiring the outbox to the real channels of ``notifications`` with dondoc's settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields

from sqlalchemy.engine import Engine

from dondoc.outbox.claims import ClaimedMessage
from dondoc.outbox.delivery import ChannelFactory
from dondoc.outbox.report import DeliveryReport
from dondoc.settings import Settings
from notifications.channels.base import Channel
from notifications.message import OutgoingMessage


def channel_factory(settings: Settings, engine: Engine | None = None) -> ChannelFactory:
    """Channels configured from settings: the folder channel's directory, provider API bases, timeout."""
    from notifications.channels import channel_for
    from notifications.tokens import FileTokenStore, TokenStore

    token_store: TokenStore = FileTokenStore(settings.home / "zalo-tokens")
    if engine is not None and engine.dialect.name == "postgresql":
        from dondoc.outbox.token_store import DatabaseTokenStore

        token_store = DatabaseTokenStore(engine)

    def build(url: str) -> Channel:
        return channel_for(
            url,
            folder_dir=settings.folder_dir,
            telegram_api_base=settings.telegram_api_base,
            zalo_base_url=settings.zalo_api_base,
            zalo_oauth_url=settings.zalo_oauth_base,
            token_store=token_store,
            timeout=settings.send_timeout_seconds,
            zalo_rate_per_second=settings.zalo_messages_per_second,
        )

    return build


_STORED_AS = {"text": "body_text", "html": "body_html"}
"""The claimed message's name for each ``OutgoingMessage`` field it stores under another name."""


def to_outgoing(message: ClaimedMessage) -> OutgoingMessage:
    """The stored row is everything a channel needs: no template is rendered again on retry."""
    return OutgoingMessage(
        **{f.name: getattr(message, _STORED_AS.get(f.name, f.name)) for f in fields(OutgoingMessage)}
    )


def _fixed(moment: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock that always reads ``moment`` (a simulated day)."""
    return lambda: moment


def send_now(
    settings: Settings,
    engine: Engine,
    *,
    actor: str,
    inflight: int = 20,
    limit: int | None = None,
    respect_quiet_hours: bool = True,
    now: dt.datetime | None = None,
) -> DeliveryReport | None:
    """Send what is due in the outbox now, with the real channels; the one place CLI
    commands and flows go through. Returns None (and sends nothing) in quiet hours.

    ``now`` is for simulations (the demo replays a year): every instant recorded
    is then that simulated one; entry points leave it to the wall clock."""
    from dondoc.clock import utc_now
    from dondoc.outbox.delivery import deliver_pending
    from dondoc.workcal import is_day_off_fn
    from notifications.quiet_hours import may_send_at

    clock: Callable[[], dt.datetime] = utc_now if now is None else _fixed(now)
    at = clock()
    if respect_quiet_hours and not may_send_at(
        at, settings.working_hours_start, settings.working_hours_end, is_day_off_fn(settings)
    ):
        return None
    return deliver_pending(
        engine,
        channel_factory=channel_factory(settings, engine),
        build=to_outgoing,
        at=at,
        actor=actor,
        inflight=inflight,
        limit=limit,
        send_timeout=settings.send_timeout_seconds,
        clock=clock,
    )
