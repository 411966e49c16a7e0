"""Checking a contact's channel URL and deriving its kind and secret-free form.

The apprise URL is the single source of truth for a channel; this module only
decides whether one is well formed and how to print it without secrets.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlmodel import Session, col

from dondoc.db.models import ChannelKind, Committee, Contact, ContactChannel
from dondoc.history import append_events
from dondoc.history.events import channel_subject, event_about
from notifications.channels import SCHEME_KINDS, instantiate

_FOLDER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")


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
    if scheme not in SCHEME_KINDS:
        raise BadChannelUrl(
            f"kênh '{scheme}://' không được hỗ trợ (dùng mailto://, mailtos://, tgram://, zalo:// hoặc folder://)"
        )
    kind = ChannelKind(SCHEME_KINDS[scheme])
    if kind is ChannelKind.folder:
        name = url.split("://", 1)[1].strip("/")
        if not _FOLDER_NAME.match(name):
            raise BadChannelUrl(f"'{url}': tên thư mục của kênh {scheme}:// chỉ gồm chữ thường, số, '.', '_' và '-'")
        return ChannelCheck(kind, url)
    return ChannelCheck(kind, _apprise_privacy_form(url, scheme))


def _apprise_privacy_form(url: str, scheme: str) -> str:
    """Let apprise (with dondoc's own plugins, registered by ``notifications.channels``) parse the URL."""
    instance = instantiate(url)
    if instance is None:
        raise BadChannelUrl(f"URL kênh {scheme}:// không hợp lệ (apprise không đọc được)")
    return str(instance.url(privacy=True))


@dataclass(frozen=True)
class FlaggedChannel:
    """A channel the sender stopped using after a permanent error, with where it belongs."""

    id: int
    committee_id: str
    committee_name: str
    contact_name: str
    kind: str
    redacted: str
    flagged_at: dt.datetime
    reason: str


def flagged_channels(session: Session, committee_id: str | None = None) -> list[FlaggedChannel]:
    """Active channels flagged after a permanent error (of one committee, or all), oldest flag first."""
    query = (
        select(ContactChannel, Contact, Committee)
        .join(Contact, col(Contact.id) == col(ContactChannel.contact_id))
        .join(Committee, col(Committee.id) == col(Contact.committee_id))
        .where(col(ContactChannel.flagged_at).is_not(None), col(ContactChannel.active) == True)
        .order_by(col(ContactChannel.flagged_at), col(ContactChannel.id))
    )
    if committee_id is not None:
        query = query.where(col(Committee.id) == committee_id)
    return [
        FlaggedChannel(
            id=channel.id,
            committee_id=committee.id,
            committee_name=committee.name,
            contact_name=contact.name,
            kind=str(channel.kind),
            redacted=channel.url_redacted,
            flagged_at=channel.flagged_at,
            reason=channel.flag_reason or "",
        )
        for channel, contact, committee in session.execute(query).all()
    ]


def unflag_channels(
    session: Session, committee_id: str, *, channel: str | None, at: dt.datetime, actor: str
) -> list[FlaggedChannel]:
    """Clear the flag of a committee's flagged channels (all, or the one named by ``channel``).

    ``channel`` is a channel number (``12`` or ``#12``) or a kind (``email``,
    ``telegram``, ``zalo``, ``folder``). Each reset is written to the history,
    so an auditor sees who put a channel back in use and why it had been flagged.
    """
    flagged = flagged_channels(session, committee_id)
    if channel is not None:
        wanted = channel.strip().lstrip("#").lower()
        flagged = [f for f in flagged if str(f.id) == wanted or f.kind == _kind_alias(wanted)]
    if not flagged:
        return []
    session.execute(
        update(ContactChannel)
        .where(col(ContactChannel.id).in_([f.id for f in flagged]))
        .values(flagged_at=None, flag_reason=None)
    )
    append_events(
        session,
        [
            event_about(
                channel_subject(f.committee_id, f.redacted, f.kind),
                "channel_unflagged",
                at=at,
                actor=actor,
                outcome="gỡ cờ lỗi vĩnh viễn: kênh được dùng lại",
                details={"channel_id": f.id, "flag_reason": f.reason[:500]},
            )
            for f in flagged
        ],
    )
    return flagged


def _kind_alias(word: str) -> str:
    """The stored kind for a word an operator may type (``outbox``: the folder channel's older name)."""
    return {"outbox": ChannelKind.folder.value, "mail": ChannelKind.email.value}.get(word, word)
