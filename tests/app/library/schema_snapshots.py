"""Each shipped schema version as SQL (schema_history/vN.sql), to build old libraries in tests.

The files are the frozen history: a test checks that the migrations still produce them exactly.
After adding migration N, write vN.sql once with `python -m tests.app.library.schema_snapshots N`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

HISTORY = Path(__file__).with_name("schema_history")
# FTS5 creates these itself for the virtual table; the CREATE VIRTUAL TABLE line stands for them.
_FTS_SHADOW = re.compile(r"^draft_search_(data|idx|content|docsize|config)$")


def snapshot_path(version: int) -> Path:
    return HISTORY / f"v{version}.sql"


def normalized(sql: str) -> str:
    """Layout does not matter (SQLite keeps the CREATE text as written); the statements do."""
    lines = [line for line in sql.splitlines() if not line.startswith("--")]
    return " ".join(" ".join(lines).split())


def schema_sql(db: Any, version: int) -> str:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    statements = [sql.strip() + ";" for name, sql in rows if not _FTS_SHADOW.match(name)]
    header = f"-- Drafts library schema version {version}, as shipped. Frozen history: never edit.\n\n"
    return header + "\n\n".join(statements) + "\n"


def _write(version: int) -> None:  # pragma: no cover - a developer tool
    from sqlcipher3 import dbapi2 as sqlcipher

    from app.library.schema import migrate

    db = sqlcipher.connect(":memory:", isolation_level=None)
    migrate(db, writable=True, up_to=version)
    snapshot_path(version).write_text(schema_sql(db, version), encoding="utf-8")
    db.close()


if __name__ == "__main__":  # pragma: no cover
    _write(int(sys.argv[1]))
