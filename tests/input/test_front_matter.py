"""Front matter of `key: text` lines is read without yaml, to the same fields yaml gives."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.input.articles import _front_matter_loader, read_articles
from claimcheck.input.front_matter import plain_front_matter


def _yaml_fields(front: str):
    return yaml.load(front, Loader=_front_matter_loader())


@pytest.mark.parametrize(
    "front",
    [
        "id: harbour-draft\ntitle: Harbour draft\npublished: 2024-03-14T09:00:00Z\n",
        'id: budget-vote\ntitle: "Council: a budget of $14.2m, passed"\n',
        "title: 'Kelling dockers vote #2'\nsource: Harbour Daily\n",
        "url: https://example.org/news/a-story?page=2#top\nid: story\n",
        "published: 2024-05-10T06:00:00+01:00\n\nid: after-a-blank-line\n",
        "published: 2024-05-10\ntitle: O'Hara's café, 3.5% dearer (again)\n",
        "id: twice\nid: the-later-one-wins\n",
        "title:   spaced out   \n",
        'title: ""\n',
        "",
    ],
)
def test_plain_lines_read_as_yaml_reads_them(front):
    fields = plain_front_matter(front)
    assert fields is not None
    assert fields == (_yaml_fields(front) or {})
    assert list(fields) == list(_yaml_fields(front) or {})


@pytest.mark.parametrize(
    "front",
    [
        "id: 12345\n",  # an int to yaml
        "id: 1_000\n",
        "ratio: 1.5\n",
        "title: yes\n",  # true to yaml
        "title: Off\n",
        "title: null\n",
        "on: a key yaml reads as true\n",
        "title: ~\n",
        "title:\n",  # null
        "title: a: b\n",  # not valid yaml
        "title: words # and a comment\n",
        "# a comment line\nid: commented\n",
        'title: "an escape \\u00e9"\n',
        "tags: [a, b]\n",
        "title: - a list item\n",
        "title: *alias\n",
        "title: !tag value\n",
        "title: |\n  block text\n",
        "title: two\n  lines\n",
        "  id: indented\n",
        "id: tab\there\n",
        "published: 2024-03-14 09:00\n",
        "id: ends-with-a-colon:\n",
    ],
)
def test_anything_else_is_left_to_yaml(front):
    assert plain_front_matter(front) is None


# Pieces that make plain lines, and the characters that make yaml read a line otherwise.
_PIECES = st.sampled_from(
    [
        "id", "title", "On", "no", "Null", "yes", "x", "é", "2024", "-", "05", "T09", ":00", ":",
        " ", "  ", "#", "'", '"', "’", "\\", ",", ".", "(", ")", "/", "&", "%", "?", "!", "*",
        "[", "]", "{", "}", "|", ">", "@", "`", "~", "+", "=", "Z", "\t", "\u00a0", "\u2028",
        "\x85", "https://", "0x1", "1e5", ".inf", "<<", "_",
    ]
)  # fmt: skip
_LINES = st.lists(
    st.builds(
        lambda key, value: f"{key}: {value}",
        st.lists(_PIECES, min_size=1, max_size=3).map("".join),
        st.lists(_PIECES, min_size=0, max_size=8).map("".join),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=400, deadline=None)
@given(_LINES)
def test_whatever_it_accepts_yaml_reads_the_same(lines):
    front = "\n".join(lines) + "\n"
    fields = plain_front_matter(front)
    if fields is None:
        return
    loaded = _yaml_fields(front)  # raises if the lines were not valid yaml after all
    assert fields == loaded and list(fields) == list(loaded)


def test_an_article_with_plain_front_matter_is_read_without_yaml(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        '---\nid: draft-1\ntitle: "Ferry fares rise"\npublished: 2024-03-14T09:00:00Z\n---\n\n'
        "Fares rose 3 percent on Monday.\n",
        encoding="utf-8",
    )
    script = (
        "import sys\n"
        "from claimcheck.input.articles import read_articles\n"
        f"[article] = read_articles([{str(draft)!r}])\n"
        "print(article.id, article.title, article.published.isoformat())\n"
        "assert 'yaml' not in sys.modules, 'yaml was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "draft-1 Ferry fares rise 2024-03-14T09:00:00+00:00\n"


def test_front_matter_beyond_plain_lines_is_still_read_by_yaml(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\nid: 4412\ntitle: Ferry fares rise  # provisional\ntags: [ferries, prices]\n---\n\n"
        "Fares rose 3 percent on Monday.\n",
        encoding="utf-8",
    )
    [article] = read_articles([draft])
    assert article.id == "4412"
    assert article.title == "Ferry fares rise"
