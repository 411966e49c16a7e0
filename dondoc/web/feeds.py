"""``GET /feeds/{token}.ics``: a committee's deadlines as an iCal subscription.

A subtree feed is bounded (feed_query): the next 90 days and the open overdue, and
the units below the ones directly under the committee as one summary event per
(unit directly under it, day).

Calendar apps poll a feed every few minutes to once a day, forever, and most
polls find nothing new. So the expensive part (one set-based SELECT of the
occurrences, rendering, gzip) runs only when a cheap fingerprint of the same
occurrences changes; otherwise the cached bytes are served, or a bare 304 when
the client already has them.

The fingerprint is (count, max(updated_at), sum(sequence)) of the occurrences in
the feed, the newest plan import, the feed's committee (name, updated_at) and, for
a subtree, the newest edit of its units, and ``today``: every state change bumps an
occurrence's ``sequence`` and ``updated_at``, and "due soon"/"overdue" markers move
with the day. A renamed report-to unit outside these shows by the next day. The
fingerprint is read *before* the rows, so a change landing between the two queries
can only make the cached body newer than its fingerprint (re-rendered once more on
the next poll), never older.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import Response
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from dondoc.settings import Settings
from dondoc.web import feed_tokens
from dondoc.web.deps import get_today
from dondoc.web.feed_cache import FeedCache, FeedTags, RenderedFeed, rendered
from dondoc.web.feed_query import FeedScope, feed_rows, feed_window, fingerprint
from dondoc.web.feed_render import build_events, calendar_name, link_instant, render_feed

__all__ = [
    "FeedScope",
    "build_events",
    "calendar_name",
    "feed_rows",
    "feed_window",
    "fingerprint",
    "link_instant",
    "render_feed",
    "router",
]

router = APIRouter()

MEDIA_TYPE = "text/calendar; charset=utf-8"
# "private": the URL is a bearer secret, shared caches must not keep the body.
# A short max-age lets clients that honour it skip polls; the ETag makes the rest cheap.
CACHE_CONTROL = "private, max-age=300"


# --------------------------------------------------------------------------- cache


def feed_cache(app: FastAPI) -> FeedCache:
    """The app's cache, created on first use so ``create_app`` needs no feed-specific code."""
    state = app.state
    cache = getattr(state, "feed_cache", None)
    if cache is None:
        with _CACHE_CREATE_LOCK:
            cache = getattr(state, "feed_cache", None)
            if cache is None:
                cache = state.feed_cache = FeedCache()
    return cache


_CACHE_CREATE_LOCK = threading.Lock()


def current_feed(
    conn: Connection | Session, cache: FeedCache, scope: FeedScope, *, today: dt.date, settings: Settings
) -> RenderedFeed:
    """The cached render when its fingerprint still holds, else a fresh one (cached)."""
    key = (scope.committee_id, scope.subtree)
    fp = fingerprint(conn, scope, today)
    entry = cache.get(key, fp)
    if entry is None:
        body = render_feed(conn, scope, today=today, settings=settings)
        entry = rendered(fp, body)
        cache.put(key, entry)
    return entry


# --------------------------------------------------------------------------- HTTP


def _accepts_gzip(header: str | None) -> bool:
    """True when Accept-Encoding lists gzip (or *) without q=0."""
    if not header:
        return False
    for part in header.lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() not in ("gzip", "*"):
            continue
        q = params.strip()
        if q.startswith("q="):
            try:
                return float(q[2:]) > 0
            except ValueError:
                return False
        return True
    return False


def _matches(if_none_match: str | None, entry: RenderedFeed | FeedTags) -> bool:
    """If-None-Match uses weak comparison (RFC 9110 §13.1.2): W/ is ignored; either coding's tag counts."""
    if not if_none_match:
        return False
    for tag in if_none_match.split(","):
        tag = tag.strip()
        if tag == "*":
            return True
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag in (entry.etag, entry.etag_gzip):
            return True
    return False


def _not_found() -> Response:
    # The same answer for an unknown, revoked or malformed token: no hint which.
    return Response(
        "Not Found", status_code=404, media_type="text/plain; charset=utf-8", headers={"Cache-Control": "no-store"}
    )


@dataclass(frozen=True)
class Probe:
    """What the cheap half of a request found: whose feed, its fingerprint, and the
    cached render when that fingerprint still holds."""

    scope: FeedScope
    fingerprint: tuple[Any, ...]
    entry: RenderedFeed | None
    tags: FeedTags | None  # of the render for this fingerprint, even when its body left the cache


def probe_feed(conn: Connection, cache: FeedCache, token: str, *, subtree: bool, today: dt.date) -> Probe | None:
    """Token lookup and fingerprint (two small indexed queries); None for a token that opens nothing."""
    owner = feed_tokens.lookup_owner(conn, token)
    if owner is None:
        return None
    scope = FeedScope(owner.committee_id, owner.name, owner.path, subtree, owner.updated_at)
    fp = fingerprint(conn, scope, today)
    key = (scope.committee_id, subtree)
    return Probe(scope, fp, cache.get(key, fp), cache.tags(key, fp))


def render_into_cache(
    engine: Engine, cache: FeedCache, probe: Probe, *, today: dt.date, settings: Settings
) -> RenderedFeed:
    """Render a feed whose fingerprint was just read, and cache it under that fingerprint.

    The rows are read after the fingerprint, so the body is at least as new as the
    fingerprint it is stored under.
    """
    with engine.connect() as conn:
        body = render_feed(conn, probe.scope, today=today, settings=settings)
    entry = rendered(probe.fingerprint, body)
    cache.put((probe.scope.committee_id, probe.scope.subtree), entry)
    return entry


