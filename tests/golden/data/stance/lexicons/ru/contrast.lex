@cues contrast
@lang ru
@label Противопоставление

"но" = 1.5
