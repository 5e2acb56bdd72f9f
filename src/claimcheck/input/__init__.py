"""Stage 1, input: articles read from files, JSON Lines, folders and feeds.

`articles` reads Markdown/text with front matter and JSON Lines into `Article` records (or an
`InputProblem` for a record that cannot be read) and computes an article's content hash;
`feeds` reads RSS/Atom; `inbox` walks folders, files and feeds for a run, leaving files that
are still being written; `text` splits a body into sentences and maps offsets to lines.

May import: the vocabulary (`claimcheck.records`, `claimcheck.errors`) and nothing else of
claimcheck.
"""