def load_feed(
    engine: Engine, cache: FeedCache, token: str, *, subtree: bool, today: dt.date, settings: Settings
) -> RenderedFeed | None:
    """Token to rendered feed, synchronously (for callers outside the event loop)."""
    with engine.connect() as conn:
        probe = probe_feed(conn, cache, token, subtree=subtree, today=today)
    if probe is None:
        return None
    return probe.entry or render_into_cache(engine, cache, probe, today=today, settings=settings)


class InlineReader:
    """One SQLite connection the event loop reads the probe from directly.

    On SQLite the probe is CPU work on a local file (no network wait, and WAL
    readers never wait for writers), and handing it to the threadpool costs more
    than running it (~0.2-0.5 ms per hop against ~0.3 ms of queries for a
    500-occurrence feed). So the loop runs it on a connection of its own, kept
    out of the pool so a pool exhausted by other requests can never block the
    loop. Anything else (PostgreSQL, rendering, this reader being busy) goes to
    the threadpool.

    ``PRAGMA data_version`` changes exactly when another connection (any process)
    has committed to the database since this connection last asked; until then
    a probe already answered is still the answer, and costs no query at all.
    This connection never writes, and pysqlite opens no transaction for a SELECT,
    so it never holds an old snapshot.
    """

    MEMO_ENTRIES = 4096

    def __init__(self, engine: Engine):
        self.engine = engine
        self._conn: Connection | None = None
        self._lock = threading.Lock()
        self._version: int | None = None
        self._memo: dict[tuple[str, bool, dt.date], Probe] = {}
        self.queries = 0  # probes that ran their queries (tests read it)

    def probe(self, cache: FeedCache, token: str, *, subtree: bool, today: dt.date) -> Probe | _Busy | None:
        if not self._lock.acquire(blocking=False):
            return BUSY
        try:
            if self._conn is None:
                self._conn = self.engine.connect()
            try:
                return self._probe(self._conn, cache, token, subtree=subtree, today=today)
            finally:
                self._conn.rollback()
        except Exception:
            self.close()
            raise
        finally:
            self._lock.release()

    def _probe(self, conn: Connection, cache: FeedCache, token: str, *, subtree: bool, today: dt.date) -> Probe | None:
        version = conn.exec_driver_sql("PRAGMA data_version").scalar()
        if version != self._version or len(self._memo) >= self.MEMO_ENTRIES:
            self._memo.clear()
            self._version = version
        key = (feed_tokens.token_hash(token), subtree, today)
        known = self._memo.get(key)
        if known is not None:
            return known
        self.queries += 1
        found = probe_feed(conn, cache, token, subtree=subtree, today=today)
        if found is not None and found.entry is not None:  # only complete answers; a miss renders first
            self._memo[key] = found
        return found

    def close(self) -> None:
        conn, self._conn = self._conn, None
        self._memo.clear()
        self._version = None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # closing a broken connection must not hide the first error
                pass


class _Busy:
    """The inline reader is in use (another thread's loop): take the threadpool path."""


BUSY = _Busy()


def inline_reader(app: FastAPI) -> InlineReader | None:
    """The app's inline SQLite reader; None on PostgreSQL, where the probe waits on the network."""
    state = app.state
    reader = getattr(state, "feed_inline_reader", None)
    if reader is None and state.engine.dialect.name == "sqlite":
        with _CACHE_CREATE_LOCK:
            reader = getattr(state, "feed_inline_reader", None)
            if reader is None:
                reader = state.feed_inline_reader = InlineReader(state.engine)
    return reader


def _probe_in_thread(engine: Engine, cache: FeedCache, token: str, subtree: bool, today: dt.date) -> Probe | None:
    with engine.connect() as conn:
        return probe_feed(conn, cache, token, subtree=subtree, today=today)


@router.api_route("/feeds/{token}.ics", methods=["GET", "HEAD"], include_in_schema=False)
async def feed(
    token: str, request: Request, include: str | None = None, today: dt.date = Depends(get_today)
) -> Response:
    """Serve a feed; ``?include=subtree`` adds every unit under the token's committee."""
    if include not in (None, "", "subtree"):
        return _not_found()
    app = request.app
    settings: Settings = app.state.settings
    engine: Engine = app.state.engine
    cache = feed_cache(app)
    subtree = include == "subtree"
    reader = inline_reader(app)
    probe = reader.probe(cache, token, subtree=subtree, today=today) if reader is not None else BUSY
    if isinstance(probe, _Busy):
        probe = await run_in_threadpool(_probe_in_thread, engine, cache, token, subtree, today)
    if probe is None:
        return _not_found()
    use_gzip = _accepts_gzip(request.headers.get("accept-encoding"))
    if_none_match = request.headers.get("if-none-match")
    if probe.entry is None and probe.tags is not None and _matches(if_none_match, probe.tags):
        return Response(status_code=304, headers=_headers(probe.tags, use_gzip))  # the client has it: no render
    entry = probe.entry
    if entry is None:
        entry = await run_in_threadpool(render_into_cache, engine, cache, probe, today=today, settings=settings)

    headers = _headers(entry, use_gzip)
    if _matches(if_none_match, entry):
        return Response(status_code=304, headers=headers)
    if use_gzip:
        headers["Content-Encoding"] = "gzip"
        return Response(entry.gzipped, media_type=MEDIA_TYPE, headers=headers)
    return Response(entry.body, media_type=MEDIA_TYPE, headers=headers)


def _headers(tags: RenderedFeed | FeedTags, use_gzip: bool) -> dict[str, str]:
    return {
        "ETag": tags.etag_gzip if use_gzip else tags.etag,
        "Cache-Control": CACHE_CONTROL,
        "Vary": "Accept-Encoding",
    }
