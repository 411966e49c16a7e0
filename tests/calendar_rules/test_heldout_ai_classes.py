"""The classes of the confident-wrong answers found when held_out_2026ai (91.1% right, 4 confident-wrong) was scored.

Rows marked with a corpus file and a document id are phrases as printed in that public document; rows marked
``constructed`` are variants written for the class or counter-cases that must keep their reading. Format:
tests/support/readings.py.
"""

from __future__ import annotations

from tests.support.readings import table, table_test

# (1) a worked example ("a) Ví dụ trường hợp ... vào ngày 28 tháng 3 năm 2025"; parser/worked_examples.py): the dates
# of an illustration are the made-up case's, nobody's deadline. Only an example that opens the phrase is refused.
WORKED_EXAMPLES = table(
    """
held_out_2026ai.yaml hr8cd-nd-212-2025-nd-cp-dau-tu-tu-quy-bhxh | 2025-07-25 | none | unsure | a) Ví dụ trường hợp Bảo hiểm xã hội Việt Nam chào mua trái phiếu Chính phủ kỳ hạn 5 năm từ các tổ chức, cá nhân vào ngày 28 tháng 3 năm 2025.
constructed an example with a limit inside it (hand-written) | 2025-07-25 | none | unsure | Ví dụ: doanh nghiệp A phát sinh nghĩa vụ trong tháng 6 thì nộp hồ sơ chậm nhất ngày 20/7/2025.
constructed "chẳng hạn" (hand-written) | 2025-07-25 | none | unsure | Chẳng hạn, quý II năm 2025 kết thúc vào ngày 30/6/2025.
# counter-case: a real deadline that only mentions an example later keeps its reading
constructed a deadline with an example after it (hand-written) | 2025-07-25 | 2025-08-15 | certain | Các đơn vị gửi báo cáo chậm nhất ngày 15/8/2025 (ví dụ theo mẫu kèm theo).
""",
    kind="a_worked_example_is_no_deadline",
)

# (2) "trước ngày cuối cùng của tháng đầu mỗi quý" (parser/returns.py): read as that last day, but a careful reader
# takes "trước ngày D" as D−1 there too; which of the two is meant is for a person, so the answer is ``unsure``.
BEFORE_THE_LAST_DAY = table(
    """
held_out_2026ai.yaml hr8cd-nd-74-2025-nd-cp-bhyt-quan-doi-cong-an | 2025-03-31 | 2025-04-30 | unsure | a) Trước ngày cuối cùng của tháng đầu mỗi quý, các cơ quan, đơn vị quản lý đối tượng theo phân cấp thực hiện đóng bảo hiểm y tế quý trước
# counter-case: "chậm nhất là ngày cuối cùng" names the day itself, with confidence
constructed at the latest on the last day (hand-written) | 2025-03-31 | 2025-04-30 | certain | Chậm nhất là ngày cuối cùng của tháng đầu mỗi quý, các đơn vị thực hiện đóng bảo hiểm y tế quý trước.
""",
    kind="before_the_last_day_is_for_review",
)

# (3) a case and its consequence ("Trường hợp hồ sơ ... được tiếp nhận trước ngày 15 của tháng đó thì được ...";
# parser/conditions.py ENTITLED_IF_RE): what follows for the applicant from meeting a day, for a person to decide; a
# strong duty word keeps the reading.
CASE_AND_CONSEQUENCE = table(
    """
held_out_2026ai.yaml hr8cd-nq-24-2026-nq-cp-cat-giam-thu-tuc-hanh-chinh-7-linh-vuc | 2026-04-29 | 2026-05-14 | unsure | Trường hợp hồ sơ đầy đủ và được Bộ Tài chính tiếp nhận trước ngày 15 của tháng đó thì được Bộ Tài chính thông báo là thẩm định viên về giá trong danh sách thẩm định viên về giá được điều chỉnh hằng tháng.
constructed a late filing's consequence (hand-written) | 2026-04-29 | none | unsure | Trường hợp nộp hồ sơ sau ngày 30/6/2026 thì không được xét.
# counter-case: a case with a duty in it keeps its certain reading
constructed a case with a duty (hand-written) | 2026-04-29 | 2026-05-14 | certain | Trường hợp phát sinh vướng mắc, các đơn vị phải báo cáo Bộ Tài chính trước ngày 15/5/2026.
""",
    kind="a_case_and_its_consequence_is_for_review",
)

# (4) the span a relief is in force ("Thời gian thực hiện giảm mức đóng: 12 tháng, kể từ ... đến hết ngày ...";
# parser/reliefs.py): when a reduced contribution applies, not a day to act by; a plain time label over a task keeps
# its reading.
RELIEF_SPANS = table(
    """
held_out_2026ai.yaml hr8cd-qd-28-2021-qd-ttg-ho-tro-nguoi-lao-dong-covid-bhtn | 2021-10-01 | 2022-09-30 | unsure | Thời gian thực hiện giảm mức đóng: 12 tháng, kể từ ngày 01 tháng 10 năm 2021 đến hết ngày 30 tháng 9 năm 2022.
constructed a fee waived over a span, refused already (hand-written) | 2021-10-01 | none | unsure | Thời gian áp dụng miễn lệ phí: từ ngày 01/10/2021 đến hết ngày 31/12/2021.
# counter-case: a time label over a task
constructed a task's time label (hand-written) | 2021-10-01 | 2021-12-31 | certain | Thời gian thực hiện: từ ngày 01/10/2021 đến hết ngày 31/12/2021.
""",
    kind="a_relief_in_force_is_for_review",
)

test_each_class_reads_as_its_table_says = table_test(
    WORKED_EXAMPLES, BEFORE_THE_LAST_DAY, CASE_AND_CONSEQUENCE, RELIEF_SPANS
)
