"""Stage 2, extraction: the claims (figures, dates, durations, frequencies) in an article body.

`claims` turns a body into `Claim` records (quantities and dates found, merged, normalized);
`quantities` and `dates` are the two scanners, `numbers` parses written numbers, `units`
knows unit names and converts with pint, and `lexicon` holds the one set of word tables
(number words, months, weekdays, periods, date trigger words) every stage reads.

May import: the vocabulary and `claimcheck.input`.
"""
