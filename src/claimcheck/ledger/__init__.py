"""Stage 5, the claim ledger: what earlier articles said, and the comparison with them.

`store` is the ledger itself (the schema and the rows shared by both backends, SQLite and
PostgreSQL, behind `open_ledger`); `identity` gives a figure the keys it is matched on (whose
figure, what measure, for which period); `priors` compares an article's figures with earlier
articles' (CC201, CC202).

May import: the vocabulary, `claimcheck.input`, `claimcheck.extract`, `claimcheck.checks`.
"""
