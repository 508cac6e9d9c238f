# Test lexicon for the golden tests.
@theme maslikhat_representation
@lang kk
@label Мәслихаттар

мәслихат = 1
/мәслихат\w*\s+депутат\w*/ = 2
