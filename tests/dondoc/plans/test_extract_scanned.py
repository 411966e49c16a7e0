"""Scanned PDFs: a plan with no text layer is read by OCR and extracts like its text.

The test makes its own scan: the pages of seed plan 001 (tests/fixtures/plans/seed001.pdf,
a text PDF) are rendered to images with poppler's pdftoppm and put back together as an
image-only PDF with Pillow, so that nothing but OCR can read it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

from dondoc.plans import extract_deadlines
from dondoc.plans.extract import extract_plan
from dondoc.plans.readers import read_document
from tests.support.extract import PLANS, example_tree
from tests.support.stores import IN_CI


@pytest.fixture(autouse=True)
def _ocr_tools() -> None:
    """Skip without the OCR tools on a developer's machine; under CI=true their absence fails."""
    if shutil.which("pdftoppm") is not None and shutil.which("tesseract") is not None:
        return
    reason = "needs poppler-utils, tesseract-ocr and tesseract-ocr-vie (.ci/run installs them)"
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def _scan(source: Path, target: Path, dpi: int, blur: float = 0.0) -> Path:
    """Render every page of ``source`` to an image and rebuild an image-only PDF."""
    folder = target.parent / f"{target.stem}-pages"
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "p")], check=True)
    pages = sorted(folder.glob("p-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    images = [Image.open(page).convert("RGB") for page in pages]
    if blur:
        images = [image.filter(ImageFilter.GaussianBlur(blur)) for image in images]
    images[0].save(target, save_all=True, append_images=images[1:], resolution=dpi)
    return target


@pytest.mark.slow
def test_scanned_seed_plan_extracts_the_same_dated_tasks_as_its_text(tmp_path: Path) -> None:
    scanned = _scan(PLANS / "seed001.pdf", tmp_path / "seed001-scan.pdf", dpi=150)
    assert not any((page.extract_text() or "").strip() for page in PdfReader(scanned).pages)  # image only
    tree = example_tree()
    document = read_document(scanned)
    assert document.format == "pdf-ocr"
    from_scan = extract_plan(document, extract_deadlines.scan, extract_deadlines.parse, tree=tree)
    from_text = extract_plan(
        read_document(PLANS / "seed001.pdf"), extract_deadlines.scan, extract_deadlines.parse, tree=tree
    )
    assert [(t.id, t.due) for t in from_scan.tasks] == [(t.id, t.due) for t in from_text.tasks]
    assert len(from_scan.tasks) >= 10
    assert (from_scan.head.issued, from_scan.head.issuer, from_scan.head.number) == (
        from_text.head.issued,
        from_text.head.issuer,
        from_text.head.number,
    )


def test_a_page_read_with_low_confidence_is_flagged_for_review(tmp_path: Path) -> None:
    """A blurred, low-resolution scan: each page Tesseract is unsure of gets a review entry."""
    first_page = tmp_path / "page1.pdf"
    reader = PdfReader(PLANS / "seed001.pdf")
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    with first_page.open("wb") as out:
        writer.write(out)
    scanned = _scan(first_page, tmp_path / "blurred.pdf", dpi=60, blur=1.2)
    document = read_document(scanned)
    assert document.warnings, "a blurred 60 dpi page must be reported"
    line, reason = document.warnings[0]
    assert document.line(line).page == 1
    assert "trang 1" in reason and "độ tin cậy thấp" in reason
    issued = dt.date(2023, 1, 9)
    draft = extract_plan(document, extract_deadlines.scan, extract_deadlines.parse, tree=example_tree(), issued=issued)
    assert any("độ tin cậy thấp" in item.reason for item in draft.review)
