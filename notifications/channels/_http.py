"""HTTP status and network failures → permanent / transient, shared by Telegram and Zalo."""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from typing import Any

import httpx

from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError, scrub


def json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def retry_after_header(response: httpx.Response) -> float | None:
    """``Retry-After`` as seconds (delta or HTTP date relative to the response's Date).

    The value is not bounded here (a date in year 9999 gives a huge number):
    the outbox's retry policy decides how long it is willing to wait.
    """
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    sent = response.headers.get("date")
    if not sent:
        return None
    try:  # a malformed date is no answer at all, not a reason to lose the message
        seconds = (email.utils.parsedate_to_datetime(value) - email.utils.parsedate_to_datetime(sent)).total_seconds()
    except (TypeError, ValueError, OverflowError):
        return None
    return max(seconds, 0.0)


def status_error(status: int, what: str, answer: str, *, retry_after: float | None = None) -> DeliveryError:
    """The generic HTTP rule: 408, 425, 429 and 5xx may pass; other 4xx will not."""
    text = f"{what}: HTTP {status} {answer}".rstrip()
    if status in (408, 425, 429) or status >= 500:
        return TransientDeliveryError(text, retry_after=retry_after, provider_answer=f"HTTP {status} {answer}".rstrip())
    return PermanentDeliveryError(text, provider_answer=f"HTTP {status} {answer}".rstrip())


def network_error(exc: httpx.HTTPError, what: str, secrets: Sequence[str | None]) -> TransientDeliveryError:
    """Timeouts, refused and reset connections: transient, with the URL (and its token) scrubbed.

    httpx includes the request URL in some messages; Telegram puts the bot
    token in the URL path, so the text is always scrubbed and the URL never
    quoted.
    """
    kind = "timeout" if isinstance(exc, httpx.TimeoutException) else "network error"
    detail = scrub(f"{type(exc).__name__}: {exc}".rstrip(": "), secrets)
    return TransientDeliveryError(f"{what}: {kind} ({detail})", provider_answer=f"{kind}: {detail}")
