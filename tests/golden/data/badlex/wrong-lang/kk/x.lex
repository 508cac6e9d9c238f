@theme direct_elections
@lang ru
@label Сайлау
сайлау = 1
