"""Email over SMTP, configured by the contact's ``mailto://`` / ``mailtos://`` apprise URL.

apprise parses the URL (host, port, secure mode, login, From, To, Cc, Bcc,
Reply-To, extra ``+Header`` values), so the URL stays the single source of
truth and every form apprise documents works here. The SMTP conversation is
ours, because apprise's ``NotifyEmail.send`` opens a new connection (and a new
SSL context) for every call, throttles a reused object and only answers
True/False. Here:

* messages whose URLs name the same server and login share one SMTP session
  (``send_batch`` groups them; ``send`` reuses the open session too), which is
  what makes 10,000 reminders feasible (see bench/bench_email.py);
* each email has a text part and, when given, an HTML alternative, UTF-8, and
  a ``Message-ID`` derived from the idempotency key;
* SMTP reply codes decide permanent (5xx, authentication failure) versus
  transient (4xx, timeouts, refused or dropped connections).

One ``OutgoingMessage`` is one email addressed to all the URL's recipients
(To, plus Cc/Bcc in the envelope).
"""

from __future__ import annotations

import datetime as dt
import re
import smtplib
import ssl
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from notifications.channels.base import BatchResult, Channel, DeliveryReceipt, instantiate
from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError, scrub
from notifications.message import OutgoingMessage
from notifications.mime import build_mime, encode_address
from notifications.text import nfc, single_line

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

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

# An idle session older than this is probed with NOOP before reuse: servers
# drop idle clients, and a message must not fail only because of that.
IDLE_PROBE_SECONDS = 5.0


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


