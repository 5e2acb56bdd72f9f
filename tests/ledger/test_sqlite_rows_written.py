"""The SQLite ledger writes the ordered pass's rows several to a statement, and a figure that
sets none of the rarely set columns without them: what it stores must be every row as made,
in order, each column as given (an empty column NULL)."""

import dataclasses
from datetime import UTC, datetime

from claimcheck.ledger import ledger_entry, open_ledger
from claimcheck.ledger.events import Event
from claimcheck.ledger.sqlite import ROWS_PER_INSERT
from claimcheck.ledger.store import ARTICLE_COLUMNS, FIGURE_COLUMNS, Recorded, recorded_rows
from claimcheck.records import Article, Claim

BODY = "Ostmark's 1986 budget gap was 4.2 billion dlrs."


def _entry(number: int):
    """An article with three figures of one kind or another: plain, an incident's, and one
    that is a part of a whole with a basis (every third article) or plain."""
    article = Article(
        id=f"art-{number:03d}",
        body=BODY,
        source="Wire",
        published=datetime(1987, 3, 1 + number % 28, tzinfo=UTC),
    )
    at = BODY.index("4.2")
    claim = Claim(
        article_id=article.id,
        kind="money",
        text="4.2 billion dlrs",
        start=at,
        end=at + 16,
        sentence=BODY,
        value=4.2e9 + number,
        unit="USD",
        dimension="currency",
    )
    entry = ledger_entry(article, "k", [claim])
    [plain] = entry.figures
    fire = Event("fire", frozenset({"ashby"}), None, None, number % 2 == 0, frozenset({"ashby"}))
    incident = dataclasses.replace(plain, index=1, start=1, end=5, event=fire).with_keys()
    third = dataclasses.replace(plain, index=2, start=6, end=9, keys=())
    if number % 3 == 0:
        third = dataclasses.replace(third, part_of="ashby", basis="net").with_keys()
    else:
        third = third.with_keys()
    return dataclasses.replace(entry, figures=(plain, incident, third))


def test_every_row_is_stored_as_made_in_order_past_a_statement_s_share(tmp_path):
    # More articles than one statement carries, and a count that leaves some over.
    entries = [_entry(number) for number in range(2 * ROWS_PER_INSERT + 7)]
    recorded, assigned, next_id = [], {}, 1
    for entry in entries:
        ids = list(range(next_id, next_id + len(entry.figures)))
        next_id += len(ids)
        for figure, figure_id in zip(entry.figures, ids, strict=True):
            assigned[(entry.article_id, figure.index)] = figure_id
        recorded.append(Recorded(entry, [], [], ids))
    articles, figures, keys, _, _ = recorded_rows(recorded, assigned, "now")
    assert any(row[FIGURE_COLUMNS.index("part_of")] for row in figures)
    assert any(row[FIGURE_COLUMNS.index("event_kind")] for row in figures)
    with open_ledger(tmp_path / "l.sqlite") as ledger, ledger.ordered_pass():
        ledger.write_recorded(recorded, assigned)
        connection = ledger._connection
        quoted = ", ".join(f'"{column}"' for column in FIGURE_COLUMNS)
        stored_figures = connection.execute(f"SELECT {quoted} FROM figures ORDER BY id").fetchall()
        stored_keys = connection.execute(
            "SELECT match_key, published, figure_id FROM figure_keys ORDER BY rowid"
        ).fetchall()
        stored_articles = connection.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY rowid"
        ).fetchall()
        empty = connection.execute(
            "SELECT COUNT(*) FROM figures WHERE typeof(event_kind) = 'null' "
            "AND typeof(part_of) = 'null' AND typeof(basis) = 'null'"
        ).fetchone()
    assert stored_figures == [tuple(row) for row in figures]
    assert stored_keys == [tuple(row) for row in keys] and len(keys) > 2 * ROWS_PER_INSERT
    assert [row[:7] + row[8:] for row in stored_articles] == [
        tuple(row[:7] + row[8:]) for row in articles
    ]
    # The plain figures' rarely set columns are NULL, as when every column was bound.
    plain = [row for row in figures if row[FIGURE_COLUMNS.index("event_kind")] is None]
    assert empty == (sum(1 for row in plain if row[FIGURE_COLUMNS.index("part_of")] is None),)
