"""Delivery failures that say whether retrying can help.

apprise answers only True/False; the outbox needs more: a *permanent* failure
(bad credentials, unknown recipient) must not be retried and should flag the
contact channel, a *transient* one (timeout, 429, 5xx) is retried with
backoff, honouring ``retry_after`` when the provider gave one.

Every text here is meant to be stored and shown: it is built from provider
answers with secrets scrubbed (see ``scrub``), never from raw exception
strings that may embed a token in a URL.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable


class DeliveryError(Exception):
    """A failed send. ``str(error)`` and ``provider_answer`` are secret-free.

    ``possibly_delivered`` is True when the content reached the provider but
    its answer was lost (a connection dropped after SMTP DATA): a retry may
    deliver the message twice, so the caller flags it.
    """

    permanent: bool = False

    def __init__(
        self,
        message: str,
        *,
        permanent: bool | None = None,
        retry_after: float | None = None,
        provider_answer: str = "",
        key: str | None = None,
        possibly_delivered: bool = False,
    ) -> None:
        super().__init__(message)
        if permanent is not None:
            self.permanent = permanent
        self.retry_after = retry_after
        self.possibly_delivered = possibly_delivered
        self.provider_answer = provider_answer or message
        self.key = key

    def for_key(self, key: str) -> DeliveryError:
        """A copy tagged with another message's key (one failure shared by a whole group)."""
        clone = copy.copy(self)
        clone.key = key
        return clone

    @property
    def transient(self) -> bool:
        return not self.permanent

    def with_key(self, key: str) -> DeliveryError:
        """The same error tagged with the message key it belongs to (batch results)."""
        self.key = key
        return self

    def __repr__(self) -> str:
        kind = "permanent" if self.permanent else "transient"
        extra = f", retry_after={self.retry_after}" if self.retry_after is not None else ""
        return f"{type(self).__name__}({str(self)!r}, {kind}{extra})"


class PermanentDeliveryError(DeliveryError):
    """Retrying cannot help until someone changes the contact or the credentials."""

    permanent = True

    def __init__(self, message: str, *, provider_answer: str = "", key: str | None = None) -> None:
        super().__init__(message, permanent=True, retry_after=None, provider_answer=provider_answer, key=key)


class TransientDeliveryError(DeliveryError):
    """The provider or the network failed now; the same send may succeed later."""

    permanent = False

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        provider_answer: str = "",
        key: str | None = None,
        possibly_delivered: bool = False,
    ) -> None:
        super().__init__(
            message,
            permanent=False,
            retry_after=retry_after,
            provider_answer=provider_answer,
            key=key,
            possibly_delivered=possibly_delivered,
        )


MASK = "****"


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each secret (and its URL-quoted form) by ``****``.

    Used on anything derived from a provider answer or an exception before it
    is stored, logged or raised: httpx and smtplib errors may quote the request
    URL (Telegram puts the bot token in the path) or the login.
    """
    from urllib.parse import quote

    out = text
    for secret in sorted({s for s in secrets if s and len(s) >= 3}, key=len, reverse=True):
        for form in {secret, quote(secret, safe=""), quote(secret, safe="/")}:
            out = out.replace(form, MASK)
    return out
