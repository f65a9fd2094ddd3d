"""Loaded by Python at start-up when this folder is on PYTHONPATH (offline tests only)."""

import os

if os.environ.get("OWNVOICE_NET_AUDIT"):
    from tests.offline.audit import install

    install(os.environ["OWNVOICE_NET_AUDIT"])
