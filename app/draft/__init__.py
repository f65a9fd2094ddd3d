"""The draft being worked on, without Qt: the model the window renders and the CLI fills.

- `app.draft.model`: `DraftModel` (story, choices, cards, job) and its changes.
- `app.draft.progress`: what a card being written shows (phase, elapsed, time left).
- `app.draft.store`: snapshots of the model written to the library, each change once.
- `app.draft.generation`: the job for the model, its events back into the model, the model file.
"""
