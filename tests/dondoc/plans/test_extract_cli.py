"""`dondoc plan extract` as a user runs it: the never-drop invariant on every plan,
the --json shape, the YAML a person reviews, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dondoc.plans import extract_deadlines
from dondoc.plans.extract import extract_plan
from dondoc.plans.readers import read_document
from dondoc.yaml_lines import load_yaml_with_lines
from tests.support.cli import Cli
from tests.support.extract import PLANS, example_tree, heldout_tree
from tests.support.paths import EXAMPLES, SEEDS, written

DOCUMENTS = {
    "001": (SEEDS / "001_628b840efccf91ab.txt", example_tree),
    "003": (SEEDS / "003_9b7f4beee9e99348.txt", example_tree),
    "004": (SEEDS / "004_49d8714bc7b8b01d.txt", example_tree),
    "001-pdf": (PLANS / "seed001.pdf", example_tree),
    "heldout": (PLANS / "heldout_huyen_uy_mo_duc.txt", heldout_tree),
    "heldout-docx": (PLANS / "heldout_huyen_uy_mo_duc.docx", heldout_tree),
}


@pytest.fixture
def run(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    home.mkdir()
    return Cli(home, None)


@pytest.mark.parametrize("name", list(DOCUMENTS))
@pytest.mark.parametrize("with_tree", [True, False], ids=["tree", "no-tree"])
def test_no_deadline_sentence_is_dropped_silently(name: str, with_tree: bool) -> None:
    """Every line on which calendar_rules finds a deadline expression is on a task or in review."""
    path, make_tree = DOCUMENTS[name]
    document = read_document(path)
    draft = extract_plan(
        document, extract_deadlines.scan, extract_deadlines.parse, tree=make_tree() if with_tree else None
    )
    accounted = {line for task in draft.tasks for line in task.deadline_lines}
    accounted |= {line for item in draft.review for line in item.lines}
    dropped = []
    for line in document.lines:
        if line.noise or not line.text:
            continue
        found = extract_deadlines.scan(line.text, draft.head.issued)
        if found and line.number not in accounted:
            dropped.append(f"{line.number}: {line.text!r} → {[d.phrase for d in found]}")
    assert not dropped, "deadline lines neither on a task nor in review:\n" + "\n".join(dropped)
    assert draft.tasks, "a plan of this family always has dated tasks"


def test_json_output_has_the_documented_shape(run: Cli) -> None:
    result = run(
        "plan", "extract", str(SEEDS / "001_628b840efccf91ab.txt"), "--tree", str(EXAMPLES / "org_tree.yaml"), "--json"
    )
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"plan", "tasks", "review"}
    assert data["plan"] == {
        "number": "91-KH/TU",
        "title": "Kế hoạch thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023",
        "issuer": "thi-uy-duc-pho",
        "issued": "2023-01-09",
    }
    assert data["tasks"]
    for task in data["tasks"]:
        assert set(task) == {"id", "title", "kind", "canonical", "due", "assignees", "report_to", "line"}
        assert task["kind"] in ("fixed", "recurring", "range", "relative", "continuous", "adhoc", "unparsed")
        assert task["due"] is None or len(task["due"]) == 10
        assert isinstance(task["assignees"], list) and isinstance(task["line"], int)
    for item in data["review"]:
        assert set(item) == {"line", "text", "reason"} and isinstance(item["line"], int)
    first = next(t for t in data["tasks"] if t["id"] == "III.1")
    assert first["due"] == "2023-01-29" and first["report_to"] == "thi-uy-duc-pho" and first["line"] == 652
    assert "Tìm thấy" in result.stderr  # progress and counts go to stderr, not into the output


def test_yaml_output_is_readable_and_follows_the_plan_format(run: Cli, tmp_path: Path) -> None:
    result = run("plan", "extract", str(SEEDS / "001_628b840efccf91ab.txt"), "--tree", str(EXAMPLES / "org_tree.yaml"))
    assert result.code == 0, result.stderr
    text = result.stdout
    assert "Ban Tuyên giáo" not in text or "\\u" not in text  # Vietnamese is written as is
    assert "tư tưởng" in text and "# II.1.2.a-1 — dòng 112" in text
    document = load_yaml_with_lines(text)
    assert list(document) == ["plan", "defaults", "tasks", "review"]
    assert document["plan"]["id"] == "91-kh-tu-duc-pho-2023"
    assert str(document["plan"]["issued"]) == "2023-01-09"
    assert document["defaults"] == {"report_to": "thi-uy-duc-pho", "via": "btg-thi-uy-duc-pho", "policy": "default"}
    task = next(t for t in document["tasks"] if t["id"] == "II.1.2.b-2")
    assert task["deadline"] == "trước ngày 30/4/2023" and task["line"] == 136
    assert task["assignees"] == [{"children_of": "thi-uy-duc-pho", "kind": ["dang_uy_co_so", "chi_bo_co_so", "chi_bo"]}]
    assert "30/4/2023" in task["evidence"] and task["rule"]
    ids = [t["id"] for t in document["tasks"]]
    assert len(ids) == len(set(ids))
    assert all({"line", "text", "reason"} <= set(r) for r in document["review"])
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")


def test_missing_issue_date_asks_for_it_and_issued_option_overrides(run: Cli, tmp_path: Path) -> None:
    bare = written(
        tmp_path / "bare.txt",
        "KẾ HOẠCH\nHọc tập năm 2022\n-----\nI. NỘI DUNG\n1. Tổ chức học tập\n- Thời gian: Quý III/2022.\n",
    )
    result = run("plan", "extract", str(bare))
    assert result.code == 2 and "--issued" in result.stderr
    result = run("plan", "extract", str(bare), "--issued", "2022-01-10", "--issuer", "dang-uy-so-khdt", "--json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["plan"]["issued"] == "2022-01-10" and data["plan"]["issuer"] == "dang-uy-so-khdt"
    assert [(t["id"], t["due"]) for t in data["tasks"]] == [("I.1", "2022-09-30")]


def test_unreadable_input_is_one_clear_line(run: Cli, tmp_path: Path) -> None:
    result = run("plan", "extract", str(tmp_path / "missing.pdf"))
    assert result.code == 2
    assert result.stderr.strip().startswith("Lỗi:") and "không tìm thấy" in result.stderr
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    result = run("plan", "extract", str(old))
    assert result.code == 2 and ".docx" in result.stderr


@pytest.mark.parametrize("content", [b"not a Word file", b"%PDF-1.4 renamed"], ids=["text", "pdf"])
def test_docx_that_is_not_one_is_one_vietnamese_line_exit_2(run: Cli, tmp_path: Path, content: bytes) -> None:
    fake = tmp_path / "kehoach.docx"
    fake.write_bytes(content)
    result = run("plan", "extract", str(fake))
    assert result.code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "không phải tệp Word .docx" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_help_is_in_vietnamese(run: Cli) -> None:
    result = run("plan", "extract", "--help")
    assert result.code == 0
    assert "Đọc văn bản kế hoạch" in result.stdout and "--tree" in result.stdout and "--json" in result.stdout
