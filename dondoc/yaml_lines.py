"""YAML loading that remembers line numbers, so every problem in a file a person
wrote can be reported as ``FILE:LINE: problem``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


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


_constructor = yaml.SafeLoader


def _convert(node: Node, loader: yaml.SafeLoader) -> Any:
    if isinstance(node, MappingNode):
        result = LinedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True) if isinstance(key_node, ScalarNode) else str(key_node)
            key = str(key)
            if key in result:
                raise YamlSyntaxError(key_node.start_mark.line + 1, f"khóa '{key}' bị lặp lại")
            result[key] = _convert(value_node, loader)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, SequenceNode):
        items = LinedList(_convert(child, loader) for child in node.value)
        items.line = node.start_mark.line + 1
        items.item_lines = [child.start_mark.line + 1 for child in node.value]
        return items
    return loader.construct_object(node, deep=True)


def load_yaml_with_lines(text: str) -> Any:
    """Parse one YAML document; malformed YAML raises YamlSyntaxError with its line."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _convert(node, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlSyntaxError(line, f"YAML không hợp lệ: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, f"YAML không hợp lệ: {exc}") from exc
    finally:
        loader.dispose()


def read_text_file(path: Path) -> str:
    """Read a UTF-8 file people edit; a BOM from Windows editors is tolerated."""
    return path.read_text(encoding="utf-8-sig")
