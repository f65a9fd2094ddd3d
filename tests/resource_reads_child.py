"""Run by tests/test_build_spec.py: exercise every reader of bundled data the way the frozen app
does, and print (as JSON) the files Python opened.

The frozen app's `importlib.resources.files()` gives a MultiplexedPath, whose joinpath takes one
part on Python 3.11; the readers here get one too, so code that works only on a source checkout
fails here as it would in the bundle.
"""

from __future__ import annotations

import json
import os
import sys
from importlib import resources
from importlib.readers import MultiplexedPath
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EN_POST = "Proud of Anna Jansen and the 40 people of Northwind Energy in Utrecht, who opened the plant on 3 March 2025."
NL_POST = "Trots op Anna Jansen en de 40 mensen van Northwind Energy in Utrecht, die op 3 maart 2025 de fabriek openden."


def main() -> int:
    opened: list[str] = []

    def record(event: str, args: tuple[Any, ...]) -> None:
        if event == "open" and isinstance(args[0], str):
            opened.append(os.path.abspath(args[0]))

    real_files = resources.files

    def files_as_in_the_bundle(anchor: Any) -> Any:
        found = real_files(anchor)
        return MultiplexedPath(Path(str(found))) if Path(str(found)).is_dir() else found

    resources.files = files_as_in_the_bundle  # type: ignore[assignment]
    sys.addaudithook(record)

    from PySide6.QtWidgets import QApplication

    from app.checks import CardChecker
    from app.desktop_entry import template_text
    from app.presets import load_catalog
    from models.catalog import starter_model_path
    from models.curated import load_catalogue
    from ui.app_icon import app_icon
    from ui.main import example_story
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    story = example_story()
    load_catalog()
    apply_theme(app, "light")
    assert not app_icon().isNull()
    assert starter_model_path() is not None
    template_text()
    assert load_catalogue()  # the model manager's Get models tab and `ownvoice-cli models download --list`
    checker = CardChecker.for_story(story, "", None, None)
    checker.check(EN_POST, "en")
    checker.check(NL_POST, "nl")
    print(json.dumps(sorted(set(opened))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
