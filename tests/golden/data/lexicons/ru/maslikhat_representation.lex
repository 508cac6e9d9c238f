# Test lexicon for the golden tests.
@theme maslikhat_representation
@lang ru
@label Маслихаты

маслихат = 1
депутаты маслихата = 2
