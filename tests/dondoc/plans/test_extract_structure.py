"""Reading plan documents and recognising their outline and the bodies they name.

These parts do not depend on the deadline parser: they are checked on the real
seed plans, the held-out plan and its .docx/.pdf renderings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dondoc.org.registry import load_org_file
from dondoc.plans.extract_bodies import BodyResolver
from dondoc.plans.readers import UnreadableDocument, lines_from_text, read_document
from dondoc.plans.structure import build_outline, roles_of, split_paragraphs
from dondoc.text import fold
from tests.support.paths import EXAMPLES, SEEDS

PLANS = Path(__file__).resolve().parents[2] / "fixtures" / "plans"
SEED_001 = SEEDS / "001_628b840efccf91ab.txt"
SEED_003 = SEEDS / "003_9b7f4beee9e99348.txt"
SEED_004 = SEEDS / "004_49d8714bc7b8b01d.txt"


def _ids(path: Path) -> dict[str, int]:
    outline = build_outline(read_document(path))
    return {node.id: node.line for node in outline.root.walk() if node.kind != "root"}


def test_seed_001_outline_has_the_printed_numbering_with_its_lines() -> None:
    ids = _ids(SEED_001)
    assert ids["I"] == 35 and ids["II"] == 90 and ids["III"] == 643
    assert ids["II.1.2"] == 104
    assert ids["II.1.2.a"] == 106 and ids["II.1.2.b"] == 126 and ids["II.1.2.c"] == 140
    assert ids["II.1.2.a-3"] == 122  # third "-" item under "a. Ban Tuyên giáo Thị ủy"
    assert ids["II.2.4"] == 307 and ids["II.8.2-2"] == 635 and ids["III.1"] == 645
    # "+" items nest under the "-" item before them in this document
    assert ids["II.2.1-1-1"] == 163 and ids["II.2.1-1-4"] == 199


def test_bullet_nesting_follows_the_order_symbols_appear_in_a_section() -> None:
    # seed 003 puts "-" under "+": the "- Thời gian" of "+ Đối với tập thể" is its child
    ids = _ids(SEED_003)
    assert ids["II.1.2-1"] == 163 and ids["II.1.2-1-2"] == 175
    assert ids["II.1.2-2"] == 177 and ids["II.1.2-2-1"] == 187
    assert ids["III.1.nam-2023"] == 743  # label lines ("Năm 2023:") hold the items under them


def test_header_roles_are_read_from_the_heading_words() -> None:
    assert roles_of("Phương thức, thời gian thực hiện")[0] == {"method", "time"}
    assert roles_of("Phân công, thời gian thực hiện")[0] == {"actors", "time"}
    assert roles_of("Thời gian thực hiện: Hằng quý.") == (frozenset({"time"}), "Thời gian thực hiện")
    assert roles_of("Nội dung tổ chức thực hiện")[0] == {"content"}
    assert roles_of("Xây dựng kế hoạch tổ chức thực hiện")[0] == frozenset()  # a topic, not a header
    outline = build_outline(read_document(SEED_004))
    tien_do = [n for n in outline.root.walk() if "time" in n.roles]
    assert [n.id for n in tien_do] == ["II.1.2", "II.2.2", "II.3.2", "II.4.2", "II.5.2", "II.6.2", "II.7.2"]


def test_broken_pdf_lines_join_into_paragraphs_that_keep_their_line_numbers() -> None:
    paragraphs = split_paragraphs(read_document(SEED_001).lines)
    by_line = {p.first_line: p for p in paragraphs}
    sentence = by_line[132]
    assert "Thời gian hoàn thành trước ngày 30/4/2023." in sentence.text
    assert sentence.line_at(sentence.text.index("30/4/2023")) == 138
    # "- chuyên đề năm 2023 ..." at line 45 continues a sentence: it is not an item
    assert all(p.first_line != 45 for p in paragraphs)
    # damaged letters are repaired for reading: "tƣ tƣởng" → "tư tưởng"
    assert "tư tưởng" in by_line[147].text and "ƣ" not in by_line[147].text


def test_trailer_and_preamble_are_not_part_of_the_outline() -> None:
    outline = build_outline(read_document(SEED_001))
    assert outline.trailer[0].number == 660
    assert all(node.line < 660 for node in outline.root.walk() if node.kind != "root")
    assert outline.preamble[0].first_line == 2


def test_docx_reader_keeps_paragraph_lines_and_flattens_tables() -> None:
    docx_doc = read_document(PLANS / "seed001.docx")
    txt_doc = read_document(SEED_001)
    assert docx_doc.format == "docx"
    assert [line.text for line in docx_doc.lines if line.text] == [line.text for line in txt_doc.lines if line.text]
    table = read_document(PLANS / "heldout_huyen_uy_mo_duc.docx")
    rows = [line.text for line in table.lines if " | " in line.text]
    assert rows == [
        "STT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành",
        "1 | Tập huấn nghiệp vụ đánh giá cho cấp ủy cơ sở | Ban Tổ chức Huyện ủy | Quý II/2024",
        "2 | Kiểm tra việc đánh giá tại một số đảng bộ | Ủy ban Kiểm tra Huyện ủy | Quý IV/2024",
    ]
    outline = build_outline(table)
    rows_nodes = [n.id for n in outline.root.walk() if n.kind == "row"]
    assert rows_nodes == ["II.5/r1", "II.5/1", "II.5/2"]


def test_pdf_reader_extracts_vietnamese_text_and_marks_page_numbers() -> None:
    document = read_document(PLANS / "seed001.pdf")
    assert document.format == "pdf"
    texts = [line.text for line in document.lines]
    assert "Số 91-KH/TU" in texts
    assert any("Thời gian thực hiện Quý I/2023." in text for text in texts)
    noise = [line for line in document.lines if line.noise]
    assert noise and all(line.text.isdigit() for line in noise)
    assert {line.page for line in noise} == set(range(1, len(noise) + 1))


def test_unreadable_documents_are_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="không tìm thấy"):
        read_document(tmp_path / "missing.pdf")
    odd = tmp_path / "plan.odt"
    odd.write_bytes(b"x")
    with pytest.raises(UnreadableDocument, match="chưa được hỗ trợ"):
        read_document(odd)
    broken = tmp_path / "plan.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(UnreadableDocument, match="PDF"):
        read_document(broken)


@pytest.fixture(scope="module")
def tree():  # type: ignore[no-untyped-def]
    return load_org_file(EXAMPLES / "org_tree.yaml")


def test_named_bodies_resolve_against_the_tree_despite_case_and_damage(tree) -> None:  # type: ignore[no-untyped-def]
    resolver = BodyResolver(tree, "thi-uy-duc-pho", "Thị ủy Đức Phổ")
    found = resolver.find("báo cáo BAN TUYÊN GIÁO TỈNH ỦY và Ban Thƣờng vụ Thị ủy (qua Ban Tuyên giáo Thị ủy)")
    assert [b.assignee for b in found] == ["btg-tinh-uy-quang-ngai", "thi-uy-duc-pho", "btg-thi-uy-duc-pho"]
    subjects = resolver.subjects("Cơ quan Tổ chức - Nội vụ thị xã tiếp nhận, theo dõi")
    assert [b.assignee for b in subjects] == ["co-quan-to-chuc-noi-vu-duc-pho"]


def test_group_phrases_become_selectors_relative_to_the_issuer(tree) -> None:  # type: ignore[no-untyped-def]
    resolver = BodyResolver(tree, "thi-uy-duc-pho", "Thị ủy Đức Phổ")
    subjects = resolver.subjects(
        "Các đảng ủy, chi bộ trực thuộc Thị ủy; Mặt trận Tổ quốc - các tổ chức chính trị - xã hội thị xã: Xây dựng kế hoạch"
    )
    assert [b.assignee for b in subjects] == [
        {"children_of": "thi-uy-duc-pho", "kind": ["dang_uy_co_so", "chi_bo_co_so", "chi_bo"]},
        {"children_of": "thi-uy-duc-pho", "kind": ["mat_tran", "doan_the"]},
    ]
    khoi = BodyResolver(tree, "dang-uy-khoi-cq-tinh", "Đảng ủy Khối các cơ quan tỉnh")
    assert khoi.subjects("Cấp ủy, ủy ban kiểm tra các cấp hoàn thành")[0].assignee == {
        "under": "dang-uy-khoi-cq-tinh",
        "kind": ["dang_uy_co_so", "chi_bo_co_so", "chi_bo"],
    }
    assert khoi.subjects("Cấp ủy cơ sở lãnh đạo")[0].assignee == {
        "children_of": "dang-uy-khoi-cq-tinh",
        "kind": ["dang_uy_co_so", "chi_bo_co_so"],
    }


def test_people_and_vague_groups_are_flagged_not_guessed(tree) -> None:  # type: ignore[no-untyped-def]
    resolver = BodyResolver(tree, "thi-uy-duc-pho", "Thị ủy Đức Phổ")
    vague = resolver.subjects("Các cơ quan, đơn vị, địa phương báo cáo việc xây dựng")
    assert vague[0].assignee is None and vague[0].vague and "chưa rõ" in (vague[0].note or "")
    people = resolver.subjects("Đảng viên, cán bộ, công chức, viên chức viết cam kết")
    assert people[0].assignee is None and people[0].people


def test_without_a_tree_boards_become_board_selectors_and_names_are_flagged() -> None:
    resolver = BodyResolver(None, "thi-uy-duc-pho", "Thị ủy Đức Phổ")
    body = resolver.subjects("Ban Tuyên giáo Thị ủy tham mưu cho Ban Thường vụ Thị ủy")[0]
    assert body.text == "Ban Tuyên giáo Thị ủy"
    assert body.assignee == {"board_of": "thi-uy-duc-pho", "name": "Ban Tuyên giáo"}
    assert "--tree" in (body.note or "")
    unknown = resolver.subjects("Trung tâm Truyền thông - Văn hóa - Thể thao thị xã tăng cường")[0]
    assert unknown.assignee is None and "--tree" in (unknown.note or "")


def test_fold_ignores_case_diacritics_and_pdf_substitutions() -> None:
    assert fold("Ban Tuyên giáo  THỊ ỦY,") == fold("ban tuyen giao thi uy") == "ban tuyen giao thi uy"
    assert fold("tƣ tƣởng") == fold("tư tưởng")


def test_lines_from_text_numbers_lines_from_one() -> None:
    document = lines_from_text("a\n\nb")
    assert [(line.number, line.text) for line in document.lines] == [(1, "a"), (2, ""), (3, "b")]
