from claimcheck.input.text import LineIndex, split_sentences
from claimcheck.records import Article


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "They met on Dec. 19 in Minsk. Gen. J. Smith spoke. Prices rose 3.5 pct."
    assert sentences(text) == [
        "They met on Dec. 19 in Minsk.",
        "Gen. J. Smith spoke.",
        "Prices rose 3.5 pct.",
    ]


def test_paragraph_break_ends_a_sentence_without_punctuation():
    text = "A headline without a stop\n\nThe story starts here. It goes on."
    assert sentences(text) == [
        "A headline without a stop",
        "The story starts here.",
        "It goes on.",
    ]


def test_quote_closing_after_stop_stays_with_sentence():
    text = '"We will return," she said. "Soon."'
    assert sentences(text) == ['"We will return," she said.', '"Soon."']


def test_line_index_counts_from_body_line():
    article = Article(id="a", body="first\nsecond line\nthird", body_line=5)
    index = LineIndex(article)
    assert index.locate(0) == (5, 1)
    assert index.locate(6) == (6, 1)
    assert index.locate(13) == (6, 8)
    assert index.locate(18) == (7, 1)


def test_line_index_for_jsonl_records_points_at_the_record_line():
    article = Article(id="a", body="x\ny", record_line=42)
    assert LineIndex(article).locate(2) == (42, 3)


def test_initials_before_a_currency_word_do_not_end_a_sentence():
    body = "Deposits reached 4.2 billion N.Z. Dlrs in May. Loans fell."
    assert [body[a:b] for a, b in split_sentences(body)] == [
        "Deposits reached 4.2 billion N.Z. Dlrs in May.",
        "Loans fell.",
    ]


def test_no_abbreviates_number_only_before_a_number():
    text = (
        "The council's answer was no. Residents will appeal. The No. 4 bus and Nos. 7 and 9 "
        "still run. Grade No. Three costs more. Asked again, they said no. 12 people left."
    )
    assert sentences(text) == [
        "The council's answer was no.",
        "Residents will appeal.",
        "The No. 4 bus and Nos. 7 and 9 still run.",
        "Grade No. Three costs more.",
        "Asked again, they said no. 12 people left.",
    ]


def test_a_question_mark_after_an_abbreviation_ends_the_sentence():
    text = (
        "Did the fleet sail in Dec? Nobody on the quay could say. Was it Gen. Moor? He denied it."
    )
    assert sentences(text) == [
        "Did the fleet sail in Dec?",
        "Nobody on the quay could say.",
        "Was it Gen. Moor?",
        "He denied it.",
    ]
