# Test lexicon for the golden tests.
@theme decentralisation
@lang ru
@label Децентрализация

децентрализ* = 1.5
местн* самоуправлен* = 2
социально-экономический = 0.5
