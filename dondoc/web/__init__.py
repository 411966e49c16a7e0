"""The web app: iCal feeds, status pages, login and one-click submission links.

``dondoc.web.app.create_app`` builds the FastAPI application; ``dondoc.web.server``
runs it under uvicorn (``dondoc web``, ``dondoc serve``).
"""
