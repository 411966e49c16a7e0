"""Domain exceptions: each carries the user's own words so the CLI can print one
readable line and exit non-zero."""

from __future__ import annotations

from collections.abc import Callable


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


class SelectionError(DondocError):
    """The selectors match no occurrence or more than one (``dondoc.occurrence.lookup``).

    ``selectors`` holds the (field, value) pairs the user gave, in the domain's field names
    (``org``, ``task``, ``period``, ``plan``); ``matches`` the labels of the first few matches
    (empty when none matched) and ``more`` whether there were more. ``phrase`` lets a surface
    name the fields its own way (the CLI: ``--org``); ``str()`` uses the field names.
    """

    exit_code = 4

    def __init__(self, selectors: tuple[tuple[str, str], ...], matches: tuple[str, ...] = (), more: bool = False):
        self.selectors = selectors
        self.matches = matches
        self.more = more
        super().__init__(self.phrase(lambda field: field))

    def phrase(self, name_of: Callable[[str], str]) -> str:
        """The message, each selector named by ``name_of(field)``."""
        chosen = ", ".join(f"{name_of(field)} {value}" for field, value in self.selectors)
        if not self.matches:
            return f"không có kỳ báo cáo nào khớp {chosen}"
        listed = "; ".join(self.matches) + (" …" if self.more else "")
        return f"có nhiều kỳ báo cáo khớp {chosen}: {listed} — hãy chọn bằng mã (#…) hoặc thêm bộ chọn"
