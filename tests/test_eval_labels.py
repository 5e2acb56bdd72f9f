"""The hand-labelled figures in benchmarks/data and the scripts that guard and score them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
SHARED = ROOT.parent / "shared"
MINIMUM_SENTENCES = {"bbc": 240, "reuters": 120}


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import check_eval_overlap
        import eval_labelled
        import labels
        import sample_label_sentences
    finally:
        sys.path.remove(str(BENCHMARKS))
    return SimpleNamespace(
        labels=labels,
        score=eval_labelled,
        overlap=check_eval_overlap,
        sample=sample_label_sentences,
    )


def _draws():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from sample_label_sentences import DRAWS
    finally:
        sys.path.remove(str(BENCHMARKS))
    return DRAWS


DRAWS = _draws()


@pytest.mark.parametrize("corpus", sorted(MINIMUM_SENTENCES))
def test_label_file_fits_its_schema_with_the_folds_of_its_draws(bench, corpus):
    sentences = bench.labels.load_labels(bench.labels.label_path(corpus))
    assert len(sentences) >= MINIMUM_SENTENCES[corpus]
    folds = [sentence.fold for sentence in sentences]
    # Each draw takes the same number per group from each hash fold it draws from and labels
    # them with that fold, or with its own fold name (the blind second held-out set); the
    # development draws leave the first held-out set as it was.
    groups = 5
    for fold in bench.labels.LABEL_FOLDS:
        drawn = sum(
            groups * draw.per_group
            for draw in DRAWS[corpus]
            for hash_fold in draw.folds
            if (draw.label or hash_fold) == fold
        )
        assert folds.count(fold) == drawn
    assert folds.count("heldout2") > 0
    assert all(
        bench.labels.HASH_FOLD_OF_LABEL[sentence.fold] == bench.labels.fold_of(sentence.article_id)
        for sentence in sentences
    )
    assert len({(s.article_id, s.start) for s in sentences}) == len(sentences)
    assert sum(len(sentence.figures) for sentence in sentences) > len(sentences) / 2


@pytest.mark.parametrize("corpus", sorted(MINIMUM_SENTENCES))
def test_blind_held_out_draw_shares_no_article_with_other_folds_or_audits(bench, corpus):
    sentences = bench.labels.load_labels(bench.labels.label_path(corpus))
    blind = {s.article_id for s in sentences if s.fold == "heldout2"}
    others = {s.article_id for s in sentences if s.fold != "heldout2"}
    audited = set(bench.sample.read_audited(bench.sample.AUDITED))
    assert blind
    assert not blind & others
    assert not blind & audited


@pytest.mark.parametrize("fold", ["dev3", "dev4", "dev5"])
def test_blind_development_draw_is_new_copy_from_development_articles(bench, fold):
    # The third to fifth development folds repeat the second held-out draw's procedure on
    # `dev` articles: none labelled in another fold, none read in either precision audit.
    sentences = bench.labels.load_labels(bench.labels.label_path("reuters"))
    drawn = [s for s in sentences if s.fold == fold]
    articles = {s.article_id for s in drawn}
    others = {s.article_id for s in sentences if s.fold != fold}
    audited = bench.sample.read_audited(bench.sample.AUDITED)
    audited_later = bench.sample.read_audited(bench.sample.AUDITED_LATER)
    assert len(articles) == len(drawn) == 40
    assert {bench.labels.fold_of(article) for article in articles} == {"dev"}
    assert not articles & others
    assert not articles & (audited | audited_later)


def test_a_blind_fold_must_come_from_held_out_articles(bench, tmp_path):
    _, sentence = _own_sentence(bench)
    assert bench.labels.fold_of("own-1") == "heldout"
    sentence["fold"] = "heldout2"
    path = _write_labels(tmp_path / "labels.json", sentence)
    assert bench.labels.load_labels(path)[0].fold == "heldout2"
    development_id = next(
        f"own-{n}" for n in range(2, 50) if bench.labels.fold_of(f"own-{n}") == "dev"
    )
    path = _write_labels(tmp_path / "labels.json", {**sentence, "article": development_id})
    with pytest.raises(bench.labels.LabelError, match="not the hash fold of its article"):
        bench.labels.load_labels(path)
    sentence["fold"] = "heldout3"
    path = _write_labels(tmp_path / "labels.json", sentence)
    with pytest.raises(bench.labels.LabelError, match="'fold' must be one of"):
        bench.labels.load_labels(path)


@pytest.mark.parametrize("corpus", sorted(MINIMUM_SENTENCES))
def test_label_file_holds_offsets_and_labels_never_text(bench, corpus):
    document = json.loads(bench.labels.label_path(corpus).read_text(encoding="utf-8"))
    long_strings = []

    def walk(node, key=""):
        if isinstance(node, dict):
            for child_key, child in node.items():
                walk(child, child_key)
        elif isinstance(node, list):
            for child in node:
                walk(child, key)
        elif isinstance(node, str) and key != "note" and len(node) > 40:
            long_strings.append(node)

    walk(document)
    assert long_strings == []
    for sentence in document["sentences"]:
        assert set(sentence) == {"article", "start", "end", "fold", "hash", "figures"}


def _write_labels(path: Path, sentence: dict) -> Path:
    path.write_text(json.dumps({"sentences": [sentence]}), encoding="utf-8")
    return path


def _own_sentence(bench):
    body = "Intro line.\n\nThe council spent £4.5m on 12 new buses last spring."
    start = body.index("The")
    money, buses = body.index("£4.5m"), body.index("12 new buses")
    hash_of = bench.labels.span_hash
    sentence = {
        "article": "own-1",
        "start": start,
        "end": len(body),
        "fold": bench.labels.fold_of("own-1"),
        "hash": hash_of(body[start:]),
        "figures": [
            {
                "start": money,
                "end": money + 5,
                "hash": hash_of("£4.5m"),
                "value": 4500000,
                "unit": "GBP",
                "dimension": "currency",
                "qualifier": "exact",
            },
            {
                "start": buses,
                "end": buses + 12,
                "hash": hash_of("12 new buses"),
                "value": 12,
                "unit": "bus",
                "dimension": "count",
                "qualifier": "exact",
            },
        ],
    }
    return body, sentence


def test_offset_check_accepts_matching_text_and_catches_drift(bench, tmp_path):
    body, sentence = _own_sentence(bench)
    path = _write_labels(tmp_path / "labels.json", sentence)
    assert len(bench.labels.load_labels(path)[0].figures) == 2
    assert bench.labels.offset_problems(path, {"own-1": body}) == []
    reworded = body.replace("Intro line.", "Intro text.")
    assert bench.labels.offset_problems(path, {"own-1": reworded}) == []
    edited = body.replace("£4.5m", "£4.7m")
    problems = bench.labels.offset_problems(path, {"own-1": edited})
    assert any("figure 0: span changed" in problem for problem in problems)
    assert bench.labels.offset_problems(path, {}) == [
        "labels.json sentence 0 (own-1): article not in the corpus"
    ]


def test_schema_check_names_each_broken_field(bench, tmp_path):
    _, sentence = _own_sentence(bench)
    sentence["fold"] = "heldout" if sentence["fold"] == "dev" else "dev"
    money, buses = sentence["figures"]
    del money["value"]
    money.update(low=5, high=4)
    buses.update(qualifier="roughly", end=sentence["end"] + 3, colour="red")
    path = _write_labels(tmp_path / "labels.json", sentence)
    with pytest.raises(bench.labels.LabelError) as raised:
        bench.labels.load_labels(path)
    message = str(raised.value)
    assert "is not the hash fold of its article" in message
    assert "low 5 > high 4" in message
    assert "qualifier 'roughly' is not known" in message
    assert "is not inside its sentence" in message
    assert "unknown key 'colour'" in message


def test_units_compare_by_meaning_not_spelling(bench):
    units_agree = bench.score.units_agree
    assert units_agree("square_kilometer", "kilometer ** 2")
    assert units_agree("metric_ton", "tonne")
    assert units_agree("USD / barrel", "USD / barrel")
    assert units_agree("account", "bank accounts")
    assert units_agree(None, None)
    assert not units_agree("GBP", "cent")
    assert not units_agree("metric_ton", "meter")
    assert not units_agree("mile", "kilometer")
    assert not units_agree("USD / share", "USD")
    assert not units_agree("year", None)


def test_a_range_matches_whichever_way_it_was_written(bench):
    gold = bench.labels.GoldFigure(0, 9, None, 193, 208, "unit", "count", "exact", "down")
    claim = SimpleNamespace(value=None, low=208.0, high=193.0)
    assert bench.score.values_agree(gold, claim)
    assert not bench.score.values_agree(gold, SimpleNamespace(value=193.0, low=None, high=None))


def _fake_shared(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    (shared / "eval" / "timeml").mkdir(parents=True)
    sentences = [{"text": "The orchestra performed 14 symphonies during its autumn tour of Leeds."}]
    (shared / "eval" / "newsquant-dev.json").write_text(json.dumps(sentences))
    (shared / "eval" / "timeml" / "doc.tml").write_text(
        "<TimeML><TEXT>Harvest volumes recovered strongly throughout northern provinces "
        "<TIMEX3 tid='t1'>last</TIMEX3> autumn.</TEXT></TimeML>"
    )
    return shared


def _run_overlap(*args: str) -> subprocess.CompletedProcess:
    script = BENCHMARKS / "check_eval_overlap.py"
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False
    )


def test_overlap_lint_fails_on_a_quoted_run_and_names_the_line(tmp_path):
    shared = _fake_shared(tmp_path)
    source = tmp_path / "src"
    source.mkdir()
    (source / "quoting.py").write_text(
        'x = 1\n# "performed 14 symphonies during its": a count\n'
        "# volumes recovered strongly throughout northern\n"
    )
    (source / "clean.yml").write_text("note: orchestra performed 14 symphonies\n")
    result = _run_overlap("--shared", str(shared), str(source))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        "quoting.py:2:" in line and "performed 14 symphonies during its" in line for line in lines
    )
    assert any("quoting.py:3:" in line for line in lines)
    assert not any("clean.yml" in line for line in lines)


def test_overlap_lint_ignores_common_english_and_skips_without_shared(tmp_path):
    shared = _fake_shared(tmp_path)
    source = tmp_path / "src"
    source.mkdir()
    # Five shared words, but neither a digit nor two long words: ordinary English.
    (source / "plain.py").write_text("# during its autumn tour of\n")
    assert _run_overlap("--shared", str(shared), str(source)).returncode == 0
    absent = _run_overlap("--shared", str(tmp_path / "absent"), str(source))
    assert absent.returncode == 0
    assert "skipped" in absent.stdout


def test_labelled_benchmark_skips_cleanly_without_shared(tmp_path):
    script = BENCHMARKS / "eval_labelled.py"
    result = subprocess.run(
        [sys.executable, str(script), "--shared", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "nothing to evaluate" in result.stdout


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
@pytest.mark.parametrize("corpus", sorted(MINIMUM_SENTENCES))
def test_labels_still_fit_the_corpus_text(bench, corpus):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from extractor import load_extractor
    finally:
        sys.path.remove(str(BENCHMARKS))
    path = bench.labels.corpus_path(corpus, SHARED)
    if not path.exists():
        pytest.skip(f"{path} is absent")
    articles = load_extractor().read_bodies(path)
    sentences = bench.labels.load_labels(bench.labels.label_path(corpus))
    bodies = bench.labels.bodies_of(articles, {sentence.article_id for sentence in sentences})
    assert bench.labels.offset_problems(bench.labels.label_path(corpus), bodies) == []
