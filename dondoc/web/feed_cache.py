"""The rendered-feed cache: bodies of the feeds polled lately, and the ETags of many more.

A render is a pure function of its fingerprint (feed_query.fingerprint), so a body cached under a
fingerprint, or just the tags of that body, answer every poll until the fingerprint changes.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

CACHE_ENTRIES = 256
# The tags of renders no longer (or never) held in the body cache: ~120 bytes each, so every
# feed of a national tree (60,000 committees, own and subtree) fits, and a poll that finds
# nothing new is a 304 without rendering again even when its body has left the LRU.
TAG_ENTRIES = 131_072


@dataclass(frozen=True)
class RenderedFeed:
    """One render, with everything a response needs precomputed."""

    fingerprint: tuple[Any, ...]
    body: bytes
    gzipped: bytes
    etag: str  # of the identity body
    etag_gzip: str  # the gzip bytes are another representation, so another strong tag


def rendered(fingerprint_: tuple[Any, ...], body: bytes) -> RenderedFeed:
    digest = hashlib.sha256(body).hexdigest()[:40]
    # mtime=0: the same body always compresses to the same bytes
    return RenderedFeed(
        fingerprint_, body, gzip.compress(body, compresslevel=6, mtime=0), f'"{digest}"', f'"{digest}-gz"'
    )


@dataclass(frozen=True)
class FeedTags:
    """The two strong ETags of the render made for one fingerprint."""

    fingerprint: tuple[Any, ...]
    etag: str
    etag_gzip: str


class FeedCache:
    """LRU of rendered feeds keyed by (committee, subtree); per app, thread-safe.

    Beside the bodies it keeps the ETags of many more renders (``TAG_ENTRIES``): the ETag is
    the body's hash, and a render is a pure function of the fingerprint, so while the
    fingerprint holds, a client holding that tag is answered 304 without the body.
    """

    def __init__(self, max_entries: int = CACHE_ENTRIES, max_tags: int = TAG_ENTRIES):
        self.max_entries = max_entries
        self.max_tags = max_tags
        self._entries: OrderedDict[tuple[str, bool], RenderedFeed] = OrderedDict()
        self._tags: OrderedDict[tuple[str, bool], FeedTags] = OrderedDict()
        self._lock = threading.Lock()
        self.renders = 0  # how many times a feed was rendered (tests and the bench read it)

    def tags(self, key: tuple[str, bool], fingerprint_: tuple[Any, ...]) -> FeedTags | None:
        with self._lock:
            known = self._tags.get(key)
            if known is None or known.fingerprint != fingerprint_:
                return None
            self._tags.move_to_end(key)
            return known

    def get(self, key: tuple[str, bool], fingerprint_: tuple[Any, ...]) -> RenderedFeed | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.fingerprint != fingerprint_:
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: tuple[str, bool], entry: RenderedFeed) -> None:
        with self._lock:
            self.renders += 1
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
            self._tags[key] = FeedTags(entry.fingerprint, entry.etag, entry.etag_gzip)
            self._tags.move_to_end(key)
            while len(self._tags) > self.max_tags:
                self._tags.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._tags.clear()
