"""A wording that says by itself that a phrase sets no deadline, unless a limit or a duty is written beside it.

Several refusals are the same test with their own patterns: the phrase says something (a holiday's days off, the span a
report counts, the time a rate applies, a state one must be in ...), maybe at its start and with a time written, and
nothing beside it keeps it a deadline: a limit in the folded text ("trước", "chậm nhất", "hạn chót" ...), a duty in the
text as written ("phải", "yêu cầu" ...). ``Wording`` holds one such test; calling it on a phrase gives its reason or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.patterns import TIME_TOKEN_RE


@dataclass(frozen=True)
class Wording:
    """Why a phrase sets no deadline (``reason``) when its folded text says ``says`` (at its start, with ``opens``;
    beside a time written, with ``dated``), and neither ``limit`` in the folded text nor ``duty`` in the text as
    written keeps it a deadline."""

    says: re.Pattern[str]
    reason: str
    limit: re.Pattern[str] | None = None
    duty: re.Pattern[str] | None = None
    opens: bool = False
    dated: bool = False

    def __call__(self, phrase: Folded) -> str | None:
        text = phrase.text
        said = self.says.match(text) if self.opens else self.says.search(text)
        if not said or (self.dated and not TIME_TOKEN_RE.search(text)):
            return None
        if (self.limit and self.limit.search(text)) or (self.duty and self.duty.search(phrase.original)):
            return None
        return self.reason
