"""Helpers the tests share, one module per concern: ``paths`` (repository paths), ``stores`` (real
SQLite and PostgreSQL stores), ``cli`` (the ``dondoc`` command, in-process by default), ``scenario``
(the example tree, plan 91-KH/TU and its occurrences, a chase day as the flow runs it), ``cascade``
and ``tally`` (a cascade of tasks expanded and edited, the tally checked against the scan),
``servers`` (SMTP, Telegram and Zalo servers on loopback), ``outbox`` (channels, queued messages,
deliveries), ``web`` (the app with users, links and feed tokens), ``ical`` (a sample feed event,
bodies read by two parsers), ``browser`` (headless Chromium and screenshots), ``history`` (history
rows and signed checkpoints), ``chat`` (a reminder really sent to a chi bộ's chat), ``pdf`` (a small
valid report PDF), ``prefect_servers`` (real Prefect servers for the flow tests), ``extract`` (the
extractor tests' trees and an independent selector expansion), ``fuzz_cli`` (the command in-process
under a memory limit), ``readings`` (phrase tables with their reading and confidence), ``order``
(the long tests first, per xdist worker), ``rows``, ``expand`` and ``phrase_tables``.

Fixtures live in ``tests/conftest.py`` (and a folder's own ``conftest.py``); tests import these
helpers from their modules (``from tests.support.stores import Store``), never from a conftest nor
from another test module.
"""
