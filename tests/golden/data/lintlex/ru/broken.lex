@theme broken
@lang ru
@label Сломано
явка = 0
