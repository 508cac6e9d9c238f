# Test lexicon for the golden tests: do not grow it, the expectations
# in tests/golden/*.out depend on every line (and on the line numbers).
@theme direct_elections
@lang ru
@label Прямые выборы акимов

прямые выборы акимов = 3
выборы акимов = 2
"ЦИК" = 1
/аким\w*\s+сельск\w+\s+округ\w*/ = 2.5
