# Test lexicon for the golden tests.
@theme budget_fiscal
@lang kk
@label Бюджет

бюджет = 1
жергілікті бюджет = 2
салық* = 0.5
