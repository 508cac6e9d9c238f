@theme direct_elections
@lang ru
@label Выборы
# a comma inside an entry
выборы акимов, маслихатов = 1
