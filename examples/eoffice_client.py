"""How an e-office system tells dondoc that a report arrived (văn bản đến).

    DONDOC_API=http://127.0.0.1:8080/api/v1 DONDOC_API_TOKEN=ddk_... \\
        python examples/eoffice_client.py 1234 "Báo cáo số 12-BC/CB" 2023-06-19

The token comes from ``dondoc api token ORG`` (once per committee). Posting the
same document twice is harmless (200, nothing new is recorded); a different
document for the same deadline is a conflict (409) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

import httpx


def post_submission(client: httpx.Client, occurrence_id: int, reference: str, submitted_on: dt.date) -> str:
    response = client.post(
        f"/occurrences/{occurrence_id}/submission",
        json={"reference": reference, "submitted_on": submitted_on.isoformat()},
    )
    if response.status_code in (200, 201):
        return "đã ghi nhận" if response.status_code == 201 else "đã có từ trước, không ghi thêm"
    if response.status_code == 409:
        return f"xung đột: {response.json()['detail']}"
    if response.status_code == 429:
        return f"quá nhiều yêu cầu, thử lại sau {response.headers.get('Retry-After', '60')} giây"
    return f"lỗi {response.status_code}: {response.text}"


def open_occurrences(client: httpx.Client, org: str | None = None) -> list[dict[str, object]]:
    params = {"status": "open", **({"org": org} if org else {})}
    response = client.get("/occurrences", params=params)
    response.raise_for_status()
    return list(response.json())


def main(argv: list[str]) -> int:
    base = os.environ.get("DONDOC_API", "http://127.0.0.1:8080/api/v1")
    token = os.environ["DONDOC_API_TOKEN"]
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=10) as client:
        if len(argv) != 3:
            for row in open_occurrences(client):
                print(f"#{row['id']} {row['unit']} {row['task']} {row['period']} hạn {row['due']}")
            return 0
        occurrence_id, reference, day = int(argv[0]), argv[1], dt.date.fromisoformat(argv[2])
        print(post_submission(client, occurrence_id, reference, day))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
