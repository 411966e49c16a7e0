"""What a parse returns, and how its confidence is decided.

Confidence is calibrated, not decorative:

- ``certain``: the text alone fixes the date;
- ``inferred``: a stated convention was applied (a year from the document's
  date, "đầu tháng" read as day 10, ...); ``warnings`` names it;
- ``unsure``: a person must decide (the item goes to review).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calendar_rules.parser.normalize import Folded
from calendar_rules.rules import Rule


@dataclass(frozen=True)
class Conventions:
    """How an organisation reads ambiguous phrases."""

    before_is_inclusive: bool = False  # "trước ngày D": False → due D−1 (strict); True → due D
    policy: str = "next"


@dataclass(frozen=True)
class ParseResult:
    phrase: str
    rule: Rule | None
    kind: str
    confidence: str
    span: tuple[int, int]
    warnings: tuple[str, ...] = ()
    reason: str | None = None

    @property
    def understood(self) -> bool:
        return self.rule is not None


@dataclass
class Found:
    """What the grammar saw in a phrase: folded spans, warnings, and how sure it is.

    ``spans`` make up the deadline; ``accounted`` are other parts the reading used (the
    planned date beside a hard deadline), so that no written date goes unexplained."""

    warnings: list[str] = field(default_factory=list)
    inferred: bool = False
    unsure: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    accounted: list[tuple[int, int]] = field(default_factory=list)  # read, but not part of the deadline
    rolled: bool = False  # a date or period without its year was moved to the next year

    def convention(self, warning: str) -> None:
        """A convention was applied: the answer is ``inferred`` and says which."""
        self.inferred = True
        self.warnings.append(warning)

    def doubt(self, warning: str) -> None:
        """A person must decide: the answer is ``unsure``."""
        self.unsure = True
        self.warnings.append(warning)


def make_result(phrase: Folded, rule: Rule | None, found: Found, reason: str | None = None) -> ParseResult:
    if found.spans:
        start, end = min(s for s, _ in found.spans), max(e for _, e in found.spans)
        span = phrase.span(start, end)
    else:
        span = (0, len(phrase.original))
    if rule is None:
        reason = reason or "không nhận ra thời hạn trong cụm từ"
        return ParseResult(phrase.original, None, "unparsed", "unsure", span, tuple(found.warnings), reason)
    confidence = "unsure" if found.unsure else ("inferred" if found.inferred else "certain")
    return ParseResult(phrase.original, rule, rule.kind, confidence, span, tuple(found.warnings), None)
