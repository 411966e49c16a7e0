"""Where the repository's fixtures live, and the files a test writes for itself."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
EXAMPLES = REPO / "examples"


def written(path: Path, text: str) -> Path:
    """``path`` with ``text`` written to it in UTF-8: a file a test hands to a command or a loader."""
    path.write_text(text, encoding="utf-8")
    return path
