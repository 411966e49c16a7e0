"""Zalo Official Account: an apprise plugin for ``zalo://`` and the channel that uses it.

URL (registered with apprise, so ``apprise.Apprise.instantiate`` and the
committee importer understand it)::

    zalo://{oa_id}/{user_id}[/{user_id}...]?token={access_token}
    zalo://{oa_id}/{user_id}?token={access_token}&app={app_id}&secret={app_secret}&refresh={refresh_token}

* ``oa_id`` identifies the Official Account (it names the stored tokens; the
  API itself only needs the token);
* each ``user_id`` is a follower's id for this OA (Zalo's ``user_id``, not a
  phone number);
* ``token`` is the OA access token; with ``app``, ``secret`` and ``refresh``
  the channel can renew it itself. Zalo refresh tokens are single-use, so the
  renewed pair goes to a ``TokenStore`` and wins over the URL's tokens until
  someone pastes different ones into the URL.

``url(privacy=True)`` masks ``token``, ``secret`` and ``refresh``.

Sending is a consultation text message ("tin tư vấn"):
``POST {api_base}/v3.0/oa/message/cs`` with header ``access_token`` and JSON
``{"recipient": {"user_id": ...}, "message": {"text": ...}}`` (text at most
2,000 characters: fitted keeping the link). Zalo answers HTTP 200 with
``{"error": 0, "data": {"message_id": ...}}`` or a negative ``error`` code;
``ZALO_ERRORS`` maps codes to permanent/transient. An expired-token code
triggers one refresh (``POST {oauth_base}/v4/oa/access_token``, header
``secret_key``, form ``app_id``, ``refresh_token``, ``grant_type``) and one
retry. The HTTP call is made by this plugin (httpx), not by apprise's
generic machinery, so the outcome is known exactly; the plugin's apprise
``send()`` still works (True/False) for anyone using apprise directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from notifications.channels.base import Channel, DeliveryReceipt, chat_text
from notifications.channels.zalo_plugin import ZALO_ERRORS, NotifyZalo, parse_zalo_url, register
from notifications.endpoints import ZALO_API_BASE, ZALO_OAUTH_BASE
from notifications.errors import DeliveryError
from notifications.message import OutgoingMessage
from notifications.ratelimit import TokenBucket
from notifications.text import ZALO_TEXT_LIMIT
from notifications.tokens import MemoryTokenStore, TokenStore

__all__ = ["ZALO_ERRORS", "NotifyZalo", "ZaloChannel", "parse_zalo_url", "register"]


class ZaloChannel(Channel):
    kind = "zalo"
    schemes = ("zalo",)
    text_limit = ZALO_TEXT_LIMIT

    def __init__(
        self,
        *,
        api_base: str = ZALO_API_BASE,
        oauth_base: str = ZALO_OAUTH_BASE,
        token_store: TokenStore | None = None,
        timeout: float = 10.0,
        wall_clock: Callable[[], float] = time.time,
        limiter: TokenBucket | None = None,
    ) -> None:
        self.api_base = api_base
        self.oauth_base = oauth_base
        self.token_store = token_store if token_store is not None else MemoryTokenStore()
        self.timeout = timeout
        self.wall_clock = wall_clock
        self.limiter = limiter
        self._client: httpx.Client | None = None
        self._plugins: dict[str, NotifyZalo] = {}

    def plugin(self, url: str) -> NotifyZalo:
        plugin = self._plugins.get(url)
        if plugin is None:
            if self._client is None:
                self._client = httpx.Client(timeout=self.timeout)
            plugin = parse_zalo_url(url).configure(
                api_base=self.api_base,
                oauth_base=self.oauth_base,
                token_store=self.token_store,
                client=self._client,
                wall_clock=self.wall_clock,
                timeout=self.timeout,
            )
            self._plugins[url] = plugin
        return plugin

    def send(self, message: OutgoingMessage) -> DeliveryReceipt:
        self.check_scheme(message)
        try:
            plugin = self.plugin(message.url)
            if self.limiter is not None:
                for _ in plugin.user_ids:  # one API call per follower
                    self.limiter.acquire()
            ids = plugin.deliver(chat_text(message, self.text_limit))
        except DeliveryError as error:
            raise error.with_key(message.key) from None
        return DeliveryReceipt(
            key=message.key,
            channel=self.kind,
            target=str(plugin.url(privacy=True)),
            provider_answer="Success",
            provider_id=",".join(ids),
        )

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        self._plugins.clear()
