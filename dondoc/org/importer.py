"""Applying a validated tree to the database, idempotently.

Re-importing the same file changes nothing (no row, no timestamp, no history
event). Units that disappeared from the file are reported; only ``prune``
deactivates them, and deactivation keeps them for the history that refers to them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypedDict

from sqlmodel import Session, select

from dondoc.db.models import Committee, Contact, ContactChannel
from dondoc.history import append_event
from dondoc.history.events import org_import_event
from dondoc.org.registry import OrgTree, UnitSpec
from dondoc.org.tree import depth_of


@dataclass
class OrgImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    contacts_changed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.pruned or self.contacts_changed)


def import_tree(
    session: Session, tree: OrgTree, *, at: dt.datetime, actor: str, prune: bool = False, source: str = ""
) -> OrgImportReport:
    """Make the database hold ``tree``; the caller's transaction commits it."""
    report = OrgImportReport()
    existing = {c.id: c for c in session.exec(select(Committee)).all()}
    for unit in tree.units:
        wanted = _committee_values(unit, tree)
        row = existing.get(unit.id)
        if row is None:
            # kind goes in as its slug string, the form the Text column reads back (not the enum member)
            session.add(Committee(id=unit.id, updated_at=at, **wanted))  # type: ignore[arg-type]
            report.added.append(unit.id)
        elif any(getattr(row, key) != value for key, value in wanted.items()):
            for key, value in wanted.items():
                setattr(row, key, value)
            row.updated_at = at
            session.add(row)
            report.updated.append(unit.id)
        else:
            report.unchanged += 1
    session.flush()
    for unit in tree.units:
        report.contacts_changed += _sync_contacts(session, unit)

    for unit_id, row in sorted(existing.items()):
        if unit_id in tree.by_id or not row.active:
            continue
        report.missing.append(unit_id)
        if prune:
            row.active = False
            row.updated_at = at
            session.add(row)
            report.pruned.append(unit_id)

    if report.changed:
        append_event(
            session,
            org_import_event(
                at=at,
                actor=actor,
                source=source,
                added=len(report.added),
                updated=len(report.updated),
                pruned=report.pruned,
                contacts_changed=report.contacts_changed,
            ),
        )
    return report


class _CommitteeValues(TypedDict):
    """The columns of a committee that the file decides (compared, then written, one by one)."""

    name: str
    kind: str
    parent_id: str | None
    path: str
    depth: int
    aliases: str
    active: bool
    source_line: int | None


def _committee_values(unit: UnitSpec, tree: OrgTree) -> _CommitteeValues:
    path = tree.path_of(unit.id)
    return {
        "name": unit.name,
        "kind": unit.kind.value,
        "parent_id": unit.parent,
        "path": path,
        "depth": depth_of(path),
        "aliases": "\n".join(unit.aliases),
        "active": True,
        "source_line": unit.line,
    }


def _sync_contacts(session: Session, unit: UnitSpec) -> int:
    """Bring one unit's contacts and channels in line with the file; count changes."""
    changes = 0
    contacts = {c.name: c for c in session.exec(select(Contact).where(Contact.committee_id == unit.id)).all()}
    wanted_names = {spec.name for spec in unit.contacts}
    for spec in unit.contacts:
        contact = contacts.get(spec.name)
        if contact is None:
            contact = Contact(committee_id=unit.id, name=spec.name, role=spec.role)
            session.add(contact)
            session.flush()
            changes += 1
        elif contact.role != spec.role or not contact.active:
            contact.role, contact.active = spec.role, True
            session.add(contact)
            changes += 1
        assert contact.id is not None  # loaded from the database or flushed above
        channels = {
            ch.url: ch
            for ch in session.exec(select(ContactChannel).where(ContactChannel.contact_id == contact.id)).all()
        }
        wanted_urls = {ch.url for ch in spec.channels}
        for ch in spec.channels:
            row = channels.get(ch.url)
            if row is None:
                # kind goes in as its stored string, like every row read back from the Text column
                new = ContactChannel(contact_id=contact.id, kind=ch.kind.value, url=ch.url, url_redacted=ch.redacted)  # type: ignore[arg-type]
                session.add(new)
                changes += 1
            elif not row.active:
                # The URL left the file and came back: whatever flagged it may have been fixed meanwhile.
                row.active, row.flagged_at, row.flag_reason = True, None, None
                session.add(row)
                changes += 1
        for url, row in channels.items():
            if url not in wanted_urls and row.active:
                row.active = False
                session.add(row)
                changes += 1
    for name, contact in contacts.items():
        if name not in wanted_names and contact.active:
            contact.active = False
            session.add(contact)
            changes += 1
    return changes
