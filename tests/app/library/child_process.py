"""Run by tests as a separate OwnVoice process: `python -m tests.app.library.child_process MODE HOME`.

Modes:
  save-loop  create a draft, then autosave its card in a loop, printing each sequence number
             after its save has committed (the parent kills it with SIGKILL at some point);
  hold       open the library and keep it open, saving the lines it reads from stdin, printing
             "saved" after each, until stdin closes.
The passphrase comes from the OWNVOICE_TEST_PASSPHRASE environment variable (keyring mode without it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.library import open_library
from app.options import PostOptions
from app.paths import AppPaths

FILLER = " lorem ipsum dolor sit amet" * 150  # ~4 KB per save: several pages, so kills land mid-write


def main(mode: str, home: str) -> int:
    library = open_library(AppPaths.under(Path(home)), os.environ.get("OWNVOICE_TEST_PASSPHRASE"))
    draft = library.create_draft("Kill test story", PostOptions("warm", ("learned",)), "m", {"learned": "seq 0"})
    card_id = draft.cards[0].id
    print(f"card {card_id}", flush=True)
    if mode == "save-loop":
        sequence = 0
        while True:
            sequence += 1
            library.save_card_text(card_id, f"seq {sequence}{FILLER}")
            print(sequence, flush=True)
    print("ready", flush=True)
    for line in sys.stdin:
        library.save_card_text(card_id, line.rstrip("\n"))
        print("saved", flush=True)
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
