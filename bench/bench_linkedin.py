"""How long do "Copy for LinkedIn" and the preview take for a full 3,000-character post?

The preview re-renders while the user types (at most every 60 ms), so format + fold + HTML
should stay well under that. Prints the median and worst of repeated runs; no pass/fail.

    .venv/bin/python bench/bench_linkedin.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.linkedin.format import LINKEDIN_MAX_CHARS, linkedin_length, to_linkedin_text  # noqa: E402
from app.linkedin.render import markdown_to_safe_html, post_to_preview_html  # noqa: E402

PARAGRAPH = (
    "After **six months** of work our team *finally* shipped the new planning app 🚀. "
    "We talked to users __early__, kept releases small and learned a lot about #teamwork "
    "with @Anna and the café crew in Zürich — geëvalueerd, getest en live! "
)
BULLETS = "- Talk to users **early**\n- Ship small\n  - even when it feels unfinished\n1. Listen\n2. Build\n"
RUNS = 200


def three_thousand_characters() -> str:
    post = "# We shipped it 🎉\n\n"
    while len(post) < LINKEDIN_MAX_CHARS:
        post += PARAGRAPH + "\n\n" + BULLETS + "\n"
    return post[:LINKEDIN_MAX_CHARS]


def measure(name: str, action: Callable[[], object]) -> None:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    print(f"{name:<34} median {statistics.median(timings):6.2f} ms   worst {max(timings):6.2f} ms")


def main() -> int:
    post = three_thousand_characters()
    print(f"input: {len(post)} characters of markdown; LinkedIn length after conversion: "
          f"{linkedin_length(to_linkedin_text(post))} (UTF-16 units)")
    measure("to_linkedin_text (styled)", lambda: to_linkedin_text(post))
    measure("to_linkedin_text (plain)", lambda: to_linkedin_text(post, unicode_styling=False))
    measure("linkedin_length", lambda: linkedin_length(post))
    measure("post_to_preview_html (folded)", lambda: post_to_preview_html(post))
    measure("post_to_preview_html (expanded)", lambda: post_to_preview_html(post, expanded=True))
    measure("markdown_to_safe_html", lambda: markdown_to_safe_html(post))

    from PySide6.QtWidgets import QApplication

    from ui.preview import LinkedInPreview

    app = QApplication.instance() or QApplication([])
    preview = LinkedInPreview()
    preview.set_expanded(True)
    preview.resize(600, 800)
    preview.show()  # laid out and painted, as in the window

    def render_in_widget() -> None:
        preview.set_text(post + str(time.perf_counter()))  # a new text each time, as when typing
        preview.update_now()
        app.processEvents()

    measure("LinkedInPreview render (expanded)", render_in_widget)
    # Tear Qt down before the interpreter does: PySide6 can crash in finalisation otherwise.
    preview.close()
    preview.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