def classify_smtp_error(exc: BaseException, secrets: Sequence[str | None], *, what: str = "SMTP") -> DeliveryError:
    """Permanent for 5xx replies, authentication and certificate failures; transient otherwise."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        answer = "; ".join(f"{addr}: {code} {_decode(resp)}" for addr, (code, resp) in sorted(exc.recipients.items()))
        answer = scrub(answer, secrets)
        if codes and all(code >= 500 for code in codes):
            return PermanentDeliveryError(f"{what}: recipients refused ({answer})", provider_answer=answer)
        return TransientDeliveryError(f"{what}: recipients deferred ({answer})", provider_answer=answer)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        answer = scrub(f"{exc.smtp_code} {_decode(exc.smtp_error)}", secrets)
        return PermanentDeliveryError(f"{what}: authentication failed ({answer})", provider_answer=answer)
    if isinstance(exc, smtplib.SMTPResponseException):  # sender refused, data error, connect error, ...
        answer = scrub(f"{exc.smtp_code} {_decode(exc.smtp_error)}", secrets)
        if exc.smtp_code >= 500:
            return PermanentDeliveryError(f"{what}: server refused ({answer})", provider_answer=answer)
        return TransientDeliveryError(f"{what}: server deferred ({answer})", provider_answer=answer)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        answer = scrub(str(exc), secrets)
        return PermanentDeliveryError(f"{what}: not supported by the server ({answer})", provider_answer=answer)
    if isinstance(exc, ssl.SSLCertVerificationError):
        answer = scrub(f"certificate verification failed: {exc.verify_message}", secrets)
        return PermanentDeliveryError(f"{what}: {answer}", provider_answer=answer)
    detail = scrub(f"{type(exc).__name__}: {exc}".rstrip(": "), secrets)
    return TransientDeliveryError(f"{what}: {detail}", provider_answer=detail)


def _decode(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


# smtplib resets the transaction (RSET) after these, so the session stays usable.
_SESSION_SURVIVES = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


class _Session:
    """One open SMTP connection and when it was last used (monotonic seconds)."""

    def __init__(self, client: smtplib.SMTP, now: float) -> None:
        self.client = client
        self.last_used = now


class EmailChannel(Channel):
    kind = "email"
    schemes = ("mailto", "mailtos")

    def __init__(
        self,
        *,
        timeout: float | None = None,
        wall_clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        local_hostname: str | None = None,
    ) -> None:
        """``wall_clock`` stamps the Date header; ``monotonic`` measures idle sessions."""
        self.timeout = timeout
        self.wall_clock = wall_clock
        self.monotonic = monotonic
        self.local_hostname = local_hostname
        self._targets: dict[str, EmailTarget] = {}
        self._sessions: dict[SmtpServer, _Session] = {}
        self._ssl: dict[bool, ssl.SSLContext] = {}
        self.connections_opened = 0

    # -- public API -------------------------------------------------------

    def target(self, url: str) -> EmailTarget:
        """Parsed (and cached) URL; parsing is the costly part of apprise for volume."""
        target = self._targets.get(url)
        if target is None:
            target = self._targets[url] = parse_email_url(url, timeout=self.timeout)
        return target

    def send(self, message: OutgoingMessage) -> DeliveryReceipt:
        result = self.send_batch([message])[0]
        if isinstance(result, DeliveryError):
            raise result
        return result

    def send_batch(self, messages: Sequence[OutgoingMessage]) -> BatchResult:
        """Send all messages, one SMTP session per distinct server/login, results in input order."""
        results: list[DeliveryReceipt | DeliveryError | None] = [None] * len(messages)
        groups: dict[SmtpServer, list[tuple[int, OutgoingMessage, EmailTarget]]] = defaultdict(list)
        for index, message in enumerate(messages):
            try:
                self.check_scheme(message)
                target = self.target(message.url)
            except DeliveryError as error:
                results[index] = error.with_key(message.key)
                continue
            groups[target.server].append((index, message, target))
        for server, items in groups.items():
            for index, result in self._send_group(server, items):
                results[index] = result
        return [r for r in results if r is not None]

    def close(self) -> None:
        for session in self._sessions.values():
            _quit(session.client)
        self._sessions.clear()

    # -- internals --------------------------------------------------------

    def _send_group(
        self, server: SmtpServer, items: list[tuple[int, OutgoingMessage, EmailTarget]]
    ) -> list[tuple[int, DeliveryReceipt | DeliveryError]]:
        out: list[tuple[int, DeliveryReceipt | DeliveryError]] = []
        secrets = (server.password,)
        for position, (index, message, target) in enumerate(items):
            try:
                session = self._session(server)
            except Exception as exc:
                error = classify_smtp_error(exc, secrets, what=f"SMTP {server.host}:{server.port}")
                # The server is unreachable or refuses our login: the rest of the group shares the fate.
                out.extend((i, error.for_key(m.key)) for i, m, _ in items[position:])
                return out
            try:
                out.append((index, self._deliver(session, message, target)))
            except Exception as exc:
                out.append((index, classify_smtp_error(exc, secrets).with_key(message.key)))
                if not isinstance(exc, _SESSION_SURVIVES):
                    self._drop(server)  # the session's state is unknown: start a fresh one
            else:
                session.last_used = self.monotonic()
        return out

    def _deliver(self, session: _Session, message: OutgoingMessage, target: EmailTarget) -> DeliveryReceipt:
        sent_at = dt.datetime.fromtimestamp(self.wall_clock(), tz=LOCAL_TZ)
        mail = build_email(message, target, sent_at=sent_at)
        refused = session.client.sendmail(target.from_addr, target.envelope_recipients, mail)
        answer = "250 accepted"
        if refused:  # some recipients accepted: resending would duplicate for them, so this is a success
            answer += "; refused: " + ", ".join(f"{a} ({c})" for a, (c, _) in sorted(refused.items()))
        return DeliveryReceipt(
            key=message.key,
            channel=self.kind,
            target=target.redacted,
            provider_answer=scrub(answer, target.secrets),
            provider_id=message.message_id,
        )

    def _session(self, server: SmtpServer) -> _Session:
        session = self._sessions.get(server)
        now = self.monotonic()
        if session is not None and now - session.last_used > IDLE_PROBE_SECONDS:
            try:
                code, _ = session.client.noop()
                if code != 250:
                    raise smtplib.SMTPServerDisconnected("NOOP refused")
            except (OSError, smtplib.SMTPException):
                self._drop(server)
                session = None
        if session is None:
            session = self._sessions[server] = _Session(self._connect(server), now)
        return session

    def _connect(self, server: SmtpServer) -> smtplib.SMTP:
        client: smtplib.SMTP
        if server.mode == "ssl":
            client = smtplib.SMTP_SSL(
                server.host,
                server.port,
                self.local_hostname,
                timeout=server.timeout,
                context=self._context(server.verify),
            )
        else:
            client = smtplib.SMTP(server.host, server.port, self.local_hostname, timeout=server.timeout)
        self.connections_opened += 1
        try:
            if server.mode == "starttls":
                client.ehlo()
                client.starttls(context=self._context(server.verify))
                client.ehlo()
            if server.user and server.password:
                client.login(server.user, server.password)
        except BaseException:
            _quit(client)
            raise
        return client

    def _context(self, verify: bool) -> ssl.SSLContext:
        """One SSL context per verification mode, built once (apprise builds one per send)."""
        context = self._ssl.get(verify)
        if context is None:
            context = ssl.create_default_context()
            if not verify:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            self._ssl[verify] = context
        return context

    def _drop(self, server: SmtpServer) -> None:
        session = self._sessions.pop(server, None)
        if session is not None:
            _quit(session.client)


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        try:
            client.close()
        except OSError:
            pass
