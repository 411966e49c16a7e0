"""The Vietnamese deadline phrase parser: phrase → rule, and deadlines inside longer text."""

from calendar_rules.parser.explain import explain_json, explain_vi
from calendar_rules.parser.phrase import Conventions, ParseResult, parse_phrase
from calendar_rules.parser.scan import scan_deadlines

__all__ = ["Conventions", "ParseResult", "explain_json", "explain_vi", "parse_phrase", "scan_deadlines"]
