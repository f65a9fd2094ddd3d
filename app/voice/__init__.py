"""The user's own voice: a profile measured from their earlier posts, and how well a post matches it.

Public API:
- `VoiceProfile.from_posts(posts)`: build a profile from 3 to 20 posts (InputError otherwise).
- `split_samples(text)`: split a pasted or imported samples text into posts.
- `profile.style_notes()`, `profile.with_style_notes(notes)`, `profile.choose_samples(budget, count_tokens)`.
- `profile.match(post) -> VoiceMatch`: a 0-100 score and the biggest differences in words.
- `profile.to_dict()` / `VoiceProfile.from_dict(data)`: JSON-safe storage.

`app.voice.text` holds the text primitives (words, sentences, emoji, hashtags) the checks share.
"""

from app.voice.match import VoiceMatch
from app.voice.profile import FIELD_LABELS, MAX_POSTS, MIN_POSTS, VoiceProfile
from app.voice.samples import SPLIT_RULE, split_samples

__all__ = ["FIELD_LABELS", "MAX_POSTS", "MIN_POSTS", "SPLIT_RULE", "VoiceMatch", "VoiceProfile", "split_samples"]
