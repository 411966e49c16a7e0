"""Web users: who may read which pages. Passwords are hashed with argon2id
(argon2-cffi's defaults, RFC 9106); a verify against a dummy hash for unknown
names keeps the login's timing from telling which usernames exist."""

from __future__ import annotations

import datetime as dt
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from dondoc.db.models import Committee, User, UserRole
from dondoc.errors import DondocError, FieldError, NotFound
from dondoc.history import append_event
from dondoc.history.events import user_event
from dondoc.org.queries import get_committee

_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("dondoc: no such user")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,60}$")
MIN_PASSWORD_LENGTH = 10

ROLE_LABELS = {
    UserRole.admin: "quản trị",
    UserRole.committee: "đơn vị",
    UserRole.auditor: "kiểm toán",
    UserRole.approver: "duyệt gia hạn, miễn báo cáo",
}


def add_user(
    session: Session,
    username: str,
    password: str,
    role: UserRole,
    committee_id: str | None,
    *,
    at: dt.datetime,
    actor: str,
) -> User:
    """Create a user; a committee user sees its committee and every unit under it."""
    if not _USERNAME.match(username):
        raise DondocError(
            f"tên đăng nhập '{username}' không hợp lệ (chữ thường không dấu, số, '.', '_', '-'; 2–61 ký tự)"
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DondocError(f"mật khẩu quá ngắn: cần ít nhất {MIN_PASSWORD_LENGTH} ký tự")
    if role == UserRole.committee and not committee_id:
        raise FieldError("org", "người dùng vai trò 'committee' cần mã đơn vị")
    if committee_id:
        get_committee(session, committee_id)
    if session.exec(select(User).where(col(User.username) == username)).first() is not None:
        raise DondocError(f"đã có người dùng '{username}'")
    user = User(
        username=username, password_hash=_HASHER.hash(password), role=role, committee_id=committee_id, created_at=at
    )
    session.add(user)
    session.flush()
    append_event(
        session,
        user_event(
            "user_added",
            username=username,
            committee_id=committee_id,
            at=at,
            actor=actor,
            outcome=f"thêm người dùng {username} ({ROLE_LABELS[role]})",
            details={"role": role.value},
        ),
    )
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this password, else None (same work either way)."""
    name = username.strip().lower()
    # A name no account can have (NUL, which PostgreSQL refuses in a query; too long) is not looked up.
    user = session.exec(select(User).where(col(User.username) == name)).first() if _USERNAME.fullmatch(name) else None
    try:
        _HASHER.verify(user.password_hash if user is not None else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    return user


def disable_user(session: Session, username: str, *, at: dt.datetime, actor: str) -> User:
    user = session.exec(select(User).where(col(User.username) == username)).first()
    if user is None:
        raise NotFound(f"không có người dùng '{username}' (xem `dondoc user list`)")
    end_sessions(session, user)  # even a disabled user's old cookies: never valid again
    if user.active:
        user.active = False
        session.add(user)
        append_event(
            session,
            user_event(
                "user_disabled",
                username=username,
                committee_id=user.committee_id,
                at=at,
                actor=actor,
                outcome=f"khóa người dùng {username}",
            ),
        )
    return user


def end_sessions(session: Session, user: User) -> None:
    """Every session cookie issued to ``user`` so far stops working (the caller commits)."""
    user.session_version += 1
    session.add(user)


def list_users(session: Session) -> list[tuple[User, str | None]]:
    """Users with their committee's name, by username."""
    rows = session.exec(
        select(User, Committee.name)
        .outerjoin(Committee, col(Committee.id) == col(User.committee_id))
        .order_by(col(User.username))
    ).all()
    return [(user, name) for user, name in rows]


def can_read_unit(session: Session, user: User, committee_id: str) -> bool:
    """Admins and auditors read every unit; a committee user its own unit and those under it."""
    if user.role in (UserRole.admin, UserRole.auditor):
        return True
    if not user.committee_id:
        return False
    own = session.get(Committee, user.committee_id)
    target = session.get(Committee, committee_id)
    return own is not None and target is not None and target.path.startswith(own.path)
