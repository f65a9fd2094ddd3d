"""An audit hook that records (and blocks) every network connection a process tries.

Installed in a child process by `sitecustomize.py` here when OWNVOICE_NET_AUDIT names a
file; the variable is inherited, so the engine process the child starts is audited too.
Audit hooks cannot be removed, which is why this never runs inside the pytest process.

Allowed: Unix-domain sockets (D-Bus for the keyring). Refused: any TCP/UDP connect, even to
127.0.0.1 (local mode needs no network at all), and resolving any host name.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

AUDIT_ENV = "OWNVOICE_NET_AUDIT"


class NetworkUseError(RuntimeError):
    pass


def install(report: str) -> None:
    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "socket.connect":
            sock, address = args[0], args[1]
            if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object()):
                return
            _record(report, f"connect {address!r}")
        elif event == "socket.getaddrinfo":
            _record(report, f"getaddrinfo {args[0]!r}")
        elif event == "socket.gethostbyname":
            _record(report, f"gethostbyname {args[0]!r}")

    sys.addaudithook(hook)


def _record(report: str, what: str) -> None:
    with open(report, "a", encoding="utf-8") as handle:
        handle.write(f"{os.getpid()} {what}\n")
    raise NetworkUseError(f"network use in offline mode: {what}")
