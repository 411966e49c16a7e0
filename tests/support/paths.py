"""Where the repository's fixtures live."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
EXAMPLES = REPO / "examples"
