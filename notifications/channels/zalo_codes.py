"""Zalo OA API error codes and what dondoc does about each (permanent, transient, refresh the token)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ZaloCode:
    meaning: str
    permanent: bool
    retry_after: float | None = None
    expired_token: bool = False


# Zalo OA API error codes (developers.zalo.me, OA API "bảng mã lỗi"), as dondoc reads them.
# Unknown codes are transient: retrying a few times with backoff is cheap, while
# wrongly marking a contact channel dead hides reminders from a unit.
ZALO_ERRORS: dict[int, ZaloCode] = {
    -32: ZaloCode("request rate limit exceeded", permanent=False, retry_after=60.0),
    -124: ZaloCode("access token expired or invalid", permanent=True, expired_token=True),
    -201: ZaloCode("invalid parameter (user id or message)", permanent=True),
    -204: ZaloCode("Official Account has been deleted", permanent=True),
    -205: ZaloCode("Official Account does not exist", permanent=True),
    -209: ZaloCode("API not supported for this Official Account", permanent=True),
    -210: ZaloCode("parameter exceeds the allowed limit", permanent=True),
    -211: ZaloCode("out of quota", permanent=False, retry_after=3600.0),
    -212: ZaloCode("Official Account has not registered this API", permanent=True),
    -213: ZaloCode("user is not a follower of the Official Account (unknown user)", permanent=True),
    -216: ZaloCode("access token is invalid", permanent=True),
    -217: ZaloCode("user has blocked messages from the Official Account", permanent=True),
    -218: ZaloCode("out of quota for this user", permanent=False, retry_after=3600.0),
    -220: ZaloCode("access token has expired", permanent=True, expired_token=True),
    -221: ZaloCode("Official Account is not verified", permanent=True),
    -224: ZaloCode("Official Account package does not allow this message", permanent=True),
    -227: ZaloCode("user account is locked or inactive", permanent=True),
    -230: ZaloCode("user has not interacted with the Official Account recently", permanent=True),
}
