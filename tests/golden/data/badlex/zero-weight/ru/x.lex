@theme direct_elections
@lang ru
@label Выборы
выборы акимов = 0
