"""Every parser of a file the user gives OwnVoice, fed random and mutated input (hypothesis).

Story files (.txt, .md, .docx), guidelines, presets, settings, import files and the unlock
record: each either succeeds or raises the project's own typed error (never a TypeError, a
RecursionError or a raw library error), within a time and a memory budget. What parses is then
used the way the app uses it (guidelines check a post; settings are saved again; an import is
written to a real encrypted library), since that is where a bad value would bite.

The runs are deterministic (see tests/conftest.py): the same examples in CI every time.
"""

from __future__ import annotations

import io
import json
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from app.checks import CardChecker, GuidelinesError, parse_guidelines
from app.checks.guidelines import KNOWN_KEYS, check_guidelines
from app.library import ImportFormatError, Library, open_library
from app.library.transfer import parse_json
from app.library.unlock import UnlockInfo
from app.paths import AppPaths
from app.presets import PresetError, load_preset_file
from app.secrets import SecretStore
from app.settings import SettingsStore
from app.story_io import InputError, read_text_file
from tests.app.library.helpers import OPTIONS, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_GUIDELINES = (ROOT / "resources" / "examples" / "guidelines.toml").read_text(encoding="utf-8")
BUNDLED_TONES = (ROOT / "resources" / "presets" / "tones.toml").read_text(encoding="utf-8")
STORY = "Acme opens a plant in Eindhoven on 12 March 2026.\r\nIt creates 120 jobs — “a big step”, says Jan.\n"
MB = 1024 * 1024


# -- budgets and helpers --------------------------------------------------------------------------


