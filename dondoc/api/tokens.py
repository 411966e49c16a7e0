"""API tokens: one live token per committee, shown once, stored as SHA-256, revocable.

Issuing a new token revokes the committee's previous one ("one per committee"),
so a leaked token is replaced by issuing again. Every issue and revoke is in
the history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import update
from sqlmodel import Session, col, select

from dondoc.db.models import ApiToken, Committee
from dondoc.history import Event, append_events
from dondoc.org.queries import get_committee

PREFIX = "ddk_"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_api_token(session: Session, committee_id: str, at: dt.datetime, *, actor: str) -> str:
    committee = get_committee(session, committee_id)
    revoke_api_tokens(session, committee.id, at, actor=actor, quiet=True)
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(committee_id=committee.id, token_hash=token_hash(token), created_at=at)
    session.add(row)
    session.flush()
    append_events(
        session,
        [
            Event(
                at=at,
                kind="api_token_issued",
                actor=actor,
                committee_id=committee.id,
                outcome="cấp mã API",
                details={"api_token_id": row.id},
            )
        ],
    )
    return token


def revoke_api_tokens(session: Session, committee_id: str, at: dt.datetime, *, actor: str, quiet: bool = False) -> int:
    committee = get_committee(session, committee_id)
    result = session.execute(
        update(ApiToken)
        .where(col(ApiToken.committee_id) == committee.id, col(ApiToken.revoked_at).is_(None))
        .values(revoked_at=at)
    )
    count = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if count:
        append_events(
            session,
            [
                Event(
                    at=at,
                    kind="api_token_revoked",
                    actor=actor,
                    committee_id=committee.id,
                    outcome=f"thu hồi {count} mã API" + (" (khi cấp mã mới)" if quiet else ""),
                    details={"revoked": count},
                )
            ],
        )
    return count


def token_owner(session: Session, token: str) -> Committee | None:
    """The committee of a live token; unknown and revoked are both None."""
    row = session.exec(
        select(ApiToken).where(col(ApiToken.token_hash) == token_hash(token), col(ApiToken.revoked_at).is_(None))
    ).first()
    return session.get(Committee, row.committee_id) if row is not None else None
