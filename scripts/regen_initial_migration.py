"""Regenerate the single initial migration from the models.

Until dondoc's first release the schema has one migration, 0001, rebuilt from the
models whenever they change; after the release, add migrations with
``alembic revision --autogenerate`` instead and never edit 0001 again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from dondoc.db.engine import make_engine
from dondoc.db.migrate import MIGRATIONS_DIR, alembic_config


def main() -> None:
    for old in (MIGRATIONS_DIR / "versions").glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite3'}")
        command.revision(alembic_config(engine), message="initial schema", autogenerate=True, rev_id="0001")
        engine.dispose()


if __name__ == "__main__":
    main()
