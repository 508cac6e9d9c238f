@cues divergence
@lang ru
@label Расхождение мнений

мнения разделились
