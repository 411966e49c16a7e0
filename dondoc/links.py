"""Links put into messages and pages: the signed one-click submission link and a committee's page.

Signing and verifying are pure functions (the secret and the instant are
parameters); the chase, the digest, the feeds and the web routes all import
this one module, so there is one signing scheme and no package loads another
behind the caller's back.

A reminder on Zalo or by email must let the assignee record "sent" without a
login, so the link itself is the credential: it names one occurrence and one
recipient, is signed with HMAC-SHA256 under a key derived from the app secret,
and expires. The signature makes tampering visible; the expiry bounds a leaked
link; the database remembers each link used (``UsedLink``), so a replay is refused.

The token is deterministic for (occurrence, recipient, issue instant): rendering
the same message twice gives the same link, which keeps messages idempotent.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from functools import lru_cache

from calendar_rules.vietnamese import format_day, local_day
from dondoc.errors import DondocError
from dondoc.settings import Settings, get_settings

_KEY_PURPOSE = b"dondoc one-click submission link v1"
_SIGNATURE_BYTES = 20  # 160 bits: forging one is out of reach, and the URL stays short
MAX_TOKEN_LENGTH = 400


class LinkRefused(DondocError):
    """A link that opens nothing; ``reason`` is ``tampered``, ``expired`` or ``used``."""

    exit_code = 3

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class LinkClaims:
    """What a valid link says: whose report, for which occurrence, issued when."""

    occurrence_id: int
    recipient_id: str
    issued_at: dt.datetime
    nonce: str  # the key of the link in ``used_link``


@lru_cache(maxsize=8)
def _key(secret: str) -> bytes:
    """A key for links only, so the session cookie's key is never the same bytes."""
    return hmac.new(secret.encode("utf-8"), _KEY_PURPOSE, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: str, body: str) -> str:
    return _b64(hmac.new(_key(secret), body.encode("ascii"), hashlib.sha256).digest()[:_SIGNATURE_BYTES])


def sign_link(occurrence_id: int, recipient_id: str, at: dt.datetime, *, secret: str) -> str:
    """The URL-safe token of a link issued at ``at`` (aware)."""
    if at.tzinfo is None:
        raise ValueError("sign_link needs an aware instant")
    payload = f"{occurrence_id}:{recipient_id}:{int(at.timestamp())}"
    body = _b64(payload.encode("utf-8"))
    return f"{body}.{_signature(secret, body)}"


def link_nonce(token: str) -> str:
    """What ``used_link`` stores for a token: its SHA-256 (the token itself is never stored)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def verify_link(token: str, *, secret: str, now: dt.datetime, ttl: dt.timedelta) -> LinkClaims:
    """The claims of a genuine, unexpired link; ``LinkRefused`` otherwise.

    Whether it was already used is the database's question (``used_link``), asked
    by the caller in the same transaction that records the submission.
    """
    tampered = LinkRefused("tampered", "Liên kết không hợp lệ: liên kết đã bị sửa đổi hoặc chép thiếu.")
    if len(token) > MAX_TOKEN_LENGTH or token.count(".") != 1:
        raise tampered
    body, signature = token.split(".")
    if not hmac.compare_digest(signature, _signature(secret, body)):
        raise tampered
    try:
        occurrence, recipient, issued = _unb64(body).decode("utf-8").split(":")
        claims = LinkClaims(
            int(occurrence), recipient, dt.datetime.fromtimestamp(int(issued), dt.UTC), link_nonce(token)
        )
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise tampered from None
    expires = claims.issued_at + ttl
    if now >= expires:
        local = local_day(expires)
        raise LinkRefused(
            "expired",
            f"Liên kết đã hết hạn từ ngày {format_day(local)}. Hãy dùng liên kết trong tin nhắc mới nhất hoặc đăng nhập để ghi nhận.",
        )
    if now < claims.issued_at - dt.timedelta(minutes=5):  # issued in the future: not by this server's clock
        raise tampered
    return claims


def make_submission_link(
    *,
    occurrence_id: int,
    recipient_id: str,
    at: dt.datetime,
    settings: Settings | None = None,
    base_url: str | None = None,
) -> str:
    """The signed link a reminder carries, opening the web app's ``/s/{token}`` page.

    Signed with the settings' secret; ``base_url`` (the caller's, e.g. a flow's)
    overrides the settings' public address.
    """
    settings = settings or get_settings()
    token = sign_link(occurrence_id, recipient_id, at, secret=settings.web_secret())
    return f"{(base_url or settings.base_url).rstrip('/')}/s/{token}"


def make_overview_link(*, committee_id: str, settings: Settings | None = None, base_url: str | None = None) -> str:
    """A higher committee's status page (``/committees/{id}``, behind the login)."""
    settings = settings or get_settings()
    return f"{(base_url or settings.base_url).rstrip('/')}/committees/{committee_id}"
