"""Real servers on localhost playing the providers, for channel tests (and the lead's).

* ``SmtpSink``: an aiosmtpd SMTP server that records every message and counts
  connections; recipients and DATA answers can be scripted, AUTH enabled.
* ``FakeTelegramApi``: Bot API ``sendMessage`` with token and chat checks.
* ``FakeZaloApi``: OA consultation message API plus the OAuth refresh endpoint,
  with single-use refresh tokens like Zalo's.

Both HTTP fakes record every request (method, path, headers, parsed body) and
accept scripted answers (status, JSON body, headers, delay) that are used
before their default behaviour. All are context managers.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------- SMTP


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    peer: Any

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        answer = self.sink.rcpt_answers.get(address.lower())
        if answer is not None:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        answer = self.sink.data_answers.popleft() if self.sink.data_answers else None
        if answer == DROP_AFTER_DATA:
            self._record(session, envelope)
            server.transport.close()  # the message is taken, its 250 never reaches the client
            return "250 2.0.0 Message accepted"
        if answer is not None:
            return answer
        self._record(session, envelope)
        return "250 2.0.0 Message accepted"

    def _record(self, session, envelope) -> None:
        with self.sink.lock:
            self.sink.messages.append(
                ReceivedMail(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    bytes(envelope.original_content or envelope.content),
                    session.peer,
                )
            )


DROP_AFTER_DATA = "drop-after-data"
"""A ``data_answers`` entry: accept the message, then close the connection before the 250 is sent."""


class SmtpSink:
    """Records messages; ``connections`` counts TCP sessions opened by clients.

    ``users`` enables AUTH (PLAIN/LOGIN without TLS, localhost only);
    ``rcpt_answers`` maps an address to an SMTP reply (e.g. ``"550 5.1.1 no such user"``);
    ``data_answers`` is a queue of replies to the next DATA commands (None = accept,
    ``DROP_AFTER_DATA`` = accept but lose the reply, ``"421 ..."`` = service closing).
    """

    def __init__(
        self,
        *,
        users: dict[str, str] | None = None,
        rcpt_answers: dict[str, str] | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.host = host
        self.port = free_port(host)
        self.users = users
        self.rcpt_answers = {k.lower(): v for k, v in (rcpt_answers or {}).items()}
        self.data_answers: deque[str | None] = deque()
        self.messages: list[ReceivedMail] = []
        self.connections = 0
        self.lock = threading.Lock()
        self._controller: Controller | None = None

    def url(
        self,
        *,
        to: str = "vp@thiuy.vn",
        sender: str = "nhacviec@dondoc.test",
        user: str | None = None,
        password: str | None = None,
        extra: str = "",
    ) -> str:
        auth = f"{user}:{password}@" if user and password else ""
        return f"mailto://{auth}{self.host}:{self.port}?from={sender}&to={to}&mode=insecure{extra}"

    @property
    def received(self) -> int:
        return len(self.messages)

    def __enter__(self) -> SmtpSink:
        sink = self

        class CountingSMTP(SMTP):
            def connection_made(self, transport):  # type: ignore[override]
                with sink.lock:
                    sink.connections += 1
                super().connection_made(transport)

        kwargs: dict[str, Any] = {}
        if self.users is not None:
            users = self.users

            def authenticator(server, session, envelope, mechanism, auth_data):
                ok = (
                    isinstance(auth_data, LoginPassword)
                    and users.get(auth_data.login.decode()) == auth_data.password.decode()
                )
                return AuthResult(success=ok, handled=False)

            kwargs.update(authenticator=authenticator, auth_require_tls=False)

        class CountingController(Controller):
            def factory(self):  # type: ignore[override]
                return CountingSMTP(self.handler, **self.SMTP_kwargs)

        self._controller = CountingController(_SinkHandler(self), hostname=self.host, port=self.port, **kwargs)
        self._controller.start()
        with self.lock:
            self.connections = 0  # start() connects once itself to check that the server is up
        return self

    def __exit__(self, *exc: object) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class HangingServer:
    """Accepts TCP connections and never says a word: a provider that hangs.

    ``connections`` counts accepted clients; they are held open until the server stops.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.connections = 0
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind((host, 0))
        self.port = self._sock.getsockname()[1]
        self._clients: list[socket.socket] = []
        self._thread: threading.Thread | None = None

    def smtp_url(self, *, to: str = "vp@thiuy.vn") -> str:
        return f"mailto://{self.host}:{self.port}?from=nhacviec@dondoc.test&to={to}&mode=insecure"

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            self._clients.append(client)

    def __enter__(self) -> HangingServer:
        self._sock.listen(64)
        self._thread = threading.Thread(target=self._serve, name="HangingServer", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()
        for client in self._clients:
            client.close()
        if self._thread is not None:
            self._thread.join(5)


# --------------------------------------------------------------------------- HTTP


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    raw: bytes
    # when the server read it (time.monotonic): tests check when a sender started a send
    received_at: float = field(default_factory=time.monotonic)

    @property
    def json(self) -> Any:
        return json.loads(self.raw.decode("utf-8"))

    @property
    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.raw.decode("utf-8")).items()}


