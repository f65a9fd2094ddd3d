"""Word diff between two versions of a post, for the side-by-side compare view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.library import DiffKind, DiffSegment, word_diff


def test_changed_words_are_marked_on_each_side() -> None:
    diff = word_diff("We opened a new factory today.", "We opened a big new plant today!")

    assert diff.changed
    assert diff.segments == (
        DiffSegment(DiffKind.EQUAL, "We opened a "),
        DiffSegment(DiffKind.INSERT, "big "),
        DiffSegment(DiffKind.EQUAL, "new "),
        DiffSegment(DiffKind.DELETE, "factory"),
        DiffSegment(DiffKind.INSERT, "plant"),
        DiffSegment(DiffKind.EQUAL, " today"),
        DiffSegment(DiffKind.DELETE, "."),
        DiffSegment(DiffKind.INSERT, "!"),
    )
    assert [s.kind for s in diff.old_side] == ["equal", "equal", "delete", "equal", "delete"]
    assert [s.kind for s in diff.new_side] == ["equal", "insert", "equal", "insert", "equal", "insert"]


def test_identical_texts_are_one_equal_segment() -> None:
    diff = word_diff("Same text\n\nhere", "Same text\n\nhere")
    assert not diff.changed
    assert diff.segments == (DiffSegment(DiffKind.EQUAL, "Same text\n\nhere"),)
    assert word_diff("", "").segments == ()


def test_whole_words_change_not_letters() -> None:
    diff = word_diff("learned", "learning")
    assert diff.segments == (DiffSegment(DiffKind.DELETE, "learned"), DiffSegment(DiffKind.INSERT, "learning"))


@given(st.text(max_size=120), st.text(max_size=120))
def test_each_side_reads_back_as_its_text(old: str, new: str) -> None:
    diff = word_diff(old, new)
    assert "".join(s.text for s in diff.old_side) == old
    assert "".join(s.text for s in diff.new_side) == new
    assert all(s.text for s in diff.segments)
