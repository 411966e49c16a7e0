"""Evidence files sent with a submission: PDF or DOCX, size-limited, stored by SHA-256.

The file lands under ``DONDOC_HOME/evidence/<first two hex>/<sha256><ext>``, so
the same file sent twice is stored once; its row names the submission and the
history gets an ``evidence`` event carrying the hash, which an auditor can
recompute from the stored file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session

from dondoc.db.models import Evidence, Submission
from dondoc.errors import FieldError
from dondoc.history import append_events
from dondoc.history.events import occurrence_event
from dondoc.occurrence.lookup import OccurrenceView

MAX_BYTES = 10 * 1024 * 1024
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_KINDS = {".pdf": ("application/pdf", b"%PDF-"), ".docx": (_DOCX, b"PK\x03\x04")}


def read_upload(filename: str, stream: BinaryIO) -> tuple[str, str, bytes]:
    """Name, media type and content of an upload; anything but a real PDF/DOCX under the limit is refused."""
    name = Path(filename or "").name.strip()
    suffix = Path(name).suffix.lower()
    if suffix not in _KINDS:
        raise FieldError("evidence", "tệp minh chứng phải là PDF hoặc DOCX")
    content = stream.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise FieldError("evidence", f"tệp minh chứng quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB)")
    media_type, magic = _KINDS[suffix]
    if not content.startswith(magic):
        raise FieldError("evidence", f"nội dung tệp '{name}' không phải {suffix[1:].upper()}")
    return name, media_type, content


def store_evidence(
    session: Session,
    home: Path,
    view: OccurrenceView,
    submission: Submission,
    upload: tuple[str, str, bytes],
    *,
    actor: str,
    at: dt.datetime,
) -> Evidence:
    name, media_type, content = upload
    digest = hashlib.sha256(content).hexdigest()
    target = evidence_path(home, digest, Path(name).suffix.lower())
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".part")
        partial.write_bytes(content)
        partial.replace(target)
    assert submission.id is not None
    row = Evidence(
        submission_id=submission.id,
        filename=name,
        media_type=media_type,
        size=len(content),
        sha256=digest,
        stored_at=at,
    )
    session.add(row)
    session.flush()
    append_events(
        session,
        [
            occurrence_event(
                view,
                "evidence",
                at=at,
                actor=actor,
                outcome=f"đính kèm minh chứng {name} ({len(content):,} byte)".replace(",", "."),
                details={"submission_id": submission.id, "filename": name, "sha256": digest, "size": len(content)},
            )
        ],
    )
    return row


def evidence_path(home: Path, digest: str, suffix: str) -> Path:
    return home / "evidence" / digest[:2] / f"{digest}{suffix}"
