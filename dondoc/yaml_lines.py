"""The one YAML loader for files people write (the org tree, plan files, chase
policies): it remembers line numbers, so every problem can be reported as
``FILE:LINE: problem``, and it refuses hostile input before it costs memory.

Limits, each refused with a line a secretary can read: files over
``MAX_BYTES``; more than ``MAX_ALIASES`` aliases (``*x``); documents that would
expand to more than ``MAX_NODES`` values (an alias bomb is a few hundred bytes
that expand to gigabytes when every alias is copied); nesting deeper than
``MAX_DEPTH``; control characters (NUL and friends), which PostgreSQL refuses
and which no plan needs; and values the YAML resolver cannot build (a date
such as 2023-02-31).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dondoc.errors import ValidationFailed

MAX_BYTES = 5 * 1024 * 1024
MAX_ALIASES = 100
MAX_NODES = 200_000
MAX_DEPTH = 50
# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class LinedDict(dict[str, Any]):
    """A mapping with the line of itself (``line``) and of each key (``key_lines``)."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LinedList(list[Any]):
    """A sequence with its own line and the line of each item."""

    line: int
    item_lines: list[int]


class YamlSyntaxError(ValueError):
    def __init__(self, line: int, problem: str):
        self.line = line
        self.problem = problem
        super().__init__(f"{line}: {problem}")


class _BoundedLoader(yaml.SafeLoader):
    """A SafeLoader that counts aliases and bounds nesting while composing.

    Composing is recursive in PyYAML, so without the depth bound ``[[[[...`` a
    few kilobytes deep ends in RecursionError."""

    def __init__(self, text: str):
        super().__init__(text)
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                line = self.peek_event().start_mark.line + 1
                raise YamlSyntaxError(line, f"tệp dùng quá {MAX_ALIASES} bí danh YAML (*tên): không nhận")
            return super().compose_node(parent, index)
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                line = self.peek_event().start_mark.line + 1
                raise YamlSyntaxError(line, f"các mục lồng nhau quá {MAX_DEPTH} cấp: không nhận")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _Converter:
    """Nodes → LinedDict / LinedList / scalars, counting every value built so an
    alias repeated inside aliases cannot expand without bound."""

    def __init__(self, loader: _BoundedLoader):
        self.loader = loader
        self.built = 0

    def convert(self, node: Node) -> Any:
        self.built += 1
        if self.built > MAX_NODES:
            raise YamlSyntaxError(
                node.start_mark.line + 1, f"tệp mở rộng ra quá {MAX_NODES} giá trị (bí danh YAML lồng nhau): không nhận"
            )
        if isinstance(node, MappingNode):
            return self._mapping(node)
        if isinstance(node, SequenceNode):
            items = LinedList(self.convert(child) for child in node.value)
            items.line = node.start_mark.line + 1
            items.item_lines = [child.start_mark.line + 1 for child in node.value]
            return items
        return self._scalar(node)

    def _mapping(self, node: MappingNode) -> LinedDict:
        result = LinedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                raise YamlSyntaxError(line, "khóa phải là một chữ, không phải danh sách hay bảng")
            key = str(self._scalar(key_node))
            if key in result:
                raise YamlSyntaxError(line, f"khóa '{key}' bị lặp lại")
            result[key] = self.convert(value_node)
            result.key_lines[key] = line
        return result

    def _scalar(self, node: Node) -> Any:
        line = node.start_mark.line + 1
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError) as exc:
            if node.tag == _TIMESTAMP_TAG:
                raise YamlSyntaxError(line, f"ngày '{node.value}' không có trong lịch") from exc
            raise YamlSyntaxError(line, f"giá trị '{str(node.value)[:60]}' không đọc được") from exc
        if isinstance(value, str):
            bad = _CONTROL.search(value)
            if bad:
                raise YamlSyntaxError(line, f"giá trị chứa ký tự điều khiển U+{ord(bad.group()):04X}: không nhận")
        return value


def load_yaml_with_lines(text: str) -> Any:
    """Parse one YAML document; malformed or hostile YAML raises YamlSyntaxError with its line."""
    if len(text) > MAX_BYTES:
        raise YamlSyntaxError(1, f"tệp lớn quá {MAX_BYTES // (1024 * 1024)} MB: không nhận")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise YamlSyntaxError(line, f"tệp chứa ký tự điều khiển U+{ord(bad.group()):04X}: không nhận")
    loader = _BoundedLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _Converter(loader).convert(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlSyntaxError(line, f"YAML không hợp lệ: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, f"YAML không hợp lệ: {exc}") from exc
    finally:
        loader.dispose()


def load_yaml_text(text: str, label: str) -> Any:
    """``load_yaml_with_lines`` for a document people wrote: a syntax problem is ValidationFailed ``LABEL:LINE: problem``."""
    try:
        return load_yaml_with_lines(text)
    except YamlSyntaxError as exc:
        raise ValidationFailed([f"{label}:{exc.line}: {exc.problem}"]) from None


def read_text_file(path: Path) -> str:
    """Read a UTF-8 file people edit; a BOM from Windows editors is tolerated."""
    return path.read_text(encoding="utf-8-sig")


def load_yaml_file(path: Path) -> tuple[str, Any]:
    """Read and parse a file people wrote: ``(text, document)``.

    Every way it can fail (missing, too large, not UTF-8, not YAML, hostile)
    becomes ValidationFailed with one ``FILE:LINE: problem``; the size is
    checked before the file is read, so a huge file costs no memory."""
    label = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationFailed([f"{label}:1: tệp lớn quá {MAX_BYTES // (1024 * 1024)} MB: không nhận"])
        text = read_text_file(path)
    except FileNotFoundError:
        raise ValidationFailed([f"{label}: không tìm thấy tệp"]) from None
    except IsADirectoryError:
        raise ValidationFailed([f"{label}: là thư mục, không phải tệp"]) from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ValidationFailed([f"{label}:{line}: tệp không phải UTF-8 ({exc.reason})"]) from None
    except OSError as exc:
        raise ValidationFailed([f"{label}: không đọc được tệp ({exc.strerror})"]) from None
    return text, load_yaml_text(text, label)


Item = TypeVar("Item")


def unique_items(
    items: LinedList,
    parse: Callable[[Any, int], Item | None],
    key: Callable[[Item], str],
    problem: Callable[[int, str], None],
    repeated: Callable[[str, int], str],
) -> list[Item]:
    """Each listed item parsed with its line; one whose key repeats an earlier one is a problem.

    ``parse`` reports its own problems and returns None for an item it refused;
    ``repeated(key, first_line)`` words the refusal of a repeat (the key and where it was first used).
    """
    kept: list[Item] = []
    first_line: dict[str, int] = {}
    for raw, line in zip(items, items.item_lines, strict=False):
        item = parse(raw, line)
        if item is None:
            continue
        name = key(item)
        if name in first_line:
            problem(line, repeated(name, first_line[name]))
            continue
        first_line[name] = line
        kept.append(item)
    return kept
