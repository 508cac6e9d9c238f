# Test lexicon for the golden tests.
@theme direct_elections
@lang kk
@label Әкімдерді тікелей сайлау

әкімдерді тікелей сайлау = 3
тікелей сайлау = 2
сайлау = 1
