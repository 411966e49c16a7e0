"""Calendar subscription tokens.

A feed URL is a bearer secret: calendar apps cannot log in, so whoever holds
``/feeds/<token>.ics`` reads that committee's deadlines. Hence:
- the token is 32 random bytes (``secrets.token_urlsafe(32)``, 256 bits),
- only its SHA-256 is stored, so a leaked database does not leak working URLs
  (a fast hash is enough: the input is random, not a password),
- a committee may hold several tokens (one per person or device); revoking
  cuts them all, and a new one is issued afterwards.
Issue and revoke are written to the audit history.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from dondoc.db.models import Committee, FeedToken
from dondoc.org.queries import get_committee
from dondoc.web.token_store import TokenKind, live_token, plausible, revoke_all, store_token, token_hash

TOKEN_BYTES = 32
FEED_TOKENS = TokenKind(FeedToken, "liên kết lịch", "feed_token_issued", "feed_token_revoked", "feed_token_id")


def issue_token(session: Session, committee_id: str, at: dt.datetime, *, actor: str = "dondoc") -> str:
    """Create a token for the committee and return it; it is never readable again.

    Raises ``NotFound`` for an unknown committee.
    """
    token = secrets.token_urlsafe(TOKEN_BYTES)
    store_token(session, FEED_TOKENS, committee_id, token, at, actor=actor)
    return token


def revoke_tokens(session: Session, committee_id: str, at: dt.datetime, *, actor: str = "dondoc") -> int:
    """Revoke every live token of the committee; returns how many were live."""
    return revoke_all(session, FEED_TOKENS, committee_id, at, actor=actor)


def lookup(session: Session, token: str) -> FeedToken | None:
    """The live token row for ``token``; unknown and revoked tokens are both None,
    so the feed answers the same 404 and says nothing about which it was."""
    return live_token(session, FEED_TOKENS, token)


@dataclass(frozen=True)
class TokenInfo:
    """A token as listed to operators: never the token itself."""

    id: int
    committee_id: str
    committee_name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def list_tokens(session: Session, committee_id: str | None = None) -> list[TokenInfo]:
    """Every token (live and revoked), oldest first, optionally of one committee."""
    query = sa_select(
        col(FeedToken.id),
        col(FeedToken.committee_id),
        col(Committee.name),
        col(FeedToken.created_at),
        col(FeedToken.revoked_at),
    ).join(Committee, col(Committee.id) == col(FeedToken.committee_id))
    if committee_id is not None:
        query = query.where(col(FeedToken.committee_id) == get_committee(session, committee_id).id)
    rows = session.execute(query.order_by(col(FeedToken.created_at), col(FeedToken.id))).all()
    return [TokenInfo(*row) for row in rows]


def feed_url(base_url: str, token: str, *, subtree: bool = False) -> str:
    """The subscription URL calendar apps are given."""
    url = f"{base_url.rstrip('/')}/feeds/{token}.ics"
    return f"{url}?include=subtree" if subtree else url


@dataclass(frozen=True)
class FeedOwner:
    """The committee a live token opens, as the feed needs it."""

    committee_id: str
    name: str
    path: str
    updated_at: dt.datetime


_OWNER_BY_HASH = (
    select(Committee.id, Committee.name, Committee.path, Committee.updated_at)
    .join(FeedToken, col(FeedToken.committee_id) == col(Committee.id))
    .where(col(FeedToken.token_hash) == bindparam("token_hash"), col(FeedToken.revoked_at).is_(None))
)


def lookup_owner(conn: Session | Connection, token: str) -> FeedOwner | None:
    """``lookup`` and the committee in one indexed query: the feed's hot path, so the
    statement is built once and runs on a plain connection as well as a session."""
    if not plausible(token):
        return None
    row = conn.execute(_OWNER_BY_HASH, {"token_hash": token_hash(token)}).first()
    return FeedOwner(*row) if row is not None else None
