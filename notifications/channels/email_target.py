"""A ``mailto://`` URL read by apprise, as plain data, and the MIME email built for it.

Kept apart from the SMTP conversation (``email.py``): what to send and to whom
is decided here, how to get it to the server there.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import format_datetime

from notifications.channels._apprise import instantiate
from notifications.errors import PermanentDeliveryError
from notifications.message import OutgoingMessage
from notifications.mime import build_mime, encode_address
from notifications.text import nfc, single_line

_RESERVED_HEADERS = {
    "message-id",
    "subject",
    "from",
    "to",
    "cc",
    "bcc",
    "date",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "reply-to",
}
_HEADER_NAME = re.compile(r"^[A-Za-z0-9-]{1,76}$")


@dataclass(frozen=True)
class SmtpServer:
    """Everything that decides whether two URLs can share one SMTP session."""

    host: str
    port: int
    mode: str  # "insecure" | "starttls" | "ssl" (apprise's SecureMailMode values)
    user: str | None
    password: str | None = field(repr=False)
    verify: bool
    timeout: float


@dataclass(frozen=True)
class EmailTarget:
    """A parsed ``mailto://`` URL."""

    server: SmtpServer
    from_name: str | None
    from_addr: str
    to: tuple[tuple[str | None, str], ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    reply_to: tuple[str, ...]
    names: dict[str, str | None]
    headers: tuple[tuple[str, str], ...]
    redacted: str

    @property
    def envelope_recipients(self) -> list[str]:
        seen: dict[str, None] = {}
        for addr in [a for _, a in self.to] + list(self.cc) + list(self.bcc):
            seen.setdefault(addr, None)
        return list(seen)

    @property
    def secrets(self) -> tuple[str | None, ...]:
        return (self.server.password,)


def parse_email_url(url: str, *, timeout: float | None = None) -> EmailTarget:
    """apprise's reading of a ``mailto://`` URL, as plain data; PermanentDeliveryError if unusable."""
    plugin = instantiate(url)
    if plugin is None or not hasattr(plugin, "smtp_host"):
        raise PermanentDeliveryError("invalid mailto:// URL (apprise cannot parse it)")
    if not plugin.targets:
        raise PermanentDeliveryError("mailto:// URL has no recipient")
    names = {addr: (name or None) for addr, name in plugin.names.items()}
    from_name = plugin.from_addr[0] or None
    server = SmtpServer(
        host=plugin.smtp_host,
        port=int(plugin.port),
        mode=str(plugin.secure_mode),
        user=plugin.user or None,
        password=plugin.password or None,
        verify=bool(plugin.verify_certificate),
        timeout=float(timeout if timeout is not None else plugin.socket_connect_timeout or 15.0),
    )
    return EmailTarget(
        server=server,
        from_name=from_name,
        from_addr=plugin.from_addr[1],
        to=tuple((name or None, addr) for name, addr in plugin.targets),
        cc=tuple(sorted(plugin.cc)),
        bcc=tuple(sorted(plugin.bcc)),
        reply_to=tuple(sorted(plugin.reply_to)),
        names=names,
        headers=tuple(plugin.headers.items()),
        redacted=str(plugin.url(privacy=True)),
    )


def build_email(message: OutgoingMessage, target: EmailTarget, *, sent_at: dt.datetime) -> bytes:
    """The MIME message: text part, optional HTML alternative, headers incl. Message-ID."""
    headers: list[tuple[str, str]] = [
        ("Subject", single_line(message.subject)),
        ("From", encode_address(target.from_name, target.from_addr)),
        ("To", ", ".join(encode_address(name, addr) for name, addr in target.to)),
    ]
    if target.cc:
        headers.append(("Cc", ", ".join(encode_address(target.names.get(a), a) for a in target.cc)))
    if target.reply_to:
        headers.append(("Reply-To", ", ".join(encode_address(target.names.get(a), a) for a in target.reply_to)))
    headers += [
        ("Date", format_datetime(sent_at)),
        ("Message-ID", message.message_id),
        ("X-Dondoc-Key", single_line(message.key)),
    ]
    for name, value in target.headers:
        if name.lower() not in _RESERVED_HEADERS and _HEADER_NAME.match(name):
            headers.append((name, single_line(value)))
    return build_mime(
        headers, nfc(message.text), nfc(message.html) if message.html else None, boundary_seed=message.key
    )
