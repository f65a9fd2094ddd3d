"""Full-text search over story and posts (FTS5 inside the encrypted database)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlcipher3 import dbapi2 as sqlcipher

from app.library import HIGHLIGHT_END, HIGHLIGHT_START, Library
from app.library.search import fts_query
from tests.app.library.helpers import OPTIONS

TOKENIZER = "unicode61 remove_diacritics 2"


@pytest.fixture
def three_drafts(library: Library) -> dict[str, int]:
    ids = {
        "factory": library.create_draft(
            "Acme opens a factory in Eindhoven", OPTIONS, "m", {"learned": "Solar roofs everywhere."}
        ).id,
        "cafe": library.create_draft("Our café team won an award", OPTIONS, "m", {"team": "Koffie for all."}).id,
        "hiring": library.create_draft("We are hiring engineers", OPTIONS, "m", {"team": "Join the factory crew."}).id,
    }
    return ids


def found(library: Library, query: str, **kwargs: object) -> set[int]:
    return {d.id for d in library.list_drafts(query, **kwargs)}  # type: ignore[arg-type]


def test_search_finds_words_in_story_and_posts(library: Library, three_drafts: dict[str, int]) -> None:
    assert found(library, "eindhoven") == {three_drafts["factory"]}
    assert found(library, "solar") == {three_drafts["factory"]}
    assert found(library, "factory") == {three_drafts["factory"], three_drafts["hiring"]}
    assert found(library, "factory crew") == {three_drafts["hiring"]}


def test_last_word_matches_as_a_prefix_while_typing(library: Library, three_drafts: dict[str, int]) -> None:
    assert found(library, "eindh") == {three_drafts["factory"]}
    assert found(library, "eindh ") == set()  # a finished word must match whole


def test_accents_do_not_matter(library: Library, three_drafts: dict[str, int]) -> None:
    assert found(library, "cafe") == {three_drafts["cafe"]}
    assert found(library, "CAFÉ") == {three_drafts["cafe"]}


def test_search_follows_edits_and_status_and_deletion(library: Library, three_drafts: dict[str, int]) -> None:
    hiring = library.get_draft(three_drafts["hiring"])
    library.save_card_text(hiring.cards[0].id, "Join the warehouse crew.")
    assert found(library, "factory") == {three_drafts["factory"]}
    assert found(library, "warehouse") == {three_drafts["hiring"]}
    library.update_draft(hiring.id, story="We are hiring robots")
    assert found(library, "robots") == {hiring.id}

    library.mark_posted(three_drafts["factory"])
    assert found(library, "factory", status="posted") == {three_drafts["factory"]}
    assert found(library, "warehouse", status="posted") == set()

    library.delete_draft(three_drafts["factory"])
    assert found(library, "eindhoven") == set()
    assert found(library, "eindhoven", deleted=True) == {three_drafts["factory"]}


def test_snippet_marks_the_matches(library: Library, three_drafts: dict[str, int]) -> None:
    (summary,) = library.list_drafts("award")
    assert f"{HIGHLIGHT_START}award{HIGHLIGHT_END}" in summary.snippet


@pytest.mark.parametrize(
    "query",
    ['"', '""', "AND", "OR NOT", "NEAR(", "a AND", "(", ")", "*", "^", "col:word", "-", "'", "a\"b", "\\", "🙂"],
)
def test_fts_syntax_in_user_input_is_harmless(library: Library, three_drafts: dict[str, int], query: str) -> None:
    library.list_drafts(query)  # no exception


def test_operators_are_searched_as_words(library: Library) -> None:
    draft = library.create_draft("Salt AND pepper", OPTIONS)
    assert found(library, "AND") == {draft.id}
    assert found(library, "pepper OR") == set()  # OR is a word here, not an operator


def test_query_builder_quotes_every_word() -> None:
    assert fts_query("") == ""
    assert fts_query("  ?! ") == ""
    assert fts_query('say "hi" now') == '"say" """hi""" "now" *'
    assert fts_query("done ") == '"done"'


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_search(text: str) -> None:
    """Against an FTS5 table made like the library's (hypothesis wants no per-test fixtures)."""
    query = fts_query(text)
    if not query:
        return
    db = sqlcipher.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE t USING fts5(story, posts, tokenize = '{TOKENIZER}')")
        db.execute("INSERT INTO t VALUES ('some text', 'more')")
        db.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()
    finally:
        db.close()


def test_the_property_test_uses_the_library_tokenizer(library: Library) -> None:
    (sql,) = library._connection().execute("SELECT sql FROM sqlite_master WHERE name = 'draft_search'").fetchone()
    assert TOKENIZER in sql