@contextmanager
def within_budget(seconds: float, memory: int) -> Iterator[None]:
    """Fails the example if the block takes longer than `seconds` or allocates more than `memory`
    at its peak. Generous on purpose (a busy CI machine): a blow-up exceeds it by orders of magnitude."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < memory, f"peaked at {peak / MB:.0f} MB"


def in_a_file(data: bytes, name: str, read: Callable[[Path], Any]) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read(path)


def apply_mutations(base: bytes, edits: list[tuple[str, int, bytes]]) -> bytes:
    data = bytearray(base)
    for kind, where, chunk in edits:
        at = where % (len(data) + 1)
        if kind == "flip" and data:
            data[at % len(data)] ^= 1 + (chunk[0] if chunk else 0x55) % 255
        elif kind == "insert":
            data[at:at] = chunk
        elif kind == "delete":
            del data[at : at + 1 + len(chunk) * 8]
        elif kind == "truncate":
            del data[at:]
        elif kind == "repeat":
            data[at:at] = bytes(data[at : at + 64]) * (1 + len(chunk))
    return bytes(data)


def mutations_of(base: bytes) -> st.SearchStrategy[bytes]:
    edit = st.tuples(
        st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]),
        st.integers(min_value=0, max_value=max(len(base), 1)),
        st.binary(max_size=12),
    )
    return st.lists(edit, min_size=1, max_size=6).map(lambda edits: apply_mutations(base, edits))


def text_mutations_of(base: str) -> st.SearchStrategy[str]:
    return mutations_of(base.encode("utf-8")).map(lambda data: data.decode("utf-8", errors="replace"))


# -- story files ----------------------------------------------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252"]
story_bytes = st.one_of(
    st.binary(max_size=4096),
    st.tuples(st.text(max_size=500), st.sampled_from(ENCODINGS)).map(lambda te: te[0].encode(te[1], errors="replace")),
    st.sampled_from(ENCODINGS).flatmap(lambda e: mutations_of(STORY.encode(e, errors="replace"))),
)


@settings(max_examples=300)
@given(data=story_bytes, suffix=st.sampled_from([".txt", ".md", ""]))
def test_any_text_file_is_read_or_refused_with_an_input_error(data: bytes, suffix: str) -> None:
    with within_budget(seconds=5, memory=16 * MB):
        try:
            text = in_a_file(data, f"story{suffix}", lambda path: read_text_file(path, "The story"))
        except InputError as exc:
            assert "The story" in str(exc)
            return
    assert isinstance(text, str) and "\r" not in text and "\x00" not in text


def _document_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph(STORY.replace("\r\n", "\n").strip())  # a line break inside a paragraph
    document.add_table(rows=1, cols=2).cell(0, 1).text = "120 jobs"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = _document_bytes()
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_PIECES = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space='preserve'>", "<w:tab/>", "<w:br/>",
    "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<mc:AlternateContent><mc:Choice>", "</mc:Choice>",
    "<mc:Fallback>", "</mc:Fallback></mc:AlternateContent>", "<w:delText>gone</w:delText>", "Acme", " ", "é 🚀",
    "&amp;", "&lt;", "&e;", "&#0;", "&#x1F680;", "<!DOCTYPE d [<!ENTITY e 'boom'>]>", "<?xml version='1.0'?>", "<x:y>",
    "]]>", "<![CDATA[raw]]>", "\x00", "<w:p/>",
]
document_xml = st.lists(st.sampled_from(XML_PIECES), max_size=60).map(
    lambda pieces: f'<w:document xmlns:w="{W_NS}" xmlns:mc="{MC_NS}"><w:body>{"".join(pieces)}</w:body></w:document>'
)
relationships = st.sampled_from(
    [None, "word/document.xml", "/word/document.xml", "../../../etc/passwd", "word/missing.xml", "", "word/document.xml\x00"]
)


def package(xml: str, target: str | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml.encode("utf-8", errors="surrogatepass"))
        if target is not None:
            archive.writestr(
                "_rels/.rels",
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                f'officeDocument" Target="{target}"/></Relationships>',
            )
    return buffer.getvalue()


docx_bytes = st.one_of(
    mutations_of(DOCX),
    st.tuples(document_xml, relationships).map(lambda xr: package(*xr)),
    st.tuples(document_xml, relationships).map(lambda xr: package(*xr)).flatmap(mutations_of),
)


@settings(max_examples=300)
@given(data=docx_bytes)
def test_any_docx_is_read_or_refused_with_an_input_error(data: bytes) -> None:
    with within_budget(seconds=5, memory=32 * MB):
        try:
            text = in_a_file(data, "story.docx", lambda path: read_text_file(path, "The story"))
        except InputError as exc:
            assert "The story" in str(exc)
            return
    assert isinstance(text, str)


def test_the_untouched_document_reads_as_its_paragraphs() -> None:
    text = in_a_file(DOCX, "story.docx", read_text_file)
    assert text == STORY.replace("\r\n", "\n").strip() + "\n\n120 jobs"


# -- guidelines -----------------------------------------------------------------------------------

def pieces(*parts: str, max_size: int) -> st.SearchStrategy[str]:
    """Text made of these characters and longer pieces."""
    return st.lists(st.sampled_from(parts), max_size=max_size).map("".join)


toml_text = pieces(*"aZ -*'’‐#\"\\é🚀\t\n", "--", "- -", "\\u00e9", max_size=40)
toml_scalar = st.one_of(
    toml_text.map(lambda t: json.dumps(t, ensure_ascii=False)),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["true", "false", "1.5", "inf", "nan", "1979-05-27", "'literal'", '"""multi\nline"""']),
)
toml_value = st.recursive(
    toml_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map(lambda items: "[" + ", ".join(items) + "]"),
        st.lists(st.tuples(st.sampled_from(["word", "instead", "x"]), inner), max_size=3).map(
            lambda pairs: "{ " + ", ".join(f"{k} = {v}" for k, v in dict(pairs).items()) + " }"
        ),
    ),
    max_leaves=12,
)
guidelines_text = st.one_of(
    st.lists(st.tuples(st.sampled_from([*KNOWN_KEYS, "avoid_word", "[table]"]), toml_value), max_size=8).map(
        lambda lines: "\n".join(f"{key} = {value}" for key, value in dict(lines).items())
    ),
    text_mutations_of(EXAMPLE_GUIDELINES),
)
posts = pieces(*"aZé -‐'’#*\n.", "Project Falcon", "synergy", "disrupts", "-" * 40, max_size=1500)


@settings(max_examples=300)
@given(text=guidelines_text, post=posts)
@example(text='forbidden_terms = ["a' + "-" * 30 + 'b"]', post="a" + "-" * 30 + "c")  # froze the window for 60 s
def test_any_guidelines_file_parses_or_says_why_and_checks_in_bounded_time(text: str, post: str) -> None:
    with within_budget(seconds=5, memory=32 * MB):
        try:
            guidelines = parse_guidelines(text, "The guidelines file g.toml")
        except GuidelinesError as exc:
            assert str(exc).startswith("The guidelines file g.toml")
            return
        check_guidelines(post, guidelines)  # the user's terms, matched against any post
        assert parse_guidelines_round_trip(guidelines) == guidelines


def parse_guidelines_round_trip(guidelines: Any) -> Any:
    return type(guidelines).from_dict(json.loads(json.dumps(guidelines.to_dict())))


# -- presets --------------------------------------------------------------------------------------

preset_text = st.one_of(
    text_mutations_of(BUNDLED_TONES),
    st.lists(st.tuples(st.sampled_from(["id", "label", "description", "instruction", "[[tone]]", "x"]), toml_value), max_size=8).map(
        lambda lines: "[[tone]]\n" + "\n".join(f"{key} = {value}" for key, value in lines)
    ),
)


@settings(max_examples=200)
@given(data=st.one_of(preset_text.map(str.encode), st.binary(max_size=512)))
def test_any_preset_file_loads_or_is_a_preset_error(data: bytes) -> None:
    with within_budget(seconds=5, memory=16 * MB):
        try:
            presets = in_a_file(data, "tones.toml", lambda path: load_preset_file(path, "tone"))
        except PresetError as exc:
            assert "tones.toml" in str(exc)
            return
    assert all(p.instruction and p.label("en") and p.description("nl") for p in presets)


# -- settings -------------------------------------------------------------------------------------

# Any text JSON can carry, lone surrogates ("\ud800", half a character) included.
json_text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(["\ud800", "\udfff", "\x00"])), max_size=20)
json_value = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(min_value=-(2**80), max_value=2**80), st.floats(allow_nan=False),
        json_text,
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(json_text, inner, max_size=4)),
    max_leaves=20,
)
GOOD_SETTINGS = json.dumps({"tone": "warm", "angles": ["team"], "theme": "dark", "extra": {"later": [1, 2]}})
settings_bytes = st.one_of(
    st.dictionaries(st.sampled_from(["tone", "angles", "theme", "extra", "language", "unicode_styling", "x"]), json_value).map(
        lambda data: json.dumps(data).encode()
    ),
    json_value.map(lambda data: json.dumps(data).encode()),
    mutations_of(GOOD_SETTINGS.encode()),
    st.binary(max_size=256),
)


@settings(max_examples=200)
@given(data=settings_bytes)
@example(data=b'{"tone": "\\ud800"}')  # half a character: once saved back, it crashed the window's close
@example(data=b'{"extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}")
def test_any_settings_file_loads_defaults_where_needed_and_saves_again(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder, within_budget(seconds=5, memory=16 * MB):
        store = SettingsStore(Path(folder) / "settings.json")
        store.path.write_bytes(data)
        loaded = store.load()  # never raises: a damaged file is moved aside with a warning
        store.save(loaded.settings)  # and whatever was kept can be written back
        assert store.load().settings == loaded.settings


# -- import files ---------------------------------------------------------------------------------

VALID_EXPORT: dict[str, Any] = {
    "format": "ownvoice-drafts",
    "version": 1,
    "drafts": [
        {
            "uid": "0f8fad5bd9cb469fa16570867728950e",
            "story": STORY,
            "options": OPTIONS.to_dict(),
            "model": "m",
            "status": "posted",
            "posted_at": "2026-01-02T10:00:00+00:00",
            "created_at": "2026-01-01T10:00:00+00:00",
            "updated_at": "2026-01-01T10:00:00+01:00",
            "cards": [
                {
                    "angle": "team",
                    "text": "Proud of the team.",
                    "updated_at": "2026-01-01T10:00:00+00:00",
                    "versions": [{"text": "Proud.", "source": "tweak:shorter", "created_at": "2026-01-01T10:00:00Z"}],
                }
            ],
        }
    ],
}


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


EXPORT_PATHS = _paths(VALID_EXPORT)[1:]
odd_values = st.one_of(
    json_value,
    st.sampled_from(["\ud800", "9999-12-31T23:00:00-05:00", "0000-01-01", "tweak:", "posted", "", "x" * 300]),
)


def replaced(path: tuple[Any, ...], value: Any) -> str:
    data = json.loads(json.dumps(VALID_EXPORT))
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return json.dumps(data, ensure_ascii=False) if value != "\ud800" else json.dumps(data)


import_text = st.one_of(
    st.tuples(st.sampled_from(EXPORT_PATHS), odd_values).map(lambda pv: replaced(*pv)),
    st.lists(st.tuples(st.sampled_from(EXPORT_PATHS), odd_values), max_size=3).map(
        lambda changes: json.dumps(VALID_EXPORT) if not changes else replaced(*changes[0])
    ),
    json_value.map(json.dumps),
    text_mutations_of(json.dumps(VALID_EXPORT)),
)


@pytest.fixture(scope="module")
def import_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """One real encrypted library for every example: imports go all the way to SQLCipher."""
    paths = AppPaths.under(tmp_path_factory.mktemp("import-target"))
    store = SecretStore(backend=fail.Keyring())
    with open_library(paths, PASSPHRASE, secret_store=store) as library:
        yield library


@settings(max_examples=300)
@given(text=import_text)
@example(text=replaced(("drafts", 0, "story"), "\ud800"))  # SQLite cannot store half a character
@example(text=replaced(("drafts", 0, "options", "angles"), 5))  # once a TypeError
@example(text=replaced(("drafts", 0, "created_at"), "9999-12-31T23:00:00-05:00"))  # once an OverflowError
def test_any_import_file_is_imported_or_refused_with_an_import_error(import_target: Library, text: str) -> None:
    with within_budget(seconds=5, memory=32 * MB):
        try:
            records = parse_json(text)
        except ImportFormatError as exc:
            assert str(exc)
            return
        import_target.import_records(records)  # stored, or skipped as already there: never an error
    for record in records:
        assert any(d.uid == record.uid for d in import_target.list_drafts())


# -- the unlock record ----------------------------------------------------------------------------


@settings(max_examples=100)
@given(text=st.one_of(json_value.map(json.dumps), st.text(max_size=100)))
def test_any_unlock_record_is_read_or_counts_as_missing(text: str) -> None:
    info = UnlockInfo.from_json(text)
    assert info is None or info.method.value in ("keyring", "passphrase")


# -- checks on any text ---------------------------------------------------------------------------

hostile_text = pieces(
    *"Aa1 0.,-‐'’\"“”„«»#@*\n€%", "12 March", "Jan de Vries", "2.5 million", "🚀", "\u200d", "a year and a half",
    max_size=1000,
)


@settings(max_examples=100)
@given(story=hostile_text, post=hostile_text)
def test_checks_handle_any_story_and_card_within_their_budget(story: str, post: str) -> None:
    with within_budget(seconds=5, memory=64 * MB):
        report = CardChecker.for_story(story, post[:100]).check(post)
    assert all(f.start is None or 0 <= f.start <= (f.end or 0) <= len(post) for f in report.findings)
