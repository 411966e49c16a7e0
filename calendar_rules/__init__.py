"""Pure core of dondoc: deadline rules, the Vietnamese phrase parser, expansion,
working-day policy and iCal rendering.

Nothing in this package touches a database, the network or the clock: every
function that depends on the day takes it as a parameter.
"""

from calendar_rules.errors import RulesError
from calendar_rules.expansion import Expander, Occurrence, expand, nominal_dates
from calendar_rules.parser import Conventions, ParseResult, explain_vi, parse_phrase, scan_deadlines
from calendar_rules.periods import period_bounds, period_end, period_start
from calendar_rules.rules import (
    AdHoc,
    Before,
    Continuous,
    EndOfPeriod,
    FixedDate,
    Range,
    Recurring,
    Relative,
    Rule,
    frequency_of,
    parse_canonical,
    rrule_of,
)
from calendar_rules.workdays import POLICIES, WorkingCalendar, load_calendar, review_warnings

__all__ = [
    "POLICIES",
    "AdHoc",
    "Before",
    "Continuous",
    "Conventions",
    "EndOfPeriod",
    "Expander",
    "FixedDate",
    "Occurrence",
    "ParseResult",
    "Range",
    "Recurring",
    "Relative",
    "Rule",
    "RulesError",
    "WorkingCalendar",
    "expand",
    "explain_vi",
    "frequency_of",
    "load_calendar",
    "nominal_dates",
    "parse_canonical",
    "parse_phrase",
    "period_bounds",
    "period_end",
    "period_start",
    "review_warnings",
    "rrule_of",
    "scan_deadlines",
]