class FakeHttpApi:
    """A threaded HTTP server recording requests; subclasses implement ``default_answer``."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.scripted: deque[Answer] = deque()
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *answers: Answer) -> None:
        """Queue answers used (in order) before the default behaviour."""
        self.scripted.extend(answers)

    def requests_to(self, path_suffix: str) -> list[Request]:
        return [r for r in self.requests if r.path.endswith(path_suffix)]

    def default_answer(self, request: Request) -> Answer:  # pragma: no cover - abstract
        raise NotImplementedError

    def _answer(self, request: Request) -> Answer:
        with self.lock:
            self.requests.append(request)
            if self.scripted:
                return self.scripted.popleft()
            return self.default_answer(request)

    def __enter__(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    raw=raw,
                )
                answer = api._answer(request)
                if answer.delay:
                    time.sleep(answer.delay)
                payload = b"" if answer.body is None else json.dumps(answer.body, ensure_ascii=False).encode("utf-8")
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            do_POST = _handle
            do_GET = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


class FakeTelegramApi(FakeHttpApi):
    """``POST /bot{token}/sendMessage``: 401 for a wrong token, 400 for an unknown chat.

    ``POST /bot{token}/getUpdates`` answers the ``updates`` a test queued whose
    ``update_id`` is at least the request's ``offset`` (Telegram forgets the rest).
    """

    def __init__(self, *, token: str = "123456789:TESTtoken_abc-XYZ", chats: set[int | str] | None = None) -> None:
        super().__init__()
        self.token = token
        self.chats = set(chats if chats is not None else {1001, 1002})
        self._ids = itertools.count(1)
        self.sent: list[dict] = []
        self.updates: list[dict] = []

    def url(self, *chats: int | str, token: str | None = None) -> str:
        ids = "/".join(str(c) for c in (chats or (1001,)))
        return f"tgram://{token or self.token}/{ids}/"

    def default_answer(self, request: Request) -> Answer:
        prefix = f"/bot{self.token}/"
        if request.method != "POST" or not request.path.startswith("/bot"):
            return Answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        if not request.path.startswith(prefix):
            return Answer(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        if request.path == prefix + "getUpdates":
            offset = int((request.json if request.raw else {}).get("offset") or 0)
            return Answer(200, {"ok": True, "result": [u for u in self.updates if u["update_id"] >= offset]})
        if request.path != prefix + "sendMessage":
            return Answer(404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})
        body = request.json
        if body.get("chat_id") not in self.chats:
            return Answer(400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"})
        if len(body.get("text", "")) > 4096:
            return Answer(400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"})
        self.sent.append(body)
        return Answer(
            200,
            {
                "ok": True,
                "result": {"message_id": next(self._ids), "chat": {"id": body["chat_id"]}, "text": body["text"]},
            },
        )


class FakeZaloApi(FakeHttpApi):
    """Zalo OA API (``/v3.0/oa/message/cs``) and OAuth refresh (``/v4/oa/access_token``).

    Tokens: ``access_token`` is valid; ``expire()`` makes it answer the
    expired code; refreshing with the current refresh token (and the right
    app id / secret key) issues a new pair and invalidates the old refresh
    token, as Zalo does.
    """

    EXPIRED = -220
    INVALID = -216
    NOT_FOLLOWER = -213

    def __init__(
        self,
        *,
        oa_id: str = "4321987654321",
        access_token: str = "AT-initial-0001",
        refresh_token: str = "RT-initial-0001",
        app_id: str = "271828",
        app_secret: str = "app-secret-s3cr3t",
        followers: set[str] | None = None,
        expires_in: int = 90000,
    ) -> None:
        super().__init__()
        self.oa_id = oa_id
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.initial_tokens = (access_token, refresh_token)  # what an operator pasted into the URL
        self.app_id = app_id
        self.app_secret = app_secret
        self.followers = set(followers if followers is not None else {"8000000000000000001", "8000000000000000002"})
        self.expires_in = expires_in
        self.expired_tokens: set[str] = set()
        self._generation = itertools.count(2)
        self._ids = itertools.count(1)
        self.sent: list[dict] = []

    def url(self, *users: str, refresh: bool = True, token: str | None = None, refresh_token: str | None = None) -> str:
        """A contact URL with the tokens first issued (refreshed ones live in the token store)."""
        ids = "/".join(users or (sorted(self.followers)[0],))
        url = f"zalo://{self.oa_id}/{ids}?token={token or self.initial_tokens[0]}"
        if refresh:
            url += f"&app={self.app_id}&secret={self.app_secret}&refresh={refresh_token or self.initial_tokens[1]}"
        return url

    def expire(self) -> None:
        """The current access token now answers 'expired'."""
        with self.lock:
            self.expired_tokens.add(self.access_token)

    def default_answer(self, request: Request) -> Answer:
        if request.method == "POST" and request.path == "/v3.0/oa/message/cs":
            return self._message(request)
        if request.method == "POST" and request.path == "/v4/oa/access_token":
            return self._refresh(request)
        return Answer(404, {"error": 404, "message": "not found"})

    def _message(self, request: Request) -> Answer:
        token = request.headers.get("access_token", "")
        if token in self.expired_tokens:
            return Answer(200, {"error": self.EXPIRED, "message": "Access token has expired"})
        if token != self.access_token:
            return Answer(200, {"error": self.INVALID, "message": "Access token is invalid"})
        body = request.json
        user = (body.get("recipient") or {}).get("user_id")
        text = (body.get("message") or {}).get("text", "")
        if user not in self.followers:
            return Answer(200, {"error": self.NOT_FOLLOWER, "message": "User has not followed OA"})
        if len(text) > 2000:
            return Answer(200, {"error": -210, "message": "Text length exceeds 2000"})
        self.sent.append(body)
        return Answer(
            200, {"error": 0, "message": "Success", "data": {"message_id": f"mid-{next(self._ids)}", "user_id": user}}
        )

    def _refresh(self, request: Request) -> Answer:
        form = request.form
        if request.headers.get("secret_key") != self.app_secret or form.get("app_id") != self.app_id:
            return Answer(
                200,
                {"error": -14002, "error_name": "Invalid app", "error_description": "app_id or secret_key is invalid"},
            )
        if form.get("grant_type") != "refresh_token" or form.get("refresh_token") != self.refresh_token:
            return Answer(
                200,
                {
                    "error": -14014,
                    "error_name": "Invalid refresh token",
                    "error_description": "refresh_token is invalid or used",
                },
            )
        generation = next(self._generation)
        self.access_token = f"AT-gen{generation:04d}"
        self.refresh_token = f"RT-gen{generation:04d}"
        return Answer(
            200,
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_in": str(self.expires_in),
            },
        )
