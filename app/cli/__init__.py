"""ownvoice-cli: headless use of OwnVoice. See `ownvoice-cli --help`."""

from app.cli.main import main

__all__ = ["main"]
