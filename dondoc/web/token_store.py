"""Bearer tokens kept as SHA-256: the calendar feed tokens and the API tokens.

Both are random secrets a committee hands to a program (a calendar app, an
e-office system), so both are stored the same way: only the hash (a fast one is
enough, the input is random, not a password), a revocation time instead of a
delete, and an audit event for every issue and every revoke that changed something.
The two kinds differ only in their table and the words of their history events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import update
from sqlmodel import Session, col, select

from dondoc.db.models import ApiToken, FeedToken
from dondoc.history import append_event
from dondoc.history.events import token_event
from dondoc.org.queries import get_committee

Row = TypeVar("Row", FeedToken, ApiToken)
MAX_TOKEN_LENGTH = 200  # longer than any issued token: not looked up at all


def token_hash(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def plausible(token: str) -> bool:
    """Whether ``token`` could be one we issued, before any lookup."""
    return bool(token) and len(token) <= MAX_TOKEN_LENGTH


@dataclass(frozen=True)
class TokenKind(Generic[Row]):
    """One kind of token: its table, and how the history names it and its events."""

    model: type[Row]
    noun: str  # in the history's outcomes: "cấp <noun>", "thu hồi 2 <noun>"
    issued: str  # event kinds
    revoked: str
    id_key: str  # the issued row's id in the event's details


def store_token(
    session: Session, kind: TokenKind[Row], committee_id: str, token: str, at: dt.datetime, *, actor: str
) -> None:
    """Keep the hash of a new ``token`` for the committee, and say so in the history.

    Raises ``NotFound`` for an unknown committee.
    """
    committee = get_committee(session, committee_id)
    row = kind.model(committee_id=committee.id, token_hash=token_hash(token), created_at=at)
    session.add(row)
    session.flush()
    _audit(session, at, kind.issued, actor, committee.id, f"cấp {kind.noun}", {kind.id_key: row.id})


def revoke_all(
    session: Session, kind: TokenKind[Row], committee_id: str, at: dt.datetime, *, actor: str, note: str = ""
) -> int:
    """Revoke every live token of the committee; returns how many were live (none: nothing to audit)."""
    committee = get_committee(session, committee_id)
    model = kind.model
    result = session.execute(
        update(model)
        .where(col(model.committee_id) == committee.id, col(model.revoked_at).is_(None))
        .values(revoked_at=at)
    )
    count = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if count:
        _audit(session, at, kind.revoked, actor, committee.id, f"thu hồi {count} {kind.noun}{note}", {"revoked": count})
    return count


def live_token(session: Session, kind: TokenKind[Row], token: str) -> Row | None:
    """The live row of ``token``; unknown and revoked are both None, so a caller says nothing about which."""
    if not plausible(token):
        return None
    model = kind.model
    query = select(model).where(col(model.token_hash) == token_hash(token), col(model.revoked_at).is_(None))
    return session.exec(query).first()


def _audit(
    session: Session,
    at: dt.datetime,
    event_kind: str,
    actor: str,
    committee_id: str,
    outcome: str,
    details: dict[str, object],
) -> None:
    event = token_event(event_kind, committee_id=committee_id, at=at, actor=actor, outcome=outcome, details=details)
    append_event(session, event)
