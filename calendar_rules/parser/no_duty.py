"""Wordings that say by themselves that a phrase sets no deadline, asked before any reader runs.

Each class lives in its own module with the phrases it was drawn from; this module only asks them in turn, so that
``phrase`` calls one function (``not_a_deadline`` in ``refusals`` is near its size limit).
"""

from __future__ import annotations

from calendar_rules.parser.days_off import days_off
from calendar_rules.parser.defined_periods import period_defined
from calendar_rules.parser.earlier import told_as_earlier
from calendar_rules.parser.eligibility import eligibility_condition
from calendar_rules.parser.exemptions import nothing_owed
from calendar_rules.parser.granted import granted_term
from calendar_rules.parser.issuances import issued_on
from calendar_rules.parser.moments import report_span
from calendar_rules.parser.normalize import Folded
from calendar_rules.parser.practice_ends import practice_ended
from calendar_rules.parser.transitions import transitional_scope
from calendar_rules.parser.worked_examples import worked_example


def no_duty(phrase: Folded) -> str | None:
    """Why the phrase's wording says it sets no deadline, or None."""
    return (
        issued_on(phrase)
        or eligibility_condition(phrase)
        or period_defined(phrase)
        or practice_ended(phrase)
        or transitional_scope(phrase)
        or nothing_owed(phrase)
        or days_off(phrase)
        or told_as_earlier(phrase)
        or report_span(phrase)
        or granted_term(phrase)
        or worked_example(phrase)
    )
