"""What a reader of the phrase grammar is, and a way to write one that starts from a pattern's match.

A reader takes the prepared phrase, the document's issue date, what it saw so far (``Found``) and the organisation's
``Conventions``, and returns the rule it reads or None, leaving the phrase to the next reader. Most readers start the
same way: search one pattern in the folded text and give up when it is absent; ``on_match`` writes that once.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.result import Conventions, Found
from calendar_rules.rules import Rule

Reader = Callable[[Folded, "dt.date | None", Found, Conventions], "Rule | None"]
Match = re.Match[str]
# a reader given the first match of its pattern, before the reader's own arguments
MatchReader = Callable[[Match, Folded, "dt.date | None", Found, Conventions], "Rule | None"]


def on_match(pattern: re.Pattern[str]) -> Callable[[MatchReader], Reader]:
    """A reader that reads only where ``pattern`` is found in the phrase's folded text, handed its first match
    (None, the phrase left to the next reader, where there is none)."""

    def wrap(read: MatchReader) -> Reader:
        @functools.wraps(read)
        def reader(phrase: Folded, issued: dt.date | None, found: Found, conventions: Conventions) -> Rule | None:
            match = pattern.search(phrase.text)
            return None if match is None else read(match, phrase, issued, found, conventions)

        return reader

    return wrap
