# Test lexicon for the golden tests.
@theme local_self_government
@lang kk
@label Жергілікті өзін-өзі басқару

өзін-өзі басқару = 2.5
