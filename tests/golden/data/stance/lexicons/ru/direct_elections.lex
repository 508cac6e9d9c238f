@theme direct_elections
@lang ru
@label Прямые выборы акимов

прямые выборы акимов = 4
выборы = 1
