"""Where refreshed Zalo OA tokens live.

A Zalo OA access token lives about 25 hours; its refresh token is single-use
(each refresh returns a new one, and the old one stops working). The contact
URL can only hold the tokens an operator pasted once, so the current pair
must be stored somewhere that outlives the process, or the second refresh
fails. ``TokenStore`` is the small protocol the Zalo channel needs;
``FileTokenStore`` keeps one JSON file per OA in a directory (mode 0600) and
serialises refreshes with a file lock, so two workers do not both spend the
same refresh token. The DB layer may provide another implementation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class ZaloTokens:
    """The current token pair of one OA.

    ``expires_at`` is a wall-clock epoch (seconds) or None when unknown.
    ``seed`` fingerprints the tokens written in the contact URL these were
    derived from: when an operator pastes new tokens into the URL, the seed
    changes and the URL's tokens win over the stored ones.
    """

    access_token: str
    refresh_token: str | None
    expires_at: float | None
    seed: str

    def __repr__(self) -> str:
        return f"ZaloTokens(access_token='****', refresh_token={'****' if self.refresh_token else None}, expires_at={self.expires_at})"


@runtime_checkable
class TokenStore(Protocol):
    def load(self, key: str) -> ZaloTokens | None:
        """The stored tokens for ``key`` (an OA identity, never a secret), or None."""
        ...

    def save(self, key: str, tokens: ZaloTokens) -> None:
        """Durably replace the tokens for ``key``."""
        ...

    def lock(self, key: str) -> contextlib.AbstractContextManager[None]:
        """Exclusive section for refreshing ``key`` (between threads and processes)."""
        ...


class MemoryTokenStore:
    """Tokens kept for the life of the process (tests, one-off sends)."""

    def __init__(self) -> None:
        self._tokens: dict[str, ZaloTokens] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def load(self, key: str) -> ZaloTokens | None:
        return self._tokens.get(key)

    def save(self, key: str, tokens: ZaloTokens) -> None:
        self._tokens[key] = tokens

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            yield


class FileTokenStore:
    """One ``<sha256(key)>.json`` file per OA under ``directory`` (created 0700, files 0600)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._thread_locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _path(self, key: str, suffix: str = ".json") -> Path:
        return self.directory / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + suffix)

    def load(self, key: str) -> ZaloTokens | None:
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None  # unreadable: fall back to the URL's tokens rather than failing the send
        try:
            return ZaloTokens(
                access_token=str(raw["access_token"]),
                refresh_token=raw.get("refresh_token"),
                expires_at=raw.get("expires_at"),
                seed=str(raw.get("seed", "")),
            )
        except (KeyError, TypeError):
            return None

    def save(self, key: str, tokens: ZaloTokens) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = json.dumps({"key": key, **asdict(tokens)}, indent=2).encode("utf-8")
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.directory)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self._path(key))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        import fcntl

        with self._guard:
            thread_lock = self._thread_locks.setdefault(key, threading.Lock())
        with thread_lock:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self._path(key, ".lock"), os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
