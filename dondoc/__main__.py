"""``python -m dondoc`` is the same as the ``dondoc`` command."""

from dondoc.cli.main import run

run()
