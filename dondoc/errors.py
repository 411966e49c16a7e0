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


class BadValue(DondocError):
    """A value the user gave is not acceptable: a usage error (exit 2).

    ``field`` names what was given (a parameter of the CLI, a form field of the web, a key of the
    API); ``problem`` says what is wrong in the user's words. Each surface phrases the pair its
    own way; ``str()`` is the CLI's ``field: problem``.
    """

    exit_code = 2

    def __init__(self, field: str, problem: str):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class NotFound(DondocError):
    """A named thing (committee, plan, occurrence) does not exist."""

    exit_code = 4
