@cues past
@lang ru
@label Время до реформы

"раньше"
"как и раньше" = 0
