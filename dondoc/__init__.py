"""dondoc: the application around the pure ``calendar_rules`` core.

Models and storage, the committee registry, plans, the CLI and the web app live
here; Prefect flows live in ``flows/`` and channels in ``notifications/``.
"""

__version__ = "0.1.0"
