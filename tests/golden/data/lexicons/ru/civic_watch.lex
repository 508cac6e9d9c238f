# Test lexicon for the golden tests: a theme outside the taxonomy (it sorts
# after the taxonomy's themes).
@theme civic_watch
@lang ru
@label Гражданский контроль

"гражданский контроль" = 2
