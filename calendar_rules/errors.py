"""Errors of the rules core; messages are in Vietnamese, with the user's own words."""


class RulesError(ValueError):
    """A rule, a canonical text or a calendar file is not valid."""
