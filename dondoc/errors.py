"""Domain exceptions: each carries the user's own words so the CLI can print one
readable line and exit non-zero."""

from __future__ import annotations


class DondocError(Exception):
    """Base of every error a user can cause and fix. ``exit_code`` is what the CLI returns."""

    exit_code: int = 1


class ConfigError(DondocError):
    """The settings (environment, DONDOC_HOME, database URL) are not usable."""


class ValidationFailed(DondocError):
    """An input file has problems; ``problems`` holds one ``FILE:LINE: problem`` each."""

    exit_code = 2

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class NotFound(DondocError):
    """A named thing (committee, plan, occurrence) does not exist."""

    exit_code = 4
