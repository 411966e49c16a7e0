"""Helpers the tests share, one module per concern: ``paths`` (repository paths), ``stores`` (real
SQLite and PostgreSQL stores), ``cli`` (the ``dondoc`` command, in-process by default), ``scenario``
(the example tree, plan 91-KH/TU and its occurrences, a chase day as the flow runs it).

Fixtures live in ``tests/conftest.py``; tests import these helpers from their modules
(``from tests.support.stores import Store``), never from a conftest.
"""
