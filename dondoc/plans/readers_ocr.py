"""Scanned PDFs: pages rendered by poppler's ``pdftoppm`` and read by Tesseract (Vietnamese).

Many plans arrive as scans with no text layer. Each page is rendered to an image and
read with ``pytesseract`` (Debian's tesseract-ocr and tesseract-ocr-vie; ``.ci/run``
installs them). Tesseract gives every word a confidence; a page's confidence is the
mean over its words, and a page under ``LOW_CONFIDENCE`` is reported to the person
(readers.read_scanned_pdf), because a misread digit is a wrong deadline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytesseract
from PIL import Image

from dondoc.errors import DondocError

LANGUAGE = "vie"
RESOLUTION = 200  # dpi: enough for body text of an A4 scan, fast enough for a few pages
LOW_CONFIDENCE = 80.0


class OcrUnavailable(DondocError):
    """The OCR tools are not installed."""

    exit_code = 2


@dataclass(frozen=True)
class OcrPage:
    number: int
    lines: list[str]
    confidence: float  # mean word confidence, 0-100


def ocr_pages(path: Path) -> list[OcrPage]:
    """Every page of ``path`` read by OCR, in order."""
    _require_tools()
    with tempfile.TemporaryDirectory(prefix="dondoc-ocr-") as folder:
        prefix = Path(folder) / "page"
        done = subprocess.run(
            ["pdftoppm", "-r", str(RESOLUTION), "-gray", "-png", str(path), str(prefix)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise OcrUnavailable(f"{path}: không chuyển được trang PDF thành ảnh ({done.stderr.strip()[:200]})")
        images = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [_read_page(number, image) for number, image in enumerate(images, start=1)]


def _require_tools() -> None:
    missing = [tool for tool in ("pdftoppm", "tesseract") if shutil.which(tool) is None]
    if missing:
        raise OcrUnavailable(
            f"PDF không có lớp chữ (bản quét) và thiếu công cụ nhận dạng chữ: {', '.join(missing)}; "
            "hãy cài poppler-utils, tesseract-ocr và tesseract-ocr-vie (xem README)"
        )
    # Tesseract's own threads only contend with each other on a small machine; one per page is faster.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if LANGUAGE not in pytesseract.get_languages(config=""):
        raise OcrUnavailable("Tesseract chưa có dữ liệu tiếng Việt; hãy cài gói tesseract-ocr-vie (xem README)")


def _read_page(number: int, image_path: Path) -> OcrPage:
    """Words grouped back into Tesseract's lines; an empty line between its paragraphs."""
    with Image.open(image_path) as image:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, output_type=pytesseract.Output.DICT)
    lines: list[str] = []
    confidences: list[float] = []
    current: tuple[int, int, int] | None = None
    paragraph: tuple[int, int] | None = None
    words: list[str] = []
    for index, word in enumerate(data["text"]):
        if not word.strip():
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        if key != current:
            if words:
                lines.append(" ".join(words))
            if paragraph is not None and key[:2] != paragraph:
                lines.append("")
            words, current, paragraph = [], key, key[:2]
        words.append(word)
        confidence = float(data["conf"][index])
        if confidence >= 0:
            confidences.append(confidence)
    if words:
        lines.append(" ".join(words))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage(number, lines, mean)
