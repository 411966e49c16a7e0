"""Links put into chase messages, behind one function each.

The signed one-click submission link belongs to the web app
(``dondoc.web.links.make_submission_link``, signed with the settings' secret, at
the caller's ``base_url``). Without the web package (a worker image built
without it) the messages carry a plain link to the occurrence's page, which asks
the person to log in; the chase does not invent its own signing scheme.
"""

from __future__ import annotations

import datetime as dt
import importlib


def _web_links():  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module("dondoc.web.links")
    except ModuleNotFoundError as exc:
        if exc.name not in ("dondoc.web", "dondoc.web.links"):
            raise
        return None


def submission_link(base_url: str, occurrence_id: int, recipient_id: str, at: dt.datetime) -> str:
    """Where the assignee records that the report was sent."""
    module = _web_links()
    if module is not None and hasattr(module, "make_submission_link"):
        return str(
            module.make_submission_link(
                occurrence_id=occurrence_id, recipient_id=recipient_id, at=at, base_url=base_url
            )
        )
    return f"{base_url.rstrip('/')}/occurrences/{occurrence_id}"


def overview_link(base_url: str, committee_id: str) -> str:
    """The page where a higher committee sees who under it is late."""
    module = _web_links()
    if module is not None and hasattr(module, "make_overview_link"):
        return str(module.make_overview_link(committee_id=committee_id, base_url=base_url))
    return f"{base_url.rstrip('/')}/committees/{committee_id}/late"
