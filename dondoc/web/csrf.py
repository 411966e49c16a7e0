"""CSRF protection for every form: a per-session secret in the signed session cookie,
echoed in a hidden field and compared on POST (synchroniser token pattern).

The session cookie is SameSite=Lax as well, but a token does not depend on
browsers getting that right.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request

SESSION_KEY = "csrf"


def csrf_token(request: Request) -> str:
    """The session's token, created on first use."""
    token = request.session.get(SESSION_KEY)
    if not token:
        token = request.session[SESSION_KEY] = secrets.token_urlsafe(32)
    return str(token)


def csrf_valid(request: Request, submitted: str | None) -> bool:
    expected = request.session.get(SESSION_KEY)
    return bool(expected and submitted and hmac.compare_digest(str(expected), submitted))
