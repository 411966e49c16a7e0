"""Plan documents → numbered lines, one reader per format (.txt, .pdf, .docx).

Everything after this module works on ``SourceLine`` objects, so evidence and
review entries can always point at a line of the document as the person sees it
in its text form: for a .txt that is the file's own line; for a .pdf, the line of
the text extracted page after page; for a .docx, one line per paragraph (or per
table row, cells joined with " | "), in document order.

Page furniture of PDFs (page numbers, a running header repeated on most pages)
is kept with its number but marked ``noise`` so that it does not split a sentence
that runs across a page break.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dondoc.errors import DondocError
from dondoc.text import repair, squash

if TYPE_CHECKING:
    from docx.table import Table

SUPPORTED = (".txt", ".pdf", ".docx")


class UnreadableDocument(DondocError):
    """The document cannot be read (missing, wrong format, damaged, scanned image)."""

    exit_code = 2


@dataclass(frozen=True)
class SourceLine:
    """One line of the document: its number (1-based), text as read, repaired text."""

    number: int
    raw: str
    text: str
    page: int | None = None
    noise: bool = False


@dataclass
class SourceDocument:
    path: str
    format: str
    lines: list[SourceLine] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, why a person should check it)

    def line(self, number: int) -> SourceLine:
        return self.lines[number - 1]


def read_document(path: Path) -> SourceDocument:
    """Read a plan document by its extension; raise UnreadableDocument with the reason."""
    if not path.exists():
        raise UnreadableDocument(f"không tìm thấy tệp {path}")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return SourceDocument(str(path), "txt", _number(_read_text(path)))
    if suffix == ".pdf":
        return _read_pdf(path)
    if suffix == ".docx":
        return SourceDocument(str(path), "docx", _number(_read_docx(path)))
    if suffix == ".doc":
        raise UnreadableDocument(f"{path}: tệp .doc (Word 97-2003) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .pdf")
    raise UnreadableDocument(
        f"{path}: định dạng '{suffix or '(không có phần mở rộng)'}' chưa được hỗ trợ (chỉ đọc {', '.join(SUPPORTED)})"
    )


def lines_from_text(text: str, path: str = "<text>") -> SourceDocument:
    """A document from text already in memory (tests, stdin)."""
    return SourceDocument(path, "txt", _number(text.splitlines()))


def _number(raw_lines: list[str], pages: list[int | None] | None = None) -> list[SourceLine]:
    result = []
    for index, raw in enumerate(raw_lines):
        page = pages[index] if pages else None
        result.append(SourceLine(number=index + 1, raw=raw, text=squash(repair(raw)), page=page))
    return result


def _read_text(path: Path) -> list[str]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnreadableDocument(f"{path}: tệp văn bản không phải UTF-8")
    return text.splitlines()


_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?\s*$", re.IGNORECASE)


def _read_pdf(path: Path) -> SourceDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise UnreadableDocument(f"{path}: không đọc được tệp PDF ({exc})") from None
    if not any(text.strip() for text in pages):
        return read_scanned_pdf(path)
    return SourceDocument(str(path), "pdf", _pdf_lines([page.splitlines() for page in pages]))


def _pdf_lines(pages: list[list[str]]) -> list[SourceLine]:
    raw_lines: list[str] = []
    page_of: list[int | None] = []
    for number, text in enumerate(pages, start=1):
        for raw in text:
            raw_lines.append(raw)
            page_of.append(number)
    lines = _number(raw_lines, page_of)
    return _mark_page_furniture(lines, len(pages))


def read_scanned_pdf(path: Path) -> SourceDocument:
    """A PDF without a text layer, read by OCR (readers_ocr); a page read with low
    confidence gets a warning on its first line, for the review list."""
    from dondoc.plans.readers_ocr import LOW_CONFIDENCE, ocr_pages

    pages = ocr_pages(path)
    lines = _pdf_lines([page.lines for page in pages])
    document = SourceDocument(str(path), "pdf-ocr", lines)
    for page in pages:
        first = next((line.number for line in lines if line.page == page.number), 1)
        if page.confidence < LOW_CONFIDENCE:
            document.warnings.append(
                (
                    first,
                    f"trang {page.number} của bản quét được nhận dạng chữ (OCR) với độ tin cậy thấp "
                    f"({page.confidence:.0f}%); đối chiếu với bản giấy",
                )
            )
    return document


def _mark_page_furniture(lines: list[SourceLine], page_count: int) -> list[SourceLine]:
    """Page numbers, and a short line repeated at the top or bottom of most pages."""
    edges: Counter[str] = Counter()
    by_page: dict[int | None, list[SourceLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    for page_lines in by_page.values():
        content = [line for line in page_lines if line.text]
        for line in {*content[:2], *content[-2:]}:
            edges[line.text] += 1
    repeated = {
        text for text, count in edges.items() if page_count >= 3 and count >= max(3, page_count // 2) and len(text) < 80
    }
    marked = []
    for line in lines:
        noise = bool(_PAGE_NUMBER.match(line.text)) or line.text in repeated
        marked.append(SourceLine(line.number, line.raw, line.text, line.page, noise=noise))
    return marked


def _read_docx(path: Path) -> list[str]:
    """Paragraphs and table rows in body order; Word list items get a "- " marker."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(path):
        raise UnreadableDocument(
            f"{path}: không phải tệp Word .docx (nội dung không phải gói .docx); hãy mở và lưu lại thành .docx"
        )
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(f"{path}: không đọc được tệp Word ({exc})") from None
    out: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text
            numbered = child.pPr is not None and child.pPr.numPr is not None
            parts = text.split("\n") if text else [""]
            if numbered and parts[0].strip():
                # Automatic Word numbering is not part of the text; keep the item visible as an item.
                parts[0] = "- " + parts[0]
            out.extend(parts)
        elif tag == "tbl":
            out.extend(_table_rows(Table(child, document)))
    return out


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a merged cell repeats
                continue
            previous = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows
