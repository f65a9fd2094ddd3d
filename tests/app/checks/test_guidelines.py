"""Company guidelines: parsing with clear errors, and hints for each rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checks import run_checks
from app.checks.guidelines import Guidelines, GuidelinesError, check_guidelines, load_guidelines, parse_guidelines
from app.story_io import InputError

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "examples" / "guidelines.toml"


@pytest.fixture(scope="module")
def acme() -> Guidelines:
    return load_guidelines(EXAMPLE)


def test_the_example_file_loads(acme: Guidelines) -> None:
    assert acme.name == "Acme Robotics"
    assert "Project Falcon" in acme.forbidden_terms
    assert acme.max_hashtags == 3
    assert acme.required_hashtags == ("#AcmeLife",)
    assert len(acme.summary()) == 5


@pytest.mark.parametrize(
    ("post", "kind", "flagged"),
    [
        ("Project Falcon is going well. #AcmeLife I work at Acme Robotics.", "forbidden_term", "Project Falcon"),
        ("Go #ProjectFalcon! #AcmeLife I work at Acme Robotics.", "forbidden_term", "ProjectFalcon"),
        ("The project falcon team. #AcmeLife I work at Acme Robotics.", "forbidden_term", "project falcon"),
        ("Real synergy here. #AcmeLife I work at Acme Robotics.", "avoid_word", "synergy"),
        ("This disrupts the market. #AcmeLife I work at Acme Robotics.", "avoid_word", "disrupts"),
        ("Great news. Ik werk bij Acme Robotics. #AcmeLife #a #b #c", "max_hashtags", "#c"),
    ],
)
def test_a_broken_rule_is_shown_where_it_is(acme: Guidelines, post: str, kind: str, flagged: str) -> None:
    findings = check_guidelines(post, acme)
    assert [(f.kind, post[f.start : f.end]) for f in findings if f.start is not None] == [(kind, flagged)]


@pytest.mark.parametrize(
    "post",
    [
        "Great news from the plant. I work at Acme Robotics. #AcmeLife",
        "Mooi nieuws. Ik werk bij Acme Robotics! #acmelife #robots",  # case does not matter
        "Falcons flew over the project site. i work at acme robotics #AcmeLife",  # not the term
    ],
)
def test_a_card_within_the_guidelines_gets_no_hint(acme: Guidelines, post: str) -> None:
    assert check_guidelines(post, acme) == []


def test_missing_disclosure_and_hashtag_are_suggested(acme: Guidelines) -> None:
    findings = check_guidelines("Great news from the plant.", acme)
    assert [(f.kind, f.hint, f.start) for f in findings] == [
        ("required_hashtag", "#AcmeLife", None),
        ("disclosure", "I work at Acme Robotics.", None),
    ]
    assert all(f.severity == "info" for f in findings)


def test_a_forbidden_term_is_a_warning_with_the_rule(acme: Guidelines) -> None:
    [finding, *_] = check_guidelines("Project Falcon rocks.", acme)
    assert finding.severity == "warning"
    assert "Acme Robotics guidelines" in finding.message


def test_an_avoid_word_suggests_the_alternative(acme: Guidelines) -> None:
    [finding, *_] = check_guidelines("So cheap!", acme)
    assert finding.hint == "affordable"
    assert "Try \u201caffordable\u201d" in finding.message


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ('name = "Acme"\nmax_hashtags = 3\nforbidden_terms = ["a",\n', "end of the file (line 3)", "not valid TOML"),
        ('name = "Acme"\nmax_hashtags = three\n', "line 2, column 16", "not valid TOML"),
        ('name = "Acme"\nmax_hashtags = "3"\n', "line 2", "'max_hashtags' must be a whole number"),
        ('name = "Acme"\nmax_hashtags = -1\n', "line 2", "'max_hashtags' must be a whole number"),
        ('name = "Acme"\n\nforbiden_terms = ["x"]\n', "line 3", "Did you mean 'forbidden_terms'"),
        ('[rules]\nmax = 3\n', "line 1", "'rules' is not a guidelines setting"),
        ('forbidden_terms = ["ok", ""]\n', "line 1", "'forbidden_terms' must be a list of non-empty texts"),
        ('forbidden_terms = "one"\navoid_words = [3]\n', "line 2", "'avoid_words' entries must be"),
        ('avoid_words = [{ word = "x", rather = "y" }]\n', "line 1", "'avoid_words' entries take only"),
        ('required_hashtags = ["two words"]\n', "line 1", "not a hashtag"),
        ('name = 3\n', "line 1", "'name' must be text"),
    ],
)
def test_a_malformed_file_names_the_line(text: str, where: str, what: str) -> None:
    with pytest.raises(GuidelinesError) as caught:
        parse_guidelines(text, "The guidelines file g.toml")
    message = str(caught.value)
    assert message.startswith("The guidelines file g.toml")
    assert where in message
    assert what in message
    assert isinstance(caught.value, InputError)
    assert caught.value.exit_code == 2


def test_a_single_string_is_a_list_of_one() -> None:
    guidelines = parse_guidelines('disclosure = "I work at Acme."\nrequired_hashtags = "AcmeLife"\n')
    assert guidelines.disclosure == ("I work at Acme.",)
    assert guidelines.required_hashtags == ("#AcmeLife",)


def test_round_trips_through_a_dict(acme: Guidelines) -> None:
    assert Guidelines.from_dict(acme.to_dict()) == acme


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_guidelines(tmp_path / "nope.toml")


def test_empty_guidelines_give_no_hints() -> None:
    assert check_guidelines("Anything #goes here.", parse_guidelines("")) == []


@pytest.mark.timeout(30)  # the report: the window froze 60 s on 30 hyphens; `check` ran over 120 s on 40
@pytest.mark.parametrize("hyphens", [30, 40])
def test_a_term_of_many_hyphens_is_checked_at_once(hyphens: int) -> None:
    term = "Project" + "-" * hyphens + "Falcon"
    guidelines = parse_guidelines(f'forbidden_terms = ["{term}"]\navoid_words = ["{"-" * hyphens}x"]\n')
    post = "Our Project" + "-" * (hyphens + 3) + "Hawk went live. " + "-" * 60 + " x done."
    report = run_checks(post, "Project Hawk went live.", guidelines=guidelines)
    assert not [f for f in report.findings if f.kind == "forbidden_term"]
    assert [post[f.start : f.end] for f in report.findings if f.kind == "avoid_word"] == ["x"]  # leading hyphens are not the word


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("forbidden_terms = [" + ", ".join(f'"t{n}"' for n in range(201)) + "]", "201 entries; guidelines take at most 200"),
        (f'avoid_words = ["{"w" * 201}"]', "an entry of 201 characters"),
        (f'disclosure = ["{"I work at Acme. " * 20}"]', "an entry of"),
    ],
)
def test_lists_and_entries_are_bounded(text: str, message: str) -> None:
    with pytest.raises(GuidelinesError, match=message):
        parse_guidelines(text)
