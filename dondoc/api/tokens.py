"""API tokens: one live token per committee, shown once, stored as SHA-256, revocable.

Issuing a new token revokes the committee's previous one ("one per committee"),
so a leaked token is replaced by issuing again. Every issue and revoke is in
the history.
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlmodel import Session

from dondoc.db.models import ApiToken, Committee
from dondoc.web.token_store import TokenKind, live_token, revoke_all, store_token

PREFIX = "ddk_"
API_TOKENS = TokenKind(ApiToken, "mã API", "api_token_issued", "api_token_revoked", "api_token_id")


def issue_api_token(session: Session, committee_id: str, at: dt.datetime, *, actor: str) -> str:
    revoke_api_tokens(session, committee_id, at, actor=actor, quiet=True)
    token = PREFIX + secrets.token_urlsafe(32)
    store_token(session, API_TOKENS, committee_id, token, at, actor=actor)
    return token


def revoke_api_tokens(session: Session, committee_id: str, at: dt.datetime, *, actor: str, quiet: bool = False) -> int:
    return revoke_all(session, API_TOKENS, committee_id, at, actor=actor, note=" (khi cấp mã mới)" if quiet else "")


def token_owner(session: Session, token: str) -> Committee | None:
    """The committee of a live token; unknown and revoked are both None."""
    row = live_token(session, API_TOKENS, token)
    return session.get(Committee, row.committee_id) if row is not None else None
