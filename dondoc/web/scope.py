"""Who sees what, and who may decide: the rules every page, action and API call applies.

- Admins and auditors see everything.
- A committee user sees its own unit and every unit under it.
- An office (a ban or văn phòng that a plan names as ``via``, or any committee a
  task reports to) also sees the units it tracks and the occurrences it is
  chased about (a message of the occurrence was addressed to it).

Whatever a user may not see is answered as if it did not exist (404), so ids
cannot be enumerated. Deciding on an extension or waiving needs the committee
the task reports to (or a unit above it), or the ``approver`` role over the unit.
"""

from __future__ import annotations

from sqlalchemy import exists, or_
from sqlmodel import Session, col, select

from dondoc.db.models import Committee, Message, Occurrence, Task, TaskAssignee, User, UserRole

_EVERYTHING = (UserRole.admin, UserRole.auditor)


def _own(session: Session, user: User) -> Committee | None:
    return session.get(Committee, user.committee_id) if user.committee_id else None


def _under(own: Committee, target: Committee | None) -> bool:
    return target is not None and target.path.startswith(own.path)


def can_see_unit(session: Session, user: User, committee_id: str) -> bool:
    """The unit is in the user's subtree, or is an assignee of a task the user's unit tracks."""
    if user.role in _EVERYTHING:
        return True
    own = _own(session, user)
    if own is None:
        return False
    if _under(own, session.get(Committee, committee_id)):
        return True
    tracked = session.exec(
        select(TaskAssignee.task_id)
        .join(Task, col(Task.id) == col(TaskAssignee.task_id))
        .where(
            col(TaskAssignee.committee_id) == committee_id,
            or_(col(Task.via_id) == own.id, col(Task.report_to_id) == own.id),
        )
        .limit(1)
    ).first()
    return tracked is not None


def can_see_occurrence(session: Session, user: User, occurrence_id: int) -> bool:
    """In the subtree, tracked by the user's unit, or chased at the user's unit."""
    if user.role in _EVERYTHING:
        return True
    own = _own(session, user)
    row = session.exec(
        select(Occurrence.assignee_id, Task.via_id, Task.report_to_id)
        .join(Task, col(Task.id) == col(Occurrence.task_id))
        .where(col(Occurrence.id) == occurrence_id)
    ).first()
    if own is None or row is None:
        return False
    assignee_id, via_id, report_to_id = row
    if own.id in (via_id, report_to_id) or _under(own, session.get(Committee, assignee_id)):
        return True
    chased = session.exec(
        select(exists().where(col(Message.occurrence_id) == occurrence_id, col(Message.recipient_id) == own.id))
    ).first()
    return bool(chased)


def can_act_for_unit(session: Session, user: User, assignee_id: str) -> bool:
    """Record a submission, ask for an extension, promise a date: the unit or a unit above it."""
    if user.role == UserRole.admin:
        return True
    own = _own(session, user)
    return own is not None and _under(own, session.get(Committee, assignee_id))


def can_decide(session: Session, user: User, assignee_id: str, report_to_id: str | None) -> bool:
    """Approve/refuse an extension or waive: the receiving committee (or above), or an approver over the unit."""
    if user.role == UserRole.admin:
        return True
    own = _own(session, user)
    if own is None:
        return False
    if user.role == UserRole.approver and _under(own, session.get(Committee, assignee_id)):
        return True
    if report_to_id is None or user.role not in (UserRole.committee, UserRole.approver):
        return False
    return _under(own, session.get(Committee, report_to_id)) and own.id != assignee_id
