"""A real HTTP server on 127.0.0.1 for download tests, serving one file with Range support
and faults on demand: a connection dropped half way, Range ignored, a wrong ETag, a pace
slow enough to pause, no Content-Length, a redirect that carries X-Linked-Etag."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Faults:
    drop_after: int = 0  # close the connection after this many body bytes (first N responses)
    drops: int = 1
    ignore_range: bool = False
    bytes_per_second: int = 0  # 0: as fast as possible
    no_length: bool = False  # HTTP/1.0 style: no Content-Length, end = connection close
    etag: str = ""  # sent as ETag on the file
    linked_etag: str = ""  # sent as X-Linked-Etag on a redirect (Hugging Face style)
    status_first: int = 0  # answer the first request with this status (e.g. 503)
    content_type: str = "application/octet-stream"
    body_override: bytes | None = None


@dataclass
class Log:
    requests: list[dict[str, str]] = field(default_factory=list)
    body_bytes_sent: int = 0

    @property
    def ranges(self) -> list[str]:
        return [r.get("Range", "") for r in self.requests if r["path"].startswith("/files/")]


class FileServer:
    def __init__(self, data: bytes, name: str = "model.gguf") -> None:
        self.data = data
        self.name = name
        self.faults = Faults()
        self.log = Log()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="file-server", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/files/{self.name}"

    @property
    def redirect_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/resolve/{self.name}"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def start(self) -> FileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with server._lock:
                    server.log.requests.append({"path": self.path, **dict(self.headers.items())})
                    first = len(server.log.requests) == 1
                faults = server.faults
                if self.path.startswith("/resolve/"):
                    self.send_response(302)
                    self.send_header("Location", f"/files/{server.name}")
                    if faults.linked_etag:
                        self.send_header("X-Linked-Etag", f'"{faults.linked_etag}"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if first and faults.status_first:
                    body = b"try later"
                    self.send_response(faults.status_first)
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Retry-After", "0")
                    self.end_headers()
                    self.wfile.write(body)
                    return
                data = server.data if faults.body_override is None else faults.body_override
                start = 0
                match = re.match(r"bytes=(\d+)-$", self.headers.get("Range", ""))
                if_range = self.headers.get("If-Range")
                range_ok = match and not faults.ignore_range and (not if_range or if_range == faults.etag)
                if range_ok and match is not None:
                    start = int(match.group(1))
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                self.send_header("Content-Type", faults.content_type)
                self.send_header("Accept-Ranges", "bytes")
                if faults.etag:
                    self.send_header("ETag", faults.etag)
                if faults.no_length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(data) - start))
                self.end_headers()
                drop = 0
                with server._lock:
                    if faults.drop_after and faults.drops > 0:
                        faults.drops -= 1
                        drop = faults.drop_after
                self._send_body(data[start:], drop)

            def _send_body(self, body: bytes, drop: int) -> None:
                step = 64 * 1024
                sent = 0
                pace = server.faults.bytes_per_second
                began = time.monotonic()
                try:
                    while sent < len(body):
                        end = min(sent + step, len(body))
                        if drop and end >= drop:
                            self.wfile.write(body[sent:drop])
                            server.log.body_bytes_sent += drop - sent
                            self.close_connection = True
                            return
                        self.wfile.write(body[sent:end])
                        server.log.body_bytes_sent += end - sent
                        sent = end
                        if pace:
                            ahead = sent / pace - (time.monotonic() - began)
                            if ahead > 0:
                                time.sleep(ahead)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

        return Handler


@contextmanager
def serving(data: bytes, name: str = "model.gguf") -> Iterator[FileServer]:
    server = FileServer(data, name).start()
    try:
        yield server
    finally:
        server.stop()


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
