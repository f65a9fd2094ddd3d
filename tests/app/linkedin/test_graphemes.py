"""Grapheme clusters: a cut never splits an emoji sequence or a letter from its accent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.linkedin.graphemes import grapheme_starts, graphemes, is_grapheme_boundary


@pytest.mark.parametrize(
    "cluster",
    ["a", "é", "e\u0301", "👍", "👍🏽", "👩‍💻", "👩‍👩‍👧‍👦", "🇳🇱", "❤️", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "\r\n"],
)
def test_each_is_one_cluster(cluster: str) -> None:
    assert graphemes(cluster) == [cluster]
    assert graphemes(f"x{cluster}y") == ["x", cluster, "y"]


def test_flags_pair_up() -> None:
    assert graphemes("🇳🇱🇧🇪🇩") == ["🇳🇱", "🇧🇪", "🇩"]


def test_boundaries() -> None:
    text = "a👍🏽b"
    assert grapheme_starts(text) == [0, 1, 3]
    assert is_grapheme_boundary(text, 1)
    assert not is_grapheme_boundary(text, 2)
    assert is_grapheme_boundary(text, len(text))


@given(st.text())
def test_clusters_join_back_to_the_text(text: str) -> None:
    assert "".join(graphemes(text)) == text
    assert all(graphemes(text))
