"""Keeping a draft in the library: snapshots of the model in, each change written once.

The GUI takes a `DraftSnapshot` (immutable, cheap) whenever the draft changes; the
`DraftRecorder` writes it on the library's thread, in order. The recorder remembers what it
wrote for each open draft, so a snapshot is always the whole draft and the library only sees
what changed: no dirty flags to lose, a failed save is simply retried by the next snapshot,
and two snapshots of a draft not yet stored never make two drafts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.draft.model import DraftModel, StoredCard, StoredVersion, VersionEntry
from app.library import Draft, Library, VersionSource
from app.options import PostOptions


@dataclass(frozen=True)
class CardSnapshot:
    key: str
    angle: str
    text: str
    kept: bool
    library_id: int | None
    loaded_kept: bool
    versions: tuple[VersionEntry, ...]


@dataclass(frozen=True)
class DraftSnapshot:
    token: int
    revision: int
    draft_id: int
    story: str
    options: PostOptions
    loaded_story: str | None
    loaded_options: PostOptions | None
    model_name: str
    holds_user_work: bool
    cards: tuple[CardSnapshot, ...]


@dataclass(frozen=True)
class SaveResult:
    token: int
    revision: int
    draft_id: int  # 0: not stored (nothing of the user's yet)
    card_ids: Mapping[str, int]
    created: bool = False


def snapshot(model: DraftModel) -> DraftSnapshot:
    return DraftSnapshot(
        token=model.token,
        revision=model.revision,
        draft_id=model.draft_id,
        story=model.story,
        options=model.options,
        loaded_story=model.loaded_story,
        loaded_options=model.loaded_options,
        model_name=model.model_name,
        holds_user_work=model.holds_user_work,
        cards=tuple(
            CardSnapshot(c.key, c.angle, c.text, c.kept, c.library_id, c.loaded_kept, tuple(c.versions))
            for c in model.cards
        ),
    )


@dataclass
class _Written:
    """What the library holds of one open draft, as far as this recorder knows."""

    draft_id: int
    story: str | None
    options: PostOptions | None
    card_ids: dict[str, int] = field(default_factory=dict)
    kept: dict[str, bool] = field(default_factory=dict)
    versions: dict[int, str] = field(default_factory=dict)  # version entry id -> the text written


class DraftRecorder:
    """Writes snapshots to the library. Use it from one thread (the library's)."""

    def __init__(self) -> None:
        self._drafts: dict[int, _Written] = {}

    def save(self, library: Library, snap: DraftSnapshot) -> SaveResult:
        """Write what changed since the last save of this draft. Raises LibraryError; what was
        written before the failure is remembered, the rest is tried again next time."""
        written = self._drafts.get(snap.token)
        if written is None:
            written = self._drafts[snap.token] = _Written(snap.draft_id, snap.loaded_story, snap.loaded_options)
            for card in snap.cards:
                if card.library_id is not None:
                    written.card_ids[card.key] = card.library_id
                    written.kept[card.key] = card.loaded_kept
                written.versions.update((v.id, v.text) for v in card.versions if v.stored)
        created = False
        if not written.draft_id:
            if not snap.holds_user_work:
                return SaveResult(snap.token, snap.revision, 0, {})
            written.draft_id = library.create_draft(snap.story, snap.options, snap.model_name).id
            written.story, written.options = snap.story, snap.options
            created = True
        elif (snap.story, snap.options) != (written.story, written.options):
            library.update_draft(written.draft_id, story=snap.story, options=snap.options)
            written.story, written.options = snap.story, snap.options
        for card in snap.cards:
            self._save_card(library, written, card)
        return SaveResult(snap.token, snap.revision, written.draft_id, dict(written.card_ids), created)

    def _save_card(self, library: Library, written: _Written, card: CardSnapshot) -> None:
        for version in card.versions:
            if version.stored or written.versions.get(version.id) == version.text:
                continue
            card_id = written.card_ids.get(card.key)
            if card_id is None:
                card_id = library.add_card(written.draft_id, card.angle, version.text, version.model).id
                written.card_ids[card.key] = card_id
                written.kept[card.key] = False
            elif version.source == VersionSource.EDITED:
                library.save_card_text(card_id, version.text)  # the library folds a stretch of edits into one
            else:
                library.add_generated_version(card_id, version.text, version.model, version.source)
            written.versions[version.id] = version.text
        card_id = written.card_ids.get(card.key)
        if card_id is not None and written.kept.get(card.key, False) != card.kept:
            library.set_card_kept(card_id, card.kept)
            written.kept[card.key] = card.kept

    def forget(self, token: int) -> None:
        self._drafts.pop(token, None)


def stored_cards(library: Library, draft: Draft) -> list[StoredCard]:
    """A draft's cards with their history, read for `DraftModel.load`."""
    return [
        StoredCard(
            library_id=card.id,
            angle=card.angle,
            text=card.text,
            kept=card.kept,
            versions=tuple(StoredVersion(v.text, v.source, v.model) for v in library.card_versions(card.id)),
        )
        for card in draft.cards
    ]
