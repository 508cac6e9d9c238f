@theme direct_elections
@lang ru
@label Выборы
выборы = 1
мест*ное самоуправление = 2
