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
import smtplib
import ssl
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from calendar_rules.vietnamese import LOCAL_TZ
from notifications.channels.base import BatchResult, Channel, DeliveryReceipt
from notifications.channels.email_target import (
    EmailTarget,
    SmtpServer,
    build_email,
    parse_email_url,
)
from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError, scrub
from notifications.message import OutgoingMessage

__all__ = ["EmailChannel", "EmailTarget", "SmtpServer", "build_email", "classify_smtp_error", "parse_email_url"]

# An idle session older than this is probed with NOOP before reuse: servers
# drop idle clients, and a message must not fail only because of that.
IDLE_PROBE_SECONDS = 5.0

# After a server could not be reached (refused, timed out), the channel does not
# try it again for this long: a hanging server costs one timeout per run, not one
# per message. The messages fail transient and are retried later.
DOWN_MEMORY_SECONDS = 30.0


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
    """One open SMTP connection, when it was last used (monotonic seconds), and
    whether the current message's content has gone out (after DATA's 354)."""

    def __init__(self, client: smtplib.SMTP, now: float) -> None:
        self.client = client
        self.last_used = now
        self.content_sent = False
        self.reused = False
        raw_send = client.send

        def send(data: Any) -> None:
            raw_send(data)
            if isinstance(data, bytes) and data.endswith(b"\r\n.\r\n"):
                self.content_sent = True  # smtplib's data() sends the whole content in one call

        client.send = send  # type: ignore[method-assign,assignment]  # watch smtplib's own calls

    @property
    def closed(self) -> bool:
        """smtplib closes the socket itself on a 421 (service closing)."""
        return getattr(self.client, "sock", None) is None


def _reply_lost(exc: BaseException) -> bool:
    """No SMTP reply arrived at all (dropped connection, timeout), as opposed to a refusal."""
    return isinstance(exc, (smtplib.SMTPServerDisconnected, OSError)) and not isinstance(
        exc, smtplib.SMTPResponseException
    )


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
        self._down: dict[SmtpServer, tuple[float, DeliveryError]] = {}
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
        for position, (index, message, target) in enumerate(items):
            try:
                session = self._session(server)
            except DeliveryError as error:
                # The server is unreachable or refuses our login: the rest of the group shares the fate.
                out.extend((i, error.for_key(m.key)) for i, m, _ in items[position:])
                return out
            out.append((index, self._attempt(server, session, message, target)))
        return out

    def _attempt(
        self, server: SmtpServer, session: _Session, message: OutgoingMessage, target: EmailTarget
    ) -> DeliveryReceipt | DeliveryError:
        """One message on ``session``; a reused session found dead before any content
        went out is replaced once, so a server's idle disconnect costs no attempt."""
        secrets = (server.password,)
        for retry_on_fresh in (session.reused, False):
            session.content_sent = False
            try:
                receipt = self._deliver(session, message, target)
            except Exception as exc:
                lost_after_content = session.content_sent and _reply_lost(exc)
                if not isinstance(exc, _SESSION_SURVIVES) or session.closed:
                    self._drop(server)  # its state is unknown, or the server closed it (421)
                if retry_on_fresh and _reply_lost(exc) and not session.content_sent:
                    try:
                        session = self._session(server)
                    except DeliveryError as unreachable:
                        return unreachable.for_key(message.key)
                    continue
                failure = classify_smtp_error(exc, secrets).with_key(message.key)
                if lost_after_content:
                    return TransientDeliveryError(
                        f"{failure} (the server's answer to DATA was lost: the message may have been delivered)",
                        provider_answer=f"{failure.provider_answer}; answer to DATA lost, possibly delivered",
                        key=message.key,
                        possibly_delivered=True,
                    )
                return failure
            session.last_used = self.monotonic()
            session.reused = True
            return receipt
        raise AssertionError("unreachable")  # pragma: no cover

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
        """The open session to ``server``, or a new one; DeliveryError if it cannot be opened."""
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
            down = self._down.get(server)
            if down is not None and now - down[0] < DOWN_MEMORY_SECONDS:
                raise down[1]
            try:
                client = self._connect(server)
            except Exception as exc:
                error = classify_smtp_error(exc, (server.password,), what=f"SMTP {server.host}:{server.port}")
                self._down[server] = (now, error)
                raise error from None
            self._down.pop(server, None)
            session = self._sessions[server] = _Session(client, now)
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
        """Forget a broken session without talking to it (QUIT could hang on a hanging server)."""
        session = self._sessions.pop(server, None)
        if session is not None:
            try:
                session.client.close()
            except OSError:
                pass


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        try:
            client.close()
        except OSError:
            pass
