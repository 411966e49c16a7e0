"""``outbox://name``: each message becomes one JSON file under ``{outbox_dir}/{name}/``.

It is the embedded default and the demo channel: nothing leaves the machine,
and a person (or a test) can read exactly what would have been sent.

The file name is derived from the idempotency key, so writing the same key
twice leaves one file: the content goes to a temporary file in the same
directory, is fsync'ed, then hard-linked to its final name. ``link`` fails if
the name exists (unlike ``rename``, which would silently replace it), which
makes "first writer wins" atomic even between processes, and a reader never
sees a half-written file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from notifications.channels.base import Channel, DeliveryReceipt
from notifications.errors import PermanentDeliveryError, TransientDeliveryError
from notifications.message import OutgoingMessage

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def outbox_name(url: str) -> str:
    """The mailbox name of ``outbox://name`` (lowercase letters, digits, ``.``, ``_``, ``-``)."""
    if not url.lower().startswith("outbox://"):
        raise PermanentDeliveryError("not an outbox:// URL")
    name = url.split("://", 1)[1].split("?", 1)[0].strip("/")
    if not _NAME.match(name) or name in {".", ".."} or ".." in name:
        raise PermanentDeliveryError("outbox name must be lowercase letters, digits, '.', '_' or '-'")
    return name


def file_name_for(key: str) -> str:
    """A readable, collision-free file name for an idempotency key.

    The readable prefix helps a person browsing the folder; the hash suffix
    keeps two keys that slugify alike apart and bounds the length.
    """
    slug = _UNSAFE.sub("_", key).strip("._")[:80] or "message"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{slug}-{digest}.json"


class OutboxChannel(Channel):
    kind = "outbox"
    schemes = ("outbox",)

    def __init__(self, outbox_dir: str | Path) -> None:
        self.root = Path(outbox_dir)

    def path_for(self, message: OutgoingMessage) -> Path:
        return self.root / outbox_name(message.url) / file_name_for(message.key)

    def send(self, message: OutgoingMessage) -> DeliveryReceipt:
        self.check_scheme(message)
        try:
            name = outbox_name(message.url)
        except PermanentDeliveryError as error:
            raise error.with_key(message.key)
        target = self.path_for(message)

        def receipt(duplicate: bool) -> DeliveryReceipt:
            return DeliveryReceipt(
                key=message.key,
                channel=self.kind,
                target=f"outbox://{name}",
                provider_answer="already in outbox" if duplicate else "written to outbox",
                provider_id=f"{name}/{target.name}",
                duplicate=duplicate,
            )

        if target.exists():
            return receipt(True)
        payload = {
            "key": message.key,
            "message_id": message.message_id,
            "to": f"outbox://{name}",
            "subject": message.subject,
            "text": message.text,
            "html": message.html,
            "short_text": message.short_text,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            created = _write_once(target, data)
        except OSError as exc:
            raise TransientDeliveryError(
                f"outbox write failed: {type(exc).__name__}: {exc.strerror or exc}", key=message.key
            ) from None
        return receipt(not created)


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
        _fsync_dir(target.parent)
        return True
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def _fsync_dir(directory: Path) -> None:
    """Make the new directory entry durable (POSIX); a no-op where unsupported."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
