"""The ``zalo://`` apprise plugin: URL parsing, the OA send call and token refresh.

See ``notifications.channels.zalo`` for the URL form and the protocol; the
channel there paces and wraps this plugin, which is also usable from apprise
directly (its ``send()`` answers True/False).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
from apprise import NotifyType
from apprise.plugins.base import NotifyBase
from apprise.url import PrivacyMode

from notifications.channels._apprise import instantiate
from notifications.channels._http import json_or_none, network_error, retry_after_header, status_error
from notifications.channels.zalo_codes import ZALO_ERRORS
from notifications.endpoints import ZALO_API_BASE, ZALO_OAUTH_BASE
from notifications.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError, scrub
from notifications.text import ZALO_TEXT_LIMIT, fit_text
from notifications.tokens import MemoryTokenStore, TokenStore, ZaloTokens

SEND_PATH = "/v3.0/oa/message/cs"
REFRESH_PATH = "/v4/oa/access_token"

# Refresh a stored token this many seconds before Zalo says it expires.
EXPIRY_MARGIN_SECONDS = 300.0


class NotifyZalo(NotifyBase):
    """apprise plugin for Zalo OA consultation text messages (``zalo://``)."""

    # apprise's bases leave these unannotated (``None``, ``()``), so mypy reads any value as a type clash.
    service_name = "Zalo OA"  # type: ignore[assignment]
    service_url = "https://oa.zalo.me"  # type: ignore[assignment]
    secure_protocol = "zalo"  # type: ignore[assignment]
    setup_url = "https://developers.zalo.me/docs/official-account"  # type: ignore[assignment]
    category = "custom"
    body_maxlen = ZALO_TEXT_LIMIT
    title_maxlen = 0
    request_rate_per_sec = 0  # pacing is dondoc's TokenBucket, not apprise's sleep
    templates = (  # type: ignore[assignment]
        "{schema}://{oa_id}/{targets}?token={token}",
        "{schema}://{oa_id}/{targets}?token={token}&app={app}&secret={secret}&refresh={refresh}",
    )
    template_tokens = dict(  # noqa: RUF012 - apprise's own class attribute
        NotifyBase.template_tokens,
        **{
            "oa_id": {"name": "OA ID", "type": "string", "required": True},
            "targets": {"name": "Follower user ids", "type": "list:string", "required": True},
        },
    )
    template_args = dict(  # noqa: RUF012 - apprise's own class attribute
        NotifyBase.template_args,
        **{
            "token": {"name": "OA access token", "type": "string", "private": True, "required": True},
            "app": {"name": "App ID", "type": "string"},
            "secret": {"name": "App secret key", "type": "string", "private": True},
            "refresh": {"name": "Refresh token", "type": "string", "private": True},
        },
    )

    # Runtime settings that are not part of a contact's URL (see ``configure``).
    api_base: str = ZALO_API_BASE
    oauth_base: str = ZALO_OAUTH_BASE
    wall_clock: Callable[[], float] = staticmethod(time.time)
    http_timeout: float = 10.0

    def __init__(
        self,
        oa_id: str,
        targets: list[str] | None = None,
        token: str | None = None,
        app: str | None = None,
        secret: str | None = None,
        refresh: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.oa_id = str(oa_id or "").strip()
        if not self.oa_id:
            raise TypeError("zalo:// URL needs the OA id as host")
        self.user_ids = [t for t in (str(x).strip() for x in (targets or [])) if t]
        if not self.user_ids:
            raise TypeError("zalo:// URL names no follower user id")
        if not token:
            raise TypeError("zalo:// URL needs ?token=<OA access token>")
        self.access_token = token
        self.zalo_app_id = app or None
        self.app_secret = secret or None
        self.refresh_token = refresh or None
        self.token_store: TokenStore = MemoryTokenStore()
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    # -- configuration -----------------------------------------------------

    def configure(
        self,
        *,
        api_base: str | None = None,
        oauth_base: str | None = None,
        token_store: TokenStore | None = None,
        client: httpx.Client | None = None,
        wall_clock: Callable[[], float] | None = None,
        timeout: float | None = None,
    ) -> NotifyZalo:
        if api_base:
            self.api_base = api_base.rstrip("/")
        if oauth_base:
            self.oauth_base = oauth_base.rstrip("/")
        if token_store is not None:
            self.token_store = token_store
        if client is not None:
            self._client = client
        if wall_clock is not None:
            self.wall_clock = wall_clock
        if timeout is not None:
            self.http_timeout = timeout
        return self

    @property
    def can_refresh(self) -> bool:
        return bool(self.zalo_app_id and self.app_secret and self.refresh_token)

    @property
    def store_key(self) -> str:
        return f"zalo:{self.zalo_app_id or '-'}:{self.oa_id}"

    @property
    def secrets(self) -> tuple[str | None, ...]:
        stored = self.token_store.load(self.store_key)
        extra = (stored.access_token, stored.refresh_token) if stored else ()
        return (self.access_token, self.app_secret, self.refresh_token, *extra)

    def _seed(self) -> str:
        raw = f"{self.access_token}\x00{self.refresh_token or ''}".encode()
        return hashlib.sha256(raw).hexdigest()[:16]

    def current_tokens(self) -> ZaloTokens:
        """Stored tokens if they derive from this URL's tokens, else the URL's."""
        stored = self.token_store.load(self.store_key)
        if stored is not None and stored.seed == self._seed():
            return stored
        return ZaloTokens(self.access_token, self.refresh_token, None, self._seed())

    # -- sending -------------------------------------------------------------

    def deliver(self, text: str) -> list[str]:
        """Send ``text`` to every follower in the URL; message ids, or raise DeliveryError."""
        text = fit_text(text, ZALO_TEXT_LIMIT)
        tokens = self.current_tokens()
        if (
            self.can_refresh
            and tokens.expires_at is not None
            and self.wall_clock() >= tokens.expires_at - EXPIRY_MARGIN_SECONDS
        ):
            tokens = self.refresh(tokens)
        ids: list[str] = []
        for number, user_id in enumerate(self.user_ids):
            try:
                message_id, tokens = self._send_to(tokens, user_id, text)
            except DeliveryError as error:
                if number:
                    error.provider_answer += f" (already sent to {number} of {len(self.user_ids)} followers)"
                raise
            ids.append(message_id)
        return ids

    def _send_to(self, tokens: ZaloTokens, user_id: str, text: str) -> tuple[str, ZaloTokens]:
        """One follower; on an expired-token answer, refresh once and retry once."""
        try:
            return self._post(tokens.access_token, user_id, text), tokens
        except _ExpiredToken as expired:
            if not self.can_refresh:
                raise expired.error from None
        tokens = self.refresh(tokens)
        try:
            return self._post(tokens.access_token, user_id, text), tokens
        except _ExpiredToken as expired:
            raise expired.error from None

    def _post(self, access_token: str, user_id: str, text: str) -> str:
        payload = {"recipient": {"user_id": user_id}, "message": {"text": text}}
        secrets = self.secrets
        try:
            response = self._http().post(
                f"{self.api_base}{SEND_PATH}", json=payload, headers={"access_token": access_token}
            )
        except httpx.HTTPError as exc:
            raise network_error(exc, "Zalo", secrets) from None
        body = json_or_none(response)
        body = body if isinstance(body, dict) else {}
        message = scrub(str(body.get("message") or response.reason_phrase or ""), secrets)
        if response.status_code != 200:
            raise status_error(response.status_code, "Zalo", message, retry_after=retry_after_header(response))
        code = body.get("error")
        if code == 0:
            data = body.get("data") or {}
            return str(data.get("message_id", ""))
        if not isinstance(code, int):
            raise TransientDeliveryError("Zalo: unexpected answer", provider_answer=message or "no error code")
        known = ZALO_ERRORS.get(code)
        answer = f"error {code}: {message}".rstrip(": ")
        if known is None:
            raise TransientDeliveryError(f"Zalo: unknown error code {code} ({message})", provider_answer=answer)
        text_ = f"Zalo: {known.meaning} ({answer})"
        if known.expired_token:
            raise _ExpiredToken(PermanentDeliveryError(text_, provider_answer=answer))
        if known.permanent:
            raise PermanentDeliveryError(text_, provider_answer=answer)
        raise TransientDeliveryError(text_, retry_after=known.retry_after, provider_answer=answer)

    def refresh(self, failed: ZaloTokens) -> ZaloTokens:
        """Renew the access token once, under the store's lock; store and return the new pair.

        If another worker refreshed while we waited for the lock, its tokens
        are used instead (a refresh token works only once).
        """
        with self.token_store.lock(self.store_key):
            stored = self.token_store.load(self.store_key)
            if stored is not None and stored.seed == failed.seed and stored.access_token != failed.access_token:
                return stored
            refresh_token = failed.refresh_token or self.refresh_token
            secrets = self.secrets
            try:
                response = self._http().post(
                    f"{self.oauth_base}{REFRESH_PATH}",
                    headers={"secret_key": self.app_secret or ""},
                    data={
                        "app_id": self.zalo_app_id or "",
                        "refresh_token": refresh_token or "",
                        "grant_type": "refresh_token",
                    },
                )
            except httpx.HTTPError as exc:
                raise network_error(exc, "Zalo token refresh", secrets) from None
            body = json_or_none(response)
            body = body if isinstance(body, dict) else {}
            if response.status_code != 200:
                message = scrub(
                    str(body.get("error_description") or body.get("message") or response.reason_phrase), secrets
                )
                raise status_error(
                    response.status_code, "Zalo token refresh", message, retry_after=retry_after_header(response)
                )
            new_access = body.get("access_token")
            if not new_access:
                message = scrub(
                    str(
                        body.get("error_description")
                        or body.get("error_name")
                        or body.get("message")
                        or "no access_token"
                    ),
                    secrets,
                )
                answer = f"error {body.get('error', '?')}: {message}"
                raise PermanentDeliveryError(
                    f"Zalo token refresh refused, re-authorise the OA ({answer})", provider_answer=answer
                )
            try:
                expires_in = float(body.get("expires_in") or 0) or None
            except (TypeError, ValueError):
                expires_in = None
            tokens = ZaloTokens(
                access_token=str(new_access),
                refresh_token=str(body.get("refresh_token") or refresh_token or "") or None,
                expires_at=self.wall_clock() + expires_in if expires_in else None,
                seed=failed.seed,
            )
            self.token_store.save(self.store_key, tokens)
            return tokens

    def _http(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(timeout=self.http_timeout)
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    # apprise's entry point: True/False only, failure reason in apprise's log (secret-free).
    def send(self, body: str, title: str = "", notify_type: NotifyType = NotifyType.INFO, **kwargs) -> bool:
        try:
            self.deliver(f"{title}\n{body}".strip() if title else body)
        except DeliveryError as error:
            self.logger.warning("Zalo: %s", error)
            return False
        return True

    # -- apprise URL plumbing ---------------------------------------------

    @property
    def url_identifier(self):  # type: ignore[override]  # apprise's base declares a plain attribute; its plugins use a property
        return (self.secure_protocol, self.oa_id, self.zalo_app_id)

    def url(self, privacy: bool = False, *args, **kwargs) -> str:
        params = {"token": self.pprint(self.access_token, privacy, mode=PrivacyMode.Outer, safe="")}
        if self.zalo_app_id:
            params["app"] = self.zalo_app_id
        if self.app_secret:
            params["secret"] = self.pprint(self.app_secret, privacy, mode=PrivacyMode.Secret, safe="")
        if self.refresh_token:
            params["refresh"] = self.pprint(self.refresh_token, privacy, mode=PrivacyMode.Secret, safe="")
        query = "&".join(f"{k}={v}" if privacy else f"{k}={NotifyZalo.quote(v, safe='')}" for k, v in params.items())
        return "{schema}://{oa}/{targets}?{query}".format(
            schema=self.secure_protocol,
            oa=NotifyZalo.quote(self.oa_id, safe=""),
            targets="/".join(NotifyZalo.quote(u, safe="") for u in self.user_ids),
            query=query,
        )

    def __len__(self) -> int:
        return len(self.user_ids)

    @staticmethod
    def parse_url(
        url: str,
        verify_host: bool = False,
        plus_to_space: bool = False,
        strict_port: bool = False,
        sanitize: bool = True,
    ) -> dict[str, Any] | None:
        """Split a ``zalo://`` URL; the signature mirrors apprise's bases so it overrides them cleanly.

        The host part is an OA id, not a host name, so it is never verified
        whatever ``verify_host`` says; ``strict_port`` and ``sanitize`` only
        exist in ``URLBase`` and a zalo URL has no port to be strict about.
        """
        results = NotifyBase.parse_url(url, verify_host=False, plus_to_space=plus_to_space)
        if not results:
            return results
        qsd = results["qsd"]
        results["oa_id"] = NotifyZalo.unquote(results["host"] or "")
        results["targets"] = NotifyZalo.split_path(results["fullpath"])
        if qsd.get("to"):
            results["targets"] += NotifyZalo.parse_list(qsd["to"])
        for name in ("token", "app", "secret", "refresh"):
            if qsd.get(name):
                results[name] = NotifyZalo.unquote(qsd[name])
        return results


class _ExpiredToken(Exception):
    """Internal: the token was refused as expired; carries the error to raise if no refresh helps."""

    def __init__(self, error: DeliveryError) -> None:
        super().__init__(str(error))
        self.error = error


_registered = False
_register_lock = threading.Lock()


def register() -> None:
    """Make apprise know ``zalo://`` (idempotent; importing notifications.channels does it)."""
    global _registered
    if _registered:
        return
    with _register_lock:
        if _registered:
            return
        from apprise.manager_plugins import NotificationManager

        manager = NotificationManager()
        if "zalo" in manager and manager["zalo"] is not NotifyZalo:
            manager.remove("zalo", unload=False)
        if "zalo" not in manager:
            manager.add(NotifyZalo, schemas=["zalo"])
        _registered = True


def parse_zalo_url(url: str) -> NotifyZalo:
    plugin = instantiate(url)
    if not isinstance(plugin, NotifyZalo):
        raise PermanentDeliveryError("invalid zalo:// URL (expected zalo://{oa_id}/{user_id}?token=...)")
    return plugin
