@theme direct_elections
@lang ru
@label Выборы
выборы = 1
  "ЦИК = 1
