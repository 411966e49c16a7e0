"""``folder://name``: each message becomes one JSON file under ``{folder_dir}/{name}/``.

(``outbox://name`` is the older spelling of the same channel and still works:
"outbox" now means only the database queue.)

It is the embedded default and the demo channel: nothing leaves the machine,
and a person (or a test) can read exactly what would have been sent.

The file name is derived from the idempotency key, so writing the same key
twice leaves one file: the content goes to a temporary file in the same
directory, is fsync'ed, then hard-linked to its final name. ``link`` fails if
the name exists (unlike ``rename``, which would silently replace it), which
makes "first writer wins" atomic even between processes, and a reader never
sees a half-written file.

Durability is per batch: the new names are made durable by one fsync of
each folder written to, in ``flush``, which the sender calls once per batch
before recording any of its messages as sent. The content itself is still
fsync'ed file by file: syncing the directory records the name, and on file
systems that allocate lazily (ext4, XFS) it does not write a new file's data.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from notifications.channels.base import Channel, DeliveryReceipt
from notifications.errors import PermanentDeliveryError, TransientDeliveryError
from notifications.message import OutgoingMessage

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


SCHEMES = ("folder", "outbox")
"""``folder://`` and its older spelling ``outbox://``."""


def folder_name(url: str) -> str:
    """The folder name of ``folder://name`` (lowercase letters, digits, ``.``, ``_``, ``-``)."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in SCHEMES:
        raise PermanentDeliveryError("not a folder:// URL")
    name = url.split("://", 1)[1].split("?", 1)[0].strip("/")
    if not _NAME.match(name) or name in {".", ".."} or ".." in name:
        raise PermanentDeliveryError("folder name must be lowercase letters, digits, '.', '_' or '-'")
    return name


def redact_folder(url: str) -> str:
    """``folder://name`` holds no secret: it is shown as it is (an unusable one is not echoed)."""
    scheme = url.split("://", 1)[0].lower()
    try:
        return f"{scheme}://{folder_name(url)}"
    except PermanentDeliveryError:
        return f"{scheme}://<invalid>"


def file_name_for(key: str) -> str:
    """A readable, collision-free file name for an idempotency key.

    The readable prefix helps a person browsing the folder; the hash suffix
    keeps two keys that slugify alike apart and bounds the length.
    """
    slug = _UNSAFE.sub("_", key).strip("._")[:80] or "message"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{slug}-{digest}.json"


class FolderChannel(Channel):
    kind = "folder"
    schemes = SCHEMES

    def __init__(self, folder_dir: str | Path, sync_directory: Callable[[Path], None] | None = None) -> None:
        self.root = Path(folder_dir)
        self._sync_directory = sync_directory or fsync_directory
        self._unsynced: set[Path] = set()
        self.directory_syncs = 0
        """How many directory syncs ``flush`` asked for (one per folder written to per batch)."""

    def path_for(self, message: OutgoingMessage) -> Path:
        return self.root / folder_name(message.url) / file_name_for(message.key)

    def send(self, message: OutgoingMessage) -> DeliveryReceipt:
        self.check_scheme(message)
        try:
            name = folder_name(message.url)
        except PermanentDeliveryError as error:
            raise error.with_key(message.key) from None
        target = self.path_for(message)

        def receipt(duplicate: bool) -> DeliveryReceipt:
            return DeliveryReceipt(
                key=message.key,
                channel=self.kind,
                target=f"{message.scheme}://{name}",
                provider_answer="already in folder" if duplicate else "written to folder",
                provider_id=f"{name}/{target.name}",
                duplicate=duplicate,
            )

        if target.exists():
            self._unsynced.add(target.parent)  # an earlier writer may not have synced it yet
            return receipt(True)
        payload = {
            "key": message.key,
            "message_id": message.message_id,
            "to": f"{message.scheme}://{name}",
            "subject": message.subject,
            "text": message.text,
            "html": message.html,
            "short_text": message.short_text,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        try:
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True, exist_ok=True)
                self._unsynced.add(self.root)  # the new folder's own name
            created = _write_once(target, data)
        except OSError as exc:
            raise TransientDeliveryError(f"folder write failed: {_reason(exc)}", key=message.key) from None
        self._unsynced.add(target.parent)
        return receipt(not created)

    def flush(self) -> None:
        """Sync each folder written to since the last flush, once; raise if one cannot be synced.

        The folders not synced stay pending for the next flush (the batch's
        messages are sent again and find their files already there).
        """
        for directory in sorted(self._unsynced):
            self.directory_syncs += 1
            try:
                self._sync_directory(directory)
            except OSError as exc:
                raise TransientDeliveryError(f"folder sync failed: {_reason(exc)}") from None
            self._unsynced.discard(directory)


def _reason(exc: OSError) -> str:
    return f"{type(exc).__name__}: {exc.strerror or exc}"


def _write_once(target: Path, data: bytes) -> bool:
    """Atomically create ``target`` with ``data``; False if it already existed."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        return True
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def fsync_directory(directory: Path) -> None:
    """Make the directory's entries durable (POSIX); raises ``OSError`` when that fails.

    A file system that cannot sync a directory at all (``EINVAL``) offers no
    more than the write itself, and is accepted as it is.
    """
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:
            raise
    finally:
        os.close(fd)
