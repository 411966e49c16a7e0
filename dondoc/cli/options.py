"""What several commands share about their options."""

from __future__ import annotations

import datetime as dt


def optional_day(value: str | None, field: str) -> dt.date | None:
    """A day as typed (dd/mm/yyyy) for the option named ``field`` (``from`` for ``--from``), or None."""
    if value is None:
        return None
    # imported here: the date parser brings the pure core, which ``--help`` must not pay for
    from dondoc.chase.dates import parse_user_date

    return parse_user_date(value, field)
