"""Helpers the tests share: repository paths, real stores and the CLI driver.

Fixtures live in ``tests/conftest.py``; plain helpers live here so that tests import them as
modules, not the conftest.
"""

from .cli import Cli, CliResult
from .paths import EXAMPLES, REPO, SEEDS
from .stores import IN_CI, PG_ADMIN_URL, Store, create_pg_database, drop_pg_database, truncate_all

__all__ = [
    "EXAMPLES",
    "IN_CI",
    "PG_ADMIN_URL",
    "REPO",
    "SEEDS",
    "Cli",
    "CliResult",
    "Store",
    "create_pg_database",
    "drop_pg_database",
    "truncate_all",
]
