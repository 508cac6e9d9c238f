@theme direct_elections
@lang ru
выборы акимов = 2
@label Выборы
