# Test lexicon for the golden tests.
@theme budget_fiscal
@lang ru
@label Бюджет и налоги

бюджет = 1
бюджетный кодекс = 2.5
налог* = 0.5
бюджет клуба = -2
