"""Request and response bodies of ``/api/v1`` (field names are the API's contract)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class OccurrenceOut(BaseModel):
    id: int | None
    task: str
    plan: str
    unit: str
    period: str
    due: dt.date
    status: str


class SubmissionIn(BaseModel):
    reference: str = Field(min_length=1, max_length=300, examples=["Báo cáo số 12-BC/CB"])
    submitted_on: dt.date


class ExtensionIn(BaseModel):
    to: dt.date
    reason: str = Field(min_length=1)


class AckIn(BaseModel):
    until: dt.date
    reason: str = ""


class Recorded(BaseModel):
    id: int
    created: bool
