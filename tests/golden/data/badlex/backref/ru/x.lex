@theme direct_elections
@lang ru
@label Выборы
/(аким)\s+\1/ = 2
