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


class FieldError(DondocError):
    """A value given for one field is refused.

    ``field`` is the domain's name of the input (``submitted_on``, ``ref``, ``reason``, ``to``,
    ``evidence``), never a surface's spelling of it; ``problem`` says what is wrong in the user's
    words. Each surface phrases the pair its own way: the CLI names its option (``--on: …``), the
    web the form field's label (``Ngày nộp: …``), the API returns both in its JSON error.
    ``str()`` is ``field: problem``, for logs.
    """

    def __init__(self, field: str, problem: str):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class BadValue(FieldError):
    """A value the user gave is not acceptable at all (not a date, not a date that exists): a
    usage error (exit 2)."""

    exit_code = 2


class NotFound(DondocError):
    """A named thing (committee, plan, occurrence) does not exist."""

    exit_code = 4
