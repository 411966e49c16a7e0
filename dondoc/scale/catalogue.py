"""The task catalogue of the synthetic plans: the rule kinds real plans use, in a fixed mix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TaskTemplate:
    """A task of the catalogue; ``rule`` may contain ``{year}``."""

    code: str
    title: str
    phrase: str
    rule: str


CATALOGUE: tuple[TaskTemplate, ...] = (
    # I. hằng tháng
    TaskTemplate(
        "I.1", "Báo cáo tình hình tư tưởng của cán bộ, đảng viên và dư luận xã hội", "hằng tháng", "every month at end"
    ),
    TaskTemplate(
        "I.2", "Báo cáo kết quả thu, nộp đảng phí", "trước ngày 10 tháng sau", "every month at end offset +10d"
    ),
    # II. hằng quý
    TaskTemplate("II.1", "Báo cáo kết quả sinh hoạt chuyên đề", "hằng quý", "every quarter at end"),
    TaskTemplate("II.2", "Báo cáo công tác phát triển đảng viên", "hằng quý", "every quarter at end"),
    TaskTemplate(
        "II.3",
        "Báo cáo tiến độ thực hiện nghị quyết của cấp ủy",
        "trước ngày 25 tháng cuối quý",
        "every quarter at end offset -5d",
    ),
    TaskTemplate(
        "II.4", "Báo cáo kết quả công tác dân vận", "15 ngày sau khi kết thúc quý", "every quarter at end offset +15d"
    ),
    TaskTemplate(
        "II.5",
        "Báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "hằng quý",
        "every quarter at end",
    ),
    TaskTemplate(
        "II.6", "Báo cáo công tác quản lý đảng viên", "cuối tháng thứ hai của quý", "every quarter at month:2"
    ),
    TaskTemplate(
        "II.7",
        "Báo cáo thực hiện Quy chế dân chủ ở cơ sở",
        "10 ngày sau khi kết thúc quý",
        "every quarter at end offset +10d",
    ),
    TaskTemplate(
        "II.8",
        "Báo cáo tình hình an ninh chính trị, trật tự an toàn xã hội",
        "trước ngày 20 tháng cuối quý",
        "every quarter at end offset -10d",
    ),
    TaskTemplate("II.9", "Báo cáo công tác cải cách hành chính trong Đảng", "hằng quý", "every quarter at end"),
    TaskTemplate(
        "II.10",
        "Báo cáo tình hình tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo",
        "5 ngày sau khi kết thúc quý",
        "every quarter at end offset +5d",
    ),
    # III. sáu tháng
    TaskTemplate(
        "III.1",
        "Báo cáo sơ kết 6 tháng công tác xây dựng Đảng",
        "trước ngày 15/6 và 15/12",
        "every half at end offset -15d",
    ),
    TaskTemplate("III.2", "Báo cáo kết quả thực hiện Chỉ thị 05-CT/TW", "6 tháng một lần", "every half at end"),
    TaskTemplate(
        "III.3", "Báo cáo công tác kiểm tra, giám sát 6 tháng", "cuối tháng 5 và tháng 11", "every half at month:5"
    ),
    TaskTemplate("III.4", "Báo cáo công tác tuyên giáo 6 tháng", "6 tháng một lần", "every half at end"),
    TaskTemplate(
        "III.5",
        "Báo cáo tình hình tổ chức cơ sở đảng và đảng viên",
        "10 ngày sau khi kết thúc 6 tháng",
        "every half at end offset +10d",
    ),
    TaskTemplate(
        "III.6", "Báo cáo thực hiện nhiệm vụ phòng, chống tham nhũng, tiêu cực", "6 tháng một lần", "every half at end"
    ),
    TaskTemplate(
        "III.7", "Báo cáo quyết toán ngân sách đảng 6 tháng", "trước ngày 25/6 và 25/12", "every half at end offset -5d"
    ),
    # IV. hằng năm
    TaskTemplate(
        "IV.1",
        "Báo cáo kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên",
        "trước ngày 15/12 hằng năm",
        "every year at date:12-15",
    ),
    TaskTemplate(
        "IV.2", "Báo cáo tổng kết công tác xây dựng Đảng năm", "trước ngày 30/11 hằng năm", "every year at date:11-30"
    ),
    TaskTemplate(
        "IV.3", "Báo cáo kết quả thực hiện kế hoạch năm", "trước ngày 21/12 hằng năm", "every year at end offset -10d"
    ),
    TaskTemplate(
        "IV.4",
        "Báo cáo công tác quốc phòng, quân sự địa phương",
        "trước ngày 31/10 hằng năm",
        "every year at date:10-31",
    ),
    TaskTemplate("IV.5", "Báo cáo công tác bảo vệ chính trị nội bộ", "tháng 9 hằng năm", "every year at month:9"),
    TaskTemplate(
        "IV.6", "Báo cáo kết quả công tác dân vận năm", "trước ngày 15/11 hằng năm", "every year at date:11-15"
    ),
    TaskTemplate(
        "IV.7",
        "Báo cáo thống kê số lượng, chất lượng đảng viên",
        "trước ngày 15/01 hằng năm",
        "every year at date:01-15",
    ),
    TaskTemplate("IV.8", "Báo cáo công tác thi đua, khen thưởng", "tháng 10 hằng năm", "every year at month:10"),
    TaskTemplate("IV.9", "Báo cáo kết quả sinh hoạt chính trị đầu năm", "tháng 3 hằng năm", "every year at month:3"),
    TaskTemplate(
        "IV.10", "Báo cáo sơ kết công tác kiểm tra của chi bộ", "trước ngày 30/4 hằng năm", "every year at date:04-30"
    ),
    TaskTemplate(
        "IV.11",
        "Báo cáo kết quả kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam",
        "trước ngày 10/02 hằng năm",
        "every year at date:02-10",
    ),
    TaskTemplate(
        "IV.12",
        "Báo cáo công tác bồi dưỡng lý luận chính trị cho đảng viên",
        "tháng 6 hằng năm",
        "every year at month:6",
    ),
    TaskTemplate(
        "IV.13", "Báo cáo kết quả thực hiện công tác cán bộ", "trước ngày 15/7 hằng năm", "every year at date:07-15"
    ),
    TaskTemplate(
        "IV.14", "Báo cáo tổng hợp ý kiến, kiến nghị của đảng viên", "tháng 8 hằng năm", "every year at month:8"
    ),
    # V. một lần
    TaskTemplate(
        "V.1", "Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội", "ngày 30/6/{year}", "on {year}-06-30"
    ),
    TaskTemplate("V.2", "Báo cáo công tác chuẩn bị đại hội chi bộ", "trước ngày 02/9/{year}", "before {year}-09-02"),
    TaskTemplate(
        "V.3",
        "Báo cáo kết quả đợt sinh hoạt chính trị chuyên đề",
        "từ ngày 01/3 đến ngày 30/4/{year}",
        "range {year}-03-01..{year}-04-30",
    ),
    TaskTemplate(
        "V.4", "Báo cáo tổng kết 10 năm thực hiện Chỉ thị của Ban Bí thư", "trong quý III/{year}", "end {year}-Q3"
    ),
    # VI. thường xuyên, có kỳ báo cáo
    TaskTemplate(
        "VI.1",
        "Thực hiện công tác tuyên truyền miệng",
        "thường xuyên; báo cáo 6 tháng",
        "continuous review every half at end",
    ),
    TaskTemplate(
        "VI.2",
        "Nắm tình hình tư tưởng, dư luận xã hội",
        "thường xuyên; báo cáo hằng quý",
        "continuous review every quarter at end offset +5d",
    ),
    TaskTemplate(
        "VI.3",
        "Kiểm tra việc chấp hành Điều lệ Đảng",
        "thường xuyên; báo cáo trước ngày 10/12 hằng năm",
        "continuous review every year at date:12-10",
    ),
)


def rule_kind(rule: str) -> str:
    """The family a canonical rule belongs to, for the mix figures and the tests."""
    words = rule.split()
    if words[0] == "continuous":
        return "continuous"
    if words[0] in ("on", "before", "range", "end"):
        return "one_off"
    if words[0] == "every":
        base = {"month": "monthly", "quarter": "quarterly", "half": "semiannual", "year": "annual"}[words[1]]
        return f"{base}+offset" if "offset" in words else base
    return words[0]


def task_templates(count: int, year: int) -> list[TaskTemplate]:
    """``count`` tasks from the catalogue, in order, cycling (with a suffixed code) past its end."""
    out: list[TaskTemplate] = []
    for i in range(count):
        base = CATALOGUE[i % len(CATALOGUE)]
        lap = i // len(CATALOGUE)
        code = base.code if lap == 0 else f"{base.code}-{lap + 1}"
        title = base.title if lap == 0 else f"{base.title} (đợt {lap + 1})"
        out.append(TaskTemplate(code, title, base.phrase.format(year=year), base.rule.format(year=year)))
    return out
