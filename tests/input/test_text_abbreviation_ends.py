"""A period after an abbreviation ends the sentence before a new paragraph or a word that
opens a sentence; before other words it stays inside the sentence."""

from claimcheck.input.text import split_sentences


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_company_suffix_before_an_indented_paragraph_ends_the_sentence():
    text = (
        "The bonds were placed through the\nunderwriter Northfield Trading Corp.\n"
        "    Proceeds will fund a new plant\nin Ohio, it said.\n"
    )
    assert sentences(text) == [
        "The bonds were placed through the\nunderwriter Northfield Trading Corp.",
        "Proceeds will fund a new plant\nin Ohio, it said.",
    ]


def test_company_suffix_before_a_blank_line_ends_the_sentence():
    text = "Its stake was sold to Harbour Lane Ltd.\n\nShares rose 3 pct."
    assert sentences(text) == ["Its stake was sold to Harbour Lane Ltd.", "Shares rose 3 pct."]


def test_wrapped_line_without_indent_stays_inside_the_sentence():
    text = "Orders went to Pellham Co.\nAnd Sons of Leeds for the year. Sales fell."
    assert sentences(text) == [
        "Orders went to Pellham Co.\nAnd Sons of Leeds for the year.",
        "Sales fell.",
    ]


def test_a_function_word_after_a_company_suffix_opens_a_sentence():
    text = "Its chief economist is at Grayfield Securities Inc. He expects lower rates."
    assert sentences(text) == [
        "Its chief economist is at Grayfield Securities Inc.",
        "He expects lower rates.",
    ]
    text = "The loan is guaranteed by Ardent Bank Ltd. The fee is 1/2 pct."
    assert sentences(text) == ["The loan is guaranteed by Ardent Bank Ltd.", "The fee is 1/2 pct."]


def test_a_name_or_verb_after_a_company_suffix_keeps_the_sentence():
    text = "Moorland Corp. said Mills Co. of America and Tate Inc. Holdings would bid."
    assert sentences(text) == [text]


def test_after_initials_only_an_article_or_pronoun_opens_a_sentence():
    # Wire copy capitalises the word after "U.S." inside a sentence ("the U.S. This year").
    text = "Exports to the U.S. This year may double. Sales in the U.S. It said were flat."
    assert sentences(text) == [
        "Exports to the U.S. This year may double.",
        "Sales in the U.S.",
        "It said were flat.",
    ]


def test_titles_keep_the_name_after_them():
    text = "A statement from Gen. The Lord Harwood was read. Rev. It was not."
    assert sentences(text)[0] == "A statement from Gen. The Lord Harwood was read."
