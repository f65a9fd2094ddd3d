"""A small HTTP client on the standard library's http.client, for downloads and model servers.

Why not urllib: a download must see the headers of every redirect (Hugging Face puts the
file's SHA-256 in `X-Linked-Etag` on the first hop only), and a cancel must stop a read
that is blocked on a silent server. Here every request owns its connection, and `abort()`
shuts the socket down from any thread, which wakes a blocked read at once.

Proxies from the environment (`https_proxy`, `no_proxy`, …) are honoured.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field

MAX_REDIRECTS = 8
USER_AGENT = "OwnVoice/0.1 (+local desktop app)"


class HttpError(Exception):
    """The request could not be made or answered. `str(err)` is a sentence for the user;
    `kind` says what happened so callers can word it for their context."""

    def __init__(self, message: str, kind: str, status: int = 0) -> None:
        super().__init__(message)
        self.kind = kind  # "unreachable", "tls", "timeout", "protocol", "aborted", "bad-url"
        self.status = status


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: http.client.HTTPMessage
    hop_headers: list[http.client.HTTPMessage] = field(default_factory=list)  # redirects first
    _response: http.client.HTTPResponse | None = field(default=None, repr=False)
    _connection: http.client.HTTPConnection | None = field(default=None, repr=False)

    def header(self, name: str) -> str:
        """A header of the final response, or of the first redirect that carried it."""
        value = self.headers.get(name)
        if value:
            return str(value)
        for hop in self.hop_headers:
            value = hop.get(name)
            if value:
                return str(value)
        return ""

    def read(self, size: int) -> bytes:
        assert self._response is not None
        return self._response.read(size)

    def readline(self, limit: int) -> bytes:
        assert self._response is not None
        return self._response.readline(limit)

    def read_all(self, limit: int = 1024 * 1024) -> bytes:
        assert self._response is not None
        return self._response.read(limit)

    def close(self) -> None:
        if self._response is not None:
            self._response.close()
        if self._connection is not None:
            self._connection.close()


class Abort:
    """Lets another thread stop the request in flight (a blocked connect or read)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: http.client.HTTPConnection | None = None
        self.requested = False

    def attach(self, connection: http.client.HTTPConnection | None) -> None:
        with self._lock:
            self._connection = connection
            if connection is not None and self.requested:
                _shutdown(connection)

    def abort(self) -> None:
        with self._lock:
            self.requested = True
            if self._connection is not None:
                _shutdown(self._connection)


def _shutdown(connection: http.client.HTTPConnection) -> None:
    sock = connection.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def request(
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    timeout: float = 30.0,
    abort: Abort | None = None,
    follow_redirects: bool = True,
    ssl_context: ssl.SSLContext | None = None,
) -> Response:
    """Send a request and return the response with its body unread (any status).

    Raises HttpError for what prevents an answer: a bad URL, an unreachable host, TLS
    failures, timeouts, an abort."""
    hops: list[http.client.HTTPMessage] = []
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        response = _one_request(method, current, headers or {}, body, timeout, abort, ssl_context)
        location = response.headers.get("Location")
        if not (follow_redirects and response.status in (301, 302, 303, 307, 308) and location):
            response.hop_headers = hops
            return response
        response.close()
        hops.append(response.headers)
        current = urllib.parse.urljoin(current, location)
        if response.status == 303:
            method, body = "GET", None
    raise HttpError(f"The server at {host_of(url)} redirected too many times.", "protocol")


def host_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.hostname or url


def _one_request(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    timeout: float,
    abort: Abort | None,
    ssl_context: ssl.SSLContext | None,
) -> Response:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HttpError(f"'{url}' is not a web address (it must start with http:// or https://).", "bad-url")
    try:
        port = parts.port
    except ValueError:
        raise HttpError(f"'{url}' has an invalid port number.", "bad-url") from None
    host = parts.hostname
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    proxy = _proxy_for(parts.scheme, host)
    if proxy is None:
        connection = _connection_for(parts.scheme, host, port, timeout, ssl_context)
    else:
        proxy_parts = urllib.parse.urlsplit(proxy)
        connection = _connection_for(parts.scheme, proxy_parts.hostname or "", proxy_parts.port, timeout, ssl_context)
        if parts.scheme == "https":
            connection.set_tunnel(host, port)  # TLS (and its host name check) runs inside the tunnel
        else:
            target = url
    all_headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers}
    if abort is not None:
        abort.attach(connection)
        if abort.requested:
            raise HttpError("Stopped.", "aborted")
    try:
        connection.request(method, target, body=body, headers=all_headers)
        response = connection.getresponse()
    except ssl.SSLCertVerificationError as exc:
        connection.close()
        raise HttpError(
            f"The secure connection to {host} failed: its certificate is not trusted "
            f"({exc.verify_message or exc.reason}). Ask your IT department whether the address is right "
            "and whether your computer trusts the company's certificates.",
            "tls",
        ) from exc
    except ssl.SSLError as exc:
        connection.close()
        raise HttpError(
            f"The secure connection to {host} failed ({exc.reason or exc}). Check that the address "
            "uses the right scheme (https:// or http://) and port.",
            "tls",
        ) from exc
    except (TimeoutError, socket.timeout) as exc:
        connection.close()
        raise HttpError(f"{host} did not answer within {timeout:.0f} seconds.", "timeout") from exc
    except socket.gaierror as exc:
        connection.close()
        raise HttpError(
            f"The server name {host} could not be found. Check the address, your network, or "
            "whether you need to be on the company network (VPN).",
            "unreachable",
        ) from exc
    except (ConnectionError, OSError, http.client.HTTPException) as exc:
        connection.close()
        if abort is not None and abort.requested:
            raise HttpError("Stopped.", "aborted") from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else (str(exc) or type(exc).__name__)
        raise HttpError(
            f"Could not connect to {host}{f':{port}' if port else ''} ({reason}). Check the address, "
            "whether the server is running, and your network or VPN.",
            "unreachable",
        ) from exc
    return Response(url, response.status, response.headers, [], response, connection)


def _connection_for(
    scheme: str, host: str, port: int | None, timeout: float, ssl_context: ssl.SSLContext | None
) -> http.client.HTTPConnection:
    if scheme == "https":
        return http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl_context or ssl.create_default_context()
        )
    return http.client.HTTPConnection(host, port, timeout=timeout)


def _proxy_for(scheme: str, host: str) -> str | None:
    if host in ("localhost", "127.0.0.1", "::1") or urllib.request.proxy_bypass(host):
        return None
    proxy = urllib.request.getproxies().get(scheme)
    return proxy or None


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")
