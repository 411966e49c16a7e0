"""Telegram: ``tgram://{bot_token}/{chat_id}[/{chat_id}...]`` (apprise's URL form).

Choice: apprise parses the URL (bot token, chat ids and topics, ``silent``,
``preview``) and prints its privacy form; the ``sendMessage`` call is made
here with httpx against ``api_base`` (default ``https://api.telegram.org``).
Reasons:

* apprise hard-codes ``https://api.telegram.org/bot`` (``NotifyTelegram.notify_url``),
  so tests could only reach a local server by patching a class attribute;
  ``api_base`` is an ordinary setting instead (``telegram_api_base`` in
  ``channel_for``);
* apprise returns only True/False; here the HTTP status and Telegram's JSON
  answer decide permanent or transient, and ``retry_after`` is passed on;
* the text is sent as plain text (no parse_mode), so user content needs no
  Markdown/HTML escaping, and is fitted to 4,096 characters keeping the link.

Permanent: 400 (chat not found, bad request), 401/404 (bot token rejected),
403 (bot blocked or removed). Transient: 429 (with ``parameters.retry_after``),
408, 5xx, timeouts and connection errors. A URL with several chats is sent
chat by chat; a failure stops there and says how many chats already got it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from notifications.channels._apprise import instantiate
from notifications.channels._http import json_or_none, network_error, retry_after_header, status_error
from notifications.channels.base import Channel, DeliveryReceipt, chat_text
from notifications.endpoints import TELEGRAM_API_BASE
from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError, scrub
from notifications.message import OutgoingMessage
from notifications.ratelimit import TokenBucket
from notifications.text import TELEGRAM_TEXT_LIMIT


@dataclass(frozen=True)
class TelegramTarget:
    bot_token: str = field(repr=False)
    chats: tuple[tuple[int | str, int | None], ...]
    silent: bool
    preview: bool
    redacted: str


def parse_telegram_url(url: str) -> TelegramTarget:
    plugin = instantiate(url)
    if plugin is None or not hasattr(plugin, "bot_token"):
        raise PermanentDeliveryError("invalid tgram:// URL (apprise cannot parse it)")
    if not plugin.targets:
        raise PermanentDeliveryError("tgram:// URL names no chat id")
    return TelegramTarget(
        bot_token=plugin.bot_token,
        chats=tuple((chat, topic) for chat, topic in plugin.targets),
        silent=bool(plugin.silent),
        preview=bool(plugin.preview),
        redacted=str(plugin.url(privacy=True)),
    )


class TelegramChannel(Channel):
    kind = "telegram"
    schemes = ("tgram",)
    text_limit = TELEGRAM_TEXT_LIMIT

    def __init__(
        self,
        *,
        api_base: str = TELEGRAM_API_BASE,
        timeout: float = 10.0,
        limiter: TokenBucket | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.api_base = api_base.rstrip("/")
        self.limiter = limiter
        self.timeout = timeout
        self._own_client = client is None
        self._client = client
        self._targets: dict[str, TelegramTarget] = {}

    def target(self, url: str) -> TelegramTarget:
        target = self._targets.get(url)
        if target is None:
            target = self._targets[url] = parse_telegram_url(url)
        return target

    def send(self, message: OutgoingMessage) -> DeliveryReceipt:
        self.check_scheme(message)
        try:
            target = self.target(message.url)
        except DeliveryError as error:
            raise error.with_key(message.key) from None
        text = chat_text(message, self.text_limit)
        ids: list[str] = []
        for number, (chat_id, topic) in enumerate(target.chats):
            try:
                ids.append(self._send_one(target, chat_id, topic, text))
            except DeliveryError as error:
                if number:
                    error.provider_answer += f" (already sent to {number} of {len(target.chats)} chats)"
                raise error.with_key(message.key) from None
        return DeliveryReceipt(
            key=message.key,
            channel=self.kind,
            target=target.redacted,
            provider_answer="ok",
            provider_id=",".join(ids),
        )

    def _send_one(self, target: TelegramTarget, chat_id: int | str, topic: int | None, text: str) -> str:
        payload: dict = {
            "chat_id": chat_id,
            "text": text,
            "disable_notification": target.silent,
            "disable_web_page_preview": not target.preview,
        }
        if topic:
            payload["message_thread_id"] = topic
        if self.limiter is not None:
            self.limiter.acquire()
        secrets = (target.bot_token,)
        try:
            response = self._http().post(f"{self.api_base}/bot{target.bot_token}/sendMessage", json=payload)
        except httpx.HTTPError as exc:
            raise network_error(exc, "Telegram", secrets) from None
        body = json_or_none(response)
        body = body if isinstance(body, dict) else {}
        description = scrub(str(body.get("description") or response.reason_phrase or ""), secrets)
        if response.status_code == 200 and body.get("ok") is True:
            result = body.get("result") or {}
            return str(result.get("message_id", ""))
        if response.status_code == 200:
            raise TransientDeliveryError(
                "Telegram: unexpected answer to sendMessage", provider_answer=description or "not ok"
            )
        parameters = body.get("parameters") or {}
        retry_after = parameters.get("retry_after")
        retry_after = float(retry_after) if isinstance(retry_after, (int, float)) else retry_after_header(response)
        if response.status_code in (401, 404):
            raise PermanentDeliveryError(
                f"Telegram: bot token rejected (HTTP {response.status_code} {description})",
                provider_answer=f"HTTP {response.status_code} {description}",
            )
        if "migrate_to_chat_id" in parameters:
            description += " (the group became a supergroup: update the chat id in the URL)"
        raise status_error(response.status_code, "Telegram", description, retry_after=retry_after)

    def _http(self) -> httpx.Client:
        """One keep-alive client for all sends (opened lazily, reopened after close)."""
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout)
        return self._client

    def close(self) -> None:
        if self._own_client and self._client is not None:
            self._client.close()
            self._client = None
